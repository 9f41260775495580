"""Documents in the library: pages kept and cited, collections split, refusals change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import DocumentError
from reader.core.formats import ImportCancelled, ImportProgress
from reader.store import articles, exports
from reader.store.highlights import create_highlight, find_quote
from tests.documents import hostile, pdf_maker
from tests.documents.corpus import study_text


@pytest.fixture(scope="module")
def journal_pdf(tmp_path_factory, qapp) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    style = pdf_maker.PdfStyle(first_page_number=345)
    return pdf_maker.write_pdf(folder / "jurnal.pdf", study_text(), style)


def _late_passage(article_id: int) -> tuple[int, int]:
    """A passage on the PDF's third page: the first words of its last heading's section."""
    markdown = articles.get_article(article_id).markdown
    heading = [line for line in markdown.splitlines() if line.startswith("## ")][-1]
    return find_quote(article_id, heading[3:])


def test_a_highlight_in_a_pdf_cites_its_printed_page(library, journal_pdf):
    outcome = articles.import_file(journal_pdf)
    start, end = find_quote(outcome.article_id, "Konflik internasional sering kali")
    first = create_highlight(outcome.article_id, start, end, note="awal")
    start, end = _late_passage(outcome.article_id)
    late = create_highlight(outcome.article_id, start, end, note="akhir")
    notes = exports.notes_markdown(outcome.article_id)
    assert ", p. 345 ·" in notes
    late_page = [line for line in notes.splitlines() if "akhir" in line or "p. 3" in line]
    assert any("p. 34" in line and "p. 345" not in line for line in late_page)
    data = exports.annotations_json(outcome.article_id)
    items = {item["id"]: item for item in data["first"]["items"]}  # type: ignore[index]
    selectors = items[f"urn:uuid:{first.id}"]["target"]["selector"]
    assert {
        "type": "FragmentSelector",
        "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
        "value": "page=1",
    } in selectors
    late_selectors = items[f"urn:uuid:{late.id}"]["target"]["selector"]
    assert any(
        s.get("value", "").startswith("page=") and s["value"] != "page=1" for s in late_selectors
    )


def test_an_article_from_text_cites_no_page(library, seeds_dir):
    outcome = articles.import_file(sorted(seeds_dir.glob("*.txt"))[0])
    start, end = find_quote(outcome.article_id, "Konflik internasional", occurrence=1)
    create_highlight(outcome.article_id, start, end)
    assert ", p. " not in exports.notes_markdown(outcome.article_id)
    data = exports.annotations_json(outcome.article_id)
    [item] = data["first"]["items"]  # type: ignore[index]
    assert all(s["type"] != "FragmentSelector" for s in item["target"]["selector"])


def test_importing_the_same_pdf_again_changes_nothing(library, journal_pdf):
    first = articles.import_file(journal_pdf)
    again = articles.import_file(journal_pdf)
    assert again.status is articles.ImportStatus.UNCHANGED
    assert again.article_id == first.article_id


def test_a_collection_becomes_several_articles_imported_together(library, tmp_path):
    from tests.documents import pandoc_maker

    texts = [
        study_text((n, n + 1), title=f"Artikel Nomor {['Satu', 'Dua', 'Tiga'][n]}")
        for n in range(3)
    ]
    path = pandoc_maker.write_epub_collection(texts, "Prosiding", tmp_path / "prosiding.epub")
    outcomes = [o for o in articles.import_paths([path]) if isinstance(o, articles.ImportOutcome)]
    assert [o.title for o in outcomes] == [t.title for t in texts]
    again = articles.import_document(path)
    assert [o.status for o in again] == [articles.ImportStatus.UNCHANGED] * 3


def test_a_refused_or_cancelled_import_changes_nothing(library, journal_pdf, tmp_path):
    before = articles.count_articles()
    with pytest.raises(DocumentError):
        articles.import_file(hostile.zip_bomb_docx(tmp_path / "bom.docx"))
    with pytest.raises(DocumentError):
        articles.import_file(hostile.many_pages_pdf(tmp_path / "panjang.pdf"))
    with pytest.raises(ImportCancelled):
        articles.import_file(journal_pdf, ImportProgress(is_cancelled=lambda: True))
    assert articles.count_articles() == before
