"""Word and OpenDocument specifics: what a reader must not see, styles that carry meaning."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from reader.core.errors import DocumentError
from reader.core.importing import read_articles
from tests.documents import pandoc_maker

REVIEWED = """\
---
title: Laporan Praktikum
---

# Pendahuluan

Kalimat [tambahan baru]{.insertion author="Ani" date="2024-01-01T00:00:00Z"} dan \
[kata yang dihapus]{.deletion author="Ani" date="2024-01-01T00:00:00Z"} selesai.

Bagian [komentar rahasia dosen]{.comment-start id="1" author="Budi" \
date="2024-01-01T00:00:00Z"}yang dikomentari[]{.comment-end id="1"} tetap terbaca.

> Kutipan yang panjang dari sebuah buku.

Lihat ![Grafik perdagangan bilateral](grafik.png) di bawah ini.

![Peta kawasan](grafik.png)
"""


def _pandoc(tmp_path: Path, source: str, target: str) -> Path:
    (tmp_path / "grafik.png").write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
            "0000000c4944415478da63f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
        )
    )
    (tmp_path / "source.md").write_text(source, encoding="utf-8")
    subprocess.run(["pandoc", "source.md", "-o", target], cwd=tmp_path, check=True)
    return tmp_path / target


def test_word_shows_the_text_as_if_changes_were_accepted_and_no_comments(tmp_path):
    [article] = read_articles(_pandoc(tmp_path, REVIEWED, "laporan.docx"))
    assert article.title == "Laporan Praktikum"
    assert "tambahan baru" in article.markdown
    assert "dihapus" not in article.markdown
    assert "rahasia" not in article.markdown
    assert "yang dikomentari tetap terbaca" in article.markdown
    assert "> Kutipan yang panjang" in article.markdown
    # The picture is its description; nothing of the image itself is kept.
    assert "[Grafik perdagangan bilateral]" in article.markdown
    assert "base64" not in article.markdown and "data:" not in article.markdown
    # A figure whose caption says what its description says is shown by its caption.
    assert article.markdown.count("Peta kawasan") == 1


def _with_review_marks(odt: Path) -> Path:
    """The ODT with a comment and a tracked deletion added, as LibreOffice writes them."""
    files = pandoc_maker.members(odt)
    content = files["content.xml"].decode()
    content = content.replace(
        "<office:text>",
        '<office:text><text:tracked-changes><text:changed-region text:id="ct1">'
        "<text:deletion><office:change-info><dc:creator>Ani</dc:creator></office:change-info>"
        "<text:p>kata yang dihapus</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>",
        1,
    )
    content = content.replace(
        "tetap terbaca",
        "<office:annotation><dc:creator>Budi</dc:creator><text:p>komentar rahasia</text:p>"
        '</office:annotation>tetap terbaca<text:change text:change-id="ct1"/>',
        1,
    )
    if 'xmlns:dc="' not in content[:2000]:
        content = content.replace(
            "<office:document-content ",
            '<office:document-content xmlns:dc="http://purl.org/dc/elements/1.1/" ',
            1,
        )
    files["content.xml"] = content.encode()
    return pandoc_maker.rezip(files, odt.with_name("reviewed.odt"))


def test_opendocument_leaves_out_comments_and_deleted_text(tmp_path):
    plain = REVIEWED.replace('{.insertion author="Ani" date="2024-01-01T00:00:00Z"}', "")
    plain = re.sub(r"\[kata yang dihapus\]\{[^}]*\} ", "", plain)
    plain = re.sub(r"\[komentar rahasia dosen\]\{[^}]*\}", "", plain)
    plain = plain.replace('[]{.comment-end id="1"}', "")
    odt = _with_review_marks(_pandoc(tmp_path, plain, "laporan.odt"))
    [article] = read_articles(odt)
    assert article.title == "Laporan Praktikum"
    assert "dihapus" not in article.markdown and "rahasia" not in article.markdown
    assert "yang dikomentari tetap terbaca" in article.markdown
    assert "> Kutipan yang panjang" in article.markdown


def test_an_old_word_document_says_how_to_convert_it(tmp_path):
    doc = tmp_path / "tugas.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(DocumentError, match=r"save it as \.docx"):
        read_articles(doc)


def test_a_file_named_docx_that_is_not_one_says_so(tmp_path):
    fake = tmp_path / "bukan.docx"
    fake.write_text("Hanya teks biasa.", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"named \.docx but is not one"):
        read_articles(fake)


def test_a_damaged_word_document_is_named_in_one_line(made, tmp_path):
    data = made["docx"].path.read_bytes()
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(DocumentError) as caught:
        read_articles(broken)
    assert "rusak.docx" in str(caught.value) and "\n" not in str(caught.value)


MANUAL_HEADINGS = """\
---
title: Tugas Akhir Semester
---

**Pendahuluan**

Kerja sama bilateral menjadi dasar hubungan antarnegara di kawasan ini.

**Metode Penelitian**

Penelitian ini memakai **wawancara** dengan para diplomat dan **kajian pustaka**.

**Catatan ini bukan judul karena berakhir dengan titik.**
"""


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_a_short_bold_paragraph_standing_alone_is_a_heading(tmp_path, suffix):
    [article] = read_articles(_pandoc(tmp_path, MANUAL_HEADINGS, f"tugas.{suffix}"))
    assert "## Pendahuluan" in article.markdown
    assert "## Metode Penelitian" in article.markdown
    assert "## Catatan" not in article.markdown
    assert "memakai **wawancara**" in article.markdown
