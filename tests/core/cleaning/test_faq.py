"""FAQ sections: the FAQ heading at level 2, its questions at level 3."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import headings


def test_numbered_questions_under_faq_heading_are_subheadings() -> None:
    text = (
        "Judul\n\nFAQ tentang Kerja Sama\n\n1. Apa perbedaan bilateral dan multilateral?\n\n"
        "Bilateral melibatkan dua negara.\n\n2. Mengapa diplomasi budaya penting?\n\n"
        "Karena menciptakan ikatan.\n\nKesimpulan: Pilar Diplomasi\n\nIsi kesimpulan.\n"
    )
    markdown = clean_text(text).markdown
    assert headings(markdown, 2) == ["FAQ tentang Kerja Sama", "Kesimpulan: Pilar Diplomasi"]
    assert headings(markdown, 3) == [
        "1. Apa perbedaan bilateral dan multilateral?",
        "2. Mengapa diplomasi budaya penting?",
    ]


def test_english_faq_without_numbers() -> None:
    text = (
        "Title\nFrequently Asked Questions\nWhat is a sea wall?\nA barrier against the sea.\n"
        "Who pays for it, and when does the work start?\nThe city, from next year.\n"
    )
    markdown = clean_text(text).markdown
    assert headings(markdown, 2) == ["Frequently Asked Questions"]
    assert headings(markdown, 3) == [
        "What is a sea wall?",
        "Who pays for it, and when does the work start?",
    ]


def test_numbered_questions_without_faq_heading_become_bold_items() -> None:
    text = "Judul\n1. Apa itu detente?\nIstilah untuk meredakan ketegangan.\n2. Kapan?\nDahulu.\n"
    markdown = clean_text(text).markdown
    assert "1. **Apa itu detente?**\n\n   Istilah untuk meredakan ketegangan." in markdown
