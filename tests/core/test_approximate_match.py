"""Myers' bit-vector search checked against the textbook dynamic programme."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.approximate_match import (
    Match,
    candidate_windows,
    edit_distance,
    merge_windows,
    search,
    tail_distance,
)

# A small alphabet makes near-matches, ties and repeats common, which is where bugs hide.
small_text = st.text(alphabet="abc ", max_size=60)
small_pattern = st.text(alphabet="abc ", min_size=1, max_size=70)


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def best_ending_at(text: str, pattern: str, end: int) -> int:
    return min(levenshtein(pattern, text[s:end]) for s in range(end + 1))


@given(small_text, small_text)
def test_edit_distance_is_levenshtein(a: str, b: str) -> None:
    assert edit_distance(a, b) == levenshtein(a, b)


def test_edit_distance_beyond_one_machine_word() -> None:
    # Python ints have no 64-bit limit: a 300-character pattern is one bit vector.
    a = "kerja sama bilateral " * 15
    b = a[:100] + "X" + a[101:200] + a[210:]
    assert edit_distance(a, b) == levenshtein(a, b) == 11


@given(small_pattern, small_text)
def test_tail_distance_aligns_with_the_end_of_the_text(pattern: str, text: str) -> None:
    expected = min(levenshtein(pattern, text[s:]) for s in range(len(text) + 1))
    assert tail_distance(pattern, text) == expected


def test_tail_distance_of_empty_strings() -> None:
    assert tail_distance("", "abc") == 0
    assert tail_distance("abc", "") == 3


@given(st.text(alphabet="abc ", min_size=1, max_size=12), small_text, st.integers(0, 4))
def test_search_reports_true_distances_and_misses_no_occurrence(
    pattern: str, text: str, k: int
) -> None:
    matches = search(text, pattern, k)
    for mt in matches:
        assert 0 <= mt.start < mt.end <= len(text)
        assert mt.errors <= k
        assert levenshtein(pattern, text[mt.start : mt.end]) == mt.errors
    best = min(
        (best_ending_at(text, pattern, end) for end in range(1, len(text) + 1)), default=None
    )
    if best is not None and best <= k and best < len(pattern):
        # The lowest-error occurrence is always among the candidates.
        assert min(mt.errors for mt in matches) == best


def test_search_finds_every_separate_occurrence() -> None:
    text = "xx kerja sama yy kerja sana zz kerjasama"
    matches = search(text, "kerja sama", 2)
    # Each occurrence comes with its nearly-as-good boundaries (one more edit at most).
    best = {m.start // 14: m for m in sorted(matches, key=lambda m: m.errors, reverse=True)}
    assert [text[best[k].start : best[k].end] for k in sorted(best)] == [
        "kerja sama",
        "kerja sana",
        "kerjasama",
    ]
    assert [best[k].errors for k in sorted(best)] == [0, 1, 1]
    assert all(m.errors <= 2 for m in matches)


def test_search_respects_the_window() -> None:
    text = "abcdef abcdef"
    assert search(text, "abcdef", 0, lo=3) == [Match(7, 13, 0)]
    assert search(text, "abcdef", 0, lo=3, hi=12) == []
    assert search(text, "", 2) == []


@settings(max_examples=200)
@given(
    st.text(alphabet="abcd ", min_size=12, max_size=40),
    st.text(alphabet="abcd ", max_size=200),
    st.integers(0, 200),
    st.integers(0, 3),
    st.data(),
)
def test_candidate_windows_never_hide_a_match(
    pattern: str, filler: str, where: int, k: int, data: st.DataObject
) -> None:
    # Plant a copy of the pattern with up to k random substitutions, then check that every
    # region holding a match with at most k errors lies inside a window (the filter's
    # guarantee; the search would otherwise miss it).
    chars = list(pattern)
    for _ in range(k):
        i = data.draw(st.integers(0, len(chars) - 1))
        chars[i] = data.draw(st.sampled_from("abcd "))
    where = min(where, len(filler))
    text = filler[:where] + "".join(chars) + filler[where:]
    windows = candidate_windows(text, pattern, k)
    if windows is None:
        return  # too short to filter; the caller searches elsewhere
    for mt in search(text, pattern, k):
        assert any(lo <= mt.start and mt.end <= hi for lo, hi in windows), (mt, windows)


def test_candidate_windows_skip_unrelated_text() -> None:
    text = "lorem ipsum dolor sit amet " * 200
    assert candidate_windows(text, "kebijakan luar negeri Indonesia", 3) == []
    assert candidate_windows(text, "abc", 1) is None  # too short to prove anything


def test_merge_windows() -> None:
    assert merge_windows([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]
