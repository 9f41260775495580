"""Synthetic pages in the shape of news sites the cleaner was not tuned on."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import FIXTURES_DIR, headings, missing_paragraphs, tokens, unaccounted_lines


def _fixture(name: str) -> str:
    return (FIXTURES_DIR / name).read_text(encoding="utf-8")


def test_english_news_page() -> None:
    text = _fixture("english_news.txt")
    doc = clean_text(text)
    assert doc.title == "Harbour Cities Race to Adapt as Sea Levels Rise"
    for phrase in (
        "Home",
        "Jane Doe",
        "Published",
        "min read",
        "Share this",
        "Facebook",
        "Copy link",
        "cookies",
        "Accept all",
        "Advertisement",
        "Read more",
        "Venice",
        "Tags:",
        "Related posts",
        "Deltas",
        "Doing Nothing",
        "Subscribe",
        "Follow us",
        "©",
        "rights reserved",
    ):
        assert phrase not in doc.markdown, phrase
    assert headings(doc.markdown, 2) == [
        "Why the old walls fail",
        "Key figures",
        "What happens next?",
    ]
    assert "Planners in Rotterdam share their flood models openly" in doc.markdown
    assert "\n\nShort sentences still count.\n" in doc.markdown
    assert "- Raise the height of existing dykes\n- Restore wetlands" in doc.markdown
    assert "| Rotterdam | 650,000 | €1.2bn |" in doc.markdown
    assert "<https://example.org/harbour-report>." in doc.markdown
    assert "[www.example.org/faq_page](<http://www.example.org/faq_page>)." in doc.markdown
    assert missing_paragraphs(text, doc) == []
    assert unaccounted_lines(text, doc) == []


def test_indonesian_news_page() -> None:
    text = _fixture("indonesian_news.txt")
    doc = clean_text(text)
    assert doc.title == "Pemerintah Perluas Program Makan Siang Sekolah ke Seluruh Provinsi"
    removed = {line.text: line.reason for line in doc.removed}
    assert removed == {
        "Beranda > Berita > Nasional": "breadcrumbs",
        "Oleh: Rina Suryani": "byline",
        "Senin, 12 Februari 2024 10:15 WIB": "date line",
        "Bagikan": "share buttons",
        "Facebook": "share buttons",
        "WhatsApp": "share buttons",
        "Telegram": "share buttons",
        "Baca Juga: Harga Beras Naik Jelang Ramadan": "related articles",
        "Berita Terkait": "related articles",
        "Anggaran Pendidikan 2024 Naik Signifikan": "related articles",
        "Sekolah di Daerah Terpencil Masih Kekurangan Guru": "related articles",
        "Tag: pendidikan, gizi, sekolah": "tags",
        "Editor: Budi Santoso": "byline",
        "Ikuti berita terkini dari kami di Google News": "follow prompt",
        "Iklan": "advertisement",
        "Copyright © 2024 Contoh Media. Hak cipta dilindungi undang-undang.": "copyright footer",
    }
    assert headings(doc.markdown, 2) == ["Tahapan Pelaksanaan", "Tanggapan Orang Tua", "Kesimpulan"]
    assert "Guru diminta baca juga laporan evaluasi" in doc.markdown
    assert "Siswa yang membagikan bekal" in doc.markdown
    assert "\n\nProgram berjalan.\n\n" in doc.markdown
    assert [t.type for t in tokens(doc.markdown)].count("bullet_list_open") == 1
    assert missing_paragraphs(text, doc) == []
    assert unaccounted_lines(text, doc) == []
