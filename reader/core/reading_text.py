"""The reading text of an article: the characters a reader sees, and the blocks they form.

Highlights are anchored to this text (W3C selectors count characters in it), exports
find a highlight's section in it, and the reading view shows exactly these characters:
reading_text() derives it from the same parser and inline renderer that produce the
view's HTML, and a test proves it equal to Qt's own text of that HTML, offset for
offset. Every block boundary is one "\\n", as it is one position in Qt's document.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

from reader.core.rendering import parser, tighten

_TAG = re.compile(r"<[^>]*>")
_LINE_BREAK = re.compile(r"<br\s*/?>")
_BREAK_MARK = "\x00"  # cannot occur in rendered text: markdown-it replaces NUL
# HTML collapses runs of these; a non-breaking space is kept as it is.
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")


class BlockKind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CODE = "code"
    CELL = "cell"
    RULE = "rule"  # a horizontal rule, or the invisible end of a table


@dataclass(frozen=True)
class TextBlock:
    start: int
    end: int  # exclusive
    kind: BlockKind
    level: int = 0  # heading level, 0 for other blocks


@dataclass(frozen=True)
class ReadingText:
    text: str
    blocks: list[TextBlock] = field(default_factory=list)

    def heading_before(self, offset: int, min_level: int = 2) -> str | None:
        """The nearest heading (of ``min_level`` or deeper) at or before ``offset``."""
        starts = [b.start for b in self.blocks]
        index = bisect.bisect_right(starts, offset) - 1
        for block in reversed(self.blocks[: index + 1]):
            if block.kind is BlockKind.HEADING and block.level >= min_level:
                return self.text[block.start : block.end]
        return None


def _inline_text(html_fragment: str) -> str:
    marked = _LINE_BREAK.sub(_BREAK_MARK, tighten(html_fragment))
    return html.unescape(_TAG.sub("", marked))


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[TextBlock] = []
        self.length = 0
        self.table_start = False
        # An element with no text (an empty paragraph, quote or list item) leaves an empty
        # block that Qt reuses for whatever block comes next; only at the end does it stay.
        self.pending_empty = False
        self.texts_added = 0  # blocks with text so far; containers compare against it

    def add(
        self,
        text: str,
        kind: BlockKind,
        level: int = 0,
        *,
        collapse: bool = True,
        empty_element: bool = False,
    ) -> None:
        if collapse:
            text = _COLLAPSIBLE.sub(" ", text).strip(" ")
            # A hard line break is one position, like Qt's line separator; a space
            # before it stays, one after it goes, as in Qt.
            text = re.sub(f"{_BREAK_MARK} ?", "\n", text)
        if not text and (empty_element or kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)):
            if not self.pending_empty:
                self._append("", kind, level)
                self.pending_empty = True
            return
        if self.pending_empty:
            self._drop_last()
        self._append(text, kind, level)
        self.texts_added += 1

    def _append(self, text: str, kind: BlockKind, level: int) -> None:
        # The first block needs no separator, except a table's cells: Qt opens a table
        # frame with a character of its own wherever the table stands.
        if self.blocks or self.table_start:
            self.parts.append("\n")
            self.length += 1
        self.table_start = False
        self.parts.append(text)
        self.blocks.append(TextBlock(self.length, self.length + len(text), kind, level))
        self.length += len(text)

    def _drop_last(self) -> None:
        block = self.blocks.pop()
        self.parts.pop()  # its (empty) text
        if self.blocks or block.start > 0:
            self.parts.pop()  # its separator
            self.length -= 1
        self.pending_empty = False


def reading_text(markdown: str) -> ReadingText:
    """The text the reading view shows for ``markdown``, with its block structure."""
    md = parser()
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML)
    env: dict[str, object] = {}
    tokens = md.parse(markdown, env)
    builder = _Builder()
    heading_level = 0
    in_cell = False
    # Blocks added when each open container (quote, list item) began: an empty one
    # still takes a line on the page.
    containers: list[int] = []
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("blockquote_open", "list_item_open"):
            containers.append(builder.texts_added)
        elif kind in ("blockquote_close", "list_item_close"):
            if containers.pop() == builder.texts_added:
                builder.add("", BlockKind.PARAGRAPH, empty_element=True)
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "table_open":
            builder.table_start = True
        elif kind == "table_close":
            builder.add("", BlockKind.RULE)
        elif kind == "inline":
            text = _inline_text(renderer.renderInline(token.children or [], md.options, env))
            if heading_level:
                builder.add(text, BlockKind.HEADING, heading_level)
            else:
                builder.add(text, BlockKind.CELL if in_cell else BlockKind.PARAGRAPH)
        elif kind in ("fence", "code_block"):
            content = token.content.rstrip("\n")
            if not content:
                builder.add("", BlockKind.CODE, empty_element=True)
            for line in content.split("\n") if content else []:
                builder.add(line, BlockKind.CODE, collapse=False)
        elif kind in ("hr", "footnote_block_open"):  # footnotes open with a rule
            builder.add("", BlockKind.RULE)
        elif kind == "footnote_anchor":
            _append_to_last(builder, tokens, index, md, renderer, env)
    return ReadingText("".join(builder.parts), builder.blocks)


def _append_to_last(
    builder: _Builder,
    tokens: Sequence[Token],
    index: int,
    md: MarkdownIt,
    renderer: RendererHTML,
    env: dict[str, object],
) -> None:
    """A footnote's back-reference ("↩︎") belongs to the footnote's last paragraph."""
    rendered = renderer.rules["footnote_anchor"](tokens, index, md.options, env)
    extra = _COLLAPSIBLE.sub(" ", _inline_text(str(rendered)))
    last = builder.blocks[-1]
    joined = (builder.parts[-1] + extra).rstrip(" ")
    builder.length += len(joined) - len(builder.parts[-1])
    builder.parts[-1] = joined
    builder.blocks[-1] = TextBlock(last.start, last.start + len(joined), last.kind, last.level)
