"""Rule: turn bare short lines into section headings (``##``).

A heading line is short, capitalised like a title (or is a short question), has no closing
period, and is followed by more of the article. Sentence-case headings ("Why the old walls
fail") are accepted only when they are very short and a substantial paragraph, list or
table follows; a short sentence ending in a period always stays a paragraph.

Two shapes look like headings line by line but are not. A stack of three or more such lines
in a row is a menu or a flattened list of names, not sections that each hold nothing: only
its first line (which may head the list) and its last (which heads what follows) can be
headings. And in hard-wrapped text, a line that carries on from a line ending in a comma, or
that runs on into a line starting with a lowercase word, is part of a sentence.
"""

from __future__ import annotations

from ..shapes import has_letters, has_sentence_break, is_capitalised, word_count
from ..shapes import is_heading_like as _title_cased_heading
from ..state import Block, CleanState

_SENTENCE_CASE_MAX_WORDS = 8
_FOLLOWING_MIN_WORDS = 20
_STACK_MIN = 3


def _sentence_case_heading(block: Block, following: Block) -> bool:
    text = block.text
    if word_count(text) > _SENTENCE_CASE_MAX_WORDS or not is_capitalised(text):
        return False
    if not has_letters(text):
        return False  # a count ("158"), a page number: no section title (as is_heading_like)
    if not text[-1].isalnum() or any(mark in text for mark in ',;:"“”()'):
        return False
    if has_sentence_break(text):
        return False
    if following.kind in ("list", "table"):
        return True
    return following.kind == "paragraph" and word_count(following.text) >= _FOLLOWING_MIN_WORDS


def _wrapped(block: Block, previous: Block | None, following: Block) -> bool:
    """True when the line is one piece of a sentence the page broke over several lines."""
    if (
        previous is not None
        and not block.blank_before
        and previous.kind == "paragraph"
        and previous.text[-1] in ",;"
    ):
        return True
    if following.kind != "paragraph" or following.blank_before:
        return False
    first = following.text.split(maxsplit=1)[0]
    return first.isalpha() and first.islower()


def _candidate(block: Block, previous: Block | None, following: Block) -> bool:
    if block.kind != "paragraph" or _wrapped(block, previous, following):
        return False
    return _title_cased_heading(block.text) or _sentence_case_heading(block, following)


def run(state: CleanState) -> None:
    """Mark heading-like paragraphs that have content after them as level-2 headings."""
    blocks = state.blocks
    # The last block has nothing after it, so it cannot head a section.
    flags = [
        _candidate(block, blocks[index - 1] if index else None, blocks[index + 1])
        for index, block in enumerate(blocks[:-1])
    ]
    start = 0
    while start < len(flags):
        if not flags[start]:
            start += 1
            continue
        end = start
        while end + 1 < len(flags) and flags[end + 1]:
            end += 1
        stacked = end - start + 1 >= _STACK_MIN
        for index in range(start, end + 1):
            if not stacked or index in (start, end):
                blocks[index].kind, blocks[index].level = "heading", 2
        start = end + 1
