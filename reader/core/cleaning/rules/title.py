"""Rule: take the article title from the first line, and drop later repeats of it.

When the first line is a paragraph rather than a title (the scraper lost the real title),
the title is taken from its first sentence, shortened if need be; the paragraph itself
stays in the body so no text is lost. A short fragment ending in "?", "!" or ":" that
opens such a paragraph ("Strategi Diplomasi? Konflik ...") is what survived of the lost
title: it moves into the title rather than being shown twice.
"""

from __future__ import annotations

from ..shapes import first_sentence, is_title_like
from ..state import CleanState

_FALLBACK_TITLE = "Untitled"
_INFERRED_MAX_WORDS = 12
_FRAGMENT_MAX_WORDS = 8


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _inferred(paragraph: str) -> str:
    sentence = first_sentence(paragraph)
    words = sentence.split()
    if len(words) <= _INFERRED_MAX_WORDS:
        return " ".join(words).rstrip(".")
    return " ".join(words[:_INFERRED_MAX_WORDS]).rstrip(".,;:") + "…"


def run(state: CleanState) -> None:
    """Set ``state.title``; remove the title block and any later block repeating it."""
    if not state.blocks:
        state.title = _FALLBACK_TITLE
        state.title_inferred = True
        return
    first = state.blocks[0]
    if first.kind == "paragraph" and is_title_like(first.text):
        state.title = first.text
        state.blocks = state.blocks[1:]
        key = _normalised(first.text)
        for block in list(state.blocks):
            if block.kind == "paragraph" and _normalised(block.text) == key:
                state.drop_block(block, "repeated title")
        return
    state.title_inferred = True
    sentence = first_sentence(first.text)
    rest = first.text[len(sentence) :].strip()
    if rest and sentence[-1:] in "?!:" and len(sentence.split()) <= _FRAGMENT_MAX_WORDS:
        state.title = sentence.rstrip(":").strip()
        first.text = rest
        return
    state.title = _inferred(first.text) or _FALLBACK_TITLE
