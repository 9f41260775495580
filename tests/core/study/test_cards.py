"""What a card hides: a concept's words as whole words, a marked phrase where it was."""

from __future__ import annotations

from reader.core.study.cards import (
    GAP,
    CardKind,
    CardText,
    Passage,
    answerable,
    phrase_span,
    pieces,
    question_text,
    word_spans,
)


def _hidden(text: str, names: list[str]) -> list[str]:
    return [text[a:b] for a, b in word_spans(text, names)]


def test_a_concept_s_words_are_found_whatever_the_case_and_accents():
    text = "Détente, or detente: DETENTE eased the Cold War."
    assert _hidden(text, ["détente"]) == ["Détente", "detente", "DETENTE"]


def test_only_whole_words_are_hidden():
    assert _hidden("ASEAN as a bloc", ["as"]) == ["as"]
    assert _hidden("kerjasama dan kerja sama", ["kerja sama"]) == ["kerja sama"]


def test_a_longer_name_wins_where_two_overlap():
    text = "kerja sama bilateral dan kerja sama"
    assert _hidden(text, ["kerja sama", "kerja sama bilateral"]) == [
        "kerja sama bilateral",
        "kerja sama",
    ]


def test_a_marked_phrase_is_found_nearest_where_it_was_marked():
    text = "sama dengan sama"
    assert phrase_span(text, "sama", 12) == (12, 16)
    assert phrase_span(text, "sama", 0) == (0, 4)
    assert phrase_span(text, "tidak", 0) is None
    assert phrase_span(text, "  ", 0) is None


def test_pieces_and_the_question_line():
    text = "A détente is a thaw."
    gaps = word_spans(text, ["détente"])
    assert pieces(text, gaps) == [("A ", False), ("détente", True), (" is a thaw.", False)]
    passage = Passage("h", 1, "T", "", "A détente\nis a thaw.", "", "yellow")
    card = CardText(1, CardKind.CLOZE, passage=passage, gaps=((2, 9),))
    assert question_text(card) == f"A {GAP} is a thaw."
    assert question_text(CardText(2, CardKind.DEFINITION, concept="détente")) == "détente"


def test_a_cloze_that_would_hide_the_whole_passage_asks_nothing():
    assert not answerable("aliansi", word_spans("aliansi", ["aliansi"]))
    assert not answerable("sebuah aliansi", word_spans("sebuah aliansi", ["aliansi"]))
    assert answerable("aliansi menjaga keseimbangan kekuatan", ((0, 7),))
    assert not answerable("no gap at all here", ())
