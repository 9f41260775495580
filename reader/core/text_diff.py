"""Where the characters of an old text went in its new version: a diff for re-anchoring.

When an article is re-imported or re-cleaned, the text its highlights were made on is
still at hand. A diff of the two says, for every old character, whether it survived and
where it stands now, and, for every new character, whether it is old text or new - the
evidence selectors alone cannot give: which copy of a duplicated sentence is the
original, and that a passage whose words repeat elsewhere was in fact deleted.

Paragraphs (lines) are compared first, then the words of the paragraphs that changed,
so the cost follows the size of the change rather than of the text. Offsets are Python
``str`` indices (code points).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

__all__ = ["Kept", "TextDiff"]

# A word with the spaces after it, a punctuation mark with its spaces, or a run of spaces.
# Not spaces on their own: the fewest-changes alignment would match them everywhere,
# across words that have nothing to do with each other.
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")

# Beyond this many inserted or deleted lines (or words, inside changed paragraphs) the
# fewest-changes diff gives way to a cheaper one; see _matching_blocks.
_MAX_EDITS = 400

# Changed paragraphs longer than this (in characters, on either side; about 4,000 words)
# are not compared word by word: SequenceMatcher slows down quadratically on them, and a
# change that large leaves the passages inside it to the selectors.
_MAX_CHANGED = 24_000


@dataclass(frozen=True)
class Kept:
    """``old[old:old + size]`` survived unchanged as ``new[new:new + size]``."""

    old: int
    new: int
    size: int


class TextDiff:
    """The unchanged runs between ``old`` and ``new``, in order in both texts."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        # Unchanged head and tail, cut back to whole lines: a cut inside a word would
        # split it between "kept" and "changed" (is "kkonflik" -> "konflik" a deleted
        # first or second k?); the word diff below decides such things consistently.
        head = _common_prefix(old, new)
        head = old.rfind("\n", 0, head) + 1
        tail = _common_prefix(old[head:][::-1], new[head:][::-1])
        tail_start = old.find("\n", len(old) - tail)
        tail = len(old) - tail_start - 1 if tail_start != -1 else 0
        kept: list[Kept] = [Kept(0, 0, head)] if head else []
        kept.extend(_by_lines(old, head, len(old) - tail, new, head, len(new) - tail))
        if tail:
            kept.append(Kept(len(old) - tail, len(new) - tail, tail))
        self.kept = _merged(kept)
        self._old_starts = [k.old for k in self.kept]
        self._new_starts = [k.new for k in self.kept]
        self._reversed: TextDiff | None = None

    def other_way(self) -> TextDiff:
        """The same two texts diffed from their ends: where a change could equally have
        been placed at either end of a repeat (one of three identical lines deleted), the
        two diffs place it differently, and a passage in that repeat maps differently."""
        if self._reversed is None:
            self._reversed = TextDiff(self.old[::-1], self.new[::-1])
        return self._reversed

    def kept_other_way(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the surviving characters of old ``[start, end)`` stand by the diff from
        the texts' ends (from the first to the last of them); None if none survived."""
        other, n, m = self.other_way(), len(self.old), len(self.new)
        places = [other.new_offset(n - 1 - i) for i in range(start, end)]
        kept = [m - 1 - p for p in places if p is not None]
        return (min(kept), max(kept) + 1) if kept else None

    def _run_at_old(self, offset: int) -> Kept | None:
        i = bisect.bisect_right(self._old_starts, offset) - 1
        if i >= 0 and offset < self.kept[i].old + self.kept[i].size:
            return self.kept[i]
        return None

    def new_offset(self, old_offset: int) -> int | None:
        """Where the old character at ``old_offset`` stands now; None if it did not survive."""
        run = self._run_at_old(old_offset)
        return None if run is None else run.new + old_offset - run.old

    def old_offset(self, new_offset: int) -> int | None:
        """Where the new character at ``new_offset`` came from; None if it is new text."""
        i = bisect.bisect_right(self._new_starts, new_offset) - 1
        if i >= 0 and new_offset < self.kept[i].new + self.kept[i].size:
            return self.kept[i].old + new_offset - self.kept[i].new
        return None

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """Where old ``[start, end)`` is now, with the changes inside and at its edges.

        An edge whose character was replaced takes the replacement in (the new word
        is part of the passage); text inserted exactly at an edge stays outside. A
        passage that was deleted whole maps to an empty span where it was.
        """
        i = bisect.bisect_right(self._old_starts, start) - 1
        if i >= 0 and start < self.kept[i].old + self.kept[i].size:
            new_start = self.kept[i].new + start - self.kept[i].old
        else:
            # In a change: the new text of the change starts right after the last kept run.
            new_start = self.kept[i].new + self.kept[i].size if i >= 0 else 0
        j = bisect.bisect_right(self._old_starts, end - 1) - 1
        if j >= 0 and end - 1 < self.kept[j].old + self.kept[j].size:
            new_end = self.kept[j].new + end - self.kept[j].old
        else:
            # In a change: its new text ends where the next kept run begins.
            new_end = self.kept[j + 1].new if j + 1 < len(self.kept) else len(self.new)
        return new_start, max(new_start, new_end)

    def changed_old(self, offset: int) -> tuple[int, int]:
        """The changed stretch of the old text around ``offset``: between kept runs."""
        i = bisect.bisect_right(self._old_starts, offset) - 1
        lo = self.kept[i].old + self.kept[i].size if i >= 0 else 0
        hi = self.kept[i + 1].old if i + 1 < len(self.kept) else len(self.old)
        return min(lo, offset), max(hi, offset)

    def changed_new(self, offset: int) -> tuple[int, int]:
        """The changed stretch of the new text around ``offset``: between kept runs."""
        i = bisect.bisect_right(self._new_starts, offset) - 1
        lo = self.kept[i].new + self.kept[i].size if i >= 0 else 0
        hi = self.kept[i + 1].new if i + 1 < len(self.kept) else len(self.new)
        return min(lo, offset), max(hi, offset)

    def survived(self, start: int, end: int) -> int:
        """How many characters of old ``[start, end)`` are still in the new text."""
        count = 0
        i = max(0, bisect.bisect_right(self._old_starts, start) - 1)
        while i < len(self.kept) and self.kept[i].old < end:
            run = self.kept[i]
            count += max(0, min(end, run.old + run.size) - max(start, run.old))
            i += 1
        return count

    def origins(self, start: int, end: int, old_start: int, old_end: int) -> tuple[int, int, int]:
        """Of new ``[start, end)``: how many characters came from old ``[old_start,
        old_end)``, how many from elsewhere in the old text (the rest is new), and the
        longest single stretch of those that came from elsewhere."""
        own = other = longest = 0
        i = max(0, bisect.bisect_right(self._new_starts, start) - 1)
        while i < len(self.kept) and self.kept[i].new < end:
            run = self.kept[i]
            lo, hi = max(start, run.new), min(end, run.new + run.size)
            if lo < hi:
                # The same run in old offsets, intersected with the old span.
                o_lo, o_hi = run.old + lo - run.new, run.old + hi - run.new
                mine = max(0, min(o_hi, old_end) - max(o_lo, old_start))
                own += mine
                other += hi - lo - mine
                longest = max(longest, hi - lo - mine)
            i += 1
        return own, other, longest


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (string comparison runs at C speed)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _pieces(text: str, start: int, end: int, pattern: re.Pattern[str] | None) -> list[int]:
    """Offsets where the pieces of ``text[start:end]`` begin, plus ``end``: lines (split
    after each newline) when ``pattern`` is None, else its matches."""
    if pattern is None:
        cuts = [start]
        at = text.find("\n", start, end)
        while at != -1:
            cuts.append(at + 1)
            at = text.find("\n", at + 1, end)
        if cuts[-1] != end:
            cuts.append(end)
        return cuts
    return [m.start() for m in pattern.finditer(text, start, end)] + [end]


def _by_lines(old: str, o_lo: int, o_hi: int, new: str, n_lo: int, n_hi: int) -> list[Kept]:
    return _diff(old, o_lo, o_hi, new, n_lo, n_hi, None)


def _diff(
    old: str,
    o_lo: int,
    o_hi: int,
    new: str,
    n_lo: int,
    n_hi: int,
    pattern: re.Pattern[str] | None,
) -> list[Kept]:
    """Kept runs between ``old[o_lo:o_hi]`` and ``new[n_lo:n_hi]``, piece by piece."""
    if o_lo >= o_hi or n_lo >= n_hi:
        return []
    old_cuts = _pieces(old, o_lo, o_hi, pattern)
    new_cuts = _pieces(new, n_lo, n_hi, pattern)
    old_items = [old[a:b] for a, b in itertools.pairwise(old_cuts)]
    new_items = [new[a:b] for a, b in itertools.pairwise(new_cuts)]
    kept: list[Kept] = []
    i = j = 0
    for i2, j2, size in [
        *_matching_blocks(old_items, new_items),
        (len(old_items), len(new_items), 0),
    ]:
        if pattern is None and i < i2 and j < j2:
            # Changed paragraphs: compare their words.
            o_a, o_b, n_a, n_b = old_cuts[i], old_cuts[i2], new_cuts[j], new_cuts[j2]
            if max(o_b - o_a, n_b - n_a) <= _MAX_CHANGED:
                kept.extend(_diff(old, o_a, o_b, new, n_a, n_b, _TOKEN))
        if size:
            kept.append(Kept(old_cuts[i2], new_cuts[j2], old_cuts[i2 + size] - old_cuts[i2]))
        i, j = i2 + size, j2 + size
    return _merged(kept)


def _matching_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """``(i, j, size)``: ``a[i:i + size] == b[j:j + size]``, in order, for the fewest
    insertions and deletions turning ``a`` into ``b`` (Myers' O(ND) algorithm).

    Fewest changes, not SequenceMatcher's longest block first: in "Merdeka dan dan
    Merdeka dan dan dan" minus the second "Merdeka", the longest block would keep the
    second one and call the first deleted. Past _MAX_EDITS changes (a rewrite), the
    quadratic cost is not worth it and SequenceMatcher's answer is taken.
    """
    n, m = len(a), len(b)
    offset = _MAX_EDITS + 1
    furthest = [0] * (2 * offset + 1)  # furthest x reached on each diagonal k = x - y
    trace: list[list[int]] = []
    for d in range(_MAX_EDITS + 1):
        trace.append(furthest[:])
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and furthest[offset + k - 1] < furthest[offset + k + 1]):
                x = furthest[offset + k + 1]  # a step down: b[y] inserted
            else:
                x = furthest[offset + k - 1] + 1  # a step right: a[x] deleted
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x, y = x + 1, y + 1
            furthest[offset + k] = x
            if x >= n and y >= m:
                return _compacted(_blocks_from_trace(trace, n, m, offset), a, b)
    # (With its popular-element heuristic, which keeps it near linear on a long rewrite.)
    matcher = SequenceMatcher(None, a, b)
    return [(i, j, size) for i, j, size in matcher.get_matching_blocks() if size]


def _blocks_from_trace(
    trace: list[list[int]], n: int, m: int, offset: int
) -> list[tuple[int, int, int]]:
    """Walk Myers' trace back from the end and collect the diagonal runs (matches)."""
    blocks: list[tuple[int, int, int]] = []
    x, y = n, m
    for d in range(len(trace) - 1, 0, -1):
        furthest = trace[d]
        k = x - y
        down = k == -d or (k != d and furthest[offset + k - 1] < furthest[offset + k + 1])
        previous_k = k + 1 if down else k - 1
        previous_x = furthest[offset + previous_k]
        # One step (down: an insertion; right: a deletion), then a run of matches.
        run_start = previous_x if down else previous_x + 1
        if x > run_start:
            blocks.append((run_start, run_start - k, x - run_start))
        x, y = previous_x, previous_x - previous_k
    if x > 0:  # the run of matches the walk began with
        blocks.append((0, 0, x))
    blocks.reverse()
    return blocks


def _compacted(
    blocks: list[tuple[int, int, int]], a: list[str], b: list[str]
) -> list[tuple[int, int, int]]:
    """The same number of matches, with a short matched run moved next to a longer one
    where an insertion or deletion beside it can slide over it.

    Several alignments have the fewest changes, and Myers' picks one arbitrarily: a
    heading moved before "Diplomasi detente ..." can come out as "Asal Mula" inserted,
    "Diplomasi" kept, "Detente Diplomasi" inserted. Sliding the second insertion over the
    lone "Diplomasi" gives one insertion and one long kept run, as a reader sees it.
    """
    out = list(blocks)
    i = 0
    while i < len(out):
        x, y, size = out[i]
        after = out[i + 1] if i + 1 < len(out) else (len(a), len(b), 0)
        before = out[i - 1] if i > 0 else (0, 0, 0)
        before_end = (before[0] + before[2], before[1] + before[2])
        moved: tuple[int, int, int] | None = None
        # A pure insertion (or deletion) right after the run that ends with the run's words:
        # the run can match those instead, joining the run after it.
        if after[0] == x + size and after[1] - (y + size) >= size:
            if b[after[1] - size : after[1]] == b[y : y + size]:
                moved = (x, after[1] - size, size)
        elif (
            after[1] == y + size
            and after[0] - (x + size) >= size
            and a[after[0] - size : after[0]] == a[x : x + size]
        ):
            moved = (after[0] - size, y, size)
        # ...or one right before it that starts with them, joining the run before.
        if moved is None and before_end[0] == x and y - before_end[1] >= size > 0:
            if b[before_end[1] : before_end[1] + size] == b[y : y + size]:
                moved = (x, before_end[1], size)
        elif (
            moved is None
            and before_end[1] == y
            and x - before_end[0] >= size > 0
            and a[before_end[0] : before_end[0] + size] == a[x : x + size]
        ):
            moved = (before_end[0], y, size)
        if moved is not None and size < max(after[2], before[2]):
            out[i] = moved
        i += 1
    return _joined(out)


def _joined(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    joined: list[tuple[int, int, int]] = []
    for x, y, size in blocks:
        if joined and joined[-1][0] + joined[-1][2] == x and joined[-1][1] + joined[-1][2] == y:
            joined[-1] = (joined[-1][0], joined[-1][1], joined[-1][2] + size)
        elif size:
            joined.append((x, y, size))
    return joined


def _merged(kept: list[Kept]) -> list[Kept]:
    """Adjacent runs (a line kept after a line kept) as one."""
    merged: list[Kept] = []
    for run in kept:
        if merged:
            last = merged[-1]
            if last.old + last.size == run.old and last.new + last.size == run.new:
                merged[-1] = Kept(last.old, last.new, last.size + run.size)
                continue
        merged.append(run)
    return merged
