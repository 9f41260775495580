"""Re-anchoring highlights: the cases of Hypothesis' match-quote tests, plus our own."""

from __future__ import annotations

import random

import pytest

from reader.core.anchoring import (
    Anchor,
    AnchorMethod,
    Selectors,
    TextPositionSelector,
    TextQuoteSelector,
    anchor,
    anchor_all,
    describe,
)

SOLITUDE = (
    "Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to "
    "remember that distant afternoon when his father took him to discover ice"
)
TWO_CITIES = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, it was "
    "the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it "
    "was the season of Light, it was the season of Darkness, it was the spring of hope, it "
    "was the winter of despair, we had everything before us, we had nothing before us, we "
    "were all going direct to Heaven, we were all going direct the other way."
)


def match_quote(
    text: str, quote: str, prefix: str = "", suffix: str = "", hint: int = 0
) -> Anchor | None:
    """Hypothesis' ``matchQuote(text, quote, {prefix, suffix, hint})`` in terms of our API.

    The position selector is empty, so it never matches and only serves as the hint.
    """
    selectors = Selectors(
        TextQuoteSelector(quote, prefix, suffix), TextPositionSelector(hint, hint)
    )
    return anchor(text, selectors)


def placed(text: str, found: Anchor | None) -> str:
    assert found is not None
    return text[found.start : found.end]


# --- Ported from hypothesis/client src/annotator/anchoring/test/match-quote-test.js ---


def test_finds_exact_match() -> None:
    found = match_quote(SOLITUDE, "discover ice", hint=SOLITUDE.index("discover ice"))
    assert found is not None
    assert found.score == 1.0
    assert placed(SOLITUDE, found) == "discover ice"


def test_finds_best_approximate_match_if_there_is_no_exact_match() -> None:
    found = match_quote(SOLITUDE, "some years later")
    assert found is not None
    assert found.method is AnchorMethod.FUZZY
    assert 0 < found.score < 1
    assert placed(SOLITUDE, found) == "Many years later"


def test_scores_matches_based_on_quote_similarity() -> None:
    quotes = ["Many years later", "Many yers later", "Some years later", "Some years after"]
    found = [match_quote(SOLITUDE, q) for q in quotes]
    # Hypothesis accepts up to len/2 = 8 errors; "Some years after" has 6 of 16, beyond our
    # 25% limit, so it is an orphan (score 0) rather than a weak placement.
    assert found[3] is None
    scores = [f.score if f else 0.0 for f in found]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)


def test_scores_matches_based_on_prefix_similarity() -> None:
    prefixes = ["Many years later", "Many yers later", "Some years later", "Some years after"]
    quote = ", as he faced the firing squad"
    found = [match_quote(SOLITUDE, quote, prefix=p) for p in prefixes]
    scores = [f.score for f in found if f is not None]
    assert len(scores) == 4
    assert all(scores[i] < scores[i - 1] for i in range(1, 4))


def test_scores_matches_based_on_suffix_similarity() -> None:
    suffixes = [
        ", as he faced the firing squad",
        ", as she faced the firing squad",
        ", as he awaited the firing squad",
        ", as he awaited his death",
    ]
    found = [match_quote(SOLITUDE, "Many years later", suffix=s) for s in suffixes]
    scores = [f.score for f in found if f is not None]
    assert len(scores) == 4
    assert all(scores[i] < scores[i - 1] for i in range(1, 4))


def test_returns_none_if_there_is_no_acceptable_approximate_match() -> None:
    assert match_quote(TWO_CITIES, SOLITUDE) is None


def test_returns_none_if_quote_is_empty() -> None:
    assert match_quote("foobar", "") is None


def test_returns_none_if_text_is_empty() -> None:
    assert match_quote("", "foobar") is None


@pytest.mark.parametrize(
    ("quote", "prefix", "suffix", "expected"),
    [
        # Exact prefix matches.
        ("before us", "we had everything", "", "before us, we had nothing"),
        ("before us", "we had nothing", "", "before us, we were all going"),
        # Approximate prefix matches.
        ("before us", "we had every-thing", "", "before us, we had nothing"),
        ("before us", "we had nothin", "", "before us, we were all going"),
        # Exact suffix matches.
        ("we had", "", "everything", "we had everything"),
        ("we had", "", "nothing", "we had nothing"),
        # Approximate suffix matches.
        ("we had", "", "ever ting", "we had everything"),
        ("we had", "", "nutting", "we had nothing"),
    ],
)
def test_finds_match_with_best_context_match(
    quote: str, prefix: str, suffix: str, expected: str
) -> None:
    found = match_quote(TWO_CITIES, quote, prefix, suffix)
    assert placed(TWO_CITIES, found) == quote
    assert found is not None
    assert found.start == TWO_CITIES.index(expected)


def test_uses_hint_as_tie_breaker_between_matches_with_close_scores() -> None:
    pos_a = TWO_CITIES.index("everything before us") + len("everything ")
    pos_b = TWO_CITIES.index("nothing before us") + len("nothing ")
    # "befor us" appears (approximately) twice with no context to tell them apart.
    at_a = match_quote(TWO_CITIES, "befor us", hint=pos_a)
    at_b = match_quote(TWO_CITIES, "befor us", hint=pos_b)
    at_start = match_quote(TWO_CITIES, "befor us", hint=0)
    assert at_a is not None and at_a.start == pos_a
    assert at_b is not None and at_b.start == pos_b
    assert at_start is not None and at_start.start == pos_a


def test_matches_when_prefix_is_longer_than_the_match_start_offset() -> None:
    # (All the text before the match agrees with the end of the prefix: with a prefix
    # that disagrees everywhere, a copy of a short quote is not proposed, see issue #15.)
    prefix = "It used to be, Many "
    found = match_quote(SOLITUDE, "years later", prefix=prefix)
    assert found is not None
    assert len(prefix) > found.start
    assert placed(SOLITUDE, found) == "years later"


def test_matches_at_end_of_text_with_non_empty_suffix() -> None:
    text = "Some document text"
    assert placed(text, match_quote(text, "text", suffix="missing")) == "text"


# --- The three steps, in order ---


def test_describe_builds_quote_and_position() -> None:
    text = "Alpha beta gamma delta"
    sel = describe(text, 6, 10, context=5)
    assert sel.quote == TextQuoteSelector("beta", "lpha ", " gamm")
    assert sel.position == TextPositionSelector(6, 10)
    edge = describe(text, 0, 5)
    assert edge.quote.prefix == ""
    assert edge.quote.suffix == " beta gamma delta"


@pytest.mark.parametrize(("start", "end"), [(3, 3), (-1, 2), (5, 4), (0, 99)])
def test_describe_rejects_empty_or_outside_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        describe("Alpha beta", start, end)


def test_position_still_holds() -> None:
    sel = describe(SOLITUDE, 18, 46)
    assert anchor(SOLITUDE, sel) == Anchor(18, 46, AnchorMethod.POSITION, 1.0)


def test_moved_quote_is_found_exactly() -> None:
    sel = describe(SOLITUDE, 18, 46)
    text = "Preface. " + SOLITUDE
    found = anchor(text, sel)
    assert found is not None
    assert found.method is AnchorMethod.EXACT
    assert (found.start, found.end) == (18 + 9, 46 + 9)


def test_exact_repeat_nearest_the_old_position_wins() -> None:
    text = "dan " * 50
    sel = describe(text, 80, 83, context=0)  # no context: only the position decides
    found = anchor("x" + text, sel)
    assert found is not None
    assert (found.start, found.end) == (81, 84)


def test_context_beats_position_among_repeats() -> None:
    text = "the cat sat. the dog ran. the cat ran."
    sel = describe(text, text.index("dog") - 4, text.index("dog") + 3)  # "the dog"
    edited = "the dog ran. " + text  # an identical earlier sentence, plus the old one moved
    found = anchor(edited, sel)
    assert found is not None
    # Both copies of "the dog" have the same suffix; only the moved one has the old prefix.
    assert found.start == len("the dog ran. ") + text.index("the dog")


def test_same_offsets_with_different_neighbours_are_not_trusted_blindly() -> None:
    text = "Ia pergi ke pasar. Ia membeli ikan."
    sel = describe(text, 19, 21)  # the second "Ia"
    edited = "Ia pergi ke pasar. Ia pulang. Ia membeli ikan."
    found = anchor(edited, sel)
    assert found is not None
    # Offsets 19-21 still read "Ia", but the old neighbours sit at the third one.
    assert found.start == edited.index("Ia membeli")


def test_typo_fix_inside_the_quote_is_followed() -> None:
    old = "Kebijakan luar negri Indonesia bebas aktif sejak 1948."
    sel = describe(old, 0, 42)
    new = "Kebijakan luar negeri Indonesia bebas aktif sejak 1948."
    found = anchor(new, sel)
    assert found is not None
    assert found.method is AnchorMethod.FUZZY
    assert placed(new, found) == "Kebijakan luar negeri Indonesia bebas aktif"


def test_changed_word_inside_the_quote_is_followed() -> None:
    old = "Pendahuluan. Aliansi strategis memainkan peran penting dalam diplomasi. Penutup."
    start = old.index("Aliansi")
    sel = describe(old, start, old.index(" Penutup"))
    new = old.replace("peran penting", "peran besar")
    found = anchor(new, sel)
    assert found is not None
    assert placed(new, found) == "Aliansi strategis memainkan peran besar dalam diplomasi."


def test_deleted_passage_is_an_orphan() -> None:
    old = "Awal cerita. Paragraf yang kelak dihapus oleh penyunting. Akhir cerita."
    start = old.index("Paragraf")
    sel = describe(old, start, old.index(" Akhir"))
    new = "Awal cerita. Akhir cerita."
    assert anchor(new, sel) is None


def test_rewritten_quote_beyond_the_threshold_is_an_orphan() -> None:
    old = "Sebelum. Harga beras naik tajam bulan ini. Sesudah."
    sel = describe(old, 9, 42)
    new = "Sebelum. Harga minyak turun sedikit tahun lalu. Sesudah."
    assert anchor(new, sel) is None


# --- Edges: empty, whitespace, text boundaries, Unicode ---


def test_quote_at_start_and_end_of_text() -> None:
    text = "Awal kalimat dan akhir kalimat"
    first = describe(text, 0, 4)
    last = describe(text, len(text) - 7, len(text))
    edited = text.replace("dan", "serta")
    assert placed(edited, anchor(edited, first)) == "Awal"
    assert placed(edited, anchor(edited, last)) == "kalimat"
    moved = anchor(edited, last)
    assert moved is not None and moved.method is AnchorMethod.EXACT
    assert (moved.start, moved.end) == (len(edited) - 7, len(edited))
    assert 0.9 < moved.score < 1.0  # "dan" in its prefix became "serta"


def test_empty_selectors_and_text() -> None:
    empty = Selectors(TextQuoteSelector(""), TextPositionSelector(0, 0))
    assert anchor("some text", empty) is None
    assert anchor("", describe("abc", 0, 3)) is None
    assert anchor_all("anything", []) == []


def test_out_of_range_position_does_not_wrap_around() -> None:
    sel = Selectors(TextQuoteSelector("abc"), TextPositionSelector(-3, 0))
    found = anchor("xx abc", sel)
    assert found is not None and found.method is AnchorMethod.EXACT
    assert (found.start, found.end) == (3, 6)


def test_whitespace_quote() -> None:
    text = "satu  dua   tiga"
    sel = describe(text, 9, 12)  # the three spaces
    assert anchor(text, sel) == Anchor(9, 12, AnchorMethod.POSITION, 1.0)
    moved = "nol " + text
    assert placed(moved, anchor(moved, sel)) == "   "


def test_whitespace_normalised_by_a_new_cleaner_is_followed() -> None:
    old = "Judul\n\nPerdamaian  dunia   bergantung pada\ndialog yang jujur.\n\nLain."
    start = old.index("Perdamaian")
    sel = describe(old, start, old.index("\n\nLain"))
    new = "Judul\n\nPerdamaian dunia bergantung pada dialog yang jujur.\n\nLain."
    assert placed(new, anchor(new, sel)) == "Perdamaian dunia bergantung pada dialog yang jujur."


@pytest.mark.parametrize(
    ("text", "quote", "edited_text", "expected"),
    [
        (
            "Indonesia menganut politik luar negeri bebas aktif.",
            "politik luar negeri bebas",
            "Indonesia menganut politik luar negri bebas aktif.",
            "politik luar negri bebas",
        ),
        (
            "The era of Détente between the superpowers began in 1969.",
            "era of Détente between",
            "The era of Detente between the superpowers began in 1969.",
            "era of Detente between",
        ),
        (
            "Kami senang 😀🎉 sekali dengan hasilnya!",
            "senang 😀🎉 sekali",
            "Kami senang 😀 sekali dengan hasilnya!",
            "senang 😀 sekali",
        ),
        (
            "السلام عليكم ورحمة الله وبركاته",
            "عليكم ورحمة الله",
            "السلام عليكم ورحمه الله وبركاته",
            "عليكم ورحمه الله",
        ),
        (
            "שלום עולם, מה שלומך היום?",
            "עולם, מה שלומך",
            "שלום עולם מה שלומך היום?",
            "עולם מה שלומך",
        ),
    ],
    ids=["indonesian", "accented", "emoji", "arabic-rtl", "hebrew-rtl"],
)
def test_unicode(text: str, quote: str, edited_text: str, expected: str) -> None:
    start = text.index(quote)
    sel = describe(text, start, start + len(quote))
    assert anchor(text, sel) == Anchor(start, start + len(quote), AnchorMethod.POSITION, 1.0)
    shifted = "» " + text
    assert placed(shifted, anchor(shifted, sel)) == quote
    found = anchor(edited_text, sel)
    assert found is not None and found.method is AnchorMethod.FUZZY
    assert placed(edited_text, found) == expected


# --- anchor_all ---


def _article(words: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = [
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
        "internasional",
        "kawasan",
        "keamanan",
        "strategi",
        "hubungan",
        "bilateral",
        "multilateral",
        "peran",
        "pemerintah",
        "rakyat",
        "sejarah",
        "perjanjian",
        "kebijakan",
        "dunia",
        "global",
        "regional",
        "stabilitas",
    ]
    out = []
    for i in range(words):
        out.append(rng.choice(vocab))
        if i % 17 == 16:
            out[-1] += "."
    return " ".join(out)


def _highlights(text: str, n: int, seed: int) -> list[Selectors]:
    rng = random.Random(seed)
    result = []
    for _ in range(n):
        length = rng.randint(15, 200)
        start = rng.randrange(0, len(text) - length)
        result.append(describe(text, start, start + length))
    return result


def test_anchor_all_matches_anchor_one_by_one() -> None:
    text = _article(600, seed=1)
    many = _highlights(text, 40, seed=2)
    edited = (
        "Kata pengantar yang baru. " + text[:1500] + text[1530:3000] + " sisipan " + text[3000:]
    )
    together = anchor_all(edited, many)
    for sel, found in zip(many, together, strict=True):
        assert found is not None
        single = anchor(edited, sel)
        assert single is not None
        assert (found.start, found.end) == (single.start, single.end)


def test_anchor_all_uses_neighbours_to_correct_the_hint() -> None:
    # 300 characters were added at the top, so "dan dan" repeats are ambiguous for a lone
    # hint; the neighbours that were found exactly say the region moved by 300.
    text = "Pembuka unik di sini. " + "dan " * 40 + "Penutup unik di sini."
    many = [describe(text, 0, 21), describe(text, 22 + 4 * 20, 22 + 4 * 20 + 7, context=0)]
    many.append(describe(text, len(text) - 21, len(text)))
    edited = "x" * 300 + text
    found = anchor_all(edited, many)
    assert found[1] is not None
    assert found[1].start == 300 + 22 + 4 * 20


def test_anchor_all_keeps_every_position_that_holds() -> None:
    # Its speed is measured in bench/anchoring.py.
    text = _article(10_000, seed=3)
    many = _highlights(text, 1000, seed=4)
    found = anchor_all(text, many)
    assert all(a is not None and a.method is AnchorMethod.POSITION for a in found)


def test_anchor_all_finds_every_quote_after_text_inserted_at_the_top() -> None:
    text = _article(10_000, seed=5)
    many = _highlights(text, 1000, seed=6)
    edited = "Catatan redaksi: artikel ini diperbarui.\n\n" + text
    found = anchor_all(edited, many)
    for sel, a in zip(many, found, strict=True):
        assert a is not None
        assert edited[a.start : a.end] == sel.quote.exact
