"""Issue #15, anchoring by the selectors alone (an imported annotation, an annotation file):
the quote, 32 characters of context on each side and the old offsets, and no old text.

A copy of the quote is placed only on evidence that cannot be a coincidence - a long
stretch of stored context and quote standing verbatim, with the change to the rest of the
context explained by the edit - and a copy whose context disagrees on every side is not
even proposed.
"""

from __future__ import annotations

from reader.core.anchoring import Anchor, anchor, describe

OPENING = "Para menteri membahas kerja sama bilateral dalam pertemuan tahunan di Jakarta. "
ENERGY = "Kedua negara sepakat memperluas kerja sama bilateral di bidang energi terbarukan. "
CLOSING = "Laporan akhir dibacakan oleh juru bicara kementerian luar negeri pada sore hari."
MOVED = "Pertemuan berikutnya direncanakan berlangsung di Canberra pada awal tahun depan. "
PHRASE = "kerja sama bilateral"


def placed(text: str, found: Anchor | None) -> tuple[int, int] | None:
    return None if found is None else (found.start, found.end)


def test_words_inserted_before_a_repeated_phrase_keep_it_placed() -> None:
    # The suffix is intact, the prefix changed where words were inserted; the other copy
    # of the phrase has other context on both sides.
    old = OPENING + ENERGY + CLOSING
    at = old.index(PHRASE, len(OPENING))
    selectors = describe(old, at, at + len(PHRASE))
    new = old.replace("sepakat memperluas", "sepakat untuk segera memperluas")

    found = anchor(new, selectors)

    assert found is not None and found.certain
    assert placed(new, found) == (
        new.index(PHRASE, len(OPENING)),
        new.index(PHRASE, len(OPENING)) + len(PHRASE),
    )


def test_a_long_sentence_moved_elsewhere_is_followed() -> None:
    old = OPENING + MOVED + ENERGY + CLOSING
    at = old.index("direncanakan")
    quote = "direncanakan berlangsung di Canberra pada awal"
    selectors = describe(old, at, at + len(quote))
    new = OPENING + ENERGY + CLOSING + " " + MOVED.strip()

    found = anchor(new, selectors)

    assert found is not None and found.certain
    assert new[found.start : found.end] == quote
    assert found.start == new.index(quote)


def test_a_deleted_repeated_phrase_is_never_placed_for_certain() -> None:
    # The sentence holding the highlighted copy is gone; the other copy's context
    # disagrees on both sides: at most a proposal (it stands near where the passage was).
    old = OPENING + ENERGY + CLOSING
    at = old.index(PHRASE, len(OPENING))
    selectors = describe(old, at, at + len(PHRASE))
    new = OPENING + CLOSING

    found = anchor(new, selectors)
    assert found is None or not found.certain


def test_a_passage_deleted_in_place_is_not_moved_to_a_copy_sharing_its_context() -> None:
    # Two captions differ only in their first sentence. The first's passage is cut out,
    # so its prefix and suffix now meet; the second has the quote, the same suffix and
    # the prefix up to a sentence break (as if that sentence had been rewritten): it may
    # be another copy, and the place where the context closed up says so.
    ending = "mencoba mencabutnya dengan kapak sebelum polisi datang.\n"
    shared = "Gigi menunjukkan bekas tempat pemburu "
    first = "Paus itu terdampar di pantai. " + shared + ending
    second = "Foto lain diambil sore hari. " + shared + ending
    old = first + "Teks panjang di antara keduanya tentang paus. " * 6 + "\n" + second
    passage = "bekas tempat pemburu"
    at = old.index(passage)
    selectors = describe(old, at, at + len(passage))
    new = old[:at] + old[at + len(passage) + 1 :]
    assert new.count(passage) == 1

    found = anchor(new, selectors)

    assert found is None or not found.certain


def test_a_typo_in_a_phrase_that_opens_the_text_is_not_moved_to_its_copy() -> None:
    # Found by the never-guesses property: the highlight opens the text (its stored prefix
    # is empty, cut by the text's start) and a typo now changes it. A verbatim copy further
    # on, with the same words after it, would need text inserted before the article's
    # first word; the typo at the start explains the edit as well. Neither is certain.
    old = "Merdeka Merdeka dan dan dan " * 3 + "dan dan dan"
    new = "eMrdeka" + old[len("Merdeka") :]
    found = anchor(new, describe(old, 0, len("Merdeka Merdeka")))
    assert found is None or not found.certain or (found.start, found.end) == (0, 15)
