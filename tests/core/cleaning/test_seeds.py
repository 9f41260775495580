"""Acceptance tests on the five real scraped pages in ``seeds/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.cleaning import CleanedDocument, clean_text

from .support import SEED_FILES, SEEDS_DIR, headings, missing_paragraphs, tokens, unaccounted_lines

BOILERPLATE = [
    "BACA JUGA",
    "Baca juga",
    "Bacaan Lainnya",
    "Read Time",
    "Happy",
    "Sad",
    "Excited",
    "Sleepy",
    "Angry",
    "Surprise",
    "0 %",
    "Previous post",
    "Next post",
    "Rate this post",
    "Terimakasih",
    "Berkunjung",
    "DIREKOMENDASIKAN UNTUK ANDA",
    "Leave a Reply",
    "Tinggalkan Balasan",
    "Your email address will not be published",
    "Required fields are marked",
    "Alamat email Anda tidak akan dipublikasikan",
    "Ruas yang wajib ditandai",
    "Post Comment",
    "Save my name",
    "\u00a0",
]


def _seed(prefix: str) -> tuple[str, CleanedDocument]:
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    return text, clean_text(text)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem)
def test_no_boilerplate_left(seed: Path) -> None:
    markdown = clean_text(seed.read_text(encoding="utf-8")).markdown
    for phrase in BOILERPLATE:
        assert phrase not in markdown, phrase


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem)
def test_every_content_paragraph_survives(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert missing_paragraphs(text, clean_text(text)) == []


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem)
def test_every_line_is_in_markdown_or_removed(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert unaccounted_lines(text, clean_text(text)) == []


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem)
def test_only_short_lines_are_removed(seed: Path) -> None:
    # A removed long line would be an article paragraph; boilerplate lines are short.
    for line in clean_text(seed.read_text(encoding="utf-8")).removed:
        assert len(line.text.split()) <= 15, line


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem)
def test_markdown_starts_with_title(seed: Path) -> None:
    doc = clean_text(seed.read_text(encoding="utf-8"))
    assert doc.markdown.startswith(f"# {doc.title}\n\n")
    assert headings(doc.markdown, 1) == [doc.title]


def test_survival_check_can_fail() -> None:
    text, doc = _seed("002")
    paragraph = "Pada akhirnya, kedua negara tersebut mengakui"
    start = doc.markdown.index(paragraph)
    end = doc.markdown.index("\n\n", start)
    damaged = CleanedDocument(doc.title, doc.markdown[:start] + doc.markdown[end:], doc.removed)
    missing = missing_paragraphs(text, damaged)
    assert len(missing) == 1 and missing[0].startswith(paragraph)
    lost = unaccounted_lines(text, damaged)
    assert lost and lost[0].startswith(paragraph)


def test_survival_check_notices_a_changed_word() -> None:
    text, doc = _seed("004")
    damaged = CleanedDocument(
        doc.title, doc.markdown.replace("Terorisme, misalnya", "Terorisme misalnya"), doc.removed
    )
    lost = unaccounted_lines(text, damaged)
    assert lost and lost[0].strip().startswith("2. Menangkal Ancaman Global")


def test_seed_000_takes_its_title_fragment_out_of_the_opening_paragraph() -> None:
    _, doc = _seed("000")
    assert doc.title == "Strategi Diplomasi?"
    assert doc.title_inferred
    assert doc.markdown.count("Strategi Diplomasi?") == 1
    first_paragraph = doc.markdown.split("\n\n")[1]
    assert first_paragraph.startswith("Konflik internasional")
    assert first_paragraph.endswith("kunjungi <http://www.lookupalliance.com/>.")


def test_seed_001_lists_keep_numbering_and_nest_paragraphs() -> None:
    _, doc = _seed("001")
    assert headings(doc.markdown, 2)[:2] == [
        "Aliansi Sebagai Instrumen Utama dalam Mencegah Konflik Global",
        "Manfaat Aliansi dalam Menjaga Perdamaian Dunia",
    ]
    assert "1. **Menumbuhkan Rasa Saling Percaya**\n\n   Peran aliansi" in doc.markdown
    assert "10. **Pengembangan Strategi Respons Terhadap Konflik Baru**\n\n    Meningkatkan" in (
        doc.markdown
    )
    stream = tokens(doc.markdown)
    lists = [t for t in stream if t.type == "ordered_list_open"]
    assert len(lists) == 2
    items = [t for t in stream if t.type == "list_item_open"]
    assert len(items) == 15
    paragraphs_in_items = [
        t for t in stream if t.type == "paragraph_open" and t.level >= 2 and not t.hidden
    ]
    assert len(paragraphs_in_items) == 30  # title paragraph + body paragraph per item


def test_seed_002_headings() -> None:
    _, doc = _seed("002")
    assert doc.title == "Apa Itu Diplomasi Detente?"
    assert headings(doc.markdown, 2) == [
        "Asal Mula Diplomasi Detente",
        "Cara Kerja Diplomasi Detente",
        "Keuntungan Diplomasi Detente",
        "Kritik Terhadap Diplomasi Detente",
        "Kesimpulan",
    ]


def test_seed_003_table() -> None:
    _, doc = _seed("003")
    stream = tokens(doc.markdown)
    assert [t.type for t in stream].count("table_open") == 1
    header = [stream[i + 1].content for i, t in enumerate(stream) if t.type == "th_open"]
    assert header == ["Aspek", "Deskripsi"]
    rows: list[list[str]] = []
    for index, token in enumerate(stream):
        if token.type == "tr_open" and stream[index + 1].type == "td_open":
            row = []
            for cell in stream[index:]:
                if cell.type == "tr_close":
                    break
                if cell.type == "inline":
                    row.append(cell.content)
            rows.append(row)
    assert [row[0] for row in rows] == [
        "Latar Belakang",
        "Tujuan",
        "Strategi Diplomasi",
        "Manfaat",
        "Faktor Pendorong",
    ]
    assert all(len(row) == 2 for row in rows)
    assert rows[0][1] == "Kebutuhan ekonomi, politik, keamanan, dan faktor historis"


def test_seed_003_repeated_title_and_faq() -> None:
    _, doc = _seed("003")
    assert [(r.line_number, r.reason) for r in doc.removed] == [(9, "repeated title")]
    assert headings(doc.markdown, 3)[0] == "1. Apa perbedaan kerja sama bilateral dan multilateral?"
    assert len(headings(doc.markdown, 3)) == 5
    assert "## FAQ tentang Latar Belakang Kerja Sama Bilateral" in doc.markdown


def test_seed_004_bold_item_titles() -> None:
    _, doc = _seed("004")
    bold = [
        "Mempertahankan Perdamaian Dunia",
        "Menangkal Ancaman Global",
        "Stabilisasi Kawasan yang Berisiko",
        "Kerjasama Pertahanan dan Pengembangan Teknologi",
        "Pemeliharaan Sistem Keamanan Internasional yang Berbasis Hukum",
        "Ketegangan Geopolitik dan Perbedaan Kepentingan",
        "Tantangan Terhadap Keamanan Siber",
        "Keterlibatan dalam Konflik yang Berlarut-larut",
        "Perubahan Iklim sebagai Ancaman Keamanan",
        "Ketergantungan pada Diplomasi dan Kebijakan Eksternal",
    ]
    stream = tokens(doc.markdown)
    found = []
    for inline in (t for t in stream if t.type == "inline" and t.children):
        children = inline.children or []
        for index, child in enumerate(children):
            if child.type == "strong_open":
                found.append(children[index + 1].content)
    assert found == bold
    assert (
        "1. **Mempertahankan Perdamaian Dunia** Aliansi keamanan internasional berperan"
        in doc.markdown
    )
    assert headings(doc.markdown, 2)[0] == "Apa itu Aliansi Keamanan Internasional?"


def test_seed_removed_lines_have_reasons() -> None:
    _, doc = _seed("001")
    reasons = {line.reason for line in doc.removed}
    assert reasons == {"reading time", "emoji reactions", "previous/next links"}
    _, doc = _seed("004")
    assert {line.reason for line in doc.removed} == {"blank spacing", "comment form"}
