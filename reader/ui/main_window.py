"""The main window: the library list beside the reading view, with a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.errors import DocumentError
from reader.core.rendering import markdown_to_html, original_text_html
from reader.core.text_stats import reading_minutes
from reader.store import articles
from reader.store.articles import ImportOutcome
from reader.ui.library_model import ARTICLE_ID_ROLE, SORT_ROLE, LibraryModel
from reader.ui.reader_view import ReaderView

APP_NAME = "Marginalia"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.current_article_id: int | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 800)

        self.library_model = LibraryModel()
        self.library_model.rename_failed.connect(self._show_rename_error)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.library_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(LibraryModel.TITLE)

        self.filter_edit = QLineEdit(placeholderText="Filter articles by title…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter articles")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.library_view = QTableView()
        self.library_view.setAccessibleName("Library")
        self.library_view.setModel(self.proxy)
        self.library_view.setSortingEnabled(True)
        self.library_view.sortByColumn(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.library_view.setWordWrap(False)
        self.library_view.verticalHeader().hide()
        self.library_view.setShowGrid(False)
        self.library_view.setAlternatingRowColors(True)
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (LibraryModel.WORDS, LibraryModel.READING_TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.library_view.selectionModel().selectionChanged.connect(self._on_selection)

        library_panel = QWidget()
        layout = QVBoxLayout(library_panel)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.library_view)

        self.reader_view = ReaderView()
        self.reader_view.position_changed.connect(self._save_position)
        self.reader_view.link_refused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))

        self.splitter = QSplitter()
        self.splitter.addWidget(library_panel)
        self.splitter.addWidget(self.reader_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.setCentralWidget(self.splitter)

        self.article_status = QLabel()
        self.library_status = QLabel()
        self.statusBar().addWidget(self.article_status, 1)
        self.statusBar().addPermanentWidget(self.library_status)

        self._build_actions()
        self._restore_layout()
        self.reload_library()
        # Reading comes first: arrow keys and Page Down should scroll the article at once.
        self.reader_view.setFocus()

    # -- actions -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction(
            "&Import…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.import_action.triggered.connect(self.choose_files_to_import)
        file_menu.addAction(self.import_action)
        self.rename_action = QAction("&Rename Article…", self, shortcut=QKeySequence("F2"))
        self.rename_action.triggered.connect(self.rename_current)
        file_menu.addAction(self.rename_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        self.original_action = QAction(
            "Show &Original Text", self, checkable=True, shortcut=QKeySequence("Ctrl+U")
        )
        self.original_action.setStatusTip(
            "Show the text as it was imported, with the lines the cleaner hid struck through"
        )
        self.original_action.toggled.connect(lambda _checked: self._show_current())
        view_menu.addAction(self.original_action)
        focus_library = QAction("Go to &Library", self, shortcut=QKeySequence("Ctrl+L"))
        focus_library.triggered.connect(self.library_view.setFocus)
        view_menu.addAction(focus_library)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Marginalia", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Marginalia",
            f"<b>Marginalia {__version__}</b><p>An offline reader for studying articles.</p>",
        )

    # -- library -----------------------------------------------------------------------
    def reload_library(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_article_id
        self.library_model.reload()
        count = self.library_model.rowCount()
        self.library_status.setText(f"{count} article{'s' if count != 1 else ''}")
        target = keep if keep is not None else articles.last_opened_article()
        if target is None and count:
            first = self.proxy.index(0, 0)
            target = int(self.proxy.data(first, ARTICLE_ID_ROLE))
        if target is not None:
            self.select_article(target)

    def select_article(self, article_id: int) -> None:
        row = self.library_model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.library_model.index(row, LibraryModel.TITLE))
        self.library_view.selectRow(index.row())
        self.library_view.scrollTo(index)
        if self.current_article_id != article_id:
            self.open_article(article_id)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.open_article(int(self.proxy.data(indexes[0], ARTICLE_ID_ROLE)))

    def _selected_index(self) -> QModelIndex | None:
        rows = self.library_view.selectionModel().selectedRows(LibraryModel.TITLE)
        return rows[0] if rows else None

    # -- reading -----------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        if article_id == self.current_article_id:
            return
        self._save_position(self.reader_view.top_position())
        self.current_article_id = article_id
        articles.mark_opened(article_id)
        self._show_current()

    def _show_current(self) -> None:
        if self.current_article_id is None:
            return
        article = articles.get_article(self.current_article_id)
        removed = articles.removed_lines(article)
        if self.original_action.isChecked():
            hidden = {r.line_number: r.reason for r in removed}
            self.reader_view.show_html(original_text_html(article.original_text, hidden))
        else:
            self.reader_view.show_html(markdown_to_html(article.markdown), article.reading_position)
        self.setWindowTitle(f"{article.title} — {APP_NAME}")
        lines = "line" if len(removed) == 1 else "lines"
        hidden_note = f" · {len(removed)} {lines} hidden (Ctrl+U shows them)" if removed else ""
        self.article_status.setText(
            f"{article.words:,} words · {reading_minutes(article.words)} min read{hidden_note}"
        )

    def _save_position(self, position: int) -> None:
        # The original-text view has other offsets; only the clean article's are kept.
        if self.current_article_id is not None and not self.original_action.isChecked():
            articles.save_reading_position(self.current_article_id, position)

    # -- commands ----------------------------------------------------------------------
    def rename_current(self) -> None:
        index = self._selected_index()
        if index is not None:
            self.library_view.setCurrentIndex(index)
            self.library_view.edit(index)

    def _show_rename_error(self, message: str) -> None:
        QMessageBox.warning(self, "Cannot rename the article", message)

    def choose_files_to_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            str(Path.home()),
            "Articles (*.txt *.md *.markdown);;All files (*)",
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> list[ImportOutcome]:
        done: list[ImportOutcome] = []
        errors: list[str] = []
        for outcome in articles.import_paths(paths):
            if isinstance(outcome, DocumentError):
                errors.append(str(outcome))
            else:
                done.append(outcome)
        self.reload_library(select_id=done[-1].article_id if done else None)
        self.statusBar().showMessage(f"Imported {len(done)} of {len(done) + len(errors)}", 8000)
        if errors:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Some files were not imported",
                f"{len(errors)} file(s) could not be imported; the others were.",
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText("\n".join(errors))
            box.open()
        return done

    # -- window state ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_position(self.reader_view.top_position())
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
