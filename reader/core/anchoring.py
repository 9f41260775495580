"""Anchoring: placing stored highlights on an article's (possibly edited) clean text.

A highlight is stored as two W3C Web Annotation selectors over the clean text: a
``TextPositionSelector`` (code-point offsets, end exclusive) and a ``TextQuoteSelector``
(the exact quote plus about 32 characters of prefix and suffix). When an article is opened,
re-imported or re-cleaned, :func:`anchor_all` places every highlight again:

1. POSITION - the text at ``[start, end)`` still equals the quote (and the characters next
   to it still agree with the stored context), so nothing moved.
2. EXACT - the quote occurs verbatim elsewhere; among repeats the one whose surroundings
   best match the prefix and suffix wins, nearness to the old position breaking ties.
3. FUZZY - the quote was edited (a typo fixed, a word changed): the best approximate
   occurrence with at most ``MAX_ERROR_RATE`` of its length in edits, accepted only if the
   quote and its context together still agree at least ``MIN_EVIDENCE`` (see below).
4. Otherwise the highlight is an orphan (``None``): never a guessed placement.

Candidates are ranked with the Hypothesis annotator's formula (``match-quote.ts``)::

    score = (50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92

where each part is a similarity in [0, 1]. Hypothesis accepts any candidate within
``len(quote) / 2`` edits; that is too lenient for "never a wrong placement" (a 10-character
quote matches almost anything with 5 errors), hence the two acceptance limits here.

Offsets are Python ``str`` indices (code points), not the UTF-16 offsets a browser uses.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.approximate_match import (
    Match,
    candidate_windows,
    edit_distance,
    merge_windows,
    search,
    tail_distance,
)

__all__ = [
    "MAX_ERROR_RATE",
    "MAX_FAR_ERROR_RATE",
    "MIN_EVIDENCE",
    "Anchor",
    "AnchorMethod",
    "Selectors",
    "TextPositionSelector",
    "TextQuoteSelector",
    "anchor",
    "anchor_all",
    "describe",
]

# Weights of Hypothesis' match-quote.ts: the quote dominates, context decides between
# repeats, and position is only a tie-breaker.
QUOTE_WEIGHT = 50.0
PREFIX_WEIGHT = 20.0
SUFFIX_WEIGHT = 20.0
POSITION_WEIGHT = 2.0
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

# A fuzzy match may differ from the stored quote by at most this fraction of its length.
# Measured on the seed articles (tests/core/test_anchoring_threshold.py): realistic edits
# of a sentence need at most 15% (a changed word; a fixed typo or punctuation: 2-3%),
# while the closest match of an unrelated passage needs 25% or more at 20 characters,
# 35% at 40 and 45% at 80. Short quotes can sit near this limit, which is why the
# evidence test below must also pass.
MAX_ERROR_RATE = 0.25

# Far from where the quote should be (not near its old position nor beside a verbatim copy
# of its context), a moved *and* edited quote must match more closely.
MAX_FAR_ERROR_RATE = 0.125

# ...and the quote plus its stored context must still agree on this fraction of their
# characters: 1 - (quote edits + prefix edits + suffix edits) / (their total length).
# This is what rejects short quotes that happen to resemble some other words: for them the
# 64 characters of context carry most of the evidence. Measured: realistic edits keep at
# least 0.89, unrelated passages of 12-160 characters reach at most 0.61.
MIN_EVIDENCE = 0.7

# How many characters of the stored context must sit next to the old position for the
# position check to count as "nothing moved" (a cheap guard against a short quote whose
# old offsets now happen to hold the same word in a different sentence).
_POSITION_GUARD = 8

# Text around a candidate compared with the stored prefix/suffix: the context length plus
# room for a few inserted characters.
_CONTEXT_SLACK = 8

# The near search looks this far (or the quote's length, if longer) on either side of each
# place where the quote plausibly is.
_NEAR_RADIUS = 256

# Characters of stored context, next to the quote, looked up verbatim to locate a quote
# whose own text was edited; and at most this many copies of them are used.
_CONTEXT_KEY = 16
_MAX_CONTEXT_COPIES = 8

# Exact repeats beyond this many are pre-ranked by a cheap exact-context comparison before
# the full (approximate) context scoring.
_MAX_SCORED_REPEATS = 32


@dataclass(frozen=True)
class TextQuoteSelector:
    """The highlighted text and the characters just before and after it."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector:
    """Code-point offsets of the highlight in the clean text, ``end`` exclusive."""

    start: int
    end: int


@dataclass(frozen=True)
class Selectors:
    """Everything stored about where a highlight was."""

    quote: TextQuoteSelector
    position: TextPositionSelector


class AnchorMethod(enum.Enum):
    """How a highlight was found again."""

    POSITION = "position"
    EXACT = "exact"
    FUZZY = "fuzzy"


@dataclass(frozen=True)
class Anchor:
    """Where a highlight now sits: ``text[start:end]``, found by ``method``.

    ``score`` in [0, 1] is the Hypothesis-style match score (1.0 = quote and context all
    agree at the old position).
    """

    start: int
    end: int
    method: AnchorMethod
    score: float


def describe(text: str, start: int, end: int, context: int = 32) -> Selectors:
    """Selectors for a new highlight of ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"highlight [{start}, {end}) is empty or outside the text")
    if context < 0:
        raise ValueError("context length must not be negative")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
    return Selectors(quote=quote, position=TextPositionSelector(start, end))


def anchor(text: str, selectors: Selectors) -> Anchor | None:
    """Place one highlight on ``text``; ``None`` means it is an orphan."""
    return anchor_all(text, [selectors])[0]


def anchor_all(text: str, many: Sequence[Selectors]) -> list[Anchor | None]:
    """Place every highlight of an article; the result is parallel to ``many``.

    Work is shared in passes so the common case stays cheap: first every position check
    (O(len(quote)) each), then exact search for the rest, then fuzzy search for what is
    left. Highlights already placed tell how far their part of the text moved, so the
    old position of a later one is corrected by its nearest placed neighbour's shift
    before it is used as a tie-breaking hint.
    """
    results: list[Anchor | None] = [None] * len(many)
    shifts = _Shifts()
    pending: list[int] = []
    for i, sel in enumerate(many):
        found = _by_position(text, sel)
        if found is None:
            pending.append(i)
        else:
            results[i] = found
            shifts.add(sel.position.start, 0)
    if not pending:
        return results

    pending.sort(key=lambda i: many[i].position.start)
    still: list[int] = []
    for i in pending:
        sel = many[i]
        hint = shifts.hint(sel.position.start)
        found = _by_exact(text, sel, hint)
        if found is None:
            still.append(i)
        else:
            results[i] = found
            shifts.add(sel.position.start, found.start - sel.position.start)
    for i in still:
        sel = many[i]
        found = _by_fuzzy(text, sel, shifts.hint(sel.position.start))
        results[i] = found
        if found is not None:
            shifts.add(sel.position.start, found.start - sel.position.start)
    return results


class _Shifts:
    """Old start -> displacement of the highlights placed so far."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._deltas: list[int] = []

    def add(self, old_start: int, delta: int) -> None:
        i = bisect.bisect_left(self._starts, old_start)
        self._starts.insert(i, old_start)
        self._deltas.insert(i, delta)

    def hint(self, old_start: int) -> int:
        """Where ``old_start`` probably is now: moved like its nearest placed neighbour."""
        if not self._starts:
            return old_start
        i = bisect.bisect_left(self._starts, old_start)
        best = min(
            range(max(0, i - 1), min(len(self._starts), i + 1)),
            key=lambda j: abs(self._starts[j] - old_start),
        )
        return max(0, old_start + self._deltas[best])


def _by_position(text: str, sel: Selectors) -> Anchor | None:
    start, end = sel.position.start, sel.position.end
    exact = sel.quote.exact
    if not exact or not 0 <= start < end <= len(text) or end - start != len(exact):
        return None
    if not text.startswith(exact, start):
        return None
    # The neighbouring characters must agree too; otherwise the exact search (which looks at
    # the whole context) decides, and it will still pick this place if it is the best one.
    prefix_tail = sel.quote.prefix[-_POSITION_GUARD:]
    suffix_head = sel.quote.suffix[:_POSITION_GUARD]
    if not text.endswith(prefix_tail, 0, start) or not text.startswith(suffix_head, end):
        return None
    return Anchor(start, end, AnchorMethod.POSITION, 1.0)


@dataclass(frozen=True)
class _Scored:
    start: int
    end: int
    score: float  # Hypothesis-style ranking score
    evidence: float  # fraction of quote + context characters that still agree


def _score(text: str, quote: TextQuoteSelector, match: Match, hint: int) -> _Scored:
    """Rank a candidate the way Hypothesis does, and measure its evidence for acceptance."""
    prefix, suffix = quote.prefix, quote.suffix
    prefix_errors = 0
    if prefix:
        before = text[max(0, match.start - len(prefix) - _CONTEXT_SLACK) : match.start]
        prefix_errors = tail_distance(prefix, before)
    suffix_errors = 0
    if suffix:
        after = text[match.end : match.end + len(suffix) + _CONTEXT_SLACK]
        suffix_errors = tail_distance(suffix[::-1], after[::-1])
    m = len(quote.exact)
    quote_sim = 1.0 - match.errors / m
    prefix_sim = 1.0 - prefix_errors / len(prefix) if prefix else 1.0
    suffix_sim = 1.0 - suffix_errors / len(suffix) if suffix else 1.0
    position_sim = 1.0 - abs(match.start - hint) / max(1, len(text))
    score = (
        QUOTE_WEIGHT * quote_sim
        + PREFIX_WEIGHT * prefix_sim
        + SUFFIX_WEIGHT * suffix_sim
        + POSITION_WEIGHT * max(0.0, position_sim)
    ) / _TOTAL_WEIGHT
    evidence = 1.0 - (match.errors + prefix_errors + suffix_errors) / (
        m + len(prefix) + len(suffix)
    )
    return _Scored(match.start, match.end, score, evidence)


def _by_exact(text: str, sel: Selectors, hint: int) -> Anchor | None:
    quote = sel.quote
    exact = quote.exact
    if not exact:
        return None
    positions: list[int] = []
    pos = text.find(exact)
    while pos != -1:
        positions.append(pos)
        pos = text.find(exact, pos + 1)
    if not positions:
        return None
    m = len(exact)
    # Fast path, the usual case after text was inserted or removed elsewhere: repeats whose
    # whole stored context is still verbatim need no approximate scoring.
    intact = [
        p
        for p in positions
        if text.endswith(quote.prefix, 0, p) and text.startswith(quote.suffix, p + m)
    ]
    if intact:
        p = min(intact, key=lambda p: abs(p - hint))
        position_sim = max(0.0, 1.0 - abs(p - hint) / len(text))
        score = (_TOTAL_WEIGHT - POSITION_WEIGHT * (1.0 - position_sim)) / _TOTAL_WEIGHT
        return Anchor(p, p + m, AnchorMethod.EXACT, score)
    if len(positions) > _MAX_SCORED_REPEATS:
        positions = _shortlist(text, quote, positions, hint)
    best = max(
        (_score(text, quote, Match(p, p + m, 0), hint) for p in positions),
        key=lambda s: s.score,
    )
    return Anchor(best.start, best.end, AnchorMethod.EXACT, best.score)


def _shortlist(text: str, quote: TextQuoteSelector, positions: list[int], hint: int) -> list[int]:
    """The repeats worth scoring fully: best exact context agreement, and nearest the hint."""
    m = len(quote.exact)

    def agreement(p: int) -> int:
        return _common_tail(quote.prefix, text, p) + _common_head(quote.suffix, text, p + m)

    half = _MAX_SCORED_REPEATS // 2
    by_context = sorted(positions, key=lambda p: (-agreement(p), abs(p - hint)))[:half]
    by_distance = sorted(positions, key=lambda p: abs(p - hint))[:half]
    return sorted(set(by_context) | set(by_distance))


def _common_tail(prefix: str, text: str, at: int) -> int:
    """How many trailing characters of ``prefix`` equal the text just before ``at``."""
    n = 0
    while n < len(prefix) and n < at and prefix[-1 - n] == text[at - 1 - n]:
        n += 1
    return n


def _common_head(suffix: str, text: str, at: int) -> int:
    """How many leading characters of ``suffix`` equal the text from ``at`` on."""
    n = 0
    while n < len(suffix) and at + n < len(text) and suffix[n] == text[at + n]:
        n += 1
    return n


def _by_fuzzy(text: str, sel: Selectors, hint: int) -> Anchor | None:
    """Best approximate occurrence: near where the quote should be, else anywhere."""
    quote = sel.quote
    m = len(quote.exact)
    if m == 0 or not text:
        return None
    # Tier 1: near the shift-corrected old position and next to verbatim copies of the
    # stored context - where an edited quote almost always is. Cheap: a few windows of
    # about len(quote) + 2 * _NEAR_RADIUS characters.
    best = _best_in(text, quote, hint, int(m * MAX_ERROR_RATE), _near_windows(text, sel, hint))
    if best is None:
        # Tier 2: the whole text, for a quote that was both moved and edited. Such a
        # placement needs a closer match (MAX_FAR_ERROR_RATE), which also lets the
        # pigeonhole filter use pieces long enough to skip nearly all of the text.
        far_errors = int(m * MAX_FAR_ERROR_RATE)
        windows = candidate_windows(text, quote.exact, far_errors) if far_errors else None
        if windows:
            best = _best_in(text, quote, hint, far_errors, windows)
    if best is None:
        return None
    return Anchor(best.start, best.end, AnchorMethod.FUZZY, best.score)


def _best_in(
    text: str,
    quote: TextQuoteSelector,
    hint: int,
    max_errors: int,
    windows: list[tuple[int, int]],
) -> _Scored | None:
    """Highest-ranked candidate in ``windows`` that has enough evidence to be accepted."""
    if max_errors <= 0:
        return None
    best: _Scored | None = None
    for lo, hi in windows:
        candidates = set(search(text, quote.exact, max_errors, lo, hi))
        candidates.update(
            snapped
            for match in list(candidates)
            for snapped in _snapped(text, quote, match, max_errors)
        )
        for match in candidates:
            scored = _score(text, quote, match, hint)
            if scored.evidence >= MIN_EVIDENCE and (best is None or scored.score > best.score):
                best = scored
    return best


def _snapped(text: str, quote: TextQuoteSelector, match: Match, max_errors: int) -> list[Match]:
    """Variants of ``match`` whose edges are moved onto nearby verbatim stored context.

    The search picks boundaries by the quote alone, and when an edit sits near the quote's
    edge, text that happens to resemble the quote can make a wrong boundary cheaper than
    the true one (inserted "aaaaaaaaa." can pass for "Majapahit "). Where the context next
    to the quote survived, it says exactly where the quote starts or ends; the variants are
    then scored like any other candidate, so they win only if the whole picture agrees.
    """
    m = len(quote.exact)
    starts, ends = {match.start}, {match.end}
    key = quote.prefix[-_CONTEXT_KEY:]
    if key:
        at = text.rfind(key, max(0, match.start - max_errors - len(key)), match.start + max_errors)
        if at != -1:
            starts.add(at + len(key))
    key = quote.suffix[:_CONTEXT_KEY]
    if key:
        at = text.find(key, max(0, match.end - max_errors), match.end + max_errors + len(key))
        if at != -1:
            ends.add(at)
    variants = []
    for start in starts:
        for end in ends:
            if (start, end) == (match.start, match.end) or not 0 < end - start <= 2 * m:
                continue
            errors = edit_distance(quote.exact, text[start:end])
            if errors <= max_errors:
                variants.append(Match(start, end, errors))
    return variants


def _near_windows(text: str, sel: Selectors, hint: int) -> list[tuple[int, int]]:
    """Where an edited quote plausibly is: around the hint and beside its stored context."""
    m = len(sel.quote.exact)
    radius = max(m, _NEAR_RADIUS)
    centres = [hint]
    # The context right next to the quote is the part most likely to survive the edit.
    prefix_key = sel.quote.prefix[-_CONTEXT_KEY:]
    suffix_key = sel.quote.suffix[:_CONTEXT_KEY]
    for key, after in ((prefix_key, True), (suffix_key, False)):
        if len(key) < _CONTEXT_KEY:
            continue  # at the edge of the text: too short to locate anything reliably
        found: list[int] = []
        pos = text.find(key)
        while pos != -1 and len(found) < _MAX_CONTEXT_COPIES:
            found.append(pos + len(key) if after else pos - m)
            pos = text.find(key, pos + 1)
        centres.extend(found)
    windows = [(max(0, c - radius), min(len(text), c + m + radius)) for c in centres]
    return merge_windows([(lo, hi) for lo, hi in windows if lo < hi])
