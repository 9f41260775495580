"""Articles: open, show, delete, rename, import, export, print, restore, follow links.

The only place the window calls the store about whole articles and pushes the undo
command that deletes one. What it changes is announced on ``LibraryEvents``; the library
list refreshes itself from ``articles_changed`` through ``show_library``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStatusBar

from reader.core import rendering, text_stats
from reader.core.errors import DocumentError, UserError
from reader.store import articles, database, highlights
from reader.store.article_text import article_text
from reader.store.articles import ImportOutcome
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.controllers.open_article import OpenArticle
from reader.ui.controllers.undo_commands import DeleteArticle
from reader.ui.dialogs import import_progress
from reader.ui.dialogs.import_progress import ImportController, ImportSummary
from reader.ui.library.panel import LibraryPanel
from reader.ui.reading.find_bar import FindBar
from reader.ui.reading.reader_view import ReaderView
from reader.ui.translation import error_text
from reader.ui.widgets.card_painting import english_plural
from reader.ui.window.events import LibraryEvents

APP_NAME = "Marginalia"


class ArticleController(QObject):
    """Which article is open, and everything done to articles as a whole."""

    article_shown = Signal(int, bool)  # article id, shown as its original text
    passage_wanted = Signal(int, str)  # show and scroll to this highlight of the article
    original_off = Signal()  # the original text must not be shown (the menu unchecks it)
    class_files_wanted = Signal(list)  # class packs and students' notes: PackController's

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        data_dir: Path | None,
        events: LibraryEvents,
        undo_stack: QUndoStack,
        open_article: OpenArticle,
        library: LibraryPanel,
        view: ReaderView,
        find_bar: FindBar,
        panel: AnnotationsPanel,
        article_status: QLabel,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.data_dir = window, settings, data_dir
        self.events, self.undo_stack, self.open = events, undo_stack, open_article
        self.library, self.view, self.find_bar, self.panel = library, view, find_bar, panel
        self.article_status = article_status
        self._import: ImportController | None = None
        self._select_next: int | None = None  # shown after the next articles_changed
        # A CLI command (or another tool) writing to the library while the window is open
        # is noticed through SQLite's data_version, without reopening anything.
        self._outside_marker = database.outside_changes_marker()
        self._background_writing = False  # the re-clean commits through its own connection

    @property
    def current_id(self) -> int | None:
        return self.open.article_id

    def _status(self, text: str, ms: int) -> None:
        bar = self.window.statusBar()
        assert isinstance(bar, QStatusBar)
        bar.showMessage(text, ms)

    # -- the library list ----------------------------------------------------------------
    def show_library(self) -> None:
        """Answer ``articles_changed``: reload the list, keep or choose the open article."""
        select, self._select_next = self._select_next, None
        keep = select if select is not None else self.open.article_id
        self.library.reload()
        target = keep if keep is not None else articles.last_opened_article()
        if target is None:
            target = self.library.first_article()
        if target is not None:
            self.select_article(target)
        elif self.open.article_id is None:
            self.view.clear()
            self.panel.set_highlights([], {})
            self.window.setWindowTitle(APP_NAME)

    def show_highlight_count(self, article_id: int) -> None:
        """Answer ``highlights_changed``: the article's count in the library list."""
        self.library.update_highlight_count(article_id)

    def _changed(self, show: int | None = None) -> None:
        self._select_next = show
        self.events.articles_changed.emit()
        self.events.concepts_changed.emit()  # an article's passages leave or come back

    def select_article(self, article_id: int) -> None:
        shown = self.library.show_article(article_id)
        # Hidden by the list's filter, the article still opens.
        if not shown or self.open.article_id != article_id:
            self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        if article_id == self.open.article_id:
            return
        # A note still being typed belongs to the article being left.
        self.panel.flush_note()
        self.save_position()
        self.open.article_id = article_id
        self.show_current()
        # Only once it was shown: an article that cannot be shown is not reopened at start.
        articles.mark_opened(article_id)

    def save_position(self) -> None:
        # The original-text view has other offsets; only the clean article's are kept.
        if self.open.article_id is not None and not self.open.original:
            articles.save_reading_position(self.open.article_id, self.view.top_position())

    def show_original(self, on: bool) -> None:
        self.save_position()
        self.open.original = on
        self.show_current()

    def show_current(self) -> None:
        if self.open.article_id is None:
            return
        article = articles.get_article(self.open.article_id)
        removed = articles.removed_lines(article)
        if self.open.original:
            hidden = {r.line_number: r.reason for r in removed}
            self.view.show_html(
                rendering.original_text_html(article.original_text, hidden), annotatable=False
            )
            self.find_bar.set_target(self.view)  # the original text, as shown
        else:
            reading = article_text(article)
            self.view.show_html(
                rendering.markdown_to_html(article.markdown), article.reading_position, reading.text
            )
            self.find_bar.set_target(self.view, reading.text)
        self.article_shown.emit(article.id, self.open.original)
        self.window.setWindowTitle(f"{article.title} — {APP_NAME}")
        # %Ln: the count with the thousands separator of the interface's language.
        words = english_plural(self.tr("%Ln word(s)", "", article.words), article.words)
        minutes = text_stats.reading_minutes(article.words)
        if removed:
            hidden_note = english_plural(
                self.tr("%n line(s) hidden (Ctrl+U shows them)", "", len(removed)), len(removed)
            )
            status = self.tr("{words} · {minutes} min read · {hidden}").format(
                words=words, minutes=minutes, hidden=hidden_note
            )
        else:
            status = self.tr("{words} · {minutes} min read").format(words=words, minutes=minutes)
        self.article_status.setText(status)

    def show_text_again(self, article_id: int) -> None:
        """Answer ``text_changed``: the open article, cleaned again, is shown anew (its
        highlights with it, at their new places)."""
        if article_id == self.open.article_id:
            self.show_current()

    def set_background_writing(self, on: bool) -> None:
        """The window's own background work commits through its own connection: that is
        not another program's change. It refreshes what it changed when it ends."""
        self._background_writing = on
        if not on:
            self._outside_marker = database.outside_changes_marker()

    def check_outside_changes(self) -> bool:
        """Show what another program committed to the library; True when there was some."""
        if self._background_writing:
            return False
        marker = database.outside_changes_marker()
        if marker == self._outside_marker:
            return False
        self._outside_marker = marker
        self.panel.flush_note()
        self.events.concepts_changed.emit()
        self.events.articles_changed.emit()
        if self.open.article_id is not None:
            self.events.highlights_changed.emit(self.open.article_id)
            self.events.layers_changed.emit(self.open.article_id)
        self._status(self.tr("The library was changed outside this window."), 6000)
        return True

    # -- delete and rename ---------------------------------------------------------------
    def confirm_delete(self, title: str, annotations: int) -> bool:
        """Ask before deleting; overridable so tests need no modal dialog."""
        if annotations:
            what = english_plural(
                self.tr("Its %n highlight(s) and notes go with it.", "", annotations), annotations
            )
        else:
            what = self.tr("It has no highlights.")
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete article?"),
            self.tr(
                "Delete “{title}” from the library?\n\n{what}\n"
                "You can undo this with Ctrl+Z until you close Marginalia."
            ).format(title=title, what=what),
            buttons.Yes | buttons.Cancel,
            buttons.Cancel,
        )
        return answer == buttons.Yes

    def delete_current_article(self) -> None:
        article_id = self.library.selected_article()
        if article_id is None:
            article_id = self.open.article_id
        if article_id is None:
            return
        article = articles.get_article(article_id)
        if not self.confirm_delete(article.title, articles.annotation_count(article_id)):
            return
        self.panel.flush_note()
        if article_id == self.open.article_id:
            self.open.article_id = None
        self.undo_stack.push(DeleteArticle(self._changed, article_id))
        self._status(
            self.tr("Deleted “{title}” (Ctrl+Z brings it back).").format(title=article.title), 8000
        )

    def show_rename_error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot rename the article"), message)

    # -- import --------------------------------------------------------------------------
    def choose_files_to_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import articles"),
            str(Path.home()),
            self._import_filter(),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def _import_filter(self) -> str:
        from reader.core.importing import importable_suffixes

        patterns = " ".join(f"*{suffix}" for suffix in importable_suffixes())
        articles_filter = self.tr("Articles ({patterns})").format(patterns=patterns)
        class_filter = self.tr("Class packs and students' notes (*.marginalia *.json)")
        everything = self.tr("Articles and class files ({patterns})").format(
            patterns=f"{patterns} *.marginalia *.json"
        )
        all_files = self.tr("All files (*)")
        return f"{everything};;{articles_filter};;{class_filter};;{all_files}"

    def import_paths(self, paths: list[Path]) -> list[ImportOutcome]:
        """Import files and folders; a few small plain files at once, anything else (a
        folder, a batch, any document, a large file) in the background with progress and
        Cancel (import_progress.py). Returns what was imported at once. Class packs and
        students' notes among them go to the class pack controller."""
        from reader.store.class_files import split_class_files

        class_files, paths = split_class_files(paths)
        if class_files:
            self.class_files_wanted.emit(class_files)
        if not paths:
            return []
        if not import_progress.imports_at_once(paths):
            if self._import is not None and self._import.is_running():
                self._status(self.tr("An import is already running."), 5000)
                return []
            self._import = import_progress.run_import(self.window, paths, self._import_done)
            return []
        done: list[ImportOutcome] = []
        errors: list[str] = []
        for outcome in articles.import_paths(paths):
            if isinstance(outcome, DocumentError):
                errors.append(error_text(outcome))
            else:
                done.append(outcome)
        self._select_next = done[-1].article_id if done else None
        self.events.articles_changed.emit()
        self._status(
            self.tr("Imported {done} of {total}").format(
                done=len(done), total=len(done) + len(errors)
            ),
            8000,
        )
        if errors:
            failed = self.tr("%n file(s) could not be imported; the others were.", "", len(errors))
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Some files were not imported"),
                english_plural(failed, len(errors)),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setDetailedText("\n".join(errors))
            box.open()
        return done

    def _import_done(self, summary: ImportSummary) -> None:
        self._changed(summary.last_article_id)
        self._status(summary.message(), 8000)

    @property
    def running_import(self) -> ImportController | None:
        return self._import

    # -- export, print, links ------------------------------------------------------------
    def export(self) -> None:
        from reader.store.concepts import list_concepts
        from reader.ui.dialogs.export_dialog import ExportDialog
        from reader.ui.lifetime import modal

        article = None
        if self.open.article_id is not None:
            article = (self.open.article_id, articles.get_article(self.open.article_id).title)
        names = [c.name for c in list_concepts()]
        with modal(ExportDialog(self.window, self.settings, article, names)) as dialog:
            dialog.refresh()
            dialog.exec()

    def print_handout(self) -> None:
        if self.open.article_id is None:
            return
        from reader.printing.handout_pdf import mark_colors
        from reader.store.exports import handout_markdown
        from reader.ui.dialogs.print_dialogs import print_with_dialog

        article = articles.get_article(self.open.article_id)
        try:
            markdown = handout_markdown(article.id, translate=QCoreApplication.translate)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot print"), error_text(exc))
            return
        colors = mark_colors(markdown, highlights.list_highlights(article.id))
        print_with_dialog(self.window, markdown, article.title, colors)

    def copy_highlight_markdown(self) -> None:
        from reader.store.exports import highlight_markdown

        selected = self.panel.selected_id()
        if selected is None:
            self._status(self.tr("Choose a highlight in the Annotations panel."), 5000)
            return
        markdown = highlight_markdown(selected, QCoreApplication.translate)
        QGuiApplication.clipboard().setText(markdown)
        self._status(self.tr("Highlight copied as Markdown."), 4000)

    def open_link(self, url: str) -> bool:
        """Open a marginalia://open/<article>/<highlight> link; False if it names nothing.

        A file:// link is a class pack the desktop opened Marginalia with (a double-click).
        """
        if url.startswith("file://"):
            from PySide6.QtCore import QUrl

            self.class_files_wanted.emit([Path(QUrl(url).toLocalFile())])
            return True
        from reader.core.links import parse_open_link, visible_text

        link = parse_open_link(url)
        if link is not None:
            article_id, highlight_id = link
            try:
                highlights.get_highlight(highlight_id)
                articles.get_article(article_id)
            except UserError:
                pass
            else:
                self.open_passage(article_id, highlight_id)
                return True
        shown = url if len(url) <= 120 else url[:120] + "…"
        self._status(
            self.tr("This link names no passage in this library: {url}").format(
                url=visible_text(shown)
            ),
            10000,
        )
        return False

    def open_passage(self, article_id: int, highlight_id: str) -> None:
        """Open an article at one of its passages (from the concept browser or a link)."""
        self.leave_original()
        self.select_article(article_id)
        self.passage_wanted.emit(article_id, highlight_id)
        self.view.setFocus()

    def leave_original(self) -> None:
        if self.open.original:
            self.original_off.emit()

    def open_at_match(self, article_id: int, query: str) -> None:
        """Open an article from search, at the first place the query stands in it."""
        self.leave_original()
        self.select_article(article_id)
        self.find_bar.show_match_for(query)
        self.view.setFocus()

    def restore_from_backup(self) -> None:
        if self.data_dir is None:
            return
        from reader.ui.startup.startup_check import restore_dialog

        self.panel.flush_note()
        if restore_dialog(self.window, self.data_dir):
            # Commands on the stack point at highlights the restored library may not hold.
            self.undo_stack.clear()
            self.open.article_id = None
            self.events.concepts_changed.emit()
            self.events.articles_changed.emit()
            self._status(self.tr("The library was restored from the backup."), 10000)
