"""The content model: how likely each line is article text, and where the article lies.

A logistic model weighs the evidence of :mod:`.evidence` into a probability per line. The
article is then taken as one contiguous region - the run of lines whose probabilities,
weighted by their length, add up to the most above a threshold (an oracle that keeps the
best single run of lines scores 0.97 word F1 on the shared test pages, so one region is
nearly always right) - and lines inside it that are very unlikely text are hidden too.

Two decisions are not left to the learned numbers. An article starts at its headline. When
the page shows its title as a line of its own and prose the model takes for article text
follows it before the region, the region starts right after the headline. Without this, a
page whose middle is long code listings or result tables (which the model scores low) has
its region decided on a knife-edge: the run that wins can flip to the last few paragraphs
when the weights move a little, as they do when one site is left out of the fitting. And
it ends at its last sentence unless what follows clears a higher bar: on pages
the model has not learned, labels and headlines under the article sit near the threshold.

The weights are learned numbers, not rules: ``content_model.json`` is written by
``bench/reader_model_fit.py`` from the shared test pages, which also reports how well it
does on each site when that site was left out of the fitting.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .evidence import FEATURES

MODEL_FILE = "content_model.json"
# The region's threshold is at most this share of the median probability of the page's
# own sentences of prose. A page whose prose the model scores low is a kind of page it has
# not learned (code listings, tables of films, a language it has few pages of): its
# probabilities are all shifted down, and a fixed threshold would cut the article at
# whichever paragraph dips first. On the pages it knows, prose scores 0.9 and more and the
# learned threshold holds.
PROSE_SHARE = 0.55
# An article's opening: this many paragraphs of prose among the first lines under its
# headline.
OPENING_PROSE = 2
OPENING_LINES = 10
# What follows the article's last sentence inside its region must look like
# article text by a higher bar than the region's: on a page the model has not learned
# (another language, another kind of site), the labels, headlines and figures under an
# article score around the region's threshold and carried it on to the page's end.
TAIL_BAR = 0.5


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

    def page_threshold(self, probabilities: Sequence[float], prose: Sequence[bool]) -> float:
        """The region's threshold on this page: the learned one, lowered on a page whose
        prose the model scores low (see ``PROSE_SHARE``)."""
        scores = [p for p, is_prose in zip(probabilities, prose, strict=True) if is_prose]
        if not scores:
            return self.threshold
        return min(self.threshold, PROSE_SHARE * statistics.median(scores))

    def weight(self, words: int) -> float:
        """How much a line of ``words`` words counts in the region: long lines more."""
        return float(words**self.length_power + 0.5)

    def region(
        self, probabilities: Sequence[float], words: Sequence[int], threshold: float
    ) -> tuple[int, int]:
        """The lines (first, last) of the article: the run with the largest sum of
        (probability - threshold) * (words ** length_power + 0.5); (-1, -1) if none."""
        best, span = 0.0, (-1, -1)
        total, start = 0.0, 0
        for index, (p, n) in enumerate(zip(probabilities, words, strict=True)):
            if total <= 0:
                total, start = 0.0, index
            total += (p - threshold) * self.weight(n)
            if total > best:
                best, span = total, (start, index)
        return span


def start_at_headline(
    span: tuple[int, int],
    probabilities: Sequence[float],
    headline: Sequence[bool],
    prose: Sequence[bool],
    threshold: float,
) -> tuple[int, int]:
    """``span`` started right after the last headline line above it, when the article's
    opening follows the headline: paragraphs of prose the model takes for article text
    (``threshold``) among the first lines under it. One caption under a headline, over a
    photo gallery, is not an opening."""
    first, last = span
    if first <= 0:
        return span
    above = [index for index in range(first) if headline[index]]
    if not above:
        return span
    start = above[-1] + 1
    opening = range(start, min(first, start + OPENING_LINES))
    if sum(1 for i in opening if prose[i] and probabilities[i] >= threshold) >= OPENING_PROSE:
        return start, last
    return span


def end_at_last_sentence(
    span: tuple[int, int],
    probabilities: Sequence[float],
    sizes: Sequence[float],
    sentences: Sequence[bool],
    hidden: Sequence[bool],
) -> tuple[int, int]:
    """``span`` ended at its last line that ends a sentence, unless the lines after it
    earn their place by ``TAIL_BAR``: their sum of (probability - TAIL_BAR) * size (the
    model's ``weight`` of their length) is positive. A list or a code listing that ends an
    article scores well above the bar."""
    first, last = span
    if first < 0:
        return span
    ends = [i for i in range(first, last + 1) if sentences[i] and not hidden[i]]
    if not ends:
        return span
    tail = [i for i in range(ends[-1] + 1, last + 1) if not hidden[i]]
    if sum((probabilities[i] - TAIL_BAR) * sizes[i] for i in tail) < 0:
        return first, ends[-1]
    return span


@cache
def shipped_model() -> ContentModel:
    """The model fitted on all shared pages, as shipped with the app."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return ContentModel.from_json(json.loads(text))
