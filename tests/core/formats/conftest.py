"""Documents made once per test session, each with its known text.

PDFs come from Qt's PDF writer (a QGuiApplication, offscreen, is enough), DOCX, ODT and
EPUB from pandoc; see tests/documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.documents import pandoc_maker, pdf_maker
from tests.documents.corpus import StudyText, study_text


@dataclass(frozen=True)
class Made:
    path: Path
    expected: str  # the Markdown the import should come close to
    text: StudyText


@pytest.fixture(scope="session")
def gui_app(qapp):
    # pytest-qt's QApplication: a bare QGuiApplication here would leave the UI tests that
    # run later in the session without the QApplication widgets need.
    return qapp


@pytest.fixture(scope="session")
def known_text() -> StudyText:
    return study_text()


@pytest.fixture(scope="session")
def made(tmp_path_factory, known_text, gui_app) -> dict[str, Made]:
    folder = tmp_path_factory.mktemp("documents")
    out = {}
    for kind in ("docx", "odt", "epub"):
        path = pandoc_maker.write_document(known_text, folder / f"artikel.{kind}")
        author_line = kind != "epub"  # an EPUB's author comes from its metadata, in italics
        expected = pandoc_maker.expected_markdown(known_text, author_line)
        if not author_line:
            expected = expected.replace("\n\n", f"\n\n*{known_text.author}*\n\n", 1)
        out[kind] = Made(path, expected, known_text)
    pdf = pdf_maker.write_pdf(folder / "artikel.pdf", known_text)
    out["pdf"] = Made(pdf, pdf_maker.expected_markdown(known_text), known_text)
    one_column = pdf_maker.write_pdf(
        folder / "satu-kolom.pdf", known_text, pdf_maker.PdfStyle(columns=1)
    )
    out["pdf-one-column"] = Made(one_column, pdf_maker.expected_markdown(known_text), known_text)
    return out
