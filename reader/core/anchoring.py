"""Anchoring: placing stored highlights on an article's (possibly edited) clean text.

A highlight is stored as two W3C Web Annotation selectors over the clean text: a
``TextPositionSelector`` (code-point offsets, end exclusive) and a ``TextQuoteSelector``
(the exact quote plus up to 32 characters of prefix and suffix). When an article is
opened, re-imported or re-cleaned, :func:`anchor_all` places every highlight again, and
each answer is one of three:

- **placed** (``Anchor`` with ``certain``): the evidence clearly says where it is;
- **needs a look** (``Anchor`` without ``certain``): a plausible place, proposed to the
  user to confirm or reject, never silently attached;
- **unplaced** (``None``): nothing plausible; never a guessed placement.

Every candidate place is weighed on all the evidence: how much of the quote, of the
prefix and of the suffix (all of them, not a few characters) still agree there; whether
it is where the edits around it say the passage should be; and how far it stands out
from the runner-up. A copy of the quote elsewhere whose context disagrees is not enough.

When the text the highlights were made on is known (a re-import or re-cleaning has it),
a diff of old and new text (reader.core.text_diff) is the strongest position evidence:
it says which characters survived where. A candidate made of old text from elsewhere
(another occurrence of a repeated phrase) is then never this highlight, and among two
copies of a duplicated sentence the one the diff kept is the original.

Without the old text (imported annotations), the stored offsets corrected by how the
highlights already placed have moved serve as the expected position, but only as weak
evidence. A copy of the quote is then placed for certain when a long stretch of stored
prefix, quote and suffix stands verbatim there and the edit explains the rest of the
context (text inserted beside it, a sentence or paragraph break where the agreement
stops), or when quote and both sides of the context agree closely near where it was;
the place where the stored prefix and suffix now meet around other words or none
contests every copy elsewhere. One edit explains a context changed on one side only:
a copy whose context changed on both sides (or after it, while it moved) may as well
be a look-alike of a deleted passage - a repeated caption, a heading also listed in the
contents - and only a quote long enough to be unique (a sentence moved) is placed so.

Offsets are Python ``str`` indices (code points), not the UTF-16 offsets a browser uses.
"""

from __future__ import annotations

import bisect
import enum
import re
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
from reader.core.text_diff import TextDiff

__all__ = [
    "MAX_ERROR_RATE",
    "MIN_EVIDENCE",
    "Anchor",
    "AnchorMethod",
    "Selectors",
    "TextPositionSelector",
    "TextQuoteSelector",
    "anchor",
    "anchor_all",
    "context_agreement",
    "describe",
]

# Weights of Hypothesis' match-quote.ts, kept for the ``score`` shown to callers: the
# quote dominates, context decides between repeats, position is a tie-breaker.
QUOTE_WEIGHT = 50.0
PREFIX_WEIGHT = 20.0
SUFFIX_WEIGHT = 20.0
POSITION_WEIGHT = 2.0
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

# A placement changes at most this fraction of the quote's characters, unless the context
# on both sides agrees strongly (see BRACKET_ERROR_RATE). Measured on the seed articles
# (tests/core/test_anchoring_threshold.py): a changed word in a sentence needs at most
# 15%, a fixed typo or punctuation 2-3%; an unrelated passage needs 25% or more at 20
# characters, 35% at 40 and 45% at 80.
MAX_ERROR_RATE = 0.25

# With prefix and suffix both still in place around it (BRACKET_CONTEXT_ERRORS), a short
# quote may have changed this much: "kerja sama bilateral" -> "kerja memainkan
# bilateral" is 35%, yet nothing else in the text has that context.
BRACKET_ERROR_RATE = 0.5
BRACKET_CONTEXT_ERRORS = 0.15  # at most this fraction of each side of context changed

# ...and the quote plus its stored context must still agree on this fraction of their
# characters: 1 - (quote edits + prefix edits + suffix edits) / (their total length).
# Measured: realistic edits keep at least 0.89, unrelated passages of 12-160 characters
# reach at most 0.61.
MIN_EVIDENCE = 0.7

# A placement is certain only when the runner-up (the best candidate elsewhere) disagrees
# with the stored quote and context in at least this many more characters: this fraction
# of the stored context, and never fewer than _MIN_MARGIN.
MARGIN_RATE = 0.2
_MIN_MARGIN = 6

# A stretch of the stored prefix, quote and suffix this long (in characters), verbatim and
# longer than at any other copy, is placed even where the rest of its context changed (a
# heading or a sentence moved elsewhere, text inserted before it): prose does not repeat
# 40 characters by chance.
_LONG_VERBATIM = 40

# The end of a sentence or a line: where whole sentences and paragraphs are inserted,
# removed and moved.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]*\s|\n")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")


# Moved stretches of text longer than this are not compared whole (the cost of an edit
# distance grows with the square of the length); their passages rely on the selectors.
_MAX_MOVED = 2000

# Far from where the quote should be (not near its expected position nor beside a
# verbatim copy of its context), a moved *and* edited quote must match more closely.
MAX_FAR_ERROR_RATE = 0.125

# A candidate made of old text that was not the passage (another occurrence of a repeated
# phrase, or the context a deleted passage was cut from) is not this highlight: at most
# this fraction of it may be such text.
_MAX_FOREIGN = 0.25
# ...and it is where the diff says the passage went when half of its quote, or this
# fraction of its quote-and-context window, is the passage's own old text.
_MIN_OWN = 0.5

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

# Candidates scored fully per highlight, best by quote errors first: enough for every
# local optimum of a short quote in the near windows.
_MAX_CANDIDATES = 256


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
    """How the quote was found again."""

    POSITION = "position"  # at its stored offsets, quote and context unchanged
    EXACT = "exact"  # the same quote, elsewhere
    FUZZY = "fuzzy"  # an edited quote


@dataclass(frozen=True)
class Anchor:
    """Where a highlight now sits: ``text[start:end]``, found by ``method``.

    ``certain`` is False for a proposal that needs a look: plausible, but the evidence
    does not clearly set it apart, so the user confirms or rejects it. ``score`` in
    [0, 1] is the Hypothesis-style match score (1.0 = quote and context all agree at the
    old position).
    """

    start: int
    end: int
    method: AnchorMethod
    score: float
    certain: bool = True


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


def anchor(text: str, selectors: Selectors, old_text: str | None = None) -> Anchor | None:
    """Place one highlight on ``text``; ``None`` means it is unplaced."""
    return anchor_all(text, [selectors], old_text)[0]


def anchor_all(
    text: str, many: Sequence[Selectors], old_text: str | None = None
) -> list[Anchor | None]:
    """Place every highlight of an article; the result is parallel to ``many``.

    ``old_text`` is the text the selectors were made on, when known: its diff with
    ``text`` then says where each passage went. Work is shared in passes so the common
    case stays cheap: first every position check (O(len(quote)) each), then the places
    the diff or an intact copy of quote and context vouch for, then the full search for
    what is left. Without a diff, highlights already placed tell how far their part of
    the text moved, which corrects the expected position of the others.
    """
    results: list[Anchor | None] = [None] * len(many)
    if not many:
        return results
    diff = TextDiff(old_text, text) if old_text is not None and old_text != text else None
    shifts = _Shifts()
    pending: list[int] = []
    for i, sel in enumerate(many):
        found = _by_position(text, sel, diff)
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
        found = _by_intact_copy(text, sel, diff, _expected(sel, diff, shifts))
        if found is None:
            still.append(i)
        else:
            results[i] = found
            shifts.add(sel.position.start, found.start - sel.position.start)
    for i in still:
        sel = many[i]
        found = _by_evidence(text, sel, diff, _expected(sel, diff, shifts))
        results[i] = found
        if found is not None and found.certain:
            shifts.add(sel.position.start, found.start - sel.position.start)
    return results


@dataclass(frozen=True)
class _Expected:
    """Where the passage should start now, and whether that is known exactly."""

    start: int
    exact: bool  # a diff, or the shift of a placed neighbour, says so


def _expected(sel: Selectors, diff: TextDiff | None, shifts: _Shifts) -> _Expected:
    old = sel.position.start
    if diff is not None:
        return _Expected(diff.map_span(old, sel.position.end)[0], True)
    start, exact = shifts.hint(old)
    return _Expected(start, exact)


class _Shifts:
    """Old start -> displacement of the highlights placed so far."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._deltas: list[int] = []

    def add(self, old_start: int, delta: int) -> None:
        i = bisect.bisect_left(self._starts, old_start)
        self._starts.insert(i, old_start)
        self._deltas.insert(i, delta)

    def hint(self, old_start: int) -> tuple[int, bool]:
        """Where ``old_start`` probably is now (moved like its nearest placed neighbour),
        and whether a neighbour says so (rather than the stored offset alone)."""
        if not self._starts:
            return old_start, False
        i = bisect.bisect_left(self._starts, old_start)
        best = min(
            range(max(0, i - 1), min(len(self._starts), i + 1)),
            key=lambda j: abs(self._starts[j] - old_start),
        )
        return max(0, old_start + self._deltas[best]), True


# --- Evidence -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Evidence:
    """How well ``text[start:end]`` and its surroundings agree with the stored selectors."""

    start: int
    end: int
    quote_errors: int
    prefix_errors: int
    suffix_errors: int
    quote_length: int
    prefix_length: int
    suffix_length: int
    own: bool = False  # the diff says this is the passage's own old text
    foreign: bool = False  # the diff says this is old text from elsewhere
    fresh: bool = False  # the diff says this is new text (inserted by the edit)
    prefix_run: int = 0  # trailing characters of the stored prefix verbatim just before
    suffix_run: int = 0  # leading characters of the stored suffix verbatim just after
    # The text ends within the stored suffix's length after the candidate (right after
    # it, when the suffix is empty): as it did where the highlight was made.
    ends_text: bool = False

    @property
    def verbatim(self) -> int:
        """Length of the stored prefix + quote + suffix found here as one unbroken
        stretch around a verbatim quote (0 for an edited quote): the longer, the less it
        can be a coincidence."""
        if self.quote_errors:
            return 0
        return self.prefix_run + self.quote_length + self.suffix_run

    @property
    def errors(self) -> int:
        return self.quote_errors + self.prefix_errors + self.suffix_errors

    @property
    def evidence(self) -> float:
        """Fraction of quote + context characters that still agree."""
        total = self.quote_length + self.prefix_length + self.suffix_length
        return 1.0 - self.errors / total

    @property
    def quote_similarity(self) -> float:
        return 1.0 - self.quote_errors / self.quote_length

    @property
    def bracketed(self) -> bool:
        """Both sides of the stored context are still in place. (A quote that began or
        ended the text has one side only: text may since have been added there, so the
        missing side holds only where the candidate, too, begins or ends the text.)"""
        limit = BRACKET_CONTEXT_ERRORS
        prefix = self.prefix_errors <= limit * self.prefix_length
        suffix = self.suffix_errors <= limit * self.suffix_length
        return (
            self.prefix_length + self.suffix_length >= _CONTEXT_KEY
            and (self.prefix_length > 0 or self.start == 0)
            and (self.suffix_length > 0 or self.ends_text)
            and prefix
            and suffix
        )

    @property
    def one_side_agrees(self) -> bool:
        """At least one side of the stored context is still in place."""
        limit = BRACKET_CONTEXT_ERRORS
        prefix = self.prefix_length > 0 and self.prefix_errors <= limit * self.prefix_length
        suffix = self.suffix_length > 0 and self.suffix_errors <= limit * self.suffix_length
        return prefix or suffix

    @property
    def one_side_verbatim(self) -> bool:
        """One side of the stored context stands unchanged next to it."""
        return (self.prefix_length > 0 and self.prefix_errors == 0) or (
            self.suffix_length > 0 and self.suffix_errors == 0
        )

    @property
    def context_errors(self) -> int:
        return self.prefix_errors + self.suffix_errors

    def score(self, hint: int, text_length: int) -> float:
        """The Hypothesis-style ranking score, for display and ordering."""
        prefix_sim = 1.0 - self.prefix_errors / self.prefix_length if self.prefix_length else 1.0
        suffix_sim = 1.0 - self.suffix_errors / self.suffix_length if self.suffix_length else 1.0
        position_sim = max(0.0, 1.0 - abs(self.start - hint) / max(1, text_length))
        return (
            QUOTE_WEIGHT * self.quote_similarity
            + PREFIX_WEIGHT * prefix_sim
            + SUFFIX_WEIGHT * suffix_sim
            + POSITION_WEIGHT * position_sim
        ) / _TOTAL_WEIGHT


def _weigh(text: str, sel: Selectors, match: Match, diff: TextDiff | None = None) -> _Evidence:
    """The evidence for ``match`` as the new place of the highlight ``sel``."""
    quote = sel.quote
    prefix, suffix = quote.prefix, quote.suffix
    prefix_errors = 0
    if prefix:
        before = text[max(0, match.start - len(prefix) - _CONTEXT_SLACK) : match.start]
        prefix_errors = tail_distance(prefix, before)
    suffix_errors = 0
    if suffix:
        after = text[match.end : match.end + len(suffix) + _CONTEXT_SLACK]
        suffix_errors = tail_distance(suffix[::-1], after[::-1])
    own = foreign = fresh = False
    if diff is not None:
        own, foreign, fresh = _provenance(diff, sel, match, len(prefix), len(suffix))
    runs = (0, 0)
    if not match.errors:
        runs = (_common_tail(prefix, text, match.start), _common_head(suffix, text, match.end))
    return _Evidence(
        match.start,
        match.end,
        match.errors,
        prefix_errors,
        suffix_errors,
        len(quote.exact),
        len(prefix),
        len(suffix),
        own,
        foreign,
        fresh,
        *runs,
        len(text) - match.end <= len(suffix),
    )


def _provenance(
    diff: TextDiff, sel: Selectors, match: Match, prefix: int, suffix: int
) -> tuple[bool, bool, bool]:
    """Whether the diff says ``match`` is the passage's own old text, old text from
    elsewhere, or new text; ``prefix`` and ``suffix`` are the context lengths around it."""
    old_start, old_end = sel.position.start, sel.position.end
    mine, others, longest = diff.origins(match.start, match.end, old_start, old_end)
    if _from_elsewhere(diff, sel, match, others, longest):
        return False, True, False
    lo, hi = max(0, match.start - prefix), match.end + suffix
    around, _, _ = diff.origins(lo, hi, old_start - prefix, old_end + suffix)
    own = 2 * mine >= len(sel.quote.exact) or around >= _MIN_OWN * (hi - lo)
    return own, False, mine == others == 0


def _from_elsewhere(
    diff: TextDiff, sel: Selectors, match: Match, others: int, longest: int
) -> bool:
    """Whether ``match``, of which ``others`` characters (``longest`` in one stretch) are
    old text from elsewhere by the diff, is such text (another occurrence, or the context
    the passage was cut from) rather than the passage."""
    size = max(1, match.end - match.start)
    # Common words the diff matched one by one to other places ("Added", "command" of a
    # moved list item) are not such text; nor is the quote itself, when the old text held
    # it only at the passage, whatever words of it the diff matched elsewhere.
    return (
        others > _MAX_FOREIGN * size
        and longest >= min(_CONTEXT_KEY, _MIN_OWN * size)
        and not (
            match.errors == 0 and _occurrences(diff.old, sel.quote.exact) == [sel.position.start]
        )
    )


def _elsewhere_other_way(diff: TextDiff, sel: Selectors, ev: _Evidence) -> bool:
    """Whether the diff from the texts' ends says ``ev`` is old text from elsewhere: the
    two diffs slid a moved sentence onto different look-alikes, and only one is right."""
    other = diff.other_way()
    n, m = len(diff.old), len(diff.new)
    start, end = sel.position.start, sel.position.end
    _, others, longest = other.origins(m - ev.end, m - ev.start, n - end, n - start)
    return _from_elsewhere(diff, sel, Match(ev.start, ev.end, ev.quote_errors), others, longest)


def _plausible(ev: _Evidence) -> bool:
    """Worth proposing: the quote itself, verbatim; or most of the quote, and of quote and
    context together, still agree; or, rewritten however much, the diff's place for it
    with both sides of its context verbatim around it."""
    if not ev.quote_errors:
        return True
    if ev.own and _between_intact_context(ev):
        return True
    return ev.quote_similarity >= 1.0 - BRACKET_ERROR_RATE and ev.evidence >= MIN_EVIDENCE


def _between_intact_context(ev: _Evidence) -> bool:
    return ev.prefix_length > 0 and ev.suffix_length > 0 and ev.context_errors == 0


def _strong(ev: _Evidence) -> bool:
    """Enough agreement to place without asking, if nothing else comes close."""
    if ev.quote_similarity >= 1.0 - MAX_ERROR_RATE:
        return ev.evidence >= MIN_EVIDENCE
    # A heavily edited quote: only where both sides of its context still stand verbatim
    # around it, so that what lies between them can only be the passage, rewritten.
    return ev.quote_similarity >= 1.0 - BRACKET_ERROR_RATE and _between_intact_context(ev)


def _margin(sel: Selectors) -> float:
    context = len(sel.quote.prefix) + len(sel.quote.suffix)
    return max(_MIN_MARGIN, MARGIN_RATE * context)


def _method(text: str, sel: Selectors, ev: _Evidence) -> AnchorMethod:
    if text[ev.start : ev.end] != sel.quote.exact:
        return AnchorMethod.FUZZY
    if (ev.start, ev.end) == (sel.position.start, sel.position.end) and not ev.errors:
        return AnchorMethod.POSITION
    return AnchorMethod.EXACT


def _answer(text: str, sel: Selectors, ev: _Evidence, expected: _Expected, certain: bool) -> Anchor:
    score = ev.score(expected.start, len(text))
    return Anchor(ev.start, ev.end, _method(text, sel, ev), score, certain)


# --- The passes ---------------------------------------------------------------------------


def _by_position(text: str, sel: Selectors, diff: TextDiff | None) -> Anchor | None:
    """Nothing moved: the quote and its whole stored context are still at the offsets."""
    start, end = sel.position.start, sel.position.end
    quote = sel.quote
    exact = quote.exact
    if not exact or not 0 <= start < end <= len(text) or end - start != len(exact):
        return None
    if not text.startswith(exact, start):
        return None
    if not text.endswith(quote.prefix, 0, start) or not text.startswith(quote.suffix, end):
        return None
    if diff is not None:
        provenance = _provenance(diff, sel, Match(start, end, 0), len(quote.prefix), 0)
        if provenance[1]:  # the same words, but a copy of another place
            return None
    return Anchor(start, end, AnchorMethod.POSITION, 1.0)


def _occurrences(text: str, exact: str) -> list[int]:
    positions: list[int] = []
    pos = text.find(exact)
    while pos != -1:
        positions.append(pos)
        pos = text.find(exact, pos + 1)
    return positions


def _by_intact_copy(
    text: str, sel: Selectors, diff: TextDiff | None, expected: _Expected
) -> Anchor | None:
    """The usual case after text was inserted or removed elsewhere: the quote with its
    whole stored context, verbatim, in one place only (or, among several, exactly where
    a diff or a placed neighbour says the passage is now)."""
    quote = sel.quote
    if not quote.exact:
        return None
    m = len(quote.exact)
    occurrences = _occurrences(text, quote.exact)
    intact = [p for p in occurrences if _intact_at(text, quote, p)]
    if (
        diff is None
        and len(intact) == 1
        and any(_one_side_intact(text, quote, p) for p in occurrences if p != intact[0])
    ):
        # Another copy of the quote keeps one side of the context: the passage may be
        # that one, its other side edited, and this copy a repeat (a code sample quoted
        # twice). Only the old text could tell; the full search will ask.
        return None
    if diff is not None:
        provenance = {
            p: _provenance(diff, sel, Match(p, p + m, 0), len(quote.prefix), len(quote.suffix))
            for p in intact
        }
        intact = [p for p in intact if not provenance[p][1]]
        if (
            not any(provenance[p][0] for p in intact)
            and 2 * diff.survived(sel.position.start, sel.position.end) >= m
        ):
            return None  # the passage is still in place, edited: a copy is not it
    if not intact:
        return None
    if len(intact) > 1:
        if not expected.exact or expected.start not in intact:
            return None  # the full search weighs the copies
        intact = [expected.start]
    p = intact[0]
    ev = _Evidence(p, p + m, 0, 0, 0, m, len(quote.prefix), len(quote.suffix))
    return _answer(text, sel, ev, expected, True)


def _intact_at(text: str, quote: TextQuoteSelector, start: int) -> bool:
    """The quote at ``start`` with its whole stored context around it. One empty side
    says the passage began (or ended) the text, so the copy must too; with no context
    stored at all (another tool found the quote unique), any copy is intact."""
    end = start + len(quote.exact)
    if not quote.prefix and not quote.suffix:
        return True
    prefix_holds = text.endswith(quote.prefix, 0, start) if quote.prefix else start == 0
    suffix_holds = text.startswith(quote.suffix, end) if quote.suffix else end == len(text)
    return prefix_holds and suffix_holds


def _one_side_intact(text: str, quote: TextQuoteSelector, start: int) -> bool:
    end = start + len(quote.exact)
    return bool(quote.prefix and text.endswith(quote.prefix, 0, start)) or bool(
        quote.suffix and text.startswith(quote.suffix, end)
    )


def _by_evidence(
    text: str, sel: Selectors, diff: TextDiff | None, expected: _Expected
) -> Anchor | None:
    """Weigh every candidate place; accept the best only if it clearly stands out."""
    m = len(sel.quote.exact)
    if m == 0 or not text:
        return None

    def rank(ev: _Evidence) -> tuple[int, bool, int, int]:
        # Fewest disagreeing characters first; between two boundaries of one place, the
        # verbatim quote, else the one whose context is intact; then nearest where the
        # passage should be.
        return (ev.errors, ev.quote_errors > 0, ev.context_errors, abs(ev.start - expected.start))

    matches: set[Match] = set()
    if diff is not None:
        # Where the diff says the passage is, first: usually all there is to look at.
        mapped = _mapped(text, sel, diff)
        matches.update(_in_place(text, sel, diff, mapped))
        own = sorted((ev for m in matches if (ev := _weigh(text, sel, m, diff)).own), key=rank)
        own = [ev for ev in own if _matches_quote(ev)]
        if mapped is not None:
            # Not a part of the diff's place, cut where the quote happens to agree more
            # ("yang kuat dan" -> "yang kuat kemungkinan" is not "yang kuat ").
            where = _weigh(text, sel, mapped)
            if _between_intact_context(where):
                own = [ev for ev in own if _same_place(ev, where)]
        if own and (_strong(own[0]) or not own[0].quote_errors):
            # The diff vouches for the place: only the quote's own agreement matters (and
            # the quote itself, verbatim, is enough, however its surroundings changed) -
            # unless the diff could as well have put the change on its other side.
            certain = own[0].bracketed or not _slides(sel, diff, own[0])
            return _answer(text, sel, own[0], expected, certain)
    matches.update(_candidates(text, sel, expected.start))
    weighed = [_weigh(text, sel, match, diff) for match in matches]
    weighed = sorted((ev for ev in weighed if not ev.foreign), key=rank)
    # The diff's place for a passage rewritten beyond recognition is only ever proposed.
    rewritten = [ev for ev in weighed if not _matches_quote(ev)]
    weighed = [ev for ev in weighed if _matches_quote(ev)]
    if diff is None:
        # What stands between both sides of the stored context (the passage rewritten,
        # or nothing: the passage deleted there) contests every copy elsewhere.
        between = [_weigh(text, sel, match) for match in _between_context(text, sel.quote)]
        return _by_selectors_alone(text, sel, weighed, between, expected)
    if weighed:
        best = _verbatim_if_there(weighed[0], weighed)
        # Another place, not the same place with other boundaries: sharing less than half.
        rivals = [ev for ev in weighed if not _same_place(ev, best)]
        # Clearly apart: nothing elsewhere comes within the margin; no other place has the
        # quote with both sides of its context in place too (a duplicated sentence); and
        # no rival is the quote verbatim with one side of its context, when the best is an
        # edited quote (text inserted next to the passage can mimic its context around
        # something else). (Without a diff, _by_selectors_alone decides.)
        separated = all(
            ev.errors - best.errors >= _margin(sel)
            and not (ev.bracketed and _strong(ev))
            and not (best.quote_errors and not ev.quote_errors and ev.one_side_agrees)
            for ev in rivals
        )
        if not separated and not best.quote_errors:
            # The passage's whole stretch moved, and the quote stands in it where it stood:
            # other copies of the quote in that stretch are not where the passage was.
            separated = _moved(diff, sel, best) and not any(
                (ev.bracketed and _strong(ev)) or _moved(diff, sel, ev) for ev in rivals
            )
        if separated and _certain(text, sel, best, diff, expected):
            return _answer(text, sel, best, expected, True)
    # Not certain: propose the diff's own place if it is plausible, else the candidate
    # Hypothesis' ranking prefers (which weighs each side of the context as a whole, so a
    # short side that agrees counts as much as a long one).
    # (Between its intact old surroundings first: the diff's own boundaries.)
    own = [ev for ev in (*weighed, *rewritten) if ev.own and _plausible(ev)]
    plausible = sorted(own, key=lambda ev: not _between_intact_context(ev))
    if not plausible:
        plausible = sorted(
            (ev for ev in weighed if _plausible(ev)),
            key=lambda ev: (ev.quote_errors > 0, -ev.score(expected.start, len(text))),
        )
    if not plausible:
        return None
    return _answer(text, sel, _verbatim_if_there(plausible[0], weighed), expected, False)


def _by_selectors_alone(
    text: str,
    sel: Selectors,
    weighed: list[_Evidence],
    between: list[_Evidence],
    expected: _Expected,
) -> Anchor | None:
    """The decision when only the selectors are known (an imported annotation, or a
    highlight whose old text is gone): ``weighed`` are the candidates close enough to the
    quote, fewest disagreeing characters first; ``between``, the places where both sides
    of the stored context stand around something else (never placed, but rivals).

    Two kinds of evidence make a place certain. A verbatim stretch of the stored prefix,
    quote and suffix, long enough not to be a coincidence (_LONG_VERBATIM), and longer by
    a clear margin than at any other copy of the quote: the passage with its context on
    one side (text inserted or removed on the other), a long quote moved elsewhere, a
    sentence moved with the passage inside it. Or quote and both sides of the context
    still agreeing closely (an edited quote, spaces normalised around it), with nothing
    else within the margin. A copy of the quote elsewhere whose context disagrees on both
    sides is never enough (nor even proposed), and the stored offset separates copies
    that tie on everything else only when one of them stands exactly there.
    """
    if not weighed:
        return None
    margin = _margin(sel)
    exact = sorted(
        (ev for ev in weighed if not ev.quote_errors),
        key=lambda ev: (-ev.verbatim, ev.errors, abs(ev.start - expected.start)),
    )
    for best in (exact[0] if exact else None, weighed[0]):
        if best is None:
            continue
        rivals = [ev for ev in weighed if not _same_place(ev, best)]
        contest = [ev for ev in between if not _same_place(ev, best)]
        if _stands_out(text, sel.quote, best, rivals, contest, margin, expected.start):
            return _answer(text, sel, best, expected, True)
    # Not certain: propose the copy with the longest stretch of agreeing context, else
    # the closest edited quote, when plausible; copies whose context disagrees on both
    # sides are not proposed at all, nor anything where the context says more clearly
    # that the passage was deleted (or rewritten beyond recognition).
    proposals = sorted(
        (
            ev
            for ev in exact
            # (or it stands near where the passage was: edits on both sides of it)
            if _context_agrees_somewhat(ev) or not _far(ev, expected)
        ),
        key=lambda ev: -ev.score(expected.start, len(text)),
    )
    proposals += sorted(
        (ev for ev in weighed if ev.quote_errors and _plausible(ev)),
        key=lambda ev: -ev.score(expected.start, len(text)),
    )
    if not proposals or any(
        ev.bracketed and ev.errors < proposals[0].errors and not _same_place(ev, proposals[0])
        for ev in between
    ):
        return None
    return _answer(text, sel, _verbatim_if_there(proposals[0], weighed), expected, False)


def _stands_out(
    text: str,
    quote: TextQuoteSelector,
    best: _Evidence,
    rivals: list[_Evidence],
    between: list[_Evidence],
    margin: float,
    hint: int,
) -> bool:
    """Whether ``best`` is certain: strong on its own, clear of every rival candidate,
    and of every place ``between`` the stored context where the passage may have been
    deleted or rewritten (unless the context there agrees clearly worse, or the text
    closed up there because the passage moved to ``best``)."""
    explained = _change_explained(text, quote, best)
    # The only verbatim copy of a quote long enough not to be a common phrase, whatever
    # its context (a heading or a sentence moved elsewhere).
    once = not best.quote_errors and not any(not ev.quote_errors for ev in rivals)
    alone = once and best.quote_length >= _LONG_VERBATIM
    long_stretch = alone or (best.verbatim >= _LONG_VERBATIM and explained is not None)
    # Quote and both sides of the context agree closely; but a near copy far from where
    # the passage was (a code sample shown twice, the highlighted copy deleted) may be a
    # repeat of it: only its own place, or a verbatim stretch, says so.
    near = not best.errors or abs(best.start - hint) <= max(_NEAR_RADIUS, best.quote_length)
    if not (long_stretch or (best.bracketed and _strong(best) and near)):
        return False
    prefix_off, suffix_off = _sides_off(best)
    if _left_the_edge(best):
        # The passage stood at the start or the end of the text and this copy does not:
        # only text added before the article's first word (or after its last) would put
        # it here, and an edit at that edge of the passage itself explains as much.
        return False
    # One edit explains a verbatim copy whose context changed on one side: text
    # inserted or removed before it (which moves it) or after it (which does not).
    # Context changed on both sides, or after it while it moved, takes two edits, or
    # a move - or it is a look-alike of a deleted passage (a repeated caption, a
    # heading also in the contents). Without the old text nothing tells a move from
    # that: the place the passage left closes up the same way. Only proposed.
    if (not best.quote_errors and not alone) and (
        (prefix_off and suffix_off) or (suffix_off and best.start != hint)
    ):
        return False
    # Where the stored context stands (nearly) as well as here around other words, or
    # none, the passage was rewritten or deleted there: a copy here may be another one.
    # (Unless the text closed up there because the passage moved here.)
    if explained != "moved" and any(
        ev.context_errors - best.context_errors < margin for ev in between
    ):
        return False

    def beaten(ev: _Evidence) -> bool:
        if best.quote_errors:
            # An edited quote: only the agreement of quote and context compares.
            return ev.errors - best.errors >= margin
        if ev.errors < best.errors or ev.verbatim > best.verbatim:
            return False
        if _one_side_whole(ev) and abs(ev.start - hint) < abs(best.start - hint):
            # A copy nearer the stored offset with one whole side of the context may be
            # the passage, its other side edited; the best then a repeat of the passage
            # with the same surroundings (a sample quoted twice after the same line).
            return False
        if ev.errors - best.errors >= margin or best.verbatim - ev.verbatim >= margin:
            return True
        if ev.quote_errors and long_stretch and not best.quote_errors and not _strong(ev):
            # A loose match of the quote with some context does not outweigh a verbatim
            # stretch this long.
            return True
        # No clear difference in the text: only the best standing exactly at the stored
        # offset with its context intact (nothing changed around it) parts them; two
        # copies that agree equally elsewhere are asked about.
        return best.start == hint != ev.start and not (prefix_off or suffix_off)

    if best.quote_errors and any(not ev.quote_errors and ev.one_side_agrees for ev in rivals):
        # Text inserted next to a passage can mimic its context around an edited quote.
        return False
    return all(beaten(ev) for ev in rivals)


def _edges_left(ev: _Evidence) -> tuple[bool, bool]:
    """Whether the stored prefix, and the stored suffix, were cut short by the edge of the
    text (a side shorter than the other) while the text now goes on beyond them here."""
    prefix = ev.prefix_length < ev.suffix_length and ev.start > ev.prefix_length
    suffix = (ev.suffix_length < ev.prefix_length or not ev.suffix_length) and not ev.ends_text
    return prefix, suffix


def _sides_off(ev: _Evidence) -> tuple[bool, bool]:
    """Whether the stored prefix, and the stored suffix, disagree next to ``ev`` (a side
    stored short, cut by the edge of the text, disagrees where the text goes on)."""
    prefix_edge, suffix_edge = _edges_left(ev)
    prefix_off = ev.prefix_run < ev.prefix_length or prefix_edge
    suffix_off = ev.suffix_run < ev.suffix_length or suffix_edge
    return prefix_off, suffix_off


def _left_the_edge(ev: _Evidence) -> bool:
    """A side of the stored context cut short by the edge of the text, all of it standing
    here, but the text going on beyond it: the passage is no longer at that edge."""
    prefix_edge, suffix_edge = _edges_left(ev)
    return (prefix_edge and ev.prefix_run == ev.prefix_length) or (
        suffix_edge and ev.suffix_run == ev.suffix_length
    )


def _one_side_whole(ev: _Evidence) -> bool:
    """One whole side of the stored context, of a useful length, stands verbatim here."""
    return (ev.prefix_length >= _CONTEXT_KEY and ev.prefix_run == ev.prefix_length) or (
        ev.suffix_length >= _CONTEXT_KEY and ev.suffix_run == ev.suffix_length
    )


def _change_explained(text: str, quote: TextQuoteSelector, ev: _Evidence) -> str | None:
    """How the edits explain the stored context that no longer agrees around the
    verbatim quote at ``ev``: "kept" (it all agrees), "beside" (on each side, what
    disagrees lies beyond new text inserted next to the passage, or begins right at a
    paragraph break that the agreeing part reaches: a paragraph removed or added there),
    "moved" (the rest of the prefix and the rest of the suffix now meet elsewhere,
    where the passage was cut out) or None.

    A near-copy of a passage elsewhere (a repeated caption, a sentence like another)
    has context that just stops agreeing, with none of these.
    """
    if not ev.verbatim:
        return None
    prefix_rest = quote.prefix[: ev.prefix_length - ev.prefix_run]
    suffix_rest = quote.suffix[ev.suffix_run :]
    if not prefix_rest and not suffix_rest:
        return "kept"
    if ev.prefix_run + ev.suffix_run >= _CONTEXT_KEY // 2 and _closed_up(
        text, prefix_rest, suffix_rest, ev
    ):
        # (Some of the context moved along with the quote: with none, the closed-up
        # place would as well say that the passage was deleted there.)
        return "moved"
    radius = max(_NEAR_RADIUS, ev.quote_length)
    before = ev.start - ev.prefix_run
    after = ev.end + ev.suffix_run
    prefix_beside = (
        not prefix_rest
        or _SENTENCE_BREAK.search(quote.prefix[len(prefix_rest) :]) is not None
        or _SENTENCE_END.search(prefix_rest) is not None
        or prefix_rest.endswith("\n")
        or (
            len(prefix_rest) >= _CONTEXT_KEY
            and text.find(prefix_rest, max(0, before - radius), before) != -1
        )
    )
    suffix_beside = (
        not suffix_rest
        or _SENTENCE_BREAK.search(quote.suffix[: ev.suffix_run]) is not None
        or _SENTENCE_END.search(quote.suffix[: ev.suffix_run]) is not None
        or suffix_rest.startswith("\n")
        or (
            len(suffix_rest) >= _CONTEXT_KEY and text.find(suffix_rest, after, after + radius) != -1
        )
    )
    return "beside" if prefix_beside and suffix_beside else None


def _closed_up(text: str, prefix_rest: str, suffix_rest: str, ev: _Evidence) -> bool:
    """Whether the disagreeing rest of the prefix is now followed (but for spaces) by the
    disagreeing rest of the suffix, away from ``ev``: the text around the passage closed
    up where it was cut out."""
    head, tail = prefix_rest.rstrip(), suffix_rest.lstrip()
    if len(head) + len(tail) < _CONTEXT_KEY or not head or not tail:
        return False
    for at in _occurrences(text, head)[:_MAX_CONTEXT_COPIES]:
        end = at + len(head)
        while end < len(text) and text[end].isspace():
            end += 1
        if text.startswith(tail, end) and not ev.start <= at < ev.end:
            return True
    return False


def _between_context(text: str, quote: TextQuoteSelector) -> list[Match]:
    """What now stands between verbatim copies of the stored context next to the quote,
    however different from the quote (rewritten), or nothing but spaces (deleted there)."""
    before = quote.prefix[-_CONTEXT_KEY:]
    after = quote.suffix[:_CONTEXT_KEY].lstrip()
    if len(before) < _CONTEXT_KEY or len(after) < _CONTEXT_KEY // 2:
        return []
    m = len(quote.exact)
    found = []
    for at in _occurrences(text, before)[:_MAX_CONTEXT_COPIES]:
        start = at + len(before)
        end = text.find(after, start, start + 2 * m + len(quote.suffix))
        if end == -1:
            continue
        while end > start and text[end - 1].isspace() and not quote.exact[-1].isspace():
            end -= 1
        errors = edit_distance(quote.exact, text[start:end])
        if errors:  # (the quote itself there is a candidate already)
            found.append(Match(start, end, errors))
    return found


def _context_agrees_somewhat(ev: _Evidence) -> bool:
    """Some of the stored context stands next to the quote here: worth proposing. A copy
    whose context disagrees on every side (half or more of its characters) is not."""
    if ev.prefix_run + ev.suffix_run >= _CONTEXT_KEY or ev.prefix_run == ev.start:
        return True  # (or all the text before it agrees: the text starts there)
    if not ev.suffix_length and ev.ends_text:
        return True  # it ended the text, and still does
    short = _CONTEXT_KEY // 2  # a side shorter than this says too little either way
    if ev.prefix_length < short and ev.suffix_length < short:
        return True
    prefix = ev.prefix_length >= short and 2 * ev.prefix_errors <= ev.prefix_length
    suffix = ev.suffix_length >= short and 2 * ev.suffix_errors <= ev.suffix_length
    return prefix or suffix


def _verbatim_if_there(ev: _Evidence, weighed: list[_Evidence]) -> _Evidence:
    """The verbatim quote where it stands at the same place as ``ev``: the better
    boundaries, even if a shifted one agrees with a few more characters of context."""
    if not ev.quote_errors:
        return ev
    return next(
        (other for other in weighed if not other.quote_errors and _same_place(other, ev)), ev
    )


def _matches_quote(ev: _Evidence) -> bool:
    """Close enough to the quote to be weighed as a place of it at all."""
    return ev.quote_similarity >= 1.0 - BRACKET_ERROR_RATE


def _same_place(a: _Evidence, b: _Evidence) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return 2 * shared >= max(a.end, b.end) - min(a.start, b.start)


def _certain(text: str, sel: Selectors, ev: _Evidence, diff: TextDiff, expected: _Expected) -> bool:
    """Whether the best candidate, clear of every rival, may be placed without asking
    (with the old text's diff; without it, _stands_out decides)."""
    m = ev.quote_length
    if ev.bracketed:
        # Quote and both sides of its context agree: the place cannot be mistaken.
        return _strong(ev)
    if ev.quote_errors > m * MAX_FAR_ERROR_RATE:
        return False
    if expected.exact and ev.start == expected.start and ev.quote_errors == 0:
        return True  # exactly where the diff or a placed neighbour says it now is
    if not ev.quote_errors and _strong(ev) and _inside_mapped(text, sel, diff, ev):
        # The verbatim quote, once, inside the stretch the diff rewrote where the passage
        # was (spaces and punctuation around it normalised: the diff's words, which carry
        # their spaces, all differ there), with most of its context agreeing.
        return True
    if ev.fresh or (not ev.own and not ev.quote_errors):
        # (The verbatim quote need not be all new text: the fewest-changes diff may match
        # a common word of a moved sentence to the same word where it was.)
        return (_moved(diff, sel, ev) or _reappeared(text, sel, diff, ev)) and not (
            _elsewhere_other_way(diff, sel, ev)
        )
    return False


def _far(ev: _Evidence, expected: _Expected) -> bool:
    return abs(ev.start - expected.start) > max(_NEAR_RADIUS, ev.quote_length)


def _inside_mapped(text: str, sel: Selectors, diff: TextDiff, ev: _Evidence) -> bool:
    mapped = _mapped(text, sel, diff)
    if mapped is None or not mapped.start <= ev.start < ev.end <= mapped.end:
        return False
    return text.count(sel.quote.exact, mapped.start, mapped.end) == 1


def _moved(diff: TextDiff, sel: Selectors, ev: _Evidence) -> bool:
    """Whether the diff shows the passage moved to ``ev``: the stretch of old text that
    held it is gone, and about as much new text appeared around ``ev`` that holds (nearly)
    the same stretch, with the quote at the same place in it."""
    start, end = sel.position.start, sel.position.end
    if 2 * diff.survived(start, end) >= end - start:
        return False  # still in place (edited): a new copy is not it
    old_lo, old_hi = diff.changed_old(start)
    new_lo, new_hi = diff.changed_new(ev.start)
    if old_hi < end or new_hi < ev.end:
        return False
    gone = diff.old[old_lo:old_hi]
    size = max(len(gone), new_hi - new_lo)
    if size > _MAX_MOVED or abs(len(gone) - (new_hi - new_lo)) > MAX_FAR_ERROR_RATE * size:
        return False  # not the same stretch: a deletion here, other text written there
    # Where the stretch is now: the diff may have matched words at its edges elsewhere
    # ("Aliansi Strategis ..." moved before another "Aliansi", a sentence moved after one
    # ending like it), so look for it whole, as far as its length on either side.
    slack = int(MAX_FAR_ERROR_RATE * size)
    lo, hi = max(0, new_lo - size), min(len(diff.new), new_hi + size)
    for match in search(diff.new, gone, slack, lo, hi):
        if abs((start - old_lo) - (ev.start - match.start)) <= slack:
            return True
    return False


def _slides(sel: Selectors, diff: TextDiff, ev: _Evidence) -> bool:
    """Whether the diff from the texts' ends puts the passage elsewhere than ``ev``: a
    change next to a repeat (one of several identical lines deleted) that nothing but an
    arbitrary choice of the diff assigns to one side of the passage or the other."""
    kept = diff.kept_other_way(sel.position.start, sel.position.end)
    # (Nothing kept, or less of it, says only that the edit touched the quote itself.)
    return kept is not None and (kept[1] <= ev.start or ev.end <= kept[0])


def _reappeared(text: str, sel: Selectors, diff: TextDiff, ev: _Evidence) -> bool:
    """Whether the verbatim quote at ``ev`` is the passage itself, gone from its old place.

    The quote with the stored context that still agrees around it here is the key: the
    old and the new text hold the key equally often, the old copy that was the passage is
    gone, and every other copy in the new text is where the diff says another old copy
    went - so this one can only be the passage. (The diff cannot say so itself when it
    matched the moved text's common words to other places.)"""
    start, end = sel.position.start, sel.position.end
    if ev.quote_errors or 2 * diff.survived(start, end) >= end - start:
        return False
    before, after = ev.prefix_run, ev.suffix_run  # (verbatim context, as _weigh found it)
    key = text[ev.start - before : ev.end + after]
    mine = start - before
    old_copies = _occurrences(diff.old, key)
    new_copies = _occurrences(text, key)
    if (
        mine not in old_copies
        or len(old_copies) != len(new_copies)
        or len(new_copies) > _MAX_SCORED_REPEATS
    ):
        return False
    others = set(old_copies) - {mine}
    here = ev.start - before
    if not all(diff.old_offset(p) in others for p in new_copies if p != here):
        return False
    # The diff may have slid the moved text onto a look-alike beside it ("Peran aliansi
    # dalam pencegahan perang" moved before another sentence opening the same way): then
    # another copy of the quote keeps at least as much of the context, and it is that one.
    quote = sel.quote
    m = len(quote.exact)
    agree = before + after
    return all(
        context_agreement(text, quote, p, p + m) < agree
        for p in _occurrences(text, quote.exact)[:_MAX_SCORED_REPEATS]
        if p != ev.start
    )


# --- Candidates ---------------------------------------------------------------------------


def _mapped(text: str, sel: Selectors, diff: TextDiff) -> Match | None:
    """The span the diff maps the passage to, however much it changed inside."""
    quote = sel.quote
    lo, hi = diff.map_span(sel.position.start, sel.position.end)
    # The diff compares words with the spaces after them: a replaced last word brings its
    # space along, which the quote may not have.
    while lo < hi and text[hi - 1].isspace() and not quote.exact[-1].isspace():
        hi -= 1
    while lo < hi and text[lo].isspace() and not quote.exact[0].isspace():
        lo += 1
    if not lo < hi <= lo + 2 * len(quote.exact) + _CONTEXT_SLACK:
        return None
    return Match(lo, hi, edit_distance(quote.exact, text[lo:hi]))


def _in_place(text: str, sel: Selectors, diff: TextDiff, mapped: Match | None) -> list[Match]:
    """Candidates where the diff says the passage now is: the ``mapped`` span (worth
    proposing however much it changed, when its surroundings stand verbatim around it,
    see _plausible) and approximate matches of the quote around it."""
    quote = sel.quote
    m = len(quote.exact)
    max_errors = int(m * BRACKET_ERROR_RATE)
    lo, hi = (mapped.start, mapped.end) if mapped else diff.map_span(*_old_span(sel))
    found: set[Match] = {mapped} if mapped else set()
    slack = max(_CONTEXT_SLACK, m // 2)
    near = search(text, quote.exact, max_errors, max(0, lo - slack), min(len(text), hi + slack))
    found.update(near)
    found.update(s for match in near for s in _snapped(text, quote, match, max_errors))
    return sorted(found, key=lambda match: (match.start, match.end))


def _old_span(sel: Selectors) -> tuple[int, int]:
    return sel.position.start, sel.position.end


def _candidates(text: str, sel: Selectors, hint: int) -> list[Match]:
    """Every place worth weighing: exact copies, approximate matches near where the
    quote should be or beside copies of its context, and (for a quote both moved and
    edited) close matches anywhere."""
    quote = sel.quote
    m = len(quote.exact)
    found: set[Match] = set()
    positions = _occurrences(text, quote.exact)
    if len(positions) > _MAX_SCORED_REPEATS:
        positions = _shortlist(text, quote, positions, hint)
    found.update(Match(p, p + m, 0) for p in positions)

    near_errors = int(m * BRACKET_ERROR_RATE)
    windows = _near_windows(text, sel, hint)
    near: list[Match] = []
    for lo, hi in windows:
        near.extend(search(text, quote.exact, near_errors, lo, hi))
    near.sort(key=lambda match: match.errors)
    near = near[:_MAX_CANDIDATES]
    found.update(near)
    found.update(s for match in near for s in _snapped(text, quote, match, near_errors))
    found.update(_bracketed(text, quote, near_errors))

    far_errors = int(m * MAX_FAR_ERROR_RATE)
    far = candidate_windows(text, quote.exact, far_errors) if far_errors else None
    if far:
        for lo, hi in far:
            found.update(search(text, quote.exact, far_errors, lo, hi))
    return sorted(found, key=lambda match: (match.start, match.end))


def context_agreement(text: str, quote: TextQuoteSelector, start: int, end: int) -> int:
    """How many characters of the stored prefix and suffix stand verbatim, next to it,
    around ``text[start:end]`` (a cheap measure, before or instead of edit distances)."""
    return _common_tail(quote.prefix, text, start) + _common_head(quote.suffix, text, end)


def _shortlist(text: str, quote: TextQuoteSelector, positions: list[int], hint: int) -> list[int]:
    """The repeats worth scoring fully: best exact context agreement, and nearest the hint."""
    m = len(quote.exact)

    def agreement(p: int) -> int:
        return context_agreement(text, quote, p, p + m)

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


def _bracketed(text: str, quote: TextQuoteSelector, max_errors: int) -> list[Match]:
    """What now stands between verbatim copies of the context next to the quote.

    When a word of a short quote was replaced, the approximate search picks boundaries
    by the quote alone, but the surviving context says exactly where it starts and ends.
    """
    before = quote.prefix[-_CONTEXT_KEY:]
    after = quote.suffix[:_CONTEXT_KEY]
    if len(before) < _CONTEXT_KEY or len(after) < _CONTEXT_KEY:
        return []
    m = len(quote.exact)
    found = []
    for at in _occurrences(text, before)[:_MAX_CONTEXT_COPIES]:
        start = at + len(before)
        end = text.find(after, start, start + 2 * m + len(after))
        if end > start:
            errors = edit_distance(quote.exact, text[start:end])
            if errors <= max_errors:
                found.append(Match(start, end, errors))
    return found


def _snapped(text: str, quote: TextQuoteSelector, match: Match, max_errors: int) -> list[Match]:
    """Variants of ``match`` whose edges are moved onto nearby verbatim stored context.

    The search picks boundaries by the quote alone, and when an edit sits near the quote's
    edge, text that happens to resemble the quote can make a wrong boundary cheaper than
    the true one (inserted "aaaaaaaaa." can pass for "Majapahit "). Where the context next
    to the quote survived, it says exactly where the quote starts or ends; the variants are
    then weighed like any other candidate, so they win only if the whole picture agrees.
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
