"""Reading article files: encodings, refusals with reasons, Markdown taken as it is."""

from __future__ import annotations

import codecs
import contextlib
import os
from pathlib import Path

import pytest

from reader.core import importing
from reader.core.errors import DocumentError
from reader.core.importing import content_hash, read_article_file
from tests.hangs import outcome_within

TEXT = "Détente dan kerja sama\n\nDiplomasi détente meredakan ketegangan — “kutipan”.\n"


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 with BOM"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le with BOM"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be with BOM"),
        # UTF-32's little-endian BOM starts with UTF-16's: read as UTF-16 it was NULs.
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le with BOM"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be with BOM"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_every_common_encoding_reads_as_the_same_text(tmp_path: Path, encoded: bytes, label: str):
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    prepared = read_article_file(path)
    assert prepared.original_text == TEXT, label
    assert "détente" in prepared.markdown


def test_same_text_in_different_encodings_is_the_same_content(tmp_path: Path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(TEXT.encode("utf-8"))
    b.write_bytes(codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r\n").encode("utf-16-le"))
    assert read_article_file(a).content_hash == read_article_file(b).content_hash
    assert content_hash("x") != content_hash("y")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t \n", "empty"),
        ("nul.txt", b"Some text\x00\x01\x02 more", "binary"),
        ("noise.txt", bytes(range(256)) * 8, "binary"),
        ("picture.png", b"\x89PNG\r\n", "not a supported kind of file"),
    ],
)
def test_files_that_are_not_articles_are_refused_with_the_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        read_article_file(path)
    assert reason in str(caught.value)
    assert name in str(caught.value)


def test_missing_file_and_folder_are_named(tmp_path: Path):
    with pytest.raises(DocumentError, match="no such file"):
        read_article_file(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(DocumentError, match="folder"):
        read_article_file(folder)


def test_files_over_the_size_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(DocumentError, match="larger than"):
        read_article_file(path)


def test_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # CI runs as root, who can read anything, so the permission failure is simulated.
    path = tmp_path / "secret.txt"
    path.write_text("hidden")

    def deny(*_args: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(DocumentError, match="permission denied"):
        read_article_file(path)


def test_markdown_files_are_taken_as_they_are(tmp_path: Path):
    source = (
        "Front line\n\n# The Real Title\n\nSome *emphasis* and a [link](https://example.org).\n"
    )
    path = tmp_path / "notes.md"
    path.write_text(source)
    prepared = read_article_file(path)
    assert prepared.markdown == source
    assert prepared.title == "The Real Title"
    assert prepared.removed == []


def test_markdown_without_heading_takes_its_first_line_as_title(tmp_path: Path):
    path = tmp_path / "untitled.md"
    path.write_text("\n\nFirst line here\nsecond\n")
    assert read_article_file(path).title == "First line here"


def test_text_files_go_through_the_cleaner(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text("A Title\n\nBody sentence one. Body sentence two.\n")
    prepared = read_article_file(path)
    assert prepared.markdown.startswith("# A Title\n")
    assert prepared.words >= 6


def test_saved_web_pages_are_read_in_reader_mode(tmp_path: Path):
    page = tmp_path / "artikel.html"
    page.write_bytes(
        (
            "<html><head><meta charset='windows-1252'>"
            "<title>Diplomasi Détente di Masa Perang Dingin | Situs Berita</title>"
            "</head><body><nav><a href='/'>Beranda</a> <a href='/x'>Politik</a></nav>"
            "<article><h1>Diplomasi Détente di Masa Perang Dingin</h1>"
            "<p>Diplomasi détente meredakan ketegangan antara dua "
            "negara yang sebelumnya bermusuhan, terutama pada masa Perang Dingin.</p>"
            "<p>Kedua negara membuka dialog bilateral dan kerja sama di berbagai bidang, "
            "dari perdagangan sampai ilmu pengetahuan.</p></article>"
            "<footer>© 2024 Situs Berita. Semua hak dilindungi.</footer></body></html>"
        ).encode("cp1252")
    )
    prepared = read_article_file(page)
    assert prepared.title == "Diplomasi Détente di Masa Perang Dingin"
    assert prepared.markdown.startswith("# Diplomasi Détente di Masa Perang Dingin")
    assert "meredakan ketegangan" in prepared.markdown
    assert "Beranda" not in prepared.markdown and "hak dilindungi" not in prepared.markdown
    assert prepared.source_format == "html"


def test_a_web_page_without_an_article_is_refused(tmp_path: Path):
    page = tmp_path / "kosong.htm"
    page.write_text("<html><body><nav>Menu</nav></body></html>")
    with pytest.raises(DocumentError, match="no article text"):
        read_article_file(page)


def test_a_text_past_the_cleaners_bounds_is_refused_saying_why(tmp_path: Path):
    from reader.core.cleaning import MAX_TEXT_LINES

    lines = tmp_path / "dump.txt"
    lines.write_text("\n".join(f"row {n}" for n in range(MAX_TEXT_LINES + 5)), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_article_file(lines)
    assert "too long" in str(caught.value)
    assert "dump.txt" in str(caught.value)


def test_a_long_single_line_text_is_cleaned_or_refused(tmp_path: Path):
    # A page saved without line breaks: one enormous line is refused, a long one cleaned.
    from reader.core.cleaning import MAX_TEXT_CHARS

    huge = tmp_path / "one-line.txt"
    huge.write_text("word " * (MAX_TEXT_CHARS // 5 + 10), encoding="utf-8")
    with pytest.raises(DocumentError):
        read_article_file(huge)
    fits = tmp_path / "long-line.txt"
    fits.write_text("A sentence of words. " * 2000, encoding="utf-8")
    assert read_article_file(fits).words > 1000


def test_copied_text_with_stray_control_characters_is_imported(tmp_path: Path):
    # A page copied without its encoding: UTF-8 read as Latin-1 leaves C1 control
    # characters ("â\x80\x99" for "’") in every few lines. A reader's copy, not a binary.
    paragraph = "It’s the “cleanest” copy — the reader’s own words, über café déjà vu.\n\n"
    garbled = (paragraph * 40).encode("utf-8").decode("latin-1")
    path = tmp_path / "copied.txt"
    path.write_bytes(("A copied article\n\n" + garbled).encode("utf-8"))
    prepared = read_article_file(path)
    assert "It’s the “cleanest” copy" in prepared.markdown


def test_binary_data_without_nul_bytes_is_still_refused(tmp_path: Path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in range(1, 256)) * 16)
    with pytest.raises(DocumentError, match="binary"):
        read_article_file(path)


def test_a_utf32_file_has_a_title_without_nul_characters(tmp_path: Path):
    path = tmp_path / "utf32.txt"
    path.write_bytes("\ufeffJudul Artikel\n\nIsi artikel ini.\n".encode("utf-32"))
    prepared = read_article_file(path)
    assert prepared.title == "Judul Artikel"
    assert "\x00" not in prepared.original_text


@pytest.mark.parametrize("label", ["rot13", "base64", "undefined", "hex", "zlib", "idna"])
def test_a_page_declaring_a_codec_that_is_not_a_text_encoding_still_imports(
    tmp_path: Path, label: str
):
    page = tmp_path / f"{label}.html"
    page.write_text(
        f"<html><head><meta charset='{label}'><title>Judul</title></head><body><article>"
        "<p>Diplomasi détente meredakan ketegangan antara dua negara yang bermusuhan.</p>"
        "<p>Kedua negara membuka dialog bilateral dan kerja sama di berbagai bidang.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    prepared = read_article_file(page)
    assert "meredakan ketegangan" in prepared.markdown
    assert "détente" in prepared.markdown


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_named_like_an_article_is_refused_at_once(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    try:
        error = outcome_within(lambda: read_article_file(fifo))
    finally:
        # Unblocks a reader stuck on the FIFO, so a failing run still ends.
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert isinstance(error, DocumentError)
    assert "pipe.txt" in str(error) and "not a regular file" in str(error)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path: Path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    error = outcome_within(lambda: read_article_file(link))
    assert isinstance(error, DocumentError)
    assert "zero.txt" in str(error) and "not a regular file" in str(error)


def test_the_size_limit_is_a_read_limit_not_a_size_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A file whose size reads as 0 (a /proc file) but holds more is still bounded."""
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 100)
    path = tmp_path / "grows.txt"
    path.write_text("word " * 100)
    real_stat = Path.stat

    def zero_size(self: Path, **kwargs: object) -> os.stat_result:
        result = real_stat(self, **kwargs)  # type: ignore[arg-type]
        return os.stat_result((*result[:6], 0, *result[7:]))

    monkeypatch.setattr(Path, "stat", zero_size)
    with pytest.raises(DocumentError, match="larger than"):
        read_article_file(path)
