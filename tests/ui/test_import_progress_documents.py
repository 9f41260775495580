"""A long document imports in the background: page by page progress, a Cancel that keeps
nothing, and a window that stays usable while it reads.

The PDFs are typeset by the tests' own PDF maker (tests/documents/pdf_maker.py), so their
page count is known; pages are read a little slower than real where a test must act in
the middle of a document, so a busy machine cannot finish it first.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.core.formats import pdf_text
from reader.store import articles
from reader.store.articles import ImportOutcome, ImportStatus
from reader.ui.dialogs.import_progress import (
    AT_ONCE_MAX_BYTES,
    CHAPTERS,
    PAGES,
    PARTS,
    ImportController,
    ImportSummary,
    imports_at_once,
    step_unit,
)
from reader.ui.window.main_window import MainWindow
from tests.documents import pdf_maker
from tests.documents.corpus import long_study_text
from tests.ui.test_import_progress import _finish


@pytest.fixture(scope="module")
def long_pdf(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A two-column PDF of some twenty pages, and its page count."""
    folder = tmp_path_factory.mktemp("long-pdf")
    path = pdf_maker.write_pdf(folder / "Kajian Panjang.pdf", long_study_text(9_000))
    return path, pdf_maker.page_count(path)


@pytest.fixture
def slow_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each page takes 30 ms longer to read, as on a slow machine."""
    real = pdf_text.read_page

    def slow(document: object, number: int) -> pdf_text.PageText:
        time.sleep(0.03)
        return real(document, number)

    monkeypatch.setattr("reader.core.formats.pdf.read_page", slow)
    yield


class OnSteps(QObject):
    """Calls ``react`` for each step the worker reports, in the GUI thread, after the
    dialog has shown it (a plain function connected to the worker would run on the
    worker's thread)."""

    def __init__(self, controller: ImportController, react: Callable[[int, int], None]):
        super().__init__()
        self.react = react
        controller.worker.step.connect(self.step)

    @Slot(int, int, str)
    def step(self, step: int, total: int, _unit: str) -> None:
        self.react(step, total)


def test_a_long_pdf_shows_each_page_as_it_is_read(
    library: Path, long_pdf: tuple[Path, int], parent: QWidget, qtbot: QtBot
):
    path, pages = long_pdf
    assert pages >= 15
    controller = ImportController(parent, [path], lambda s: None)
    steps: list[tuple[int, int]] = []
    shown: list[str] = []
    bar: list[int] = []

    def seen(step: int, total: int) -> None:
        steps.append((step, total))
        shown.append(controller.dialog.text)
        bar.append(controller.dialog.bar.value())

    _watching = OnSteps(controller, seen)
    controller.start()
    summary = _finish(qtbot, controller)

    assert [s for s, _ in steps] == list(range(pages + 1))
    assert {t for _, t in steps} == {pages}
    assert shown[2] == f"Importing 1 of 1: Kajian Panjang.pdf — page 3 of {pages}"
    assert shown[-1].endswith(f"all {pages} pages read, arranging the text…")
    assert bar == sorted(bar) and bar[0] < bar[-1]  # the bar moves with the pages
    [outcome] = summary.imported
    assert not summary.cancelled
    assert controller.dialog.text == "1 imported, 0 not imported."
    assert articles.get_article(outcome.article_id).words > 8_000


def test_cancel_inside_a_pdf_stops_after_the_page_and_keeps_nothing(
    library: Path,
    long_pdf: tuple[Path, int],
    parent: QWidget,
    qtbot: QtBot,
    slow_pages: None,
):
    path, pages = long_pdf
    controller = ImportController(parent, [path], lambda s: None)
    steps: list[int] = []
    after_click: list[str] = []

    def click_cancel_at_page_four(step: int, _total: int) -> None:
        steps.append(step)
        if step == 3 and controller.dialog.button.isEnabled():
            qtbot.mouseClick(controller.dialog.button, Qt.MouseButton.LeftButton)
            after_click.append(controller.dialog.text)

    _watching = OnSteps(controller, click_cancel_at_page_four)
    controller.start()
    summary = _finish(qtbot, controller)

    assert after_click == ["Cancelling…"]
    # Stopped after the page being read when the click came, not at the end.
    assert max(steps) < pages // 2
    assert summary.cancelled
    assert summary.imported == () and summary.failures == ()
    assert summary.interrupted == "Kajian Panjang.pdf"
    assert controller.dialog.text == (
        "Cancelled: Kajian Panjang.pdf was stopped partway; nothing of it was kept."
    )
    assert controller.dialog.bar.value() == 0  # no file was finished
    assert controller.dialog.button.text() == "Close"
    assert articles.list_articles() == []  # the library is as it was


def test_the_window_stays_usable_while_a_dropped_pdf_imports(
    window: MainWindow, long_pdf: tuple[Path, int], qtbot: QtBot, slow_pages: None
):
    path, pages = long_pdf
    before = articles.count_articles()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(600, 400),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # The GUI thread's event loop must keep turning: its timer keeps firing.
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.dropEvent(drop)
    importing = window.articles.running_import
    assert importing is not None and importing.is_running()  # the drop returned at once
    ticks_at_step: list[int] = []
    _watching = OnSteps(importing, lambda _step, _total: ticks_at_step.append(len(ticks)))
    summary = _finish(qtbot, importing)
    timer.stop()

    assert len(summary.imported) == 1
    # Between the first page and the last, the window handled its own events.
    assert len(ticks_at_step) > pages // 2
    assert ticks_at_step[-1] - ticks_at_step[0] >= 10
    importing.dialog.accept()
    assert articles.count_articles() == before + 1
    qtbot.waitUntil(lambda: window.windowTitle().startswith(summary.imported[0].title))


def test_only_a_few_small_plain_files_import_at_once(tmp_path: Path, long_pdf: tuple[Path, int]):
    small = tmp_path / "note.txt"
    small.write_text("A short note.\n", encoding="utf-8")
    large = tmp_path / "long.txt"
    large.write_text("word " * (AT_ONCE_MAX_BYTES // 4), encoding="utf-8")
    unnamed = tmp_path / "download"  # a PDF saved without its extension
    unnamed.write_bytes(long_pdf[0].read_bytes())
    tiny_pdf = tmp_path / "tiny.pdf"
    tiny_pdf.write_bytes(b"%PDF-1.4\n")
    book = tmp_path / "book.epub"
    book.write_bytes(b"PK\x03\x04 an archive")

    assert imports_at_once([small])
    assert imports_at_once([tmp_path / "missing.txt"])  # its error is said at once
    for slow in (large, unnamed, tiny_pdf, book, tmp_path):
        assert not imports_at_once([small, slow])
    assert not imports_at_once([small] * 4)


def test_a_step_is_a_page_of_a_pdf_and_a_chapter_of_an_epub(
    tmp_path: Path, long_pdf: tuple[Path, int]
):
    unnamed = tmp_path / "download"
    unnamed.write_bytes(long_pdf[0].read_bytes())
    book = tmp_path / "book.epub"
    book.write_bytes(b"PK\x03\x04 an archive")
    essay = tmp_path / "essay.docx"
    essay.write_bytes(b"PK\x03\x04 an archive")
    assert step_unit(long_pdf[0]) == PAGES
    assert step_unit(unnamed) == PAGES
    assert step_unit(book) == CHAPTERS
    assert step_unit(essay) == PARTS


def test_a_batch_stopped_inside_a_document_says_what_became_of_each_file():
    done = tuple(
        ImportOutcome(n, f"Article {n}", ImportStatus.ADDED, Path(f"a{n}.txt")) for n in (1, 2)
    )
    summary = ImportSummary(done, ("b.txt: empty",), 6, True, tried=3, interrupted="c.pdf")
    assert summary.not_tried == 2  # six files: three ended, one stopped, two never reached
    assert summary.ended == 3
    assert summary.message() == (
        "Cancelled: 2 imported, 1 not imported, 2 not tried. "
        "c.pdf was stopped partway; nothing of it was kept."
    )
