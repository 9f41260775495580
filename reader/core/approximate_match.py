"""Approximate string search (edit distance) for re-anchoring highlights.

This is Myers' bit-vector algorithm ("A fast bit-vector algorithm for approximate string
matching based on dynamic programming", J. ACM 1999), the same algorithm the Hypothesis
annotator uses through the ``approx-string-match`` package. Python ints are arbitrary
precision, so a pattern of any length is a single bit vector: one text character costs a
dozen big-int operations, each O(len(pattern) / 64) machine words inside CPython.

The per-character loop still runs in Python (about a microsecond per character), so callers
should not scan a whole article for every highlight. :func:`candidate_windows` is the
"filter" half of a filter-then-verify search: by the pigeonhole principle it finds the only
regions of a text where a match with at most ``k`` errors can exist, using ``str.find``
(C speed), and :func:`search` then verifies those regions.

Distances are Levenshtein distances (insertions, deletions, substitutions all cost 1), and
all offsets are Python ``str`` indices (code points).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Match",
    "candidate_windows",
    "edit_distance",
    "merge_windows",
    "search",
    "tail_distance",
]

# Boundaries kept per occurrence (see `search`): those at most _BOUNDARY_SLACK edits worse
# than the best, and at most _MAX_TIES of them per side, so that a run like "aaaa..." cannot
# explode into hundreds of candidates.
_BOUNDARY_SLACK = 1
_MAX_TIES = 4


@dataclass(frozen=True)
class Match:
    """``text[start:end]`` is within ``errors`` edits of the pattern."""

    start: int
    end: int
    errors: int


def _peq(pattern: str) -> dict[str, int]:
    """Bit mask of the positions of each character in ``pattern`` (bit i = pattern[i])."""
    peq: dict[str, int] = {}
    bit = 1
    for ch in pattern:
        peq[ch] = peq.get(ch, 0) | bit
        bit <<= 1
    return peq


def _scores(text: str, pattern: str, *, free_start: bool) -> list[int]:
    """Last row of the edit-distance table of ``pattern`` against ``text``, column by column.

    Entry ``j`` is the distance between the whole pattern and a substring of ``text`` ending
    at ``j + 1``. With ``free_start`` the substring may start anywhere (search); without it
    the substring starts at 0 (global alignment of a prefix of ``text``).
    """
    m = len(pattern)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    get = _peq(pattern).get
    carry_in = 0 if free_start else 1  # row 0 of the table: all zeros, or 0, 1, 2, ...
    pv, mv, score = mask, 0, m
    out: list[int] = []
    append = out.append
    for ch in text:
        eq = get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (mask & ~(xh | pv))
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry_in) & mask
        mh = (mh << 1) & mask
        pv = mh | (mask & ~(xv | ph))
        mv = ph & xv
        append(score)
    return out


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between ``a`` and ``b``."""
    if not a or not b:
        return len(a) + len(b)
    return _scores(b, a, free_start=False)[-1]


def tail_distance(pattern: str, text: str) -> int:
    """Fewest edits turning ``pattern`` into some suffix of ``text`` (possibly empty).

    Used to compare a stored prefix with the text just before a candidate match: the
    alignment must end exactly where the match starts, but may start anywhere.
    """
    if not pattern:
        return 0
    if not text:
        return len(pattern)
    return min(len(pattern), _scores(text, pattern, free_start=True)[-1])


def _best_starts(text: str, pattern: str, end: int, errors: int, lo: int) -> list[Match]:
    """The best alignments of ``pattern`` that end at ``end`` (which has ``errors`` edits).

    Runs the algorithm backwards from ``end`` (reversed text and pattern, no free start),
    so column r holds the distance between the pattern and ``text[end - r:end]``. Starts
    up to ``_BOUNDARY_SLACK`` edits worse than the best are kept too: when an edit sits
    near the quote's edge, the true boundary can cost one more edit than a wrong one (is
    "Meraedeka" "Merdeka" with "ae" inserted, or "aedeka" with "Mer" changed?), and only
    the caller's context scoring can tell them apart.
    """
    m = len(pattern)
    first = max(lo, end - m - errors - _BOUNDARY_SLACK)
    segment = text[first:end][::-1]
    if not segment:
        return []
    scores = _scores(segment, pattern[::-1], free_start=False)
    limit = min(scores) + _BOUNDARY_SLACK
    # Lengths r = 1, 2, ... in runs of consecutive acceptable ones; within a run (say, "aaaa"
    # absorbing an edit anywhere) fewest errors then nearest the pattern's own length wins.
    options = _one_per_run(
        [(score, abs(r0 + 1 - m), r0 + 1) for r0, score in enumerate(scores)], limit
    )
    return [Match(end - r, end, score) for score, _, r in options if score < m]


def _one_per_run(options: list[tuple[int, int, int]], limit: int) -> list[tuple[int, int, int]]:
    """Best ``(errors, tie-break, position)`` of each run of consecutive positions whose
    errors are within ``limit``; the ``_MAX_TIES`` best runs, fewest errors first."""
    picks: list[tuple[int, int, int]] = []
    current: tuple[int, int, int] | None = None
    for option in options:
        if option[0] > limit:
            if current is not None:
                picks.append(current)
                current = None
        elif current is None or option < current:
            current = option
    if current is not None:
        picks.append(current)
    return sorted(picks)[:_MAX_TIES]


def search(
    text: str, pattern: str, max_errors: int, lo: int = 0, hi: int | None = None
) -> list[Match]:
    """Approximate occurrences of ``pattern`` in ``text[lo:hi]`` with at most ``max_errors``.

    Unlike ``approx-string-match`` (which keeps only the lowest-error matches, with one
    start and end each), every distinct local optimum is returned, with its nearly-as-good
    boundaries: a candidate with one more error but a perfect context can be the right
    one, and the caller's context scoring decides. A run of consecutive end positions under
    the threshold is one occurrence; runs longer than the pattern are split so that
    back-to-back repeats stay separate.
    """
    m = len(pattern)
    if hi is None:
        hi = len(text)
    if m == 0 or hi <= lo or max_errors < 0:
        return []
    scores = _scores(text[lo:hi], pattern, free_start=True)
    runs: list[list[tuple[int, int]]] = []  # (errors, end) of consecutive good ends
    run: list[tuple[int, int]] = []
    for j, score in enumerate(scores):
        end = lo + j + 1
        if score > max_errors:
            if run:
                runs.append(run)
                run = []
        else:
            if run and end - run[0][1] >= m:
                runs.append(run)
                run = []
            run.append((score, end))
    if run:
        runs.append(run)
    found: dict[tuple[int, int], int] = {}
    for run in runs:
        limit = min(run)[0] + _BOUNDARY_SLACK
        for errors, _, end in _one_per_run([(e, 0, end) for e, end in run], limit):
            for mt in _best_starts(text, pattern, end, errors, lo):
                if mt.errors <= max_errors:
                    found[(mt.start, mt.end)] = mt.errors
    return [Match(start, end, errors) for (start, end), errors in sorted(found.items())]


def candidate_windows(text: str, pattern: str, max_errors: int) -> list[tuple[int, int]] | None:
    """Regions ``(lo, hi)`` of ``text`` outside which no match with ``max_errors`` can exist.

    The pattern is cut into ``p`` disjoint pieces of ``q`` >= 3 characters. One edit can
    spoil at most one piece, so a match with at most ``k`` errors contains at least
    ``p - k`` pieces verbatim, each shifted by at most ``k`` from its place in the pattern.
    The pieces are located with ``str.find``, and only diagonal bands holding enough
    distinct pieces become windows. Returns ``None`` when the pattern is too short for the
    filter to prove anything (``p - k < 1``): the caller must then choose where to look.
    """
    m = len(pattern)
    k = max_errors
    # Pieces as long as possible while keeping a margin of one spare piece: longer pieces
    # make fewer chance hits; three characters is the floor below which they hit everywhere.
    q = max(3, m // (k + 2))
    pieces = m // q
    need = pieces - k
    if need < 1:
        return None
    hits: list[tuple[int, int]] = []  # (diagonal = where the pattern would start, piece id)
    for i in range(pieces):
        offset = i * q
        piece = pattern[offset : offset + q]
        pos = text.find(piece)
        while pos != -1:
            hits.append((pos - offset, i))
            pos = text.find(piece, pos + 1)
    if not hits:
        return []
    hits.sort()
    # Slide a band of width 2k over the diagonals, counting distinct pieces inside it.
    windows: list[tuple[int, int]] = []
    counts: dict[int, int] = {}
    left = 0
    for diag, piece_id in hits:
        counts[piece_id] = counts.get(piece_id, 0) + 1
        while diag - hits[left][0] > 2 * k:
            old = hits[left][1]
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
            left += 1
        if len(counts) >= need:
            lo = max(0, hits[left][0] - k)
            hi = min(len(text), diag + m + k)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
    return windows


def merge_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping ``(lo, hi)`` windows, sorted."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged
