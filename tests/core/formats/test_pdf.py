"""PDF text layers: reading order, furniture, hyphenation, headings, pages, refusals."""

from __future__ import annotations

import itertools
import re

import pytest

from reader.core.errors import DocumentError
from reader.core.importing import read_articles
from reader.core.page_map import page_at
from reader.core.reading_text import reading_text
from tests.documents import hostile, pdf_maker
from tests.documents.corpus import Block, StudyText


@pytest.fixture(scope="module")
def pdf_article(made):
    [article] = read_articles(made["pdf"].path)
    return article


def _paragraphs(markdown: str) -> list[str]:
    return [p for p in markdown.split("\n\n") if p and not p.startswith(("#", "[^"))]


def test_two_columns_are_read_left_column_first_and_paragraphs_come_whole(made, pdf_article):
    expected = [b.text for b in made["pdf"].text.blocks if b.kind == "paragraph"]
    got = [re.sub(r"\[\^\d+\]", "", p) for p in _paragraphs(pdf_article.markdown)]
    whole = [text for text in expected if text in got]
    assert len(whole) >= len(expected) * 0.9
    # In the order they were written.
    positions = [pdf_article.markdown.index(text) for text in whole]
    assert positions == sorted(positions)


def test_running_headers_and_page_numbers_are_hidden_with_their_reason(pdf_article):
    text = reading_text(pdf_article.markdown).text
    assert pdf_maker.JOURNAL not in text
    reasons = [line.reason for line in pdf_article.removed]
    assert any("page number" in r for r in reasons)
    assert any("running header" in r for r in reasons)
    hidden = {line.text for line in pdf_article.removed}
    assert pdf_maker.JOURNAL in hidden
    # Show Original still has them, at the lines named.
    lines = pdf_article.original_text.splitlines()
    for line in pdf_article.removed:
        assert lines[line.line_number - 1] == line.text


def test_line_end_hyphens_are_undone_only_where_the_document_says_so(made, pdf_article):
    words = set(re.findall(r"[\w-]+", reading_text(pdf_article.markdown).text))
    expected = set(re.findall(r"[\w-]+", reading_text(made["pdf"].expected).text))
    broken = {w for w in words - expected if w.isalpha()}
    assert len(broken) <= 3, broken  # fragments such as "perda" or "gangan"
    assert "negara-negara" in words  # reduplication keeps its hyphen


def test_headings_come_from_size_and_levels_from_their_order(made, pdf_article):
    for block in made["pdf"].text.blocks:
        if block.kind == "heading":
            assert f"{'#' * block.level} {block.text}" in pdf_article.markdown


def test_every_paragraph_knows_its_page_and_the_map_follows_the_text(pdf_article):
    pages = list(pdf_article.pages)
    assert [p.page for p in pages[:3]] == [1, 2, 3]
    assert all(a.offset <= b.offset for a, b in itertools.pairwise(pages) if b.page > a.page)
    last_words = pdf_article.markdown.index("[^1]:")
    first, late = page_at(pages, 0), page_at(pages, last_words - 1)
    assert first is not None and first.page == 1
    assert late is not None and late.page > 1


def test_printed_page_numbers_are_what_a_citation_uses(gui_app, known_text, tmp_path):
    style = pdf_maker.PdfStyle(first_page_number=345)
    path = pdf_maker.write_pdf(tmp_path / "jurnal.pdf", known_text, style)
    [article] = read_articles(path)
    assert [(p.page, p.label) for p in article.pages[:2]] == [(1, "345"), (2, "346")]


def test_a_bold_line_at_body_size_is_a_heading_and_small_raised_digits_refer_to_notes(
    gui_app, tmp_path
):
    text = StudyText(
        "Judul Uji",
        "Penulis",
        (
            Block("paragraph", "Kalimat pertama yang cukup panjang untuk satu baris. " * 6),
            Block("heading", "Bagian Berikutnya", level=2),
            Block("paragraph", "Isi bagian berikutnya dengan catatan. " * 5, footnote="Sumber."),
        ),
    )
    path = pdf_maker.write_pdf(tmp_path / "uji.pdf", text, pdf_maker.PdfStyle(columns=1))
    [article] = read_articles(path)
    assert "## Bagian Berikutnya" in article.markdown
    assert "catatan.[^1]" in article.markdown
    assert "[^1]: Sumber." in article.markdown


def test_a_scan_without_text_is_refused_plainly(gui_app, tmp_path):
    path = pdf_maker.write_scanned_pdf(tmp_path / "pindaian.pdf")
    with pytest.raises(DocumentError) as caught:
        read_articles(path)
    assert caught.value.reason == "this PDF has no text layer; it is probably a scan"
    assert str(path) in str(caught.value)


def test_a_password_protected_pdf_is_refused_in_one_line(made, tmp_path):
    locked = hostile.encrypted_pdf(made["pdf"].path, tmp_path / "terkunci.pdf")
    with pytest.raises(DocumentError) as caught:
        read_articles(locked)
    assert "password" in caught.value.reason
    assert "\n" not in str(caught.value)


def test_a_pdf_encrypted_without_a_password_to_open_it_is_read(made, tmp_path):
    owner_only = hostile.encrypted_pdf(made["pdf"].path, tmp_path / "izin.pdf", user_password="")
    [article] = read_articles(owner_only)
    assert article.title == made["pdf"].text.title


def test_three_columns_are_read_one_after_another(gui_app, known_text, tmp_path):
    from tests.documents.scoring import score

    style = pdf_maker.PdfStyle(columns=3)
    path = pdf_maker.write_pdf(tmp_path / "tiga.pdf", known_text, style)
    [article] = read_articles(path)
    assert score(pdf_maker.expected_markdown(known_text), article.markdown).f1 >= 0.97


def test_text_turned_up_the_margin_is_not_read(gui_app, known_text, tmp_path):
    stamp = "Diunduh dari perpustakaan digital pada 12 Mei 2024"
    style = pdf_maker.PdfStyle(margin_stamp=stamp)
    path = pdf_maker.write_pdf(tmp_path / "stempel.pdf", known_text, style)
    [article] = read_articles(path)
    assert "perpustakaan" not in article.markdown and "Diunduh" not in article.markdown
    # Nor its letters one by one.
    assert not re.search(r"(?:\b\w-? ){4}", reading_text(article.markdown).text)


def test_a_reference_list_with_a_hanging_indent_keeps_each_reference_whole(pdf_article):
    from tests.documents.corpus import REFERENCES

    paragraphs = pdf_article.markdown.split("\n\n")
    for reference in REFERENCES:
        assert reference in paragraphs
