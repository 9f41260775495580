"""Rule: rebuild tables the scraper flattened into lines.

A table shows as a short header of title-cased words ("Aspek Deskripsi") followed, with no
blank line between, by at least two rows. Rows are split into cells at tabs or runs of
spaces when the scraper kept them; otherwise a two-column row is split after its leading
capitalised label ("Latar Belakang Kebutuhan ekonomi, ..." -> "Latar Belakang" | "...").
"""

from __future__ import annotations

import re

from ..shapes import has_sentence_break, is_capitalised, split_lead, word_count
from ..state import Block, CleanState

_CELL_GAP = re.compile(r"\t+\s*| {2,}")
_HEADER_MAX_CHARS = 60
_HEADER_MAX_COLUMNS = 8
_ROW_MAX_WORDS = 40
_LABEL_MAX_WORDS = 4
_MIN_ROWS = 2


def _split_cells(text: str) -> list[str]:
    return [cell.strip() for cell in _CELL_GAP.split(text) if cell.strip()]


def _header_cells(block: Block) -> list[str] | None:
    text = block.text
    if len(text) > _HEADER_MAX_CHARS or text[-1] in ".,;:!?":
        return None
    cells = _split_cells(text)
    if len(cells) < 2:
        cells = text.split()
    if not 2 <= len(cells) <= _HEADER_MAX_COLUMNS:
        return None
    if not all(is_capitalised(cell) and any(c.isalpha() for c in cell) for cell in cells):
        return None
    return cells


def _row_cells(block: Block, columns: int) -> list[str] | None:
    text = block.text
    if block.blank_before or word_count(text) > _ROW_MAX_WORDS or has_sentence_break(text):
        return None
    cells = _split_cells(text)
    if len(cells) == columns:
        return cells
    if columns != 2:
        return None
    split = split_lead(text, max_words=_LABEL_MAX_WORDS)
    if split is None:
        return None
    return [split[0], split[1]]


def _heads_a_tab_table(block: Block, following: list[Block]) -> bool:
    """True for a line without tabs right above a tab-separated header row: the line is a
    heading over the table ("Perluasan Keanggotaan" above "Aspek<TAB>Deskripsi")."""
    if "\t" in block.text or not following:
        return False
    nxt = following[0]
    return nxt.kind == "paragraph" and "\t" in nxt.text and _header_cells(nxt) is not None


def run(state: CleanState) -> None:
    """Replace a header block and its row blocks by one table block."""
    blocks = state.blocks
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        header = _header_cells(block) if block.kind == "paragraph" else None
        if header is not None and _heads_a_tab_table(block, blocks[index + 1 : index + 2]):
            header = None  # a heading: the table's own header row follows it
        rows: list[list[str]] = []
        if header is not None:
            for candidate in blocks[index + 1 :]:
                cells = (
                    _row_cells(candidate, len(header)) if candidate.kind == "paragraph" else None
                )
                if cells is None:
                    break
                rows.append(cells)
        if header is None or len(rows) < _MIN_ROWS:
            result.append(block)
            index += 1
            continue
        used = blocks[index : index + 1 + len(rows)]
        result.append(
            Block(
                "table",
                block.text,
                [n for b in used for n in b.lines],
                blank_before=block.blank_before,
                rows=[header, *rows],
            )
        )
        index += 1 + len(rows)
    state.blocks = result
