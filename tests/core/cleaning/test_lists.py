"""Numbered and bulleted lists, with item titles set in bold."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import clean_body, tokens


def test_inline_item_titles_are_bold() -> None:
    text = (
        "Judul\n\nPeran Aliansi\n\n"
        "  1. Mempertahankan Perdamaian Dunia Aliansi keamanan internasional berperan besar.\n"
        "  2. Stabilisasi Kawasan yang Berisiko Banyak kawasan di dunia rentan konflik.\n"
        "  3. Ketergantungan pada Diplomasi Aliansi ini juga bergantung pada kebijakan.\n"
    )
    assert clean_body(text).endswith(
        "1. **Mempertahankan Perdamaian Dunia** Aliansi keamanan internasional berperan besar.\n"
        "2. **Stabilisasi Kawasan yang Berisiko** Banyak kawasan di dunia rentan konflik.\n"
        "3. **Ketergantungan pada Diplomasi** Aliansi ini juga bergantung pada kebijakan."
    )


def test_no_bold_unless_every_item_has_a_title() -> None:
    text = (
        "Judul\n1. Uni Eropa adalah organisasi regional di benua biru.\n"
        "2. negara anggota berbagi mata uang yang sama.\n"
    )
    assert "**" not in clean_body(text)


def test_title_only_items_take_their_paragraph_inside() -> None:
    text = (
        "Judul\n\nManfaat\n\n1. Menumbuhkan Rasa Saling Percaya\n\nRasa percaya tumbuh.\n\n"
        "2. Meningkatkan Kapasitas Pertahanan\n\nKapasitas meningkat.\n\n"
        "Bagian Berikutnya\n\nIsi bagian berikutnya yang cukup panjang.\n"
    )
    assert clean_body(text) == (
        "## Manfaat\n\n"
        "1. **Menumbuhkan Rasa Saling Percaya**\n\n   Rasa percaya tumbuh.\n\n"
        "2. **Meningkatkan Kapasitas Pertahanan**\n\n   Kapasitas meningkat.\n\n"
        "## Bagian Berikutnya\n\nIsi bagian berikutnya yang cukup panjang."
    )


def test_numbering_is_preserved_beyond_nine() -> None:
    items = "".join(f"{n}. Langkah Nomor {n}\n\nPenjelasan langkah {n}.\n\n" for n in range(1, 12))
    markdown = clean_text("Judul\n\n" + items).markdown
    stream = tokens(markdown)
    assert [t.type for t in stream].count("list_item_open") == 11
    assert stream[[t.type for t in stream].index("ordered_list_open")].attrGet("start") is None
    assert "10. **Langkah Nomor 10**\n\n    Penjelasan langkah 10." in markdown
    assert "11. **Langkah Nomor 11**\n\n    Penjelasan langkah 11." in markdown


def test_bullet_glyphs_become_dashes() -> None:
    text = "Judul\n• Pendataan sekolah\n– Pelatihan tenaga gizi\n* Distribusi makanan\n"
    assert clean_body(text) == (
        "- Pendataan sekolah\n- Pelatihan tenaga gizi\n- Distribusi makanan"
    )


def test_numbering_restart_gives_two_lists() -> None:
    text = "Judul\n1. Satu\n2. Dua\n1. Uno\n2. Dos\n"
    markdown = clean_text(text).markdown
    assert [t.type for t in tokens(markdown)].count("ordered_list_open") == 2


def test_single_dash_attribution_is_not_a_list() -> None:
    assert clean_body("Judul\n“Kami siap,” katanya.\n— Menteri Pertahanan\n").endswith(
        "— Menteri Pertahanan"
    )


def test_unordered_list_does_not_swallow_following_paragraph() -> None:
    text = "Judul\n- Apel\n- Jeruk\n\nBuah-buahan ini mudah ditemukan di pasar tradisional."
    assert clean_body(text) == (
        "- Apel\n- Jeruk\n\nBuah-buahan ini mudah ditemukan di pasar tradisional."
    )
