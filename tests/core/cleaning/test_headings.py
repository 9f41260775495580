"""Bare short lines become ``##`` headings; short sentences do not."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import clean_body, headings

LONG = (
    "Diplomasi detente biasanya dilakukan melalui serangkaian dialog bilateral antara kedua "
    "negara yang terlibat untuk mencari titik temu yang dapat menjadi dasar hubungan baru."
)


def test_title_cased_line_before_a_paragraph_is_a_heading() -> None:
    markdown = clean_text(f"Judul\n\nCara Kerja Diplomasi Detente\n\n{LONG}").markdown
    assert headings(markdown, 2) == ["Cara Kerja Diplomasi Detente"]


def test_question_heading_in_sentence_case() -> None:
    markdown = clean_text(f"Judul\nApa itu Aliansi Keamanan Internasional?\n{LONG}").markdown
    assert headings(markdown, 2) == ["Apa itu Aliansi Keamanan Internasional?"]


def test_english_sentence_case_heading_before_long_paragraph() -> None:
    markdown = clean_text(f"Title Here\nWhy the old walls fail\n{LONG}").markdown
    assert headings(markdown, 2) == ["Why the old walls fail"]


def test_short_sentence_with_period_is_not_a_heading() -> None:
    for line in ("Program berjalan.", "The Deal Was Signed.", "Short sentences still count."):
        assert clean_body(f"Judul\n\n{line}\n\n{LONG}").startswith(line + "\n")


def test_last_line_is_not_a_heading() -> None:
    assert clean_body(f"Judul\n{LONG}\nSampai Jumpa Lagi").endswith("\n\nSampai Jumpa Lagi")


def test_long_or_lowercase_lines_are_not_headings() -> None:
    lines = [
        "dan kemudian negara itu mundur dari perjanjian",
        "Sebagian orang tua menyambut baik program ini, tetapi sebagian lain masih ragu",
        "Pemerintah Daerah Akhirnya Menyetujui Anggaran Baru Untuk Pembangunan Jalan Desa "
        "Yang Rusak Parah Akibat Banjir Bandang Tahun Lalu Di Wilayah Selatan",
    ]
    for line in lines:
        assert headings(clean_text(f"Judul\n{line}\n{LONG}").markdown, 2) == []


def test_heading_with_trailing_hash_keeps_it_literal() -> None:
    markdown = clean_text(f"Judul\nBahasa Pemrograman C #\n{LONG}").markdown
    assert "\n## Bahasa Pemrograman C \\#\n" in markdown
    assert headings(markdown, 2) == ["Bahasa Pemrograman C #"]


def test_stack_of_short_lines_is_a_menu_not_headings() -> None:
    # A flattened menu or list of names: lines that each look like a heading but hold
    # nothing. Only the first (which may head the list) and the last (which heads the
    # paragraph after it) can be headings.
    menu = "Berita\nPolitik\nEkonomi\nOlahraga\nCara Kerja Diplomasi Detente"
    markdown = clean_text(
        f"Judul\nPembuka yang cukup panjang untuk dibaca.\n{menu}\n{LONG}"
    ).markdown
    assert headings(markdown, 2) == ["Berita", "Cara Kerja Diplomasi Detente"]
    assert "\n\nPolitik\n\nEkonomi\n\nOlahraga\n\n" in markdown


def test_two_headings_in_a_row_are_kept() -> None:
    markdown = clean_text(f"Judul\nBagian Pertama\nLatar Belakang Sejarah\n{LONG}").markdown
    assert headings(markdown, 2) == ["Bagian Pertama", "Latar Belakang Sejarah"]


def test_lines_of_a_hard_wrapped_sentence_are_not_headings() -> None:
    text = (
        "Title Here\n"
        'The key words "MUST", "MUST NOT", "REQUIRED", "SHALL",\n'
        '"SHOULD", "SHOULD NOT", "RECOMMENDED", "MAY", "OPTIONAL" in this\n'
        "document are to be read as described in the Internet Standards\n"
        "Process Document and its Later Revisions\n"
        "process and in the companion notes that accompany each draft.\n"
        f"{LONG}"
    )
    assert headings(clean_text(text).markdown) == ["Title Here"]
