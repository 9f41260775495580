"""The colours of a handout's marks, character by character, from the highlights they show.

The handout (reader/core/exporting/handout_writer.py) marks overlapping highlights once,
as their union, and a passage crossing blocks as one mark a block, so a mark is no
highlight of its own. Its colours are found by reading: the marks' visible characters,
spaces aside, are looked up in order in the highlights' own text (the reading text of
each union), and each character takes the colour of the highlight it belongs to; where
two overlap, that of the shorter one, the passage picked out inside the other (as a
click in the article picks it). Matching without spaces makes a passage that crosses a
line break in the Markdown source (a space in the text, a soft break in the parse) the
same passage: that was the green highlight printed yellow of issue #14.

A mark's paint is a tuple of runs ``(first visible character, colour)``; a colour name
alone paints the whole mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.highlight_colors import DEFAULT_COLOR
from reader.core.highlight_record import HighlightData

Paint = tuple[tuple[int, str], ...]  # (first visible character of the mark, colour)
MarkColor = str | Paint


def visible_text(token: Token) -> str:
    """What an inline token shows on the page (the handout renders images as labels)."""
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    if token.type == "image":
        return f"[Image: {token.content}]" if token.content else "[Image]"
    return ""


def mark_texts(parser: MarkdownIt, markdown: str) -> list[str]:
    """The text inside each ``==mark==`` of a handout, in order, as the page shows it."""
    found: list[str] = []
    for block in parser.parse(markdown):
        inside: list[str] | None = None
        for token in block.children or []:
            if token.type == "mark_open":
                inside = []
            elif token.type == "mark_close" and inside is not None:
                found.append("".join(inside))
                inside = None
            elif inside is not None:
                inside.append(visible_text(token))
    return found


def color_at(paint: MarkColor, position: int) -> str:
    """The colour of a mark's ``position``-th visible character."""
    if isinstance(paint, str):
        return paint
    chosen = paint[0][1] if paint else DEFAULT_COLOR
    for first, colour in paint:
        if first > position:
            break
        chosen = colour
    return chosen


@dataclass
class _Union:
    """Highlights that overlap or touch, as the handout marks them: once."""

    start: int
    end: int
    members: list[HighlightData]

    def characters(self) -> tuple[str, list[str]]:
        """The union's text without spaces, and the colour of each of its characters."""
        text: list[str] = []
        colours: list[str] = []
        for offset in range(self.start, self.end):
            covering = [h for h in self.members if h.start <= offset < h.end]
            inner = min(covering, key=lambda h: (h.end - h.start, h.start))
            char = inner.exact[offset - inner.start : offset - inner.start + 1]
            if char and not char.isspace():
                text.append(char)
                colours.append(inner.color)
        return "".join(text), colours


def _unions(highlights: Sequence[HighlightData]) -> list[_Union]:
    merged: list[_Union] = []
    placed = sorted((h for h in highlights if h.placed), key=lambda h: (h.start, h.end))
    for h in placed:
        if merged and h.start <= merged[-1].end:
            merged[-1].end = max(merged[-1].end, h.end)
            merged[-1].members.append(h)
        else:
            merged.append(_Union(h.start, h.end, [h]))
    return merged


def _runs(colours: Sequence[str]) -> Paint:
    runs: list[tuple[int, str]] = []
    for index, colour in enumerate(colours):
        if not runs or runs[-1][1] != colour:
            runs.append((index, colour))
    return tuple(runs)


def mark_paints(texts: Sequence[str], highlights: Sequence[HighlightData]) -> list[MarkColor]:
    """The paint of each mark whose text is in ``texts`` (in order), from ``highlights``."""
    unions = [u.characters() for u in _unions(highlights)]
    paints: list[MarkColor] = []
    at, position = 0, 0  # the union, and the place in it, the next mark is looked for from
    for text in texts:
        needle = "".join(text.split())
        for index in range(at, len(unions)):
            found = unions[index][0].find(needle, position if index == at else 0)
            if needle and found >= 0:
                paints.append(_runs(unions[index][1][found : found + len(needle)]))
                at, position = index, found + len(needle)
                break
        else:
            # Not found (text the page shows differently): the colour of the passage the
            # previous mark belonged to is the likeliest.
            paints.append(unions[at][1][0] if at < len(unions) and unions[at][1] else DEFAULT_COLOR)
    return paints
