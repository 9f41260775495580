"""Every document format becomes the same clean article: its words, headings and lists."""

from __future__ import annotations

import pytest

from reader.core.importing import read_articles
from tests.documents.scoring import score

KINDS = ["docx", "odt", "epub", "pdf", "pdf-one-column"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_imported_article_reads_as_the_known_text(made, kind):
    document = made[kind]
    [article] = read_articles(document.path)
    result = score(document.expected, article.markdown)
    assert result.f1 >= 0.97, result.missing()
    assert result.headings_found >= 0.9, result.missing()
    assert result.list_items_found >= 0.75, result.missing()


@pytest.mark.parametrize("kind", KINDS)
def test_the_title_is_the_documents_own(made, kind):
    [article] = read_articles(made[kind].path)
    assert article.title == made[kind].text.title
    assert article.markdown.startswith(f"# {made[kind].text.title}\n")


@pytest.mark.parametrize("kind", KINDS)
def test_footnotes_become_markdown_footnotes_referred_to_from_the_text(made, kind):
    [article] = read_articles(made[kind].path)
    notes = [b.footnote for b in made[kind].text.blocks if b.footnote]
    assert article.markdown.count("]: ") >= len(notes) - 1
    for number, note in enumerate(notes[:3], start=1):
        assert f"[^{number}]: {note}" in article.markdown
        assert article.markdown.index(f"[^{number}]") < article.markdown.index(f"[^{number}]:")


def test_a_pdf_named_as_text_is_read_as_a_pdf(made, tmp_path):
    disguised = tmp_path / "catatan.txt"
    disguised.write_bytes(made["pdf"].path.read_bytes())
    [article] = read_articles(disguised)
    assert article.source_format == "pdf"
    assert article.title == made["pdf"].text.title
