"""Rule: turn bare short lines into section headings (``##``).

A heading line is short, capitalised like a title (or is a short question), has no closing
period, and is followed by more of the article. Sentence-case headings ("Why the old walls
fail") are accepted only when they are very short and a substantial paragraph, list or
table follows; a short sentence ending in a period always stays a paragraph.
"""

from __future__ import annotations

from ..shapes import has_sentence_break, is_capitalised, word_count
from ..shapes import is_heading_like as _title_cased_heading
from ..state import Block, CleanState

_SENTENCE_CASE_MAX_WORDS = 8
_FOLLOWING_MIN_WORDS = 20


def _sentence_case_heading(block: Block, following: Block) -> bool:
    text = block.text
    if word_count(text) > _SENTENCE_CASE_MAX_WORDS or not is_capitalised(text):
        return False
    if not text[-1].isalnum() or any(mark in text for mark in ',;:"“”()'):
        return False
    if has_sentence_break(text):
        return False
    if following.kind in ("list", "table"):
        return True
    return following.kind == "paragraph" and word_count(following.text) >= _FOLLOWING_MIN_WORDS


def run(state: CleanState) -> None:
    """Mark heading-like paragraphs that have content after them as level-2 headings."""
    # The last block has nothing after it, so it cannot head a section.
    for block, following in zip(state.blocks, state.blocks[1:], strict=False):
        if block.kind != "paragraph":
            continue
        if _title_cased_heading(block.text) or _sentence_case_heading(block, following):
            block.kind, block.level = "heading", 2
