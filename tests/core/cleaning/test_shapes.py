"""Line-shape tests shared by the structure rules."""

from __future__ import annotations

import pytest

from reader.core.cleaning.shapes import (
    first_sentence,
    has_sentence_break,
    is_heading_like,
    is_title_like,
    split_lead,
)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Mempertahankan Perdamaian Dunia Aliansi keamanan berperan",
            "Mempertahankan Perdamaian Dunia",
        ),
        (
            "Stabilisasi Kawasan yang Berisiko Banyak kawasan di dunia",
            "Stabilisasi Kawasan yang Berisiko",
        ),
        (
            "Keterlibatan dalam Konflik yang Berlarut-larut Aliansi keamanan",
            "Keterlibatan dalam Konflik yang Berlarut-larut",
        ),
        ("Faktor Pendorong Politik, ekonomi, ideologi", "Faktor Pendorong"),
        ("Tujuan Meningkatkan kesejahteraan", "Tujuan"),
        ("Ekonomi: negara berkembang tumbuh", "Ekonomi:"),
        ("The Rise of Nations The first point is simple", "The Rise of Nations"),
    ],
)
def test_split_lead_finds_the_title(text: str, lead: str) -> None:
    assert split_lead(text) == (lead, text[len(lead) + 1 :])


@pytest.mark.parametrize(
    "text",
    ["NATO dibentuk pada tahun 1949", "aliansi ini penting", "Satu", "Dunia, kata dia, berubah"],
)
def test_split_lead_declines(text: str) -> None:
    assert split_lead(text) is None


def test_heading_and_title_shapes() -> None:
    assert is_heading_like("Kritik Terhadap Diplomasi Detente")
    assert is_heading_like("Apa itu Aliansi Keamanan Internasional?")
    assert not is_heading_like("Program berjalan.")
    assert not is_heading_like("Strategi Diplomasi? Konflik Internasional")
    assert is_title_like("Harbours brace for storms")
    assert not is_title_like("One sentence. Another Sentence follows")
    assert first_sentence("Strategi Diplomasi? Konflik internasional.") == "Strategi Diplomasi?"


def test_an_initial_in_a_name_does_not_end_a_sentence() -> None:
    assert not has_sentence_break("On Recent Events - Bradley M. Kuhn")
    assert has_sentence_break("The walls rose. Then the ships came back.")


@pytest.mark.parametrize("text", ["158", "52", "3 / 14", "•", "12:45"])
def test_a_line_without_letters_is_no_heading(text: str) -> None:
    # Comment and like counts, page numbers and lone bullets of a copied page are not
    # section titles: shown as "## 158" they read as the article's structure.
    assert not is_heading_like(text)


def test_counts_above_an_article_do_not_become_its_headings() -> None:
    from reader.core.cleaning import clean_text

    text = (
        "Filed to: games\n158\n52\n"
        "Nothing beats the passion of a true fan writing about something they love. That is"
        " what you are about to see here, one of the richest tributes to a series.\n"
        "Please note that this is the first half of the story. The second half can be found"
        " here, and the whole post is a longer version of a forum post.\n"
    )
    markdown = clean_text(text).markdown
    assert "# 158" not in markdown and "# 52" not in markdown
