"""Translating offsets between the reading text and the view's QTextDocument.

Highlights are stored as code-point offsets into reading_text(); Qt counts UTF-16 units,
so every character outside the Basic Multilingual Plane (an emoji, a math letter) shifts
later positions by one. The two texts are equal by construction (see
tests/ui/test_reading_text_matches_view.py); should a rare construct ever make them
differ, offsets are carried across through a character diff instead of drifting.
"""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher

QT_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n"})


def qt_visible_text(raw: str) -> str:
    """Qt's raw document text with its block and frame markers shown as newlines."""
    return raw.translate(QT_SEPARATORS)


class PositionMap:
    def __init__(self, reading: str, qt_text: str) -> None:
        self.exact = reading == qt_text
        # Code-point indices (in Qt's text) of characters that take two UTF-16 units.
        self._astral = [i for i, ch in enumerate(qt_text) if ord(ch) > 0xFFFF]
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self._to_qt: list[tuple[int, int, int]] = []  # (reading start, qt start, length)
        if not self.exact:
            matcher = SequenceMatcher(None, reading, qt_text, autojunk=False)
            self._to_qt = [
                (block.a, block.b, block.size) for block in matcher.get_matching_blocks()
            ]

    def _reading_to_qt_text(self, offset: int) -> int:
        if self.exact:
            return offset
        index = bisect.bisect_right([a for a, _b, _n in self._to_qt], offset) - 1
        if index < 0:
            return 0
        a, b, size = self._to_qt[index]
        return b + min(offset - a, size)

    def _qt_text_to_reading(self, offset: int) -> int:
        if self.exact:
            return offset
        index = bisect.bisect_right([b for _a, b, _n in self._to_qt], offset) - 1
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
