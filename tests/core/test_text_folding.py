"""Find in the article (Ctrl+F): case, accents and spacing ignored, offsets of the original."""

from __future__ import annotations

from reader.core.text_folding import find_in_text


def test_find_in_text_folds_case_and_accents():
    text = "Détente, DETENTE dan detente. Diplomasi"
    assert find_in_text(text, "detente") == [(0, 7), (9, 16), (21, 28)]
    assert find_in_text(text, "DÉTENTE") == [(0, 7), (9, 16), (21, 28)]
    assert find_in_text(text, "diplomasi") == [(30, 39)]
    assert find_in_text(text, "") == []
    assert find_in_text(text, "   ") == []
    assert find_in_text("", "x") == []


def test_find_in_text_returns_code_point_offsets_of_the_original():
    decomposed = "Kata de\u0301tente lagi"  # é as e + combining accent
    [(start, end)] = find_in_text(decomposed, "détente")
    assert decomposed[start:end] == "de\u0301tente"
    [(start, end)] = find_in_text(decomposed, "de")
    assert decomposed[start:end] == "de\u0301"  # the accent stays with its letter
    emoji = "😀 🎉 Détente"
    [(start, end)] = find_in_text(emoji, "detente")
    assert emoji[start:end] == "Détente"
    german = "Die Straße"
    [(start, end)] = find_in_text(german, "strasse")
    assert german[start:end] == "Straße"


def test_find_in_text_lets_spaces_match_any_run_of_whitespace():
    text = "Perang\nDingin dan perang   dingin"
    assert find_in_text(text, "perang dingin") == [(0, 13), (18, 33)]
    assert find_in_text(text, "?") == []
    assert find_in_text("Apa? Itu?", "?") == [(3, 4), (8, 9)]


# -- the command ---------------------------------------------------------------------------
