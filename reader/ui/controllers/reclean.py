"""Cleaning the library again in the background when the reader mode has improved.

After an update, articles an older cleaner produced are cleaned again (the store's
``reclean_library``: today's backup first, then one transaction per article, every
highlight anchored again). A library of thousands of articles takes minutes, so the
window does it after it is up, the way imports run (dialogs/import_progress.py): a
worker on a QThread with its own database connection, a flag it polls to stop between
articles, and its connection closed before it reports. The status bar says "Tidying 12
of 340 articles…" with a Stop button; what is left is done at the next start. Each
article done is announced (``LibraryEvents.text_changed``), so the open one is shown
anew at once, and the end refreshes the library and says what changed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QStatusBar

from reader.store.articles import RecleanReport, has_outdated_articles, outdated_article_ids
from reader.store.first_run import reclean_library
from reader.ui.dialogs.import_progress import QUIT_WAIT_MS, leave_worker_thread
from reader.ui.widgets.background_progress import BackgroundProgress
from reader.ui.widgets.card_painting import english_plural
from reader.ui.window.events import LibraryEvents

SUMMARY_MS = 20_000  # long enough to read the summary once


class RecleanWorker(QObject):
    """Cleans the library again on the thread it was moved to, through its own connection."""

    progress = Signal(int, int)  # articles done, articles in all
    cleaned = Signal(int)  # this article's text and highlights were just saved
    finished = Signal(object)  # RecleanReport, or the reason it stopped as a str

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        # Polled between articles: run() never returns to its thread's event loop.
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the article being cleaned; safe from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        outcome: RecleanReport | str
        try:
            outcome = self._reclean()
        except Exception as exc:
            # Each article is its own transaction: what was done stays, the rest waits
            # for the next start. The window must still hear that the work ended.
            outcome = str(exc)
        finally:
            leave_worker_thread(self)
        self.finished.emit(outcome)

    def _reclean(self) -> RecleanReport:
        # The store cleans them in this order (id order), so "done" names the article.
        ids = outdated_article_ids()
        if not ids:
            return RecleanReport(0, 0, 0, 0)

        def progress(done: int, total: int) -> None:
            if 0 < done <= len(ids) and total == len(ids):
                self.cleaned.emit(ids[done - 1])
            self.progress.emit(done, total)

        return reclean_library(self.data_dir, progress, self._cancel.is_set)


class RecleanController(QObject):
    """Starts the background re-clean, shows its progress and Stop, and reports the end."""

    running_changed = Signal(bool)  # the library is being written by another connection
    done = Signal(object)  # RecleanReport or str, after the window was refreshed

    def __init__(
        self,
        window: QMainWindow,
        data_dir: Path | None,
        events: LibraryEvents,
        progress: BackgroundProgress,
    ) -> None:
        super().__init__(window)
        self.window, self.data_dir, self.events, self.bar = window, data_dir, events, progress
        self.worker: RecleanWorker | None = None
        self.worker_thread: QThread | None = None
        self.report: RecleanReport | str | None = None
        self.bar.stop_requested.connect(self.stop)

    def start(self) -> None:
        """Clean outdated articles in the background; nothing shows when none are."""
        # A quick query on this thread: with nothing to do (nearly every start) no thread
        # starts, and nothing shows.
        if self.data_dir is None or self.is_running() or not has_outdated_articles():
            return
        self.report = None
        self.worker = RecleanWorker(self.data_dir)
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("marginalia-reclean")
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        # This controller lives in the GUI thread: both arrive queued, in order.
        self.worker.progress.connect(self._show_progress)
        # One by one: the open article is shown anew as soon as it was cleaned again.
        self.worker.cleaned.connect(self.events.text_changed)
        self.worker.finished.connect(self._finished)
        # Ended from the worker's side too: at close the GUI thread waits for the thread
        # and cannot run _finished, which would otherwise be what ends it.
        self.worker.finished.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)
        self.running_changed.emit(True)
        # Shown at once: today's backup comes first, a second or more for a large library.
        self.bar.show_progress(0, 0, self.tr("Tidying articles with the improved reader mode…"))
        self.worker_thread.start()

    def is_running(self) -> bool:
        thread = self.worker_thread
        return thread is not None and self.report is None and thread.isRunning()

    def stop(self) -> None:
        """Stop after the article being cleaned; the next start goes on from there."""
        if self.worker is not None and self.report is None:
            self.worker.cancel()
            self.bar.show_stopping(self.tr("Stopping after this article…"))

    def stop_and_wait(self) -> None:
        """At close: stop and wait for the article being cleaned (a QThread destroyed
        while running would abort the process)."""
        if self.worker_thread is not None and self.worker_thread.isRunning():
            if self.worker is not None:
                self.worker.cancel()
            self.worker_thread.wait(QUIT_WAIT_MS)

    def _show_progress(self, done: int, total: int) -> None:
        if done < total:
            text = self.tr("Tidying {done} of {total} articles with the improved reader mode…")
            self.bar.show_progress(done, total, text.format(done=done + 1, total=total))

    def _finished(self, outcome: RecleanReport | str) -> None:
        assert self.worker_thread is not None
        self.worker_thread.quit()
        self.worker_thread.wait()  # run() has returned; this only joins the thread
        self.report = outcome
        self.bar.finish()
        self.running_changed.emit(False)
        if isinstance(outcome, RecleanReport) and outcome.cleaned:
            self.events.articles_changed.emit()
            self.events.concepts_changed.emit()
        message = self.summary(outcome)
        if message:
            bar = self.window.statusBar()
            assert isinstance(bar, QStatusBar)
            bar.showMessage(message, SUMMARY_MS)
        self.done.emit(outcome)

    def summary(self, outcome: RecleanReport | str) -> str:
        """What the re-clean changed, in one line; empty when it had nothing to do."""
        if isinstance(outcome, str):
            return self.tr(
                "Tidying the articles stopped: {reason}. It goes on at the next start."
            ).format(reason=outcome)
        if not outcome.cleaned and not outcome.left:
            return ""
        if outcome.left:
            done, total = outcome.cleaned, outcome.cleaned + outcome.left
            first = self.tr(
                "Tidying stopped with {done} of {total} articles done; the rest are tidied "
                "at the next start"
            ).format(done=done, total=total)
        else:
            first = english_plural(
                self.tr("Tidied %n article(s) with the improved reader mode", "", outcome.cleaned),
                outcome.cleaned,
            )
        details = []
        if outcome.highlights_moved:
            moved = self.tr("%n highlight(s) moved", "", outcome.highlights_moved)
            details.append(english_plural(moved, outcome.highlights_moved))
        if outcome.highlights_unplaced:
            unplaced = self.tr(
                "%n highlight(s) to look at (Unplaced, in the Annotations panel)",
                "",
                outcome.highlights_unplaced,
            )
            details.append(english_plural(unplaced, outcome.highlights_unplaced))
        if not details:
            return first + "."
        return self.tr("{what}: {details}.").format(what=first, details=", ".join(details))
