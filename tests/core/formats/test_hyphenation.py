"""Line-end hyphens, decided by the document's own words."""

from __future__ import annotations

from reader.core.formats.hyphenation import Vocabulary, join_lines


def _vocabulary(*lines: str) -> Vocabulary:
    vocabulary = Vocabulary()
    for line in lines:
        vocabulary.add_line(line, after_hyphen=False)
    return vocabulary


def test_a_word_the_document_uses_whole_is_joined():
    words = _vocabulary("perdagangan bebas di kawasan")
    assert join_lines("sektor perda-", "gangan tumbuh", words) == "sektor perdagangan tumbuh"


def test_a_hyphenated_word_the_document_uses_keeps_its_hyphen():
    words = _vocabulary("kerja sama Asia-Pasifik yang erat")
    assert join_lines("kawasan Asia-", "Pasifik tumbuh", words) == "kawasan Asia-Pasifik tumbuh"


def test_reduplication_keeps_its_hyphen_without_other_evidence():
    assert join_lines("para isu-", "isu penting", Vocabulary()) == "para isu-isu penting"
    assert join_lines("yang porak-", "poranda itu", Vocabulary()) == "yang porak-poranda itu"


def test_two_known_words_stay_two_and_a_fragment_is_joined():
    words = _vocabulary("well and known")
    assert join_lines("a well-", "known fact", words) == "a well-known fact"
    assert join_lines("inter-", "national law", words) == "international law"


def test_a_dash_after_a_space_is_not_a_hyphen():
    assert join_lines("satu -", "dua", Vocabulary()) == "satu - dua"


def test_a_broken_half_is_not_counted_as_a_word():
    words = Vocabulary()
    words.add_line("sektor perda-", after_hyphen=False)
    words.add_line("gangan tumbuh", after_hyphen=True)
    assert words.counts["perda"] == 0 and words.counts["gangan"] == 0
