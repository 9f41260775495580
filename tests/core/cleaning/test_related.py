"""Links to other articles: "Baca juga: ..." lines and labelled related-article lists."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text

from .support import clean_body, removed_reasons

INTRO = "Judul Artikel Contoh\nParagraf pembuka artikel ini cukup panjang untuk dibaca."
OUTRO = "Paragraf penutup artikel ini juga cukup panjang untuk dibaca dengan tenang."


@pytest.mark.parametrize(
    "line",
    [
        "BACA JUGA: Aliansi Kesehatan Global dalam Mengatasi Pandemi",
        "Baca juga: Harga Beras Naik Jelang Ramadan",
        "Baca Juga Pertumbuhan Ekonomi Vietnam Keren Banget Saat ini",
        "Read also: How Venice Built Its Flood Barrier",
        "Read more: The Cost of Doing Nothing",
        "Lihat juga: Daftar Sekolah Penerima Program",
        "Bacaan Lainnya",
        "DIREKOMENDASIKAN UNTUK ANDA",
        "You may also like",
    ],
)
def test_related_line_is_removed(line: str) -> None:
    assert removed_reasons(f"{INTRO}\n{line}\n{OUTRO}") == {line: "related articles"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Guru diminta baca juga laporan evaluasi sebelum program dimulai.",
        "Baca juga buku panduan itu agar lebih paham soal aturan baru.",
        "Readers who want more context should read also the earlier report, he said.",
    ],
)
def test_sentence_containing_baca_juga_is_kept(sentence: str) -> None:
    assert sentence in clean_body(f"{INTRO}\n{sentence}\n{OUTRO}")


def test_related_list_after_label_is_removed() -> None:
    text = (
        f"{INTRO}\n{OUTRO}\nBerita Terkait\nAnggaran Pendidikan 2024 Naik Signifikan\n"
        "Sekolah di Daerah Terpencil Masih Kekurangan Guru\n"
    )
    doc = clean_text(text)
    assert [r.line_number for r in doc.removed] == [4, 5, 6]
    assert "Anggaran" not in doc.markdown


def test_bulleted_related_list_is_removed() -> None:
    text = f"{INTRO}\n\nRelated posts\n\n- Why Deltas Are Sinking\n- The Cost of Doing Nothing\n"
    doc = clean_text(text + f"\n{OUTRO}\n")
    assert [r.reason for r in doc.removed] == ["related articles"] * 3


def test_heading_after_a_lone_label_is_kept() -> None:
    # Seed 002: the scraper kept the "Bacaan Lainnya" label but lost its links.
    text = f"{INTRO}\n\nBacaan Lainnya\n\nCara Kerja Diplomasi Detente\n\n{OUTRO}\n"
    assert "## Cara Kerja Diplomasi Detente" in clean_body(text)


def test_heading_glued_to_its_paragraph_after_a_label_is_kept() -> None:
    text = f"{INTRO}\nArtikel Terkait\nJudul Lain Yang Ditautkan\nBagian Berikutnya\n{OUTRO}"
    markdown = clean_body(text)
    assert "Judul Lain" not in markdown
    assert "## Bagian Berikutnya" in markdown
