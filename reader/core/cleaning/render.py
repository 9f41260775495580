"""Render the finished blocks as CommonMark/GFM Markdown, running the inline rules on text."""

from __future__ import annotations

from collections.abc import Sequence

from .state import Block, CleanState, InlineContext, InlineRule, ListItem, Span

_PARAGRAPH = InlineContext()
_INLINE_TEXT = InlineContext(at_line_start=False)
_HEADING = InlineContext(at_line_start=False, in_heading=True)
_CELL = InlineContext(at_line_start=False, in_table=True)


class Renderer:
    def __init__(self, inline_rules: Sequence[InlineRule]) -> None:
        self._inline_rules = inline_rules

    def inline(self, text: str, context: InlineContext) -> str:
        spans = [Span(text)]
        for rule in self._inline_rules:
            spans = rule.apply(spans, context)
        return "".join(span.text for span in spans)

    def document(self, state: CleanState) -> str:
        parts = ["# " + self.inline(state.title, _HEADING)]
        previous: Block | None = None
        for block in state.blocks:
            parts.append(self.block(block, previous))
            previous = block
        return "\n\n".join(parts) + "\n"

    def block(self, block: Block, previous: Block | None) -> str:
        if block.kind == "heading":
            return "#" * block.level + " " + self.inline(block.text, _HEADING)
        if block.kind == "list":
            # Two lists in a row with the same marker would merge into one; switching the
            # marker keeps them apart.
            alternate = (
                previous is not None
                and previous.kind == "list"
                and previous.ordered == block.ordered
            )
            return self.list_block(block, alternate)
        if block.kind == "table":
            return self.table(block.rows)
        return self.inline(block.text, _PARAGRAPH)

    def list_block(self, block: Block, alternate: bool) -> str:
        loose = any(item.body for item in block.items)
        rendered: list[str] = []
        for item in block.items:
            if block.ordered:
                delimiter = block.delimiter
                if alternate:
                    delimiter = "." if delimiter == ")" else ")"
                marker = f"{item.digits or item.number}{delimiter} "
            else:
                marker = "* " if alternate else "- "
            rendered.append(marker + self.item(item, " " * len(marker)))
        return ("\n\n" if loose else "\n").join(rendered)

    def item(self, item: ListItem, indent: str) -> str:
        if item.lead:
            first = "**" + self.inline(item.lead, _INLINE_TEXT) + "**"
            if item.text:
                first += " " + self.inline(item.text, _INLINE_TEXT)
        else:
            first = self.inline(item.text, _PARAGRAPH)
        nested = [indent + self.inline(paragraph, _PARAGRAPH) for paragraph in item.body]
        return "\n\n".join([first, *nested])

    def table(self, rows: list[list[str]]) -> str:
        width = max(len(row) for row in rows)
        lines = []
        for index, row in enumerate(rows):
            cells = [self.inline(cell, _CELL) for cell in row] + [""] * (width - len(row))
            lines.append("| " + " | ".join(cells) + " |")
            if index == 0:
                lines.append("|" + " --- |" * width)
        return "\n".join(lines)
