"""Background import: progress up to the total, one line per bad file, Cancel, drops.

The worker really runs on its own thread with its own database connection; the tests
check that, and that the GUI thread's event loop kept running meanwhile.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.core.formats import NO_PROGRESS, ImportProgress
from reader.core.importing import prepare_text
from reader.store import annotation_import, articles
from reader.store.annotation_import import attach_pending
from reader.store.articles import ImportOutcome
from reader.store.models import Article, database_proxy
from reader.ui.dialogs.import_progress import (
    ImportController,
    ImportSummary,
    accepts_drop,
    expand_paths,
    run_import,
)

GOOD_FILES = 36
TIMEOUT_MS = 30_000


def _article_text(n: int) -> str:
    # Each text is different: the same content twice would be one article.
    return (
        f"Notes on topic {n}\n\n"
        f"This is article number {n}, about a subject worth reading slowly. "
        "It has a few sentences, so the cleaner keeps it as a paragraph.\n\n"
        f"A second paragraph for article {n} says a little more.\n"
    )


def _make_batch(root: Path) -> tuple[list[Path], dict[str, str]]:
    """36 good files (nested .txt and .md), an empty, a binary, a missing path, an empty folder.

    Returns the paths to import and, for each bad one, a piece of the name its line must show.
    """
    batch = root / "batch"
    (batch / "deeper" / "deepest").mkdir(parents=True)
    for n in range(GOOD_FILES):
        folder = [batch, batch / "deeper", batch / "deeper" / "deepest"][n % 3]
        if n % 4 == 0:
            (folder / f"article-{n:02}.md").write_text(
                f"# Markdown article {n}\n\n{_article_text(n)}", encoding="utf-8"
            )
        else:
            (folder / f"article-{n:02}.txt").write_text(_article_text(n), encoding="utf-8")
    (batch / "empty.txt").write_text("", encoding="utf-8")
    (batch / "deeper" / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (batch / "ignored.jpg").write_bytes(
        b"\xff\xd8\xff\xe0"
    )  # not an article kind: not even counted
    empty_folder = root / "nothing-here"
    empty_folder.mkdir()
    missing = root / "gone.txt"
    bad = {
        "empty.txt": "empty",
        "picture.txt": "binary",
        "gone.txt": "no such file",
        "nothing-here": "no articles",
    }
    return [batch, missing, empty_folder], bad


def _finish(qtbot: QtBot, controller: ImportController) -> ImportSummary:
    if controller.summary is None:
        with qtbot.waitSignal(controller.finished, timeout=TIMEOUT_MS):
            pass
    assert controller.summary is not None
    assert controller.wait(5000)
    return controller.summary


def _slow_imports(
    monkeypatch: pytest.MonkeyPatch, seconds: float, seen: list[tuple[int, object]]
) -> None:
    """Each import takes a little longer and records the thread and connection it used."""
    real = articles.import_document

    def slow(path: Path, progress: ImportProgress = NO_PROGRESS) -> list[ImportOutcome]:
        seen.append((threading.get_ident(), database_proxy.connection()))
        time.sleep(seconds)
        return real(path, progress)

    monkeypatch.setattr(articles, "import_document", slow)


def test_a_batch_imports_in_a_worker_thread_while_the_window_stays_responsive(
    library: Path, tmp_path: Path, parent: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    paths, bad = _make_batch(tmp_path)
    gui_thread = threading.get_ident()
    gui_connection = database_proxy.connection()
    seen: list[tuple[int, object]] = []
    _slow_imports(monkeypatch, 0.01, seen)

    # The GUI thread's event loop must keep turning: a timer there keeps firing.
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    progress: list[tuple[int, int, str]] = []
    failed: list[str] = []
    done_in: list[int] = []
    # Built, watched, then started, so no early signal can be missed.
    controller = ImportController(parent, paths, lambda s: done_in.append(threading.get_ident()))
    controller.worker.progress.connect(lambda d, t, c: progress.append((d, t, c)))
    # How often the GUI thread's timer had fired when each file's progress arrived.
    ticks_at_progress: list[int] = []
    controller.worker.progress.connect(lambda *_: ticks_at_progress.append(len(ticks)))
    controller.worker.failed.connect(failed.append)
    controller.start()
    summary = _finish(qtbot, controller)
    timer.stop()

    total = GOOD_FILES + len(bad)
    assert summary.total == total
    assert not summary.cancelled
    assert len(summary.imported) == GOOD_FILES
    assert summary.not_imported == len(bad)
    assert summary.message() == f"{GOOD_FILES} imported, {len(bad)} not imported."

    # Progress counted up, one step per file, to the total, naming files under their folder.
    assert [d for d, _, _ in progress] == list(range(total + 1))
    assert {t for _, t, _ in progress} == {total}
    assert progress[-1] == (total, total, "")
    assert "batch/deeper/deepest/article-02.txt" in [c for _, _, c in progress]

    # One line per bad file, naming it and saying why; in the dialog too.
    assert len(summary.failures) == len(bad) == len(failed)
    for name, reason in bad.items():
        [line] = [f for f in summary.failures if name in f]
        assert reason in line
        assert "\n" not in line
    assert controller.dialog.failure_lines() == list(summary.failures)
    assert controller.dialog.text == summary.message()

    # The worker ran on another thread with a connection of its own, closed at the end.
    assert seen
    assert {ident for ident, _ in seen} != {gui_thread}
    assert len({ident for ident, _ in seen}) == 1
    worker_connection = seen[0][1]
    assert worker_connection is not gui_connection
    assert isinstance(worker_connection, sqlite3.Connection)
    with pytest.raises(sqlite3.ProgrammingError):
        worker_connection.execute("select 1")
    assert not database_proxy.is_closed()  # the GUI thread's connection is untouched
    assert done_in == [gui_thread]  # on_done ran in the GUI thread

    # The GUI thread kept turning while the worker imported: its timer fired between
    # the first file's progress and the last's.
    assert ticks_at_progress[-1] > ticks_at_progress[0]

    # What was imported is in the store, as seen from the GUI thread.
    stored = {s.id for s in articles.list_articles()}
    assert stored == {o.article_id for o in summary.imported}
    assert len(stored) == GOOD_FILES
    assert summary.last_article_id == summary.imported[-1].article_id


def test_cancel_stops_between_files_and_leaves_only_whole_articles(
    library: Path, tmp_path: Path, parent: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    paths, _bad = _make_batch(tmp_path)
    _slow_imports(monkeypatch, 0.03, [])
    controller = ImportController(parent, paths, lambda s: None)

    class ClickCancelAfterAFew(QObject):
        # A QObject's slot runs in the GUI thread, where a click belongs; a plain function
        # connected to the worker would run on the worker's thread.
        @Slot(int, int, str)
        def progress(self, done: int, _total: int, _current: str) -> None:
            if done == 3 and controller.dialog.button.isEnabled():
                qtbot.mouseClick(controller.dialog.button, Qt.MouseButton.LeftButton)

    clicker = ClickCancelAfterAFew()
    controller.worker.progress.connect(clicker.progress)
    controller.start()
    summary = _finish(qtbot, controller)

    assert summary.cancelled
    assert summary.message().startswith("Cancelled: ")
    assert 3 <= len(summary.imported) + summary.not_imported < summary.total
    assert summary.not_tried > 0
    assert controller.dialog.text == summary.message()
    assert controller.dialog.button.text() == "Close"

    stored = articles.list_articles()
    assert 0 < len(stored) < GOOD_FILES
    assert {s.id for s in stored} == {o.article_id for o in summary.imported}
    for row in stored:
        article = articles.get_article(row.id)
        again = prepare_text(article.original_text, article.source_format, article.title)
        assert article.markdown.strip()
        assert article.markdown == again.markdown


def test_a_file_failing_inside_the_store_changes_nothing_and_the_rest_import(
    library: Path, tmp_path: Path, parent: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "three"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(_article_text(n), encoding="utf-8")

    def attach_or_break(article: Article) -> None:
        # Fails after the article row was written: the transaction must take it back.
        if article.title == "Notes on topic 1":
            raise RuntimeError("disk full")
        attach_pending(article)

    monkeypatch.setattr(annotation_import, "attach_pending", attach_or_break)
    summary = _finish(qtbot, run_import(parent, [folder], lambda s: None))

    assert len(summary.imported) == 2
    [line] = summary.failures
    assert "a1.txt" in line and "disk full" in line
    titles = [s.title for s in articles.list_articles()]
    assert titles == ["Notes on topic 0", "Notes on topic 2"]


def test_cancelling_before_the_first_file_imports_nothing(
    library: Path, tmp_path: Path, parent: QWidget, qtbot: QtBot
):
    paths, _bad = _make_batch(tmp_path)
    controller = ImportController(parent, paths, lambda s: None)
    controller.cancel()
    controller.start()
    summary = _finish(qtbot, controller)
    assert summary.cancelled
    assert summary.imported == ()
    assert articles.list_articles() == []


def test_closing_the_dialog_while_importing_cancels_instead(
    library: Path, tmp_path: Path, parent: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    paths, _bad = _make_batch(tmp_path)
    _slow_imports(monkeypatch, 0.03, [])
    controller = run_import(parent, paths, lambda s: None)
    assert controller.dialog.isVisible()
    assert controller.dialog.windowModality() == Qt.WindowModality.WindowModal
    controller.dialog.reject()  # Escape, or the title bar's close button
    assert controller.dialog.isVisible()
    summary = _finish(qtbot, controller)
    assert summary.cancelled
    controller.dialog.reject()
    assert not controller.dialog.isVisible()


def test_expanding_counts_files_first_and_each_file_once(tmp_path: Path):
    paths, bad = _make_batch(tmp_path)
    inside = tmp_path / "batch" / "article-03.txt"
    planned = expand_paths([*paths, inside])
    assert len(planned) == GOOD_FILES + len(bad)  # article-03.txt was in the folder already
    errors = [p for p in planned if p.error is not None]
    assert {p.path.name for p in errors} == {"gone.txt", "nothing-here"}
    assert planned[0].label.startswith("batch/")


def test_accepts_drop_returns_local_files_and_folders_and_ignores_web_links(tmp_path: Path):
    file = tmp_path / "article.txt"
    file.write_text("text", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(file)),
            QUrl("https://example.com/article.txt"),
            QUrl.fromLocalFile(str(folder)),
            QUrl("http://example.com/"),
            QUrl.fromLocalFile(str(file)),
        ]
    )
    assert accepts_drop(mime) == [file, folder]


def test_accepts_drop_without_urls_is_empty():
    mime = QMimeData()
    mime.setText("/home/someone/article.txt")
    assert accepts_drop(mime) == []
    only_web = QMimeData()
    only_web.setUrls([QUrl("https://example.com/a.txt")])
    assert accepts_drop(only_web) == []


def test_quitting_mid_import_ends_the_import_thread_at_once(
    library: Path, tmp_path: Path, parent: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    paths, _bad = _make_batch(tmp_path)
    _slow_imports(monkeypatch, 0.05, [])
    controller = ImportController(parent, paths, lambda s: None)
    controller.start()
    qtbot.waitUntil(lambda: len(articles.list_articles()) >= 2, timeout=TIMEOUT_MS)
    # What the application's aboutToQuit does: the GUI thread waits here, so it cannot
    # run the slot that ended the thread; the worker itself must end it.
    controller._stop_for_quit()
    assert controller.worker_thread.isFinished()
    assert 0 < len(articles.list_articles()) < GOOD_FILES
