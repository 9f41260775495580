"""Indonesian pages in the style of the seeds, with the small variations other sites use:
a heading right above a tab-separated table, a lowercase "Baca juga artikel lainnya:" with
its links under it, and a one-line emoji reaction row."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import headings, missing_paragraphs, tokens, unaccounted_lines

INTRO = (
    "Perluasan keanggotaan sebuah aliansi selalu memunculkan perdebatan di antara negara "
    "anggota. Sebagian melihatnya sebagai cara memperkuat posisi bersama, sementara yang lain "
    "khawatir komitmen pertahanan menjadi semakin sulit dipenuhi."
)
HISTORY = (
    "Sejak berdiri, aliansi ini sudah beberapa kali menerima anggota baru. Setiap gelombang "
    "perluasan didahului perundingan panjang tentang syarat militer, ekonomi, dan politik yang "
    "harus dipenuhi oleh negara calon anggota."
)
DEBATE = (
    "Di dalam negeri, perluasan juga menjadi bahan perdebatan parlemen. Para anggota dewan "
    "menimbang biaya tambahan yang harus ditanggung anggaran pertahanan dengan manfaat "
    "stabilitas kawasan yang diharapkan dari bergabungnya negara baru."
)
CLOSING = (
    "Pada akhirnya, keputusan untuk memperluas keanggotaan bergantung pada keseimbangan antara "
    "kepentingan keamanan bersama dan kemampuan setiap anggota untuk menanggung kewajibannya."
)
TABLE = [
    "Aspek\tDeskripsi",
    "Syarat Militer\tAngkatan bersenjata yang dapat bekerja sama dengan anggota lain",
    "Syarat Politik\tPemerintahan demokratis dan kendali sipil atas militer",
    "Syarat Ekonomi\tEkonomi pasar yang stabil dan anggaran pertahanan memadai",
]
RELATED = [
    "Baca juga artikel lainnya:",
    "Sejarah Pembentukan Aliansi Pertahanan Atlantik Utara",
    "Peran Diplomasi dalam Mencegah Perang Dingin Baru",
]
REACTIONS = "👍 Suka 😂 Lucu 😮 Wow"


def _page() -> str:
    lines = [
        "Perluasan Keanggotaan Aliansi dan Tantangannya",
        "",
        INTRO,
        "",
        "Sejarah Perluasan",
        "",
        HISTORY,
        "",
        *RELATED,
        "",
        DEBATE,
        "",
        "Perluasan Keanggotaan",
        *TABLE,
        "",
        "Dampak bagi Kawasan",
        "",
        CLOSING,
        "",
        HISTORY.replace("Sejak berdiri", "Sejak awal"),
        "",
        DEBATE.replace("Di dalam negeri", "Di banyak negara"),
        "",
        REACTIONS,
        "",
    ]
    return "\n".join(lines)


def test_a_heading_above_a_tab_table_stays_a_heading() -> None:
    doc = clean_text(_page())
    assert "Perluasan Keanggotaan" in headings(doc.markdown, 2)
    stream = tokens(doc.markdown)
    header = [stream[i + 1].content for i, t in enumerate(stream) if t.type == "th_open"]
    assert header == ["Aspek", "Deskripsi"]
    first_cells = [
        stream[i + 2].content
        for i, t in enumerate(stream)
        if t.type == "tr_open" and stream[i + 1].type == "td_open"
    ]
    assert first_cells == ["Syarat Militer", "Syarat Politik", "Syarat Ekonomi"]


def test_lowercase_read_also_label_and_its_links_are_removed() -> None:
    doc = clean_text(_page())
    removed = {line.text: line.reason for line in doc.removed}
    for line in RELATED:
        assert line not in doc.markdown
        assert removed[line] == "related articles"
    assert not any("Sejarah Pembentukan" in h or "Baca juga" in h for h in headings(doc.markdown))


def test_one_line_emoji_reaction_row_is_removed() -> None:
    doc = clean_text(_page())
    assert "Suka" not in doc.markdown and "👍" not in doc.markdown
    assert {line.text: line.reason for line in doc.removed}[REACTIONS] == "emoji reactions"


def test_the_article_itself_survives_whole() -> None:
    text = _page()
    doc = clean_text(text)
    assert doc.title == "Perluasan Keanggotaan Aliansi dan Tantangannya"
    assert missing_paragraphs(text, doc) == []
    assert unaccounted_lines(text, doc) == []
    assert headings(doc.markdown, 2) == [
        "Sejarah Perluasan",
        "Perluasan Keanggotaan",
        "Dampak bagi Kawasan",
    ]


def test_an_emoji_row_in_a_sentence_is_not_a_reaction_row() -> None:
    sentence = "Warganet membalas dengan 👍 dan 😂, lalu mengirim pesan dukungan kepada tim."
    doc = clean_text(_page().replace(REACTIONS, sentence))
    assert sentence in doc.markdown
