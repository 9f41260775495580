"""Word counts and reading times shown in the library list."""

from __future__ import annotations

import re

from reader.core.script_words import LETTER, word_weight

# Markdown punctuation is not words; letters with their marks cover Indonesian, accented
# text and scripts that write vowels as marks (Hindi, Thai).
_WORD = re.compile(rf"{LETTER}++(?:[-'’]{LETTER}++)*")
# A link target: "](url)" (its url may hold one level of parentheses, as Wikipedia's do)
# or an autolink "<scheme:...>". Neither part may run past a bracket of its own kind, so
# every try stops at the next one: "](" repeated 100,000 times took 8.7 s when a try
# could scan to the end of the text, and costs milliseconds now.
_LINK_TARGET = re.compile(r"\]\([^()]*(?:\([^()]*\)[^()]*)*\)|<[a-z]+:[^<>\s]*>", re.IGNORECASE)

# Adults read study material at roughly 200–250 words a minute; the lower figure suits
# careful reading in a second language, which many of our users do.
WORDS_PER_MINUTE = 200


def count_words(markdown: str) -> int:
    """Words a reader sees, ignoring link targets and Markdown syntax."""
    return sum(map(word_weight, _WORD.findall(_LINK_TARGET.sub(" ", markdown))))


def reading_minutes(words: int) -> int:
    """Whole minutes to read ``words``, never less than one for a non-empty article."""
    if words <= 0:
        return 0
    return max(1, round(words / WORDS_PER_MINUTE))
