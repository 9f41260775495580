"""The main window: the shell that assembles the parts and wires them together.

Built in two steps so it paints before it is complete. ``MainWindow(settings, data_dir)``
is the whole window at once (tests, and the window a restore reopens). The app passes
``build=False``: the window then shows its menu titles and the FirstPage (first_page.py),
and ``build()`` makes the rest after the first paint, once the library is open.

The shell holds the docks, the geometry, closing, and the wiring table in ``build``: one
flat block of ``signal.connect(slot)`` lines from the menus, panels and events to the
controllers (reader/ui/README.md tells how an action flows).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Qt initialises a class, with all its enums, when it is first named; the classes only the
# finished window uses are named through their modules, after the first frame.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QMainWindow

from reader import __version__
from reader.store.location import database_path as database_file
from reader.ui.controllers.comfort import apply_window_theme, window_was_dark
from reader.ui.startup.first_page import FirstPage
from reader.ui.startup.lazy_modules import lazy
from reader.ui.window import window_sizes
from reader.ui.window.menus import MainMenu

if TYPE_CHECKING:
    from reader.ui.dialogs.search_dialog import SearchDialog
    from reader.ui.window import parts
else:
    parts = lazy("reader.ui.window.parts")  # the one list of what build() is made of

APP_NAME = "Marginalia"


class MainWindow(QMainWindow):
    """The library list, the reading view, the Annotations and Concepts docks, a status bar."""

    BACKGROUND_DELAY_MS = 4000
    # The window has closed and saved; the process may still finish a backup after it.
    closed = QtCore.Signal()

    def __init__(
        self, settings: QtCore.QSettings, data_dir: Path | None = None, *, build: bool = True
    ) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        # Threads working for this window (the daily backup); closing waits for them.
        self.background_work: list[threading.Thread] = []
        self._later: list[threading.Thread] = []  # not started yet
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 800)
        # Files and folders dropped anywhere on the window are imported.
        self.setAcceptDrops(True)
        self.built = False
        self.menus = MainMenu(self)
        if window_was_dark(settings):
            apply_window_theme(settings, ask_system=False)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if build:
            self.build()
        else:
            self.setCentralWidget(FirstPage(database_file(data_dir) if data_dir else None))

    def fit_to_screen(self) -> None:
        window_sizes.fit_to_screen(self, self.settings)

    def load_parts(self) -> None:
        """Import what build() is made of, ahead of it: the app does this while SQLite
        checks the library on another thread."""
        getattr(parts, "__name__", None)  # any attribute runs the module's code

    def build(self) -> None:
        """Make the parts over the open library, wire them, and show the last article."""
        if self.built:
            return
        self.events = parts.LibraryEvents(self)
        self.undo_stack = QtGui.QUndoStack(self)
        self.open_article = parts.OpenArticle()
        self.library = parts.LibraryPanel(self.settings)
        self.reader_view = parts.ReaderView()
        self.find_bar = parts.FindBar()  # Ctrl+F: under the text, hidden until asked for
        self.find_bar.hide()
        self.find_bar.set_target(self.reader_view, "")
        self.original_bar = parts.OriginalTextBar()  # over the text while Ctrl+U is on
        self.instruction = parts.InstructionBanner()  # a class pack's, above the text
        self.panel = parts.AnnotationsPanel()
        self.concept_browser = parts.ConceptBrowser()
        self.annotations_dock = self._dock(
            self.tr("Annotations"),
            "annotations",
            self.panel,
            self.tr("The highlights and notes of the open article"),
        )
        self.concepts_dock = self._dock(
            self.tr("Concepts"),
            "concepts",
            self.concept_browser,
            self.tr("Your concepts and the passages tagged with each, across the library"),
        )
        self.article_status = QtWidgets.QLabel()
        self.article_status.setAccessibleName(self.tr("About the open article"))
        self.library_status = QtWidgets.QLabel()
        self.library_status.setAccessibleName(self.tr("Articles in the library"))
        self.background_progress = parts.BackgroundProgress()  # the re-clean's, when it runs
        self._lay_out()

        common = (self, self.events, self.undo_stack, self.open_article)
        self.articles = parts.ArticleController(
            self,
            self.settings,
            self.data_dir,
            self.events,
            self.undo_stack,
            self.open_article,
            self.library,
            self.reader_view,
            self.find_bar,
            self.panel,
            self.article_status,
        )
        self.highlights = parts.HighlightController(*common, self.reader_view, self.panel)
        self.concepts = parts.ConceptController(
            *common,
            self.highlights,
            self.reader_view,
            self.panel,
            self.concept_browser,
            self.library,
        )
        self.study = parts.StudyController(
            *common, self.highlights, self.concepts, self.reader_view, self.panel
        )
        self.packs = parts.PackController(
            self,
            self.settings,
            self.events,
            self.open_article,
            self.reader_view,
            self.panel,
            self.instruction,
        )
        self.comfort = parts.ComfortController(
            self.settings,
            self.reader_view,
            self.menus,
            self.articles.save_position,
            self.articles.show_current,
        )
        # Articles an older cleaner produced: cleaned again once the window is up (app.py).
        self.reclean = parts.RecleanController(
            self, self.data_dir, self.events, self.background_progress
        )
        self.search_dialog: SearchDialog | None = None
        themes = [(t.key, t.label) for t in parts.themes.THEMES.values()]
        docks = (self.annotations_dock, self.concepts_dock)
        self.menus.fill(self.reader_view, self.panel.list_view, self.undo_stack, docks, themes)
        self.menus.teacher_layer_action.setChecked(self.packs.teacher_shown)
        self._wire()

        self._lay_out_now()
        self.sizes.restore(self.settings)
        self._lay_out_now()
        self._outside_watch = QtCore.QTimer(self, interval=1500)
        self._outside_watch.timeout.connect(self.articles.check_outside_changes)
        self._outside_watch.start()
        self.comfort.apply()
        self.events.concepts_changed.emit()
        self.events.articles_changed.emit()
        self.built = True
        # Reading comes first: arrow keys and Page Down should scroll the article at once.
        self.reader_view.setFocus()

    def _wire(self) -> None:
        """The wiring table: every request and event, and who answers it."""
        menus, events, articles, comfort = self.menus, self.events, self.articles, self.comfort
        highlights, concepts, view, panel, packs = (
            self.highlights,
            self.concepts,
            self.reader_view,
            self.panel,
            self.packs,
        )
        library, browser, find_bar = self.library, self.concept_browser, self.find_bar
        original_bar = self.original_bar
        study = self.study
        status = self.statusBar()
        # The menus' requests.
        menus.import_requested.connect(articles.choose_files_to_import)
        menus.export_requested.connect(articles.export)
        menus.print_requested.connect(articles.print_handout)
        menus.delete_article_requested.connect(articles.delete_current_article)
        menus.rename_requested.connect(library.rename_selected)
        menus.quit_requested.connect(self.close)
        menus.highlight_requested.connect(highlights.highlight_selection)
        menus.note_requested.connect(highlights.write_note)
        menus.tag_requested.connect(concepts.tag_selection)
        menus.manage_concepts_requested.connect(concepts.manage)
        menus.preferences_requested.connect(self.show_preferences)
        menus.extent_requested.connect(highlights.set_to_selection)
        menus.confirm_placement_requested.connect(highlights.confirm_selected)
        menus.reject_placement_requested.connect(highlights.reject_selected)
        menus.copy_markdown_requested.connect(articles.copy_highlight_markdown)
        menus.delete_highlight_requested.connect(highlights.delete_selected)
        menus.step_requested.connect(highlights.step)
        menus.color_meanings_requested.connect(highlights.edit_color_meanings)
        menus.search_requested.connect(self.open_search)
        menus.find_requested.connect(find_bar.open_bar)
        menus.find_next_requested.connect(find_bar.find_next)
        menus.find_previous_requested.connect(find_bar.find_previous)
        menus.original_toggled.connect(articles.show_original)
        menus.focus_library_requested.connect(library.view.setFocus)
        menus.sort_requested.connect(library.sort_by)
        menus.option_chosen.connect(comfort.set_option)
        menus.other_font_requested.connect(comfort.choose_font)
        menus.text_size_requested.connect(comfort.change_text_size)
        menus.focus_mode_toggled.connect(self.set_focus_mode)
        menus.shortcuts_requested.connect(self.show_shortcuts)
        menus.restore_requested.connect(articles.restore_from_backup)
        menus.about_requested.connect(self.show_about)
        menus.class_pack_requested.connect(packs.export_pack)
        menus.handback_requested.connect(packs.export_handback)
        menus.class_summary_requested.connect(packs.export_summary)
        menus.teacher_layer_toggled.connect(packs.set_teacher_shown)
        menus.review_requested.connect(study.open_review)
        menus.cloze_requested.connect(study.make_cloze)
        # The panels' requests.
        library.article_chosen.connect(articles.open_article)
        library.delete_requested.connect(articles.delete_current_article)
        library.count_changed.connect(self.library_status.setText)
        library.model.rename_failed.connect(articles.show_rename_error)
        view.position_changed.connect(lambda _position: articles.save_position())
        view.link_refused.connect(lambda message: status.showMessage(message, 8000))
        view.highlight_requested.connect(highlights.highlight_selection)
        view.note_requested.connect(highlights.write_note)
        view.highlight_clicked.connect(highlights.select)
        view.delete_requested.connect(highlights.delete)
        view.recolor_requested.connect(highlights.recolor)
        view.edit_note_requested.connect(highlights.edit_note_of)
        view.confirm_requested.connect(highlights.confirm)
        view.reject_requested.connect(highlights.reject)
        panel.highlight_activated.connect(highlights.go_to)
        panel.delete_requested.connect(highlights.delete)
        panel.note_edited.connect(highlights.note_edited)
        panel.color_requested.connect(highlights.recolor)
        panel.place_requested.connect(highlights.place_at_selection)
        panel.confirm_requested.connect(highlights.confirm)
        panel.reject_requested.connect(highlights.reject)
        panel.layer_activated.connect(packs.go_to)
        panel.layer_bar.teacher_toggled.connect(packs.set_teacher_shown)
        panel.layer_bar.student_chosen.connect(packs.choose_student)
        panel.layer_bar.summary_requested.connect(packs.export_summary)
        panel.study_toggled.connect(study.set_highlight_studied)
        browser.concept_selected.connect(concepts.show_passages)
        browser.passage_activated.connect(articles.open_passage)
        browser.manage_requested.connect(concepts.manage)
        original_bar.back_requested.connect(articles.leave_original)
        browser.review_requested.connect(study.open_review)
        # The controllers' requests to the shell and to each other.
        articles.article_shown.connect(highlights.on_article_shown)
        articles.article_shown.connect(lambda _id, original: original_bar.setVisible(original))
        articles.passage_wanted.connect(highlights.show_passage)
        articles.original_off.connect(lambda: menus.original_action.setChecked(False))
        articles.article_shown.connect(packs.on_article_shown)
        articles.class_files_wanted.connect(packs.import_files)
        packs.article_wanted.connect(articles.select_article)
        packs.teacher_shown_changed.connect(menus.teacher_layer_action.setChecked)
        highlights.article_wanted.connect(articles.select_article)
        highlights.clean_text_wanted.connect(articles.leave_original)
        highlights.annotations_wanted.connect(self.annotations_dock.show)
        concepts.concepts_wanted.connect(self._show_concepts_dock)
        concepts.study_requested.connect(study.set_concept_studied)
        study.passage_wanted.connect(articles.open_passage)
        articles.article_shown.connect(study.show_study_state)
        # What changed in the library, and who shows it.
        events.articles_changed.connect(articles.show_library)
        events.text_changed.connect(articles.show_text_again)
        self.reclean.running_changed.connect(articles.set_background_writing)
        events.highlights_changed.connect(highlights.show)
        events.highlights_changed.connect(articles.show_highlight_count)
        events.concepts_changed.connect(concepts.show_concepts)
        events.layers_changed.connect(packs.show)
        events.highlights_changed.connect(study.show_study_state)
        events.highlights_changed.connect(study.refresh_review)
        events.concepts_changed.connect(study.refresh_review)
        events.study_changed.connect(study.show_study_state)
        events.study_changed.connect(study.refresh_review)
        events.study_changed.connect(concepts.show_concepts)

    def _dock(
        self, title: str, name: str, widget: QtWidgets.QWidget, description: str
    ) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setAccessibleDescription(description)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _lay_out(self) -> None:
        reading_panel = QtWidgets.QWidget()
        reading_layout = QtWidgets.QVBoxLayout(reading_panel)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.original_bar)
        reading_layout.addWidget(self.instruction)
        reading_layout.addWidget(self.reader_view, 1)
        reading_layout.addWidget(self.find_bar)
        # Let drops fall through to the window, which imports them.
        for scrolling in (self.reader_view, self.library.view):
            scrolling.setAcceptDrops(False)
            scrolling.viewport().setAcceptDrops(False)
        self.splitter = QtWidgets.QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(reading_panel)
        # The article takes what the window gains or loses; PanelSizes keeps the list
        # in proportion (it once shrank to 80 pixels at 800x600) and never collapsed.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.library.setMinimumWidth(170)
        self.setCentralWidget(self.splitter)
        # Docks after the central widget: added to a window already on screen beside the
        # first page, they would take the page's width.
        right = QtCore.Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(right, self.annotations_dock)
        self.addDockWidget(right, self.concepts_dock)
        self.tabifyDockWidget(self.annotations_dock, self.concepts_dock)
        self.annotations_dock.raise_()
        docks = (self.annotations_dock, self.concepts_dock)
        self.sizes = window_sizes.PanelSizes(self, self.splitter, docks)
        self.statusBar().addWidget(self.article_status, 1)
        self.statusBar().addPermanentWidget(self.background_progress)
        self.statusBar().addPermanentWidget(self.library_status)

    def _lay_out_now(self) -> None:
        """Give the parts their places on a window already on screen (the first page).

        Qt shows parts added to a visible window, and lays them out, when it next handles
        its posted events; a layout restored before that pass would be overridden by it,
        and an article shown before it would be laid out at a made-up width and moved to
        its place only later. Handling just those events now (not the paint requests: the
        half-built window is never painted) lets the article open at its width and place.
        """
        if self.isVisible():
            post = QtCore.QCoreApplication.sendPostedEvents
            post(None, QtCore.QEvent.Type.MetaCall)  # the parts' queued show()
            post(None, QtCore.QEvent.Type.LayoutRequest)

    # -- parts the menus open ------------------------------------------------------------
    def open_search(self) -> None:
        """Ctrl+K: search the whole library; the dialog is kept, with its last search."""
        if self.search_dialog is None:
            from reader.ui.dialogs.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self)
            self.search_dialog.article_chosen.connect(self.articles.open_at_match)
            self.search_dialog.highlight_chosen.connect(self.articles.open_passage)
            self.search_dialog.concept_chosen.connect(self.concepts.show_concept)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()

    def _show_concepts_dock(self) -> None:
        self.concepts_dock.show()
        self.concepts_dock.raise_()

    def set_focus_mode(self, on: bool) -> None:
        # Remember which panels were open, so leaving focus mode brings back just those.
        panels = [self.annotations_dock, self.concepts_dock]
        if on:
            self._focus_hidden = [p for p in panels if p.isVisible()]
            for panel in self._focus_hidden:
                panel.hide()
            self.library.hide()
            self.statusBar().hide()
        else:
            for panel in getattr(self, "_focus_hidden", panels):
                panel.show()
            self.library.show()
            self.statusBar().show()
        self.reader_view.setFocus()

    def show_preferences(self) -> None:
        from reader.ui.dialogs.preferences import PreferencesDialog
        from reader.ui.lifetime import modal

        with modal(
            PreferencesDialog(
                self,
                self.settings,
                self.packs.your_name(),
                self.packs.set_your_name,
                self.study.options(),
            )
        ) as dialog:
            dialog.study_options_changed.connect(self.study.set_options)
            dialog.exec()

    def show_shortcuts(self) -> None:
        from reader.ui.dialogs.shortcuts_sheet import ShortcutsSheet
        from reader.ui.lifetime import modal

        with modal(ShortcutsSheet(self)) as dialog:
            dialog.exec()

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Marginalia"),
            self.tr(
                "<b>Marginalia {version}</b><p>An offline reader for studying articles.</p>"
            ).format(version=__version__),
        )

    # -- drops -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self.built and parts.import_progress.accepts_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = parts.import_progress.accepts_drop(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.articles.import_paths(paths)

    # -- window state ------------------------------------------------------------------
    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.built:
            self.sizes.fit()

    def run_later(self, work: Callable[[], object], name: str) -> None:
        """Run ``work`` on a thread once the window has been up a few seconds, so it does
        not compete with starting up; a session closed sooner runs it at close."""
        thread = threading.Thread(target=work, name=name)
        self._later.append(thread)

        def start() -> None:
            if thread in self._later:
                self._later.remove(thread)
                self.background_work.append(thread)
                thread.start()

        QtCore.QTimer.singleShot(self.BACKGROUND_DELAY_MS, start)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self.built:
            # Closed before the library opened (a failed start): nothing to save but the
            # window's size.
            self.settings.setValue("window/geometry", self.saveGeometry())
            super().closeEvent(event)
            return
        # A closed window no longer watches the library: another may be open on it next.
        self._outside_watch.stop()
        self.panel.flush_note()
        self.articles.save_position()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        # Everything is saved: the window goes now, and a backup still to write (a second
        # or more for a large library) finishes after it, not behind a frozen window.
        self.hide()
        self.closed.emit()
        self.reclean.stop_and_wait()  # the article being cleaned is saved whole; the rest later
        for pending in list(self._later):
            self._later.remove(pending)
            self.background_work.append(pending)
            pending.start()
        for work in self.background_work:
            work.join(timeout=60)  # a backup is written whole or not at all; let it finish
        super().closeEvent(event)
