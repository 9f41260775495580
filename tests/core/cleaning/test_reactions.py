"""Emoji-reaction widgets are removed as a block; the same words in prose are kept."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import clean_body

INTRO = "Judul Artikel\nParagraf pembuka yang cukup panjang untuk artikel ini."


def test_reaction_block_with_percentages_is_removed() -> None:
    widget = "Happy\nHappy\n0 %\nSad\nSad\n0 %\nAngry\nAngry\n0 %"
    doc = clean_text(f"{INTRO}\n{widget}\nPenutup artikel ini.")
    assert {r.reason for r in doc.removed} == {"emoji reactions"}
    assert len(doc.removed) == 9
    assert "Happy" not in doc.markdown


def test_indonesian_reactions_with_header_and_counts() -> None:
    widget = "Bagaimana reaksi Anda?\nSenang\n3\nSedih\n0\nMarah\n1"
    doc = clean_text(f"{INTRO}\n\n{widget}\n")
    assert len(doc.removed) == 7
    assert "Senang" not in doc.markdown


def test_a_single_feeling_word_is_not_a_widget() -> None:
    assert "Happy" in clean_body(f"{INTRO}\nHappy\nThe end of the story.")


def test_feeling_words_in_sentences_are_kept() -> None:
    line = "Warga merasa senang dan sedih sekaligus ketika mendengar kabar itu."
    assert line in clean_body(f"{INTRO}\n{line}")
