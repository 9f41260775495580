"""The content model: how likely each line is article text, and where the article lies.

A logistic model weighs the evidence of :mod:`.evidence` into a probability per line. The
article is then taken as one contiguous region - the run of lines whose probabilities,
weighted by their length, add up to the most above a threshold (an oracle that keeps the
best single run of lines scores 0.97 word F1 on the shared test pages, so one region is
nearly always right) - and lines inside it that are very unlikely text are hidden too.

The weights are learned numbers, not rules: ``content_model.json`` is written by
``bench/reader_model_fit.py`` from the shared test pages, which also reports how well it
does on each site when that site was left out of the fitting.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .evidence import FEATURES

MODEL_FILE = "content_model.json"


@dataclass(frozen=True)
class ContentModel:
    """Learned weights of :data:`.evidence.FEATURES`, and how the region is decided."""

    weights: tuple[float, ...]
    threshold: float = 0.4  # a line above this probability counts for the article
    length_power: float = 0.5  # long lines weigh more: words ** length_power
    inner_threshold: float = 0.0  # inside the region, a line below this is hidden too

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ContentModel:
        named = dict(zip(data["features"], data["weights"], strict=True))
        # A feature the file does not know (added since it was fitted) weighs nothing.
        weights = tuple(float(named.get(name, 0.0)) for name in FEATURES)
        return cls(
            weights,
            float(data["threshold"]),
            float(data["length_power"]),
            float(data["inner_threshold"]),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "threshold": self.threshold,
            "length_power": self.length_power,
            "inner_threshold": self.inner_threshold,
        }

    def probability(self, vector: Sequence[float]) -> float:
        score = sum(w * x for w, x in zip(self.weights, vector, strict=True))
        if score < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))

    def region(self, probabilities: Sequence[float], words: Sequence[int]) -> tuple[int, int]:
        """The lines (first, last) of the article: the run with the largest sum of
        (probability - threshold) * (words ** length_power + 0.5); (-1, -1) if none."""
        best, span = 0.0, (-1, -1)
        total, start = 0.0, 0
        for index, (p, n) in enumerate(zip(probabilities, words, strict=True)):
            if total <= 0:
                total, start = 0.0, index
            total += (p - self.threshold) * (n**self.length_power + 0.5)
            if total > best:
                best, span = total, (start, index)
        return span


@cache
def shipped_model() -> ContentModel:
    """The model fitted on all shared pages, as shipped with the app."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return ContentModel.from_json(json.loads(text))
