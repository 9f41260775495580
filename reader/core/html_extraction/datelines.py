"""The dateline over a web page's article ("24. März 2004, 19:49 | Genesis"), left out.

A page sets the date (and time) of a story between its headline and its first paragraph,
often as a link to the post's own page; they are the page's, not the article's words, and
copied text hides its date lines too. Only lines before the first paragraph of prose are
looked at: a date or a time inside the story stays.
"""

from __future__ import annotations

import re

from reader.core.stamps import is_stamp

__all__ = ["without_datelines"]

_WORD = re.compile(r"\w+")
_PROSE_MIN_WORDS = 8
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")  # a date linked to the post's own page
_LOOK = 200  # characters at each end of a block: more than a date line ever holds
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)\]]*\s*$")


def without_datelines(markdown: str) -> str:
    """``markdown`` without the paragraphs over its first paragraph of prose that are a
    date (with its year or a time of day) and little else; unchanged when they are all
    it holds (a page of dates shows them rather than nothing)."""
    blocks = markdown.split("\n\n")
    kept = []
    for index, block in enumerate(blocks):
        # A block's start and end say all this asks: a 5 MB paragraph is not read whole.
        plain = block[:_LOOK].replace("\\", "")
        words = _WORD.findall(plain)
        if (
            not block.startswith("#")
            and len(words) >= _PROSE_MIN_WORDS
            and _SENTENCE_END.search(block[-_LOOK:].replace("\\", ""))
        ):
            kept.extend(blocks[index:])
            break
        text = _LINK.sub(r"\1", plain)
        if not block.startswith(("#", "|", "!", "-", "*", ">", "```")) and is_stamp(
            text, date_alone=True
        ):
            continue
        kept.append(block)
    if not any(block.strip() for block in kept):
        return markdown
    return "\n\n".join(kept)
