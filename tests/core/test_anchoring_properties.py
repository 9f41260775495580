"""Property tests: random articles, random highlights, random edits.

Texts are random words from a lowercase vocabulary. Where a test needs to know the one right
answer, the quote is made of words from a separate, capitalised vocabulary, so that it can
only ever occur where the test put it.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import AnchorMethod, anchor, anchor_all, describe

FILLER = [
    "dan",
    "yang",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "dalam",
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
    "kawasan",
    "keamanan",
    "strategi",
    "hubungan",
    "peran",
    "pemerintah",
    "rakyat",
    "sejarah",
    "perjanjian",
    "kebijakan",
    "dunia",
    "global",
    "stabilitas",
]
# Capitalised: no filler word starts with a capital, so the quote is unique in the text.
TITLE_WORDS = [
    "Merdeka",
    "Garuda",
    "Pancasila",
    "Nusantara",
    "Bhinneka",
    "Tunggal",
    "Sriwijaya",
    "Majapahit",
]
# All capitals: not one letter in common with the filler, so a deleted quote has nothing
# left to resemble and an orphan is the only right answer.
CAPS_WORDS = [w.upper() for w in TITLE_WORDS]

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def words(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(FILLER), min_size=min_size, max_size=max_size).map(" ".join)


@dataclass
class Edited:
    text: str
    spans: list[tuple[int, int]]


def apply_outside(
    text: str, spans: list[tuple[int, int]], edits: list[tuple[int, int, str]]
) -> Edited:
    """Apply (position, deleted length, inserted text) edits that avoid every span."""
    spans = list(spans)
    for raw_pos, raw_len, insert in edits:
        pos = raw_pos % (len(text) + 1)
        length = min(raw_len, len(text) - pos)
        # An edit may touch a span's edge but not cut into it.
        if any(pos < e and pos + length > s for s, e in spans):
            continue
        if any(s < pos < e for s, e in spans):
            continue
        text = text[:pos] + insert + text[pos + length :]
        delta = len(insert) - length
        spans = [(s + delta, e + delta) if s >= pos + length else (s, e) for s, e in spans]
    return Edited(text, spans)


@PROPERTY_SETTINGS
@given(
    text=words(10, 120),
    picks=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 80)), min_size=1, max_size=8),
    edits=st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 40), words(0, 6)), min_size=1, max_size=8
    ),
)
def test_edits_outside_highlights_keep_them_exact(
    text: str, picks: list[tuple[int, int]], edits: list[tuple[int, int, str]]
) -> None:
    assume(len(text) > 1)
    spans = []
    for raw_start, raw_len in picks:
        length = min(raw_len, len(text) - 1)
        start = raw_start % (len(text) - length)
        spans.append((start, start + length))
    many = [describe(text, s, e) for s, e in spans]
    edited = apply_outside(text, spans, edits)
    found = anchor_all(edited.text, many)
    for sel, (s, e), a in zip(many, edited.spans, found, strict=True):
        quote = sel.quote.exact
        assert a is not None, quote
        assert edited.text[a.start : a.end] == quote
        if edited.text.find(quote) == edited.text.rfind(quote):  # unique, overlaps too
            assert (a.start, a.end) == (s, e)


def build_with_quote(before: str, quote_words: list[str], after: str) -> tuple[str, int, int]:
    quote = " ".join(quote_words)
    head = before + " " if before else ""
    text = head + quote + (" " + after if after else "")
    return text, len(head), len(head) + len(quote)


@PROPERTY_SETTINGS
@given(
    before=words(0, 60),
    after=words(0, 60),
    quote_words=st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=25),
    kind=st.sampled_from(["substitute", "insert", "delete"]),
    where=st.integers(0, 10**6),
    size=st.integers(1, 100),
    junk=st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.", min_size=100, max_size=100),
)
def test_edits_inside_a_tenth_of_the_quote_are_followed(
    before: str,
    after: str,
    quote_words: list[str],
    kind: str,
    where: int,
    size: int,
    junk: str,
) -> None:
    text, start, end = build_with_quote(before, quote_words, after)
    m = end - start
    size = min(size, m // 10)
    assume(size >= 1)
    sel = describe(text, start, end)
    quote = text[start:end]
    # Strictly inside: the first and last characters of the quote stay.
    i = 1 + where % (m - size - 1)
    if kind == "substitute":
        new_quote = quote[:i] + junk[:size] + quote[i + size :]
    elif kind == "insert":
        new_quote = quote[:i] + junk[:size] + quote[i:]
    else:
        new_quote = quote[:i] + quote[i + size :]
    assume(new_quote != quote)
    new_text = text[:start] + new_quote + text[end:]
    new_end = start + len(new_quote)

    found = anchor(new_text, sel)

    assert found is not None, (quote, new_quote)
    assert found.method in (AnchorMethod.FUZZY, AnchorMethod.EXACT)
    assert found.start < new_end and found.end > start  # overlaps the edited quote
    # With context on a side, that boundary is pinned down. Without (the quote touches the
    # edge of the text), junk resembling the quote can legitimately win by an edit.
    if before:
        assert abs(found.start - start) <= size
    if after:
        assert abs(found.end - new_end) <= size


@PROPERTY_SETTINGS
@given(
    before=words(0, 60),
    after=words(0, 60),
    quote_words=st.lists(st.sampled_from(CAPS_WORDS), min_size=1, max_size=20),
    extra_before=st.integers(0, 30),
    extra_after=st.integers(0, 30),
)
def test_deleted_passage_is_an_orphan(
    before: str, after: str, quote_words: list[str], extra_before: int, extra_after: int
) -> None:
    text, start, end = build_with_quote(before, quote_words, after)
    sel = describe(text, start, end)
    # Delete the quote and possibly some text around it: the remaining context on either
    # side then meets at the cut, which is exactly where a context-driven matcher is tempted.
    cut_start = max(0, start - extra_before)
    cut_end = min(len(text), end + extra_after)
    new_text = text[:cut_start] + text[cut_end:]
    assert anchor(new_text, sel) is None


@PROPERTY_SETTINGS
@given(
    before=words(0, 80),
    after=words(0, 80),
    quote_words=st.lists(st.sampled_from(TITLE_WORDS), min_size=3, max_size=20),
    elsewhere=words(0, 200),
)
def test_deleted_passage_never_lands_on_unrelated_words(
    before: str, after: str, quote_words: list[str], elsewhere: str
) -> None:
    # Harder than above: the quote shares its alphabet with the rest of the text; it is gone
    # and nothing else is close to it, so nothing may be found.
    text, start, end = build_with_quote(before, quote_words, after)
    sel = describe(text, start, end)
    new_text = text[:start] + elsewhere + text[end:]
    assert anchor(new_text, sel) is None
