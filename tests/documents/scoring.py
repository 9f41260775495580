"""How close an imported article is to its known text: word F1, headings, list items.

Words are compared as the reader sees them (the reading text of both Markdown texts),
casefolded, as multisets, as bench/html_extraction_compare.py does for web pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.core.reading_text import BlockKind, reading_text
from reader.core.rendering import parser

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    headings_found: float  # share of the expected headings (text and level) present
    list_items_found: float  # share of the expected list items present as list items

    def missing(self) -> str:
        return (
            f"F1 {self.f1:.3f}, headings {self.headings_found:.2f},"
            f" lists {self.list_items_found:.2f}"
        )


def words(markdown: str) -> Counter[str]:
    return Counter(_WORD.findall(reading_text(markdown).text.casefold()))


def headings(markdown: str) -> set[tuple[int, str]]:
    text = reading_text(markdown)
    return {
        (b.level, " ".join(text.text[b.start : b.end].casefold().split()))
        for b in text.blocks
        if b.kind is BlockKind.HEADING and b.level > 1
    }


def list_items(markdown: str) -> list[str]:
    tokens = parser().parse(markdown)
    items: list[str] = []
    depth = 0
    for token in tokens:
        if token.type == "list_item_open":
            depth += 1
        elif token.type == "list_item_close":
            depth -= 1
        elif token.type == "inline" and depth:
            items.append(" ".join(_WORD.findall(token.content.casefold())))
    return items


def score(expected: str, got: str) -> Score:
    want, have = words(expected), words(got)
    common = sum((want & have).values())
    precision = common / max(sum(have.values()), 1)
    recall = common / max(sum(want.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    want_headings = headings(expected)
    found_headings = len(want_headings & headings(got)) / max(len(want_headings), 1)
    want_items = list_items(expected)
    have_items = set(list_items(got))
    found_items = sum(1 for item in want_items if item in have_items) / max(len(want_items), 1)
    return Score(f1, precision, recall, found_headings, found_items)
