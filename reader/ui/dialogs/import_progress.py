"""Importing many files in the background, with progress, Cancel and a summary.

A worker on its own thread finds the files (folders recursively), then imports them one
by one through :func:`reader.store.articles.import_document`, each in its own
transaction; a small window-modal dialog shows "Importing 12 of 340: folder/file.txt"
(and, inside a long document, "— page 120 of 300"), lists each file that could not be
imported on one line, and ends with a summary. Cancel stops between files, and inside a
document between pages, storing nothing of a document it stopped. The main window keeps
repainting throughout because nothing here blocks the GUI thread's event loop.

Also here: :func:`accepts_drop`, the local files and folders in a drag and drop, and
:func:`imports_at_once`, which says whether a few files are quick enough to import
without this machinery.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError
from reader.core.formats import ImportCancelled, ImportProgress
from reader.core.formats.sniffing import DOCUMENT_KINDS, DOCUMENT_SUFFIXES, EPUB, PDF, ZIP, identify
from reader.core.importing import find_article_files
from reader.store import articles
from reader.store.articles import ImportOutcome, ImportStatus
from reader.store.models import database_proxy
from reader.ui.translation import error_text

# At app exit a running import is cancelled and waited for this long: the file being
# imported finishes or rolls back, and a QThread destroyed while running aborts the process.
QUIT_WAIT_MS = 30_000
# What imports at once, without the dialog: a few files, each small and plain (text or a
# saved page), read and cleaned in a blink. A document (PDF, EPUB, Word, OpenDocument)
# or anything larger may take seconds and goes to the background, so a dropped 300-page
# PDF never freezes the window.
AT_ONCE_MAX_FILES = 3
AT_ONCE_MAX_BYTES = 100_000
# The steps a long document reports: pages of a PDF, chapters of an EPUB, else parts.
PAGES, CHAPTERS, PARTS = "pages", "chapters", "parts"
BAR_STEPS = 100  # the progress bar's share of one file


@dataclass(frozen=True)
class PlannedFile:
    """One line of work: a file to import, or a path already known to be unimportable."""

    path: Path
    label: str  # what the dialog shows: "folder/sub/file.txt", or the file's name
    error: DocumentError | None = None


@dataclass(frozen=True)
class ImportSummary:
    """How a batch went, for the dialog's last words and for the main window."""

    imported: tuple[ImportOutcome, ...]  # every article (an EPUB may hold several)
    failures: tuple[str, ...]  # one line each, naming the file and the reason
    total: int  # files (and unimportable paths) found; known before importing began
    cancelled: bool
    # Files whose import ended (imported or refused); None: one per outcome and failure.
    tried: int | None = None
    interrupted: str = ""  # the file a Cancel stopped partway; nothing of it was stored

    @property
    def not_imported(self) -> int:
        return len(self.failures)

    @property
    def not_tried(self) -> int:
        """Files left alone because the user cancelled."""
        tried = len(self.imported) + len(self.failures) if self.tried is None else self.tried
        return max(0, self.total - tried - (1 if self.interrupted else 0))

    @property
    def last_article_id(self) -> int | None:
        """The article the main window should select afterwards."""
        return self.imported[-1].article_id if self.imported else None

    @property
    def ended(self) -> int:
        """Files whose import ran to its end, imported or refused."""
        return self.total - self.not_tried - (1 if self.interrupted else 0)

    def message(self) -> str:
        """ "338 imported, 2 not imported.", plus what cancelling or duplicates left out."""
        if self.interrupted and not self.ended and not self.not_tried:
            # One document, stopped: the counts would all be nought.
            return QCoreApplication.translate(
                "ImportSummary", "Cancelled: {file} was stopped partway; nothing of it was kept."
            ).format(file=self.interrupted)
        unchanged = sum(1 for o in self.imported if o.status is ImportStatus.UNCHANGED)
        # Whole sentences, one for each case, so a translation can order them as it needs.
        if self.cancelled and unchanged:
            template = QCoreApplication.translate(
                "ImportSummary",
                "Cancelled: {imported} imported, {failed} not imported "
                "({unchanged} already in the library), {not_tried} not tried.",
            )
        elif self.cancelled:
            template = QCoreApplication.translate(
                "ImportSummary",
                "Cancelled: {imported} imported, {failed} not imported, {not_tried} not tried.",
            )
        elif unchanged:
            template = QCoreApplication.translate(
                "ImportSummary",
                "{imported} imported, {failed} not imported ({unchanged} already in the library).",
            )
        else:
            template = QCoreApplication.translate(
                "ImportSummary", "{imported} imported, {failed} not imported."
            )
        text = template.format(
            imported=len(self.imported),
            failed=self.not_imported,
            unchanged=unchanged,
            not_tried=self.not_tried,
        )
        if self.interrupted:
            stopped = QCoreApplication.translate(
                "ImportSummary", "{file} was stopped partway; nothing of it was kept."
            )
            text += " " + stopped.format(file=self.interrupted)
        return text


def _one_line(text: str) -> str:
    # The details area promises one line per file; a reason from an OS error may not.
    return " ".join(text.split("\n")).replace("\r", " ")


def expand_paths(
    paths: Iterable[Path], cancelled: Callable[[], bool] = lambda: False
) -> list[PlannedFile]:
    """Every file to import, folders expanded recursively, so the total is known first.

    A missing path or a folder holding no articles becomes an error entry (the wording
    matches :func:`reader.store.articles.import_paths`). A file reached twice (a folder
    and a file inside it both dropped) is imported once.
    """
    planned: list[PlannedFile] = []
    seen: set[Path] = set()

    def add(path: Path, label: str) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop: the file will say why on import
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            planned.append(PlannedFile(path, label))

    for root in paths:
        if cancelled():
            break
        if root.is_dir():
            try:
                files = list(find_article_files(root))
            except OSError as exc:
                # One unreadable folder is one line, not the end of the whole batch.
                error = DocumentError(
                    root,
                    QT_TRANSLATE_NOOP("Errors", "the folder cannot be read ({reason})"),
                    reason=exc.strerror or exc,
                )
                planned.append(PlannedFile(root, root.name, error))
                continue
            if not files:
                error = DocumentError(
                    root,
                    QT_TRANSLATE_NOOP(
                        "Errors", "the folder holds no articles (.txt, .md or .html files)"
                    ),
                )
                planned.append(PlannedFile(root, root.name, error))
            for file in files:
                add(file, f"{root.name}/{file.relative_to(root).as_posix()}")
        elif not root.exists():
            error = DocumentError(root, QT_TRANSLATE_NOOP("Errors", "no such file or folder"))
            planned.append(PlannedFile(root, root.name or str(root), error))
        else:
            add(root, root.name)
    return planned


def leave_worker_thread(worker: QObject) -> None:
    """The end of a background worker's run (this import's, the re-clean's): close the
    worker thread's own database connection and hand the worker back to the GUI thread."""
    if not database_proxy.is_closed():
        database_proxy.close()  # this thread's connection only; the GUI's stays open
    # Back to the GUI thread, so the object is deleted there like any other.
    app = QCoreApplication.instance()
    if app is not None:
        worker.moveToThread(app.thread())


class ImportWorker(QObject):
    """Imports a batch on the thread it was moved to; all its database work happens there.

    peewee keeps one connection per thread, so the first query here opens this thread's
    own connection; :meth:`run` closes it before reporting ``finished``.
    """

    progress = Signal(int, int, str)  # done, total, the file being imported now
    # Inside the file being imported: steps done, steps in all, what a step is (PAGES…).
    step = Signal(int, int, str)
    imported = Signal(object)  # ImportOutcome
    failed = Signal(str)  # "path: reason", one line, in the interface's language
    finished = Signal(object)  # ImportSummary, after the thread's connection is closed

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = list(paths)
        # A threading.Event rather than a queued signal: run() never returns to this
        # thread's event loop, so only a flag it polls can reach it between files.
        self._cancel = threading.Event()
        self._imported: list[ImportOutcome] = []
        self._failures: list[str] = []
        self._total = 0
        self._tried = 0  # files whose import ended, imported or refused
        self._interrupted = ""  # the file a Cancel stopped partway
        self._stopped_early = False  # cancelled with files left: a Cancel after the last one is not

    def cancel(self) -> None:
        """Stop after the current file; safe to call from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # A declared slot, so the thread's ``started`` runs it in the worker's thread.
    @Slot()
    def run(self) -> None:
        try:
            self._import_all()
        except Exception as exc:
            # Whatever went wrong, the dialog must not wait forever for ``finished``.
            self._fail(
                QCoreApplication.translate("ImportWorker", "The import stopped: {reason}").format(
                    reason=exc
                )
            )
        finally:
            leave_worker_thread(self)
        self.finished.emit(
            ImportSummary(
                tuple(self._imported),
                tuple(self._failures),
                self._total,
                self._stopped_early,
                self._tried,
                self._interrupted,
            )
        )

    def _import_all(self) -> None:
        planned = expand_paths(self.paths, self.is_cancelled)
        self._total = len(planned)
        for done, item in enumerate(planned):
            # Checked between files, and inside a long document between its pages: one
            # file's import is one transaction, stored only once the whole file was read,
            # so cancelling never leaves half an article.
            if self.is_cancelled():
                self._stopped_early = True
                return
            self.progress.emit(done, self._total, item.label)
            if item.error is not None:
                self._fail(error_text(item.error))
                self._tried += 1
                continue
            unit = step_unit(item.path)

            def on_step(step: int, steps: int, unit: str = unit) -> None:
                self.step.emit(step, steps, unit)

            steps = ImportProgress(on_step=on_step, is_cancelled=self.is_cancelled)
            try:
                outcomes = articles.import_document(item.path, steps)
            except ImportCancelled:
                self._stopped_early = True
                self._interrupted = item.label
                return
            except DocumentError as exc:
                self._fail(error_text(exc))
            except Exception as exc:
                # A database or cleaner failure on one file: its transaction rolled back,
                # so nothing of it was stored, and the other files still deserve a try.
                self._fail(
                    QCoreApplication.translate(
                        "ImportWorker", "{path}: could not be imported ({reason})"
                    ).format(path=item.path, reason=exc)
                )
            else:
                for outcome in outcomes:  # an EPUB collection gives one per article
                    self._imported.append(outcome)
                    self.imported.emit(outcome)
            self._tried += 1
        if self.is_cancelled() and not planned:  # cancelled while still counting files
            self._stopped_early = True
            return
        self.progress.emit(self._total, self._total, "")

    def _fail(self, line: str) -> None:
        line = _one_line(line)
        self._failures.append(line)
        self.failed.emit(line)


class ImportProgressDialog(QDialog):
    """ "Importing 12 of 340: folder/file.txt", Cancel, then the summary and the failures.

    Shown with :meth:`open` (window-modal), never ``exec()``: the application's own event
    loop keeps running, so the main window repaints behind it.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing articles"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.running = True
        # The file being imported, for the steps inside it: its number, the total, its label.
        self._file: tuple[int, int, str] = (0, 0, "")
        self.status = QLabel(self.tr("Looking for articles…"))
        self.status.setWordWrap(True)
        # Plain text: a file named "<b>notes.txt" is shown as named, not as markup.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.details_label = QLabel(self.tr("Not imported:"))
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Files not imported"))
        self.details.setAccessibleDescription(self.tr("One line a file: its name and why"))
        self.details_label.setBuddy(self.details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_label.hide()
        self.details.hide()
        self.button = QPushButton(self.tr("Cancel"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    @property
    def text(self) -> str:
        return self.status.text()

    def failure_lines(self) -> list[str]:
        text = self.details.toPlainText()
        return text.splitlines() if text else []

    def show_progress(self, done: int, total: int, current: str) -> None:
        if not self.running:
            return
        self._file = (done, total, current)
        # Each file is BAR_STEPS on the bar, so the pages of a long document move it too.
        self.bar.setRange(0, max(total, 1) * BAR_STEPS)
        self.bar.setValue(done * BAR_STEPS)
        if self.button.isEnabled():  # not while "Cancelling…" is showing
            if current:
                text = self.tr("Importing {number} of {total}: {file}").format(
                    number=done + 1, total=total, file=current
                )
            else:
                text = self.tr("Imported {done} of {total}").format(done=done, total=total)
            self.status.setText(text)

    def show_step(self, step: int, steps: int, unit: str) -> None:
        """A step inside the file being imported: "… — page 120 of 300"."""
        done, total, current = self._file
        if not self.running or not current or steps <= 1:
            return
        self.bar.setValue(done * BAR_STEPS + BAR_STEPS * min(step, steps) // steps)
        if not self.button.isEnabled():  # "Cancelling…" stays until the worker stops
            return
        where = self.tr("Importing {number} of {total}: {file}").format(
            number=done + 1, total=total, file=current
        )
        if step >= steps and unit == PAGES:
            inside = self.tr("all {pages} pages read, arranging the text…").format(pages=steps)
        elif unit == PAGES:
            inside = self.tr("page {page} of {pages}").format(page=step + 1, pages=steps)
        elif unit == CHAPTERS:
            inside = self.tr("chapter {chapter} of {chapters}").format(
                chapter=min(step + 1, steps), chapters=steps
            )
        else:
            inside = self.tr("part {part} of {parts}").format(
                part=min(step + 1, steps), parts=steps
            )
        self.status.setText(f"{where} — {inside}")

    def add_failure(self, line: str) -> None:
        # Shown as they happen, so a long import tells early that some files are refused.
        self.details_label.show()
        self.details.show()
        self.details.appendPlainText(line)

    def show_cancelling(self) -> None:
        # The worker stops after the file it is on, or inside a document after its page.
        self.status.setText(self.tr("Cancelling…"))
        self.button.setEnabled(False)

    def show_summary(self, summary: ImportSummary) -> None:
        self.running = False
        self.setWindowTitle(
            self.tr("Import cancelled") if summary.cancelled else self.tr("Import finished")
        )
        self.bar.setRange(0, max(summary.total, 1))
        self.bar.setValue(summary.ended)
        self.status.setText(summary.message())
        # The summary is the truth; lines shown live might miss one queued at the end.
        self.details.setPlainText("\n".join(summary.failures))
        self.details_label.setVisible(bool(summary.failures))
        self.details.setVisible(bool(summary.failures))
        self.button.setText(self.tr("Close"))
        self.button.setEnabled(True)
        self.button.setDefault(True)

    def _button_clicked(self) -> None:
        if self.running:
            self.cancel_requested.emit()
        else:
            self.accept()

    def reject(self) -> None:
        # Escape or the title bar's close button mean Cancel while importing: the dialog
        # stays to say how far it got instead of vanishing with work still going on.
        if self.running:
            self.cancel_requested.emit()
        else:
            super().reject()


# Controllers whose dialog still exists: one lives on even if the caller drops it.
_LIVE: set[ImportController] = set()


class ImportController(QObject):
    """Owns one background import: its worker, its thread and its dialog."""

    finished = Signal(object)  # ImportSummary, in the GUI thread, after on_done ran

    def __init__(
        self,
        parent: QWidget,
        paths: list[Path],
        on_done: Callable[[ImportSummary], None],
    ) -> None:
        super().__init__()
        self.on_done = on_done
        self.summary: ImportSummary | None = None
        self.dialog = ImportProgressDialog(parent)
        self.worker = ImportWorker(paths)
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("marginalia-import")
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        # The controller lives in the GUI thread, so these arrive queued, in order.
        self.worker.progress.connect(self.dialog.show_progress)
        self.worker.step.connect(self.dialog.show_step)
        self.worker.failed.connect(self.dialog.add_failure)
        self.worker.finished.connect(self._worker_finished)
        # Ended from the worker's side too: at quit the GUI thread waits for the thread
        # and cannot run _worker_finished, which would otherwise be what ends it.
        self.worker.finished.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)
        self.dialog.cancel_requested.connect(self.cancel)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.destroyed.connect(self._dialog_destroyed)
        self._dialog_alive = True

    def start(self) -> None:
        _LIVE.add(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_for_quit)
        self.dialog.open()
        self.worker_thread.start()

    def is_running(self) -> bool:
        return self.summary is None and self.worker_thread.isRunning()

    def cancel(self) -> None:
        """Stop after the file being imported; the summary will say cancelled."""
        if self.summary is None:
            self.worker.cancel()
            self.dialog.show_cancelling()

    def wait(self, msecs: int = QUIT_WAIT_MS) -> bool:
        """Block until the worker thread ends; True if it did."""
        return self.worker_thread.wait(msecs)

    def _stop_for_quit(self) -> None:
        if self.worker_thread.isRunning():
            self.worker.cancel()
            self.wait()

    def _worker_finished(self, summary: ImportSummary) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()  # run() has returned already; this only joins the thread
        self.summary = summary
        if self._dialog_alive:
            self.dialog.show_summary(summary)
            # Painted now: what on_done starts on this thread (opening a long article that
            # was just imported) would otherwise keep "Cancel" on screen for its duration.
            self.dialog.repaint()
        else:
            _LIVE.discard(self)
        try:
            self.on_done(summary)
        finally:
            self.finished.emit(summary)

    def _dialog_closed(self, _result: int) -> None:
        if self.summary is not None:
            self.dialog.deleteLater()

    def _dialog_destroyed(self) -> None:
        # The window went away under the dialog: stop importing, but stay alive until the
        # thread ends, since a QThread destroyed while running aborts the whole process.
        self._dialog_alive = False
        if self.summary is None:
            self.worker.cancel()
        else:
            _LIVE.discard(self)


def run_import(
    parent: QWidget, paths: list[Path], on_done: Callable[[ImportSummary], None]
) -> ImportController:
    """Import ``paths`` in the background behind a progress dialog over ``parent``.

    ``on_done`` is called in the GUI thread once every file was tried (or the user
    cancelled), after the worker's database connection is closed.
    """
    controller = ImportController(parent, paths, on_done)
    controller.start()
    return controller


def step_unit(path: Path) -> str:
    """What a step of this file's import is: PAGES of a PDF, CHAPTERS of an EPUB, PARTS.

    By content as the importer decides (a PDF saved without its extension has pages
    too); an EPUB, a zip archive, by its name.
    """
    if _head_kind(path) == PDF:
        return PAGES
    return CHAPTERS if DOCUMENT_SUFFIXES.get(path.suffix.lower()) == EPUB else PARTS


def _head_kind(path: Path) -> str | None:
    try:
        with path.open("rb") as file:
            head = file.read(1024)
    except OSError:
        return None
    if head.startswith(b"PK\x03\x04"):
        return ZIP  # DOCX, ODT, EPUB or another archive: told apart only by reading it all
    return identify(head)


def imports_at_once(paths: list[Path]) -> bool:
    """Whether these are a few small plain files, quick to import without the dialog.

    Anything else — a folder, many files, a document by name or by content, or a file
    over AT_ONCE_MAX_BYTES — belongs to the background importer (run_import).
    """
    if len(paths) > AT_ONCE_MAX_FILES:
        return False
    for path in paths:
        try:
            if path.is_dir() or path.stat().st_size > AT_ONCE_MAX_BYTES:
                return False
        except OSError:
            continue  # missing or unreadable: the importer says so at once
        if path.suffix.lower() in DOCUMENT_SUFFIXES:
            return False
        kind = _head_kind(path)
        if kind == ZIP or kind in DOCUMENT_KINDS:
            return False
    return True


def accepts_drop(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drop, in order; web links and the like are ignored."""
    if not mime.hasUrls():
        return []
    found: list[Path] = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path not in found:
                found.append(path)
    return found
