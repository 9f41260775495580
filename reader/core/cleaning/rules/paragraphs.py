"""Rule: turn every surviving line into a paragraph block, noting blank lines before it.

Scraped pages put one paragraph on one line, so a line is never joined to its neighbour;
the later structure rules regroup lines into headings, lists and tables.
"""

from __future__ import annotations

from ..state import Block, CleanState


def run(state: CleanState) -> None:
    """Build one paragraph block per live line."""
    blocks: list[Block] = []
    gap = False
    for line in state.lines:
        if line.blank:
            gap = True
        elif line.live:
            blocks.append(Block("paragraph", line.text, [line.number], blank_before=gap))
            gap = False
    state.blocks = blocks
