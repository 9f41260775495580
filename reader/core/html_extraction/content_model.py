"""What prose looks like in the page's language: the share of its words that are stop words."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ContentModel"]

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class ContentModel:
    language: str
    stop_words: frozenset[str]

    def count_words(self, text: str) -> tuple[int, int]:
        words = _WORDS.findall(text.casefold())
        stop_words = self.stop_words
        return len(words), sum(1 for w in words if w in stop_words)
