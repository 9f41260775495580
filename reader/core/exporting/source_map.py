"""Where each character of an article's reading text stands in its Markdown source.

Highlights are offsets into the reading text (reader.core.reading_text: what the view
shows), but a handout marks them in the Markdown source. The two differ by the syntax
the view hides (``## ``, ``**``, ``[text](url)``, ``1. ``, ``> ``, escapes, table
pipes) and by whitespace the view collapses. The map is built block by block:

1. Parse the source with the app's own parser. Each inline token (a paragraph, heading,
   list item or table cell) and each code block is a *unit*: its reading text is computed
   exactly as reading_text() computes it, and its source is the lines markdown-it's line
   map gives it (from where the previous unit on a shared line, such as a table cell,
   ended).
2. Find the unit's text in the reading text, moving forward only, as units come in the
   same order as the reading text's blocks.
3. Align the unit's text with its source lines using difflib.SequenceMatcher
   (autojunk=False, which matters: with it on, frequent letters of a long paragraph are
   ignored and the alignment falls apart). Matching characters get their source offset;
   characters the view made up (a space for a line break, ``&`` from ``&amp;``) get -1.

Aligning one block at a time keeps each alignment small and means a misalignment can
never spill from one block into another.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

from reader.core.reading_text import _COLLAPSIBLE, _inline_text
from reader.core.rendering import parser

_BREAK = "\x00"


def unit_text(html_fragment: str) -> str:
    """A block's reading text from its inline HTML, as reading_text() makes it."""
    text = _inline_text(html_fragment)
    text = _COLLAPSIBLE.sub(" ", text).strip(" ")
    return re.sub(f"{_BREAK} ?", "\n", text)


@dataclass(frozen=True)
class Unit:
    """One block as markdown-it parsed it: its reading text and its source lines."""

    text: str
    first_line: int
    last_line: int  # exclusive
    code: bool


def units(md: MarkdownIt, tokens: list[Token], env: dict[str, object]) -> Iterator[Unit]:
    """The blocks of a parsed document, in order, as the reading text lists them."""
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML)
    for token in tokens:
        if token.map is None:
            continue
        if token.type == "inline":
            html = renderer.renderInline(token.children or [], md.options, env)
            yield Unit(unit_text(html), token.map[0], token.map[1], code=False)
        elif token.type in ("fence", "code_block"):
            yield Unit(token.content.rstrip("\n"), token.map[0], token.map[1], code=True)


@dataclass(frozen=True)
class Segment:
    """A block of the reading text, ``[start, end)``, and each character's source offset."""

    start: int
    end: int
    sources: tuple[int, ...]  # per reading character; -1 where the source has no match
    source_start: int
    source_end: int
    code: bool
    index: int  # which unit of the parse (see units()) this block is


class SourceMap:
    def __init__(self, source: str, segments: list[Segment]) -> None:
        self.source = source
        self.segments = segments
        self._starts = [s.start for s in segments]

    def segments_in(self, start: int, end: int) -> list[Segment]:
        """The blocks overlapping reading-text range ``[start, end)``."""
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        for segment in self.segments[first:]:
            if segment.start >= end:
                break
            if segment.end > start:
                found.append(segment)
        return found


def normalise_source(markdown: str) -> str:
    """The source as markdown-it sees it: its line maps count lines of this text."""
    return markdown.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")


@lru_cache(maxsize=8)
def build_source_map(markdown: str, reading: str) -> SourceMap:
    """Map ``reading`` (the reading text of ``markdown``) onto ``markdown``, block by block.

    ``markdown`` must be normalised already (see normalise_source). Cached, as one
    article is often exported several times in a row (handout, then PDF).
    """
    md = parser()
    env: dict[str, object] = {}
    tokens = md.parse(markdown, env)
    line_starts = [0] + [m.end() for m in re.finditer("\n", markdown)]
    line_starts.append(len(markdown) + 1)
    segments: list[Segment] = []
    cursor = 0  # in the reading text
    source_cursor = 0
    for index, unit in enumerate(units(md, tokens, env)):
        if not unit.text:
            continue
        found = reading.find(unit.text, cursor)
        if found < 0:
            continue  # should not happen; the block is then simply not markable
        lo = line_starts[unit.first_line]
        hi = min(line_starts[min(unit.last_line, len(line_starts) - 1)] - 1, len(markdown))
        if lo <= source_cursor < hi:
            lo = source_cursor  # a second cell of the same table row
        verbatim = markdown.find(unit.text, lo, hi)
        if verbatim >= 0:
            # Most paragraphs hold no syntax at all: no alignment needed.
            sources = list(range(verbatim, verbatim + len(unit.text)))
        else:
            sources = _aligned(unit.text, markdown, lo, hi)
        mapped = [s for s in sources if s >= 0]
        if mapped:
            source_cursor = mapped[-1] + 1
        segments.append(
            Segment(found, found + len(unit.text), tuple(sources), lo, hi, unit.code, index)
        )
        cursor = found + len(unit.text)
    return SourceMap(markdown, segments)


# difflib's alignment costs the product of the two lengths, and more on repetitive text
# (a block of 3,000 "*a" took minutes). Past this size a block is aligned greedily: each
# character of the text at its next occurrence in a short window of the source, which is
# linear and exact for text that is its source minus markup.
# The bound is on the product of the lengths: with each side only under 4,000 characters,
# a generated text of tests/test_roundtrip_properties.py ran past five minutes in difflib.
MAX_DIFF_CELLS = 400_000
_WINDOW = 64


def _aligned(text: str, markdown: str, lo: int, hi: int) -> list[int]:
    """For each character of ``text``, where it stands in ``markdown[lo:hi]`` (-1: nowhere)."""
    sources = [-1] * len(text)
    if len(text) * (hi - lo) <= MAX_DIFF_CELLS:
        matcher = difflib.SequenceMatcher(None, text, markdown[lo:hi], autojunk=False)
        for i, j, size in matcher.get_matching_blocks():
            for k in range(size):
                sources[i + k] = lo + j + k
        return sources
    at = lo
    for i, ch in enumerate(text):
        found = markdown.find(ch, at, min(hi, at + _WINDOW))
        if found >= 0:
            sources[i] = found
            at = found + 1
    return sources
