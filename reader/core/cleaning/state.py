"""The working state the rule chain passes along: source lines first, then blocks.

Line rules mark boilerplate lines as removed; the paragraphs rule then turns the
surviving lines into blocks, which the structure rules reshape into headings,
lists and tables before rendering.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .content_model import ContentModel

BlockKind = Literal["paragraph", "heading", "list", "table"]

# Zero-width characters are not whitespace to str.strip(), but a line made only of them
# shows up empty on the page.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WRAPPED_MIN_WORDS = 4


def visible_text(raw: str) -> str:
    """The line with surrounding whitespace and zero-width characters taken off."""
    return raw.strip().strip(_INVISIBLE).strip()


@dataclass
class Line:
    number: int  # 1-based
    raw: str
    text: str
    removed: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def live(self) -> bool:
        return bool(self.text) and self.removed is None


@dataclass
class ListItem:
    text: str
    lines: list[int]
    number: int | None = None
    digits: str = ""  # the number as the page wrote it ("01"), kept in the Markdown source
    lead: str = ""  # a short title set in bold ahead of ``text``
    body: list[str] = field(default_factory=list)  # paragraphs nested inside the item


@dataclass
class Block:
    kind: BlockKind
    text: str
    lines: list[int]
    blank_before: bool = False
    level: int = 0
    items: list[ListItem] = field(default_factory=list)
    ordered: bool = False
    delimiter: str = "."  # an ordered list's "." or ")", kept as the page wrote it
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class CleanState:
    lines: list[Line]
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    title_inferred: bool = False
    # Whether the page separates paragraphs by blank lines (as opposed to single newlines);
    # lines that sit together without a gap then mean something (a table, a link list).
    blank_separated: bool = False
    # Lines (by evidence.line_key) that other articles of the library hold, and how many.
    seen_elsewhere: Mapping[str, int] | None = None
    # The content model to use instead of the shipped one (the benchmark's held-out fits).
    content_model: ContentModel | None = None
    # A headline found in the page that reads better as the title than the first line.
    headline: Line | None = None

    @classmethod
    def from_text(cls, text: str) -> CleanState:
        lines = [
            Line(number=i, raw=raw, text=visible_text(raw))
            for i, raw in enumerate(_LINE_BREAK.split(text), start=1)
        ]
        gaps = joined = 0
        previous_blank: bool | None = None
        for line in lines:
            if line.blank:
                if previous_blank is False:
                    previous_blank = True
                continue
            if previous_blank is True:
                gaps += 1
            elif previous_blank is False:
                joined += 1
            previous_blank = False
        return cls(lines=lines, blank_separated=gaps > 0 and gaps >= joined)

    def live_lines(self) -> list[Line]:
        return [line for line in self.lines if line.live]

    def wraps_on(self, line: Line) -> bool:
        """True when the line carries on a sentence broken off at the end of the line above.

        Hard-wrapped text (a plain-text RFC, a ``<pre>`` block, a line break inside a
        paragraph) splits sentences over lines: "... the request would look something" /
        "like this:". Such a line starts in lowercase right under a kept line that ends
        without closing punctuation; it is prose, whatever widget label it resembles.
        """
        if not line.text[:1].islower() or line.number < 2:
            return False
        above = self.lines[line.number - 2]
        # A wrapped line is a run of prose; two-word labels stacked in a menu ("log in" /
        # "sign up") are not.
        if not above.live or len(above.text.split()) < _WRAPPED_MIN_WORDS:
            return False
        last = above.text[-1]
        return last.isalnum() or last in ",;"

    def remove(self, line: Line, reason: str) -> None:
        if line.removed is None:
            line.removed = reason

    def drop_block(self, block: Block, reason: str) -> None:
        self.drop_blocks([block], reason)

    def drop_blocks(self, blocks: list[Block], reason: str) -> None:
        """Hide the lines of ``blocks`` with ``reason`` and take the blocks out, in one pass."""
        if not blocks:
            return
        dropped = {id(block) for block in blocks}
        for block in blocks:
            for number in block.lines:
                self.remove(self.lines[number - 1], reason)
        self.blocks = [b for b in self.blocks if id(b) not in dropped]


@dataclass(frozen=True)
class Rule:
    """One named step of the chain; ``apply`` reshapes the state in place."""

    name: str
    apply: Callable[[CleanState], None]


@dataclass(frozen=True)
class Span:
    """A piece of inline text; ``raw`` pieces are finished Markdown and are not escaped."""

    text: str
    raw: bool = False


@dataclass(frozen=True)
class InlineContext:
    at_line_start: bool = True
    in_table: bool = False
    in_heading: bool = False


@dataclass(frozen=True)
class InlineRule:
    """One named inline step; turns a list of spans into a new list of spans."""

    name: str
    apply: Callable[[list[Span], InlineContext], list[Span]]
