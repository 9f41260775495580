"""Anchoring 1,000 highlights in a 10,000-word article, against finding their quotes.

The floor is the least any anchoring does: ``str.find`` of every highlight's quote in
the text. Two cases are timed against it, best of five in one run: every position still
holds (an article opened again), and a paragraph was inserted at the top (every
highlight must be found again). These were wall-clock limits in tests/core/test_anchoring.py.
"""

from __future__ import annotations

import random

from bench.timing import best_of
from reader.core.anchoring import Selectors, anchor_all, describe

WORDS = 10_000
HIGHLIGHTS = 1_000
VOCABULARY = [
    "negara",
    "aliansi",
    "diplomasi",
    "konflik",
    "dialog",
    "damai",
    "kerja",
    "sama",
    "ekonomi",
    "politik",
    "keamanan",
    "perang",
    "dingin",
    "blok",
    "barat",
    "timur",
    "ketegangan",
    "perjanjian",
    "bilateral",
    "internasional",
]


def _article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(WORDS // 100):
        words = [rng.choice(VOCABULARY) for _ in range(100)]
        paragraphs.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(paragraphs)


def _highlights(rng: random.Random, text: str) -> list[Selectors]:
    result = []
    for _ in range(HIGHLIGHTS):
        length = rng.randint(15, 200)
        start = rng.randrange(0, len(text) - length)
        result.append(describe(text, start, start + length))
    return result


def run() -> list[tuple[str, float, float]]:
    rng = random.Random(3)
    text = _article(rng)
    many = _highlights(rng, text)
    edited = "Catatan redaksi: artikel ini diperbarui.\n\n" + text
    floor = best_of(5, lambda: [edited.find(s.quote.exact) for s in many])
    held = best_of(5, lambda: anchor_all(text, many))
    moved = best_of(5, lambda: anchor_all(edited, many))
    return [
        (f"floor: find {HIGHLIGHTS:,} quotes in {WORDS:,} words", floor, 1.0),
        ("anchor them, every position holding", held, held / floor),
        ("anchor them after a paragraph inserted at the top", moved, moved / floor),
    ]
