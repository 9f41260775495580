"""Rule: under an FAQ heading, make the heading a section and each question a sub-heading.

The section runs from a line such as "FAQ tentang ...", "Frequently Asked Questions" or
"Pertanyaan yang Sering Diajukan" to the next heading-like line that is not a question.
"""

from __future__ import annotations

import re

from ..shapes import is_heading_like, word_count
from ..state import CleanState

_FAQ_HEADING = re.compile(
    r"(?:.{0,40}\b)?(?:faqs?|f\.a\.q\.?|frequently asked questions"
    r"|pertanyaan (?:yang )?(?:sering|umum)|tanya jawab|q\s*&\s*a"
    r"|questions? and answers?)\b.{0,80}",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"(?:(?:\d{1,3}[.)]|q\s*\d*[:.]|t\s*:|tanya\s*:)\s*)?\S.*\?", re.IGNORECASE)
_QUESTION_MAX_WORDS = 30


def _is_faq_heading(text: str) -> bool:
    return word_count(text) <= 14 and not text.endswith(".") and bool(_FAQ_HEADING.fullmatch(text))


def run(state: CleanState) -> None:
    """Mark FAQ headings (level 2) and the questions under them (level 3)."""
    in_faq = False
    for block in state.blocks:
        if block.kind != "paragraph":
            in_faq = in_faq and block.kind != "heading"
            continue
        text = block.text
        if _is_faq_heading(text):
            block.kind, block.level = "heading", 2
            in_faq = True
        elif in_faq and word_count(text) <= _QUESTION_MAX_WORDS and _QUESTION.fullmatch(text):
            block.kind, block.level = "heading", 3
        elif in_faq and is_heading_like(text):
            in_faq = False
