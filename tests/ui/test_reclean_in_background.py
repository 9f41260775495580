"""After the reader mode improves, the library is tidied behind an open window.

A library whose copied articles an older cleaner produced opens its window at once; the
articles are cleaned again on a worker thread, with a quiet progress and Stop in the
status bar; highlights move with their text, and what Stop left is done at the next start.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.cleaning import CLEANER_VERSION
from reader.store import articles, first_run, highlights
from reader.store.article_text import article_text
from reader.store.articles import RecleanReport
from reader.store.database import close_library
from reader.store.first_run import open_library_for_use
from reader.store.models import Article, database_proxy
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow

# Site furniture an older cleaner let through, above the article.
STALE_TOP = "Beranda\n\nBerita\n\n"


@dataclass
class Outdated:
    article_id: int  # the open article, as the older cleaner left it
    highlight_id: str
    quote: str
    copied: int  # articles to clean again


def _outdated_library(data_dir: Path) -> Outdated:
    """The bundled library, as an older cleaner left it, with a highlight in the open
    article; closed again, as before an update."""
    open_library_for_use(data_dir)
    copied = list(Article.select().where(Article.source_format == "txt").order_by(Article.id))
    article = copied[0]
    Article.update(markdown=STALE_TOP + article.markdown).where(Article.id == article.id).execute()
    text = article_text(articles.get_article(article.id)).text
    line = next(line for line in text.splitlines()[3:] if len(line) > 60)
    quote = line[:40]
    start = text.index(quote)
    made = highlights.create_highlight(article.id, start, start + len(quote))
    Article.update(cleaner_version=CLEANER_VERSION - 1).where(
        Article.source_format == "txt"
    ).execute()
    articles.mark_opened(article.id)
    close_library(database_proxy.obj)
    return Outdated(article.id, made.id, quote, len(copied))


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the re-clean at its first step (today's backup) until set, so a test sees
    the window while the work has not begun."""
    opened = threading.Event()
    monkeypatch.setattr(first_run, "daily_backup", lambda _data_dir: opened.wait(60))
    yield opened
    opened.set()


@contextmanager
def _window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    window = create_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        close_library(database_proxy.obj)


def _finish(qtbot: QtBot, window: MainWindow, gate: threading.Event) -> RecleanReport:
    with qtbot.waitSignal(window.reclean.done, timeout=60_000) as finished:
        gate.set()
    report = finished.args[0] if finished.args else None
    assert isinstance(report, RecleanReport), report
    return report


def test_an_outdated_library_opens_at_once_and_is_tidied_behind_the_window(
    qtbot: QtBot, data_dir: Path, gate: threading.Event
):
    old = _outdated_library(data_dir)
    with _window(qtbot, data_dir) as window:
        # Up and readable before any article was cleaned again, saying what it does.
        assert window.open_article.article_id == old.article_id
        assert window.reader_view.toPlainText().startswith("Beranda")
        assert articles.has_outdated_articles()
        progress = window.background_progress
        assert progress.isVisible() and "Tidying" in progress.label.text()

        report = _finish(qtbot, window, gate)

        assert (report.cleaned, report.left) == (old.copied, 0)
        assert not articles.has_outdated_articles()
        # The open article shows its new text, the highlight still on its passage.
        shown = window.reader_view.toPlainText()
        assert not shown.startswith("Beranda") and old.quote in shown
        [after] = highlights.list_highlights(old.article_id)
        assert after.id == old.highlight_id and after.placed
        text = article_text(articles.get_article(old.article_id)).text
        assert text[after.start : after.end] == old.quote
        assert old.highlight_id in {h.id for h in window.highlights.current}
        # A short summary of what changed, and the progress gone.
        message = window.statusBar().currentMessage()
        assert f"Tidied {old.copied} articles" in message
        assert "1 highlight moved" in message
        assert not progress.isVisible()
        # The worker's commits were the window's own, not another program's.
        assert not window.articles.check_outside_changes()


def test_stop_leaves_the_rest_for_the_next_start(
    qtbot: QtBot, data_dir: Path, gate: threading.Event
):
    old = _outdated_library(data_dir)
    with _window(qtbot, data_dir) as window:
        stop = window.background_progress.stop_button
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        assert "Stopping" in window.background_progress.label.text()
        report = _finish(qtbot, window, gate)
        assert (report.cleaned, report.left) == (0, old.copied)
        assert len(articles.outdated_article_ids()) == old.copied
        assert "next start" in window.statusBar().currentMessage()
        assert window.reader_view.toPlainText().startswith("Beranda")  # untouched

    with _window(qtbot, data_dir) as window:  # the next start goes on
        report = _finish(qtbot, window, gate)
        assert (report.cleaned, report.left) == (old.copied, 0)
        [after] = highlights.list_highlights(old.article_id)
        assert after.id == old.highlight_id and after.placed
        assert not window.reader_view.toPlainText().startswith("Beranda")


def test_an_up_to_date_library_starts_no_background_work(window: MainWindow):
    assert window.reclean.worker is None
    assert not window.background_progress.isVisible()


def test_closing_the_window_mid_way_ends_the_work_and_keeps_the_rest_for_later(
    qtbot: QtBot, data_dir: Path, gate: threading.Event
):
    old = _outdated_library(data_dir)
    with _window(qtbot, data_dir) as window:
        assert window.reclean.is_running()
        # The worker is busy (held at its first step) as the student closes the window.
        threading.Timer(0.2, gate.set).start()
        window.close()
        thread = window.reclean.worker_thread
        assert thread is not None and thread.isFinished()
        assert len(articles.outdated_article_ids()) == old.copied
