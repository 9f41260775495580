"""The reference peer for bench/reanchoring.py: how the Hypothesis annotator re-anchors.

A Python port, for measurement only, of two public pieces of code:

- ``approx-string-match`` (Robert Knight): Myers' bit-parallel approximate search. Only
  the matches with the *lowest* error count are reported (the threshold ratchets down as
  better ones appear); each match's start is found by searching the reversed pattern
  backwards from its end with the same error count, choosing the longest match.
- Hypothesis' ``match-quote.ts`` and ``html.ts``: the stored TextPositionSelector is
  used if the text at its offsets equals the quote (no context check); otherwise
  ``matchQuote`` takes exact occurrences if there are any, else the lowest-error
  approximate ones within ``min(256, len(quote) / 2)`` edits, and ranks them by
  ``(50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92``, where prefix and
  suffix similarity is the best approximate match of the stored context inside the
  same number of characters next to the candidate.

Python ints stand in for the library's 32-bit blocks: the bit-vector recurrence and so
the results are the same, only the block bookkeeping (a speed-up) is gone. Offsets are
code points here, UTF-16 units in the browser; the seed articles are the same in both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PeerMatch:
    start: int
    end: int
    errors: float


def _match_ends(text: str, pattern: str, max_errors: float) -> list[PeerMatch]:
    """approx-string-match's findMatchEnds: the ends of the lowest-error matches."""
    m = len(pattern)
    if m == 0:
        return []
    max_errors = min(max_errors, m)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    matches: list[PeerMatch] = []
    for j, ch in enumerate(text):
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (mask & ~(xh | pv))
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & mask  # row 0 is all zeros: a match may start anywhere
        mh = (mh << 1) & mask
        pv = mh | (mask & ~(xv | ph))
        mv = ph & xv
        if score <= max_errors:
            if score < max_errors:
                matches.clear()  # discard earlier, worse matches
            matches.append(PeerMatch(-1, j + 1, score))
            max_errors = score  # only the best are reported: ratchet the threshold down
    return matches


def approx_search(text: str, pattern: str, max_errors: float) -> list[PeerMatch]:
    """approx-string-match's default export ``search``: lowest-error matches with starts."""
    reversed_pattern = pattern[::-1]
    found = []
    for match in _match_ends(text, pattern, max_errors):
        min_start = max(0, int(match.end - len(pattern) - match.errors))
        segment = text[min_start : match.end][::-1]
        # Of the possible starts, the one that makes the match longest.
        start = match.end
        for back in _match_ends(segment, reversed_pattern, match.errors):
            start = min(start, match.end - back.end)
        found.append(PeerMatch(start, match.end, match.errors))
    return found


def _search(text: str, pattern: str, max_errors: float) -> list[PeerMatch]:
    """match-quote.ts ``search``: every exact occurrence if any, else approx_search."""
    exact = []
    at = text.find(pattern)
    while at != -1:
        exact.append(PeerMatch(at, at + len(pattern), 0))
        at = text.find(pattern, at + 1)
    return exact or approx_search(text, pattern, max_errors)


def _text_match_score(text: str, pattern: str) -> float:
    if not pattern or not text:
        return 0.0
    matches = _search(text, pattern, len(pattern))
    return 1.0 - matches[0].errors / len(pattern)


def match_quote(
    text: str, quote: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> tuple[int, int] | None:
    """match-quote.ts ``matchQuote``: the best-scoring candidate, or None."""
    if not quote:
        return None
    max_errors = min(256, len(quote) / 2)
    matches = _search(text, quote, max_errors)
    if not matches:
        return None

    def score(match: PeerMatch) -> float:
        quote_score = 1.0 - match.errors / len(quote)
        prefix_score = (
            _text_match_score(text[max(0, match.start - len(prefix)) : match.start], prefix)
            if prefix
            else 1.0
        )
        suffix_score = (
            _text_match_score(text[match.end : match.end + len(suffix)], suffix) if suffix else 1.0
        )
        position_score = 1.0 if hint is None else 1.0 - abs(match.start - hint) / len(text)
        raw = 50 * quote_score + 20 * prefix_score + 20 * suffix_score + 2 * position_score
        return raw / 92

    # JavaScript's sort is stable: among equal scores the earliest match wins.
    _, best = max(enumerate(matches), key=lambda item: (score(item[1]), -item[0]))
    return best.start, best.end


def peer_anchor(
    text: str, exact: str, prefix: str, suffix: str, start: int, end: int
) -> tuple[int, int] | None:
    """html.ts ``anchor``: the position selector if its text is the quote, else the quote."""
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return start, end
    return match_quote(text, exact, prefix, suffix, hint=start)
