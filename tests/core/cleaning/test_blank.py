"""Lines that only hold spacing characters are hidden, and recorded."""

from __future__ import annotations

from reader.core.cleaning import clean_text


def test_nbsp_and_zero_width_lines_are_removed_and_recorded() -> None:
    text = "Judul Artikel\n\u00a0\nParagraf pertama.\n \u00a0 \n\u200b\nParagraf kedua.\n"
    doc = clean_text(text)
    assert [(r.line_number, r.text, r.reason) for r in doc.removed] == [
        (2, "\u00a0", "blank spacing"),
        (4, " \u00a0 ", "blank spacing"),
        (5, "\u200b", "blank spacing"),
    ]
    assert doc.markdown == "# Judul Artikel\n\nParagraf pertama.\n\nParagraf kedua.\n"


def test_truly_empty_lines_are_not_listed() -> None:
    doc = clean_text("Judul\n\n\nIsi paragraf.")
    assert doc.removed == []
