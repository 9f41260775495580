"""Lines in reading order become blocks: paragraphs, headings, list items and footnotes.

All decisions are measured against the document itself, not fixed sizes: the body text's
font size is the size most of the text is drawn at (font size times scale). Then:

* a heading is a line taller than the body (by 12% or more), or a short bold line that
  does not end a sentence; consecutive heading lines of one style are one heading, and
  heading sizes, largest first, give the levels;
* a footnote is a smaller line in the lower half of a page that starts with a number (or
  continues one); its number is matched later with a raised number in the text;
* a list item starts with a bullet, or with "1." / "2)" counting up;
* a paragraph goes on from line to line until a gap wider than the line spacing, an
  indented first line, or a line that stops short although the next line's first word
  would have fitted on it (so the writer ended the paragraph there); indented lines after
  a full line are a hanging indent (a reference list), not new paragraphs. It goes on across a
  column or a page when the last line reached the edge without ending a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from reader.core.formats.pdf_columns import PlacedLine
from reader.core.formats.pdf_text import NOTE_CLOSE, NOTE_OPEN, TextLine

_BULLET = re.compile(r"^[•◦▪▫●○■□►▸‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8–—*-]\s+(?=\S)")
_NUMBERED = re.compile(r"^(\d{1,2}|[a-z])[.)]\s+(?=\S)")
# A note starts with its number: raised, or plain and followed by a space (or, after a
# two-digit number that filled the tab, directly by the note's first capital letter).
NOTE_START = re.compile(
    rf"^(?:{NOTE_OPEN}(\w{{1,3}}){NOTE_CLOSE}|(\d{{1,3}})(?:[.)]?\s|(?=[A-Z])))\s*"
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")


@dataclass(eq=False)
class Block:
    kind: str  # "paragraph", "heading", "bullet", "number", "note", "title"
    lines: list[PlacedLine] = field(default_factory=list)
    level: int = 0
    note_number: str = ""  # for a footnote: the number it is printed with

    @property
    def page(self) -> int:
        return self.lines[0].line.page

    @property
    def last(self) -> TextLine:
        return self.lines[-1].line


def body_size(lines: list[TextLine]) -> float:
    """The font size most of the text is set in, in points."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_heading_line(placed: PlacedLine, body: float) -> bool:
    line = placed.line
    text = line.text.replace(NOTE_OPEN, "").replace(NOTE_CLOSE, "")
    if not re.search(r"\w", text) or len(text.split()) > 25:
        return False
    if line.size >= body * 1.12:
        return True
    return (
        line.bold
        and abs(line.size - body) < body * 0.12
        and len(text.split()) <= 15
        and not text.rstrip().endswith((".", ",", ";"))
    )


def _is_note_line(placed: PlacedLine, body: float, page_height: float) -> bool:
    line = placed.line
    return line.size < body * 0.9 and line.top > page_height * 0.5


def _first_word_width(line: TextLine) -> float:
    words = line.text.split()
    if not words or not line.text:
        return 0.0
    per_char = line.width / max(len(line.text), 1)
    return (len(words[0]) + 1) * per_char


def line_gap(pages: list[list[PlacedLine]], body: float) -> float:
    """The usual space between two lines of a paragraph (more in a double-spaced paper)."""
    gaps: list[float] = []
    for placed in pages:
        for a, b in itertools.pairwise(placed):
            same_run = a.line.page == b.line.page and a.column == b.column and a.band == b.band
            similar = abs(a.line.size - body) < body * 0.1 and abs(b.line.size - body) < body * 0.1
            if same_run and similar and b.line.top >= a.line.bottom - body * 0.5:
                gaps.append(max(b.line.top - a.line.bottom, 0.0))
    if not gaps:
        return 0.0
    gaps.sort()
    return gaps[len(gaps) // 2]


def _apart(upper: TextLine, lower: TextLine, body: float, gap: float) -> bool:
    """Whether more space than between two lines of a paragraph separates the lines."""
    return lower.top - upper.bottom > gap + body * 0.3


def _continues(
    previous: PlacedLine, line: PlacedLine, body: float, gap: float, first: bool = False
) -> bool:
    """Whether ``line`` carries on the paragraph ``previous`` (its ``first`` line, or not)
    belongs to."""
    a, b = previous.line, line.line
    new_column = a.page != b.page or previous.column != line.column or previous.band != line.band
    ended = bool(_SENTENCE_END.search(a.text))
    indent = b.x0 - line.column_x0 > body * 0.6
    if new_column:
        reached_edge = previous.column_x1 - a.x1 < body * 2
        return not indent and (reached_edge or not ended) and not a.text.endswith(":")
    if _apart(a, b, body, gap):
        return False
    # The writer ended the line early although the next word would have fitted.
    room = previous.column_x1 - a.x1
    full = room <= _first_word_width(b) + body * 0.3
    if indent:
        # An indented first line starts a paragraph; but under a hanging indent (a
        # list of references) every line after a full first one is indented.
        # A full first line at the margin followed by an indented one is a hanging
        # indent even when it ends a sentence (authors' names); a paragraph's own first
        # line is the indented one.
        at_margin = a.x0 - previous.column_x0 <= body * 0.6
        hanging = abs(a.x0 - b.x0) < body * 0.3 or not ended or (first and at_margin)
        return hanging and full
    if a.text.endswith("-"):
        return True
    return not (ended and not full)


def _continues_item(item: Block, placed: PlacedLine, body: float, gap: float) -> bool:
    """Whether ``placed`` is the next line of list item ``item``: indented to its text."""
    first, last = item.lines[0], item.lines[-1]
    marker = _BULLET.match(first.line.text) or _NUMBERED.match(first.line.text)
    per_char = first.line.width / max(len(first.line.text), 1)
    text_indent = first.line.x0 - first.column_x0 + (marker.end() if marker else 0) * per_char
    indent = placed.line.x0 - placed.column_x0
    if indent < body * 0.5 or abs(indent - text_indent) > body * 1.2:
        return False
    ended = bool(_SENTENCE_END.search(last.line.text))
    same_column = last.line.page == placed.line.page and last.column == placed.column
    if same_column and last.band == placed.band:
        # As for paragraphs: an item whose sentence ended with room to spare is over, and
        # an indented line after it is the first line of a paragraph.
        room = last.column_x1 - last.line.x1
        if ended and room > _first_word_width(placed.line) + body * 0.3:
            return False
        return not _apart(last.line, placed.line, body, gap)
    return not ended


def build_blocks(
    pages: list[list[PlacedLine]], heights: dict[int, float], body: float
) -> list[Block]:
    """Blocks for the placed lines of every page (``heights``: each page's height)."""
    blocks: list[Block] = []
    current: Block | None = None  # the text block being built; notes never interrupt it
    note: Block | None = None
    number_expected = 1
    gap = line_gap(pages, body)
    for placed_lines in pages:
        # The raised numbers in this page's text: a note at its foot starts with one.
        cited = {
            m.group(1)
            for p in placed_lines
            for m in re.finditer(f"{NOTE_OPEN}(\\w{{1,3}}){NOTE_CLOSE}", p.line.text[1:])
        }
        for placed in placed_lines:
            line = placed.line
            text = line.text
            note_start = NOTE_START.match(text)
            lower = line.top > heights.get(line.page, 1e9) * 0.5
            small = _is_note_line(placed, body, heights.get(line.page, 1e9))
            # A note in the text's own size (as word processors set them) starts with a
            # raised number the page's text cites.
            raised = bool(note_start and note_start.group(1) and note_start.group(1) in cited)
            if lower and note_start and (small or raised):
                number = note_start.group(1) or note_start.group(2)
                note = Block("note", [placed], note_number=number)
                blocks.append(note)
                continue
            if (
                note is not None
                and lower
                and note.page == line.page
                and (small or note.lines[-1].column == placed.column)
                and not _is_heading_line(placed, body)
            ):
                note.lines.append(placed)
                continue
            if _is_heading_line(placed, body):
                if (
                    current is not None
                    and current.kind == "heading"
                    and abs(current.last.size - line.size) < body * 0.1
                    and current.last.bold == line.bold
                    and current.last.italic == line.italic
                    and line.top - current.last.bottom < gap + body * 0.8
                    and current.last.page == line.page
                ):
                    current.lines.append(placed)
                else:
                    current = Block("heading", [placed])
                    blocks.append(current)
                continue
            numbered = _NUMBERED.match(text)
            if _BULLET.match(text):
                current = Block("bullet", [placed])
                blocks.append(current)
                continue
            if numbered and (
                numbered.group(1) in ("1", "a")
                or (
                    current is not None
                    and current.kind == "number"
                    and numbered.group(1) == str(number_expected)
                )
            ):
                number_expected = (int(numbered.group(1)) + 1) if numbered.group(1).isdigit() else 0
                current = Block("number", [placed])
                blocks.append(current)
                continue
            if (
                current is not None
                and current.kind in ("bullet", "number")
                and _continues_item(current, placed, body, gap)
            ):
                current.lines.append(placed)
                continue
            if (
                current is not None
                and current.kind == "paragraph"
                and _continues(current.lines[-1], placed, body, gap, len(current.lines) == 1)
            ):
                current.lines.append(placed)
                continue
            current = Block("paragraph", [placed])
            blocks.append(current)
    return blocks


def _style(block: Block, body: float) -> tuple[float, bool, bool]:
    line = block.lines[0].line
    return (round(line.size / body, 1), line.bold, line.italic)


def assign_levels(blocks: list[Block], body: float) -> None:
    """Heading levels from heading styles: the largest is level 2 (the title is 1).

    Styles of one size (bold, bold italic) rank in the order they first appear: a
    document names a section before its subsections.
    """
    first_seen: dict[tuple[float, bool, bool], int] = {}
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            first_seen.setdefault(_style(block, body), index)
    ranked = sorted(first_seen, key=lambda style: (-style[0], first_seen[style]))
    for block in blocks:
        if block.kind == "heading":
            block.level = min(2 + ranked.index(_style(block, body)), 4)


def take_title(blocks: list[Block], body: float) -> str:
    """The title: the largest text near the top of the first page, taken out of the blocks."""
    first_page = [b for b in blocks[:12] if b.page == blocks[0].page] if blocks else []
    candidates = [b for b in first_page if b.kind in ("heading", "paragraph")]
    if not candidates:
        return ""
    largest = max(candidates, key=lambda b: b.lines[0].line.size)
    if largest.lines[0].line.size < body * 1.3:
        return ""
    blocks.remove(largest)
    return " ".join(p.line.text for p in largest.lines)
