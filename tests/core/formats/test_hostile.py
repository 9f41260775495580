"""Files made to break an importer are refused, or imported within bounds, in one line."""

from __future__ import annotations

import socket

import pytest

from reader.core.errors import DocumentError
from reader.core.formats import ImportProgress
from reader.core.importing import read_articles
from tests.documents import hostile


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an import tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _refused(path) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_articles(path)
    message = str(caught.value)
    assert path.name in message and "\n" not in message
    return caught.value


def test_a_zip_bomb_dressed_as_a_word_document_is_refused_before_it_inflates(tmp_path):
    error = _refused(hostile.zip_bomb_docx(tmp_path / "bom.docx"))
    assert "zip bomb" in error.reason


def test_a_zip_bomb_dressed_as_an_epub_is_refused(tmp_path):
    assert "zip bomb" in _refused(hostile.zip_bomb_epub(tmp_path / "bom.epub")).reason


def test_an_epub_with_a_member_outside_itself_is_refused(tmp_path):
    assert (
        "outside the document" in _refused(hostile.traversal_epub(tmp_path / "jalan.epub")).reason
    )


def test_an_epub_pointing_at_remote_resources_imports_its_own_text_only(tmp_path):
    [article] = read_articles(hostile.remote_epub(tmp_path / "jauh.epub"))
    assert hostile.REMOTE_TEXT in article.markdown
    assert "[Peta kawasan]" in article.markdown  # the remote picture, as its description
    assert "example.invalid/peta.png" not in article.markdown
    assert "skrip" not in article.markdown and "bingkai" not in article.markdown


def test_a_pdf_of_ten_thousand_pages_is_refused_before_reading_a_page(tmp_path):
    steps: list[int] = []
    path = hostile.many_pages_pdf(tmp_path / "panjang.pdf")
    with pytest.raises(DocumentError) as caught:
        read_articles(path, ImportProgress(on_step=lambda done, total: steps.append(done)))
    assert "10,000 pages" in str(caught.value)
    assert steps == []


def test_malformed_pdfs_are_refused_or_read_without_crashing(made, tmp_path):
    for path in hostile.malformed_pdfs(tmp_path, made["pdf"].path):
        try:
            articles = read_articles(path)
        except DocumentError as error:
            assert path.name in str(error) and "\n" not in str(error)
        else:
            assert articles and articles[0].markdown.startswith("# ")


def test_a_word_document_with_large_pictures_is_no_bomb(made, tmp_path):
    import os
    import zipfile

    from tests.documents import pandoc_maker

    files = pandoc_maker.members(made["docx"].path)
    heavy = tmp_path / "foto.docx"
    pandoc_maker.rezip(files, heavy)
    with zipfile.ZipFile(heavy, "a") as archive:  # photographs do not compress
        archive.writestr("word/media/foto.jpg", os.urandom(40 * 1024 * 1024), zipfile.ZIP_STORED)
    [article] = read_articles(heavy)
    assert article.title == made["docx"].text.title
