"""Translating offsets between the reading text and the view's QTextDocument.

Highlights are stored as code-point offsets into reading_text(); Qt counts UTF-16 units,
so every character outside the Basic Multilingual Plane (an emoji, a math letter) shifts
later positions by one. The two texts are equal by construction (see
tests/ui/test_reading_text_matches_view.py), except for the break characters
core/layout_bounds.py inserts into very long runs and paragraphs, which are found in
linear time and stepped over; should a rare construct ever make them differ otherwise,
offsets are carried across through a character diff instead of drifting.
"""

from __future__ import annotations

import bisect
import re
from difflib import SequenceMatcher

from reader.core.layout_bounds import inserted_positions

QT_SEPARATOR_CHARACTERS = ("\u2029", "\u2028", "\ufdd0", "\ufdd1")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def qt_visible_text(raw: str) -> str:
    """Qt's raw document text with its block and frame markers shown as newlines."""
    # str.replace runs in C at memory speed; translate() calls back per character and
    # took most of a second on a 5 MB article.
    for separator in QT_SEPARATOR_CHARACTERS:
        raw = raw.replace(separator, "\n")
    return raw


# A character diff is quadratic; past this size the texts are mapped by proportion (they
# differ only when a rare construct renders differently, never by much).
_MAX_DIFF_CHARS = 200_000


class PositionMap:
    def __init__(self, reading: str, qt_text: str) -> None:
        self.exact = reading == qt_text
        # Code-point indices (in Qt's text) of characters that take two UTF-16 units.
        self._astral = [match.start() for match in _ASTRAL.finditer(qt_text)]
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self._to_qt: list[tuple[int, int, int]] = []  # (reading start, qt start, length)
        # Qt-text indices of the break characters layout_bounds inserted (see there).
        self.inserted: list[int] = []
        if not self.exact:
            inserted = inserted_positions(reading, qt_text)
            if inserted is not None:
                self.inserted = inserted
                self._to_qt = _blocks_between(inserted, len(reading))
            elif max(len(reading), len(qt_text)) <= _MAX_DIFF_CHARS:
                matcher = SequenceMatcher(None, reading, qt_text, autojunk=False)
                self._to_qt = [
                    (block.a, block.b, block.size) for block in matcher.get_matching_blocks()
                ]
            else:
                self._to_qt = [(0, 0, min(len(reading), len(qt_text)))]
        self._reading_starts = [a for a, _b, _n in self._to_qt]
        self._qt_starts = [b for _a, b, _n in self._to_qt]

    def _reading_to_qt_text(self, offset: int) -> int:
        if self.exact:
            return offset
        index = bisect.bisect_right(self._reading_starts, offset) - 1
        if index < 0:
            return 0
        a, b, size = self._to_qt[index]
        return b + min(offset - a, size)

    def _qt_text_to_reading(self, offset: int) -> int:
        if self.exact:
            return offset
        index = bisect.bisect_right(self._qt_starts, offset) - 1
        if index < 0:
            return 0
        a, b, size = self._to_qt[index]
        return a + min(offset - b, size)

    def to_qt(self, offset: int) -> int:
        """Document position of a reading-text offset."""
        in_qt_text = self._reading_to_qt_text(offset)
        return in_qt_text + bisect.bisect_left(self._astral, in_qt_text)

    def from_qt(self, position: int) -> int:
        """Reading-text offset of a document position."""
        astral_before = bisect.bisect_left(self._astral_utf16, position)
        return self._qt_text_to_reading(position - astral_before)


def _blocks_between(inserted: list[int], reading_length: int) -> list[tuple[int, int, int]]:
    """Matching stretches (reading start, Qt start, length) around inserted characters."""
    blocks: list[tuple[int, int, int]] = []
    reading_at = qt_at = 0
    for position in inserted:
        size = position - qt_at
        blocks.append((reading_at, qt_at, size))
        reading_at += size
        qt_at = position + 1
    blocks.append((reading_at, qt_at, reading_length - reading_at))
    return blocks
