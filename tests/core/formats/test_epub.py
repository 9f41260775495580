"""EPUB: one book as one article, a collection of articles as several; EPUB 2 and 3."""

from __future__ import annotations

import zipfile

import pytest

from reader.core.errors import DocumentError
from reader.core.importing import read_articles
from tests.documents import pandoc_maker
from tests.documents.corpus import study_text
from tests.documents.scoring import score


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    texts = [
        study_text((0, 1), title="Strategi Aliansi dan Mediasi"),
        study_text((2, 3), title="Detente dan Kerja Sama Bilateral"),
        study_text((4, 1), title="Keamanan Internasional di Era Globalisasi"),
    ]
    path = tmp_path_factory.mktemp("epub") / "jurnal.epub"
    return texts, pandoc_maker.write_epub_collection(texts, "Jurnal Hubungan Internasional", path)


def test_a_book_is_one_article_with_its_chapters_as_headings(made):
    articles = read_articles(made["epub"].path)
    assert len(articles) == 1
    assert articles[0].markdown.startswith(
        f"# {made['epub'].text.title}\n\n*{made['epub'].text.author}*\n\n"
    )


def test_a_collection_of_articles_becomes_one_article_each(collection):
    texts, path = collection
    articles = read_articles(path)
    assert [a.title for a in articles] == [t.title for t in texts]
    assert len({a.part for a in articles}) == 3 and all(a.part for a in articles)
    for text, article in zip(texts, articles, strict=True):
        expected = f"# {text.title}\n\n{text.markdown(with_title=False)}"
        assert score(expected, article.markdown).f1 >= 0.97


def test_a_book_of_numbered_chapters_stays_one_article(tmp_path):
    texts = [study_text((n, n + 1), title=f"Bab {n + 1}: Kajian Kawasan") for n in range(3)]
    path = pandoc_maker.write_epub_collection(texts, "Buku Ajar Diplomasi", tmp_path / "buku.epub")
    [article] = read_articles(path)
    assert article.title == "Buku Ajar Diplomasi"
    for text in texts:
        assert f"## {text.title}" in article.markdown


def test_epub2_is_read_through_its_ncx(made, tmp_path):
    path = pandoc_maker.write_document(made["epub"].text, tmp_path / "lama.epub", ["-t", "epub2"])
    [article] = read_articles(path)
    assert score(made["epub"].expected, article.markdown).f1 >= 0.97


def test_an_epub_locked_with_drm_says_so(made, tmp_path):
    locked = tmp_path / "terkunci.epub"
    with zipfile.ZipFile(made["epub"].path) as source, zipfile.ZipFile(locked, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr(
            "META-INF/encryption.xml",
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
            '<enc:CipherData><enc:CipherReference URI="EPUB/text/ch001.xhtml"/></enc:CipherData>'
            "</enc:EncryptedData></encryption>",
        )
    with pytest.raises(DocumentError, match="DRM"):
        read_articles(locked)
