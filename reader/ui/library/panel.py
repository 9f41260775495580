"""The library panel: a filter by title, a filter by concept, and the list of articles.

It shows and chooses; it changes nothing in the library but an article's title (edited in
the list, through the model). It tells the window which article was chosen and what its
count line should say; the columns a reader hides are remembered in the settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.store.concepts import ConceptSummary
from reader.ui.library.model import ARTICLE_ID_ROLE, LibraryFilter, LibraryModel
from reader.ui.widgets.card_painting import english_plural, tag_text

HIDDEN_COLUMNS_KEY = "library/hidden_columns"


class LibraryPanel(QWidget):
    """The list of articles with its two filters."""

    article_chosen = Signal(int)  # the reader chose an article in the list
    count_changed = Signal(str)  # "5 articles", "2 of 5 articles"
    delete_requested = Signal()  # Delete pressed in the list

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = LibraryModel()
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter articles by title…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the articles whose title contains the typed words")
        )
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(lambda _text: self.update_count())

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Library"))
        self.view.setAccessibleDescription(
            self.tr("Your articles; choose one to read it, press F2 to rename it")
        )
        self.view.setModel(self.proxy)
        # The order first, then sorting on: enabling it sorts by the header's indicator
        # (descending, unless set), and each different order asks the store again.
        self.view.horizontalHeader().setSortIndicator(
            LibraryModel.TITLE, Qt.SortOrder.AscendingOrder
        )
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The other columns are as wide as their values, not their names (which elide):
        # the title keeps most of a narrow list, with no sideways scrolling.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in range(1, len(LibraryModel.HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, self._value_width(column))
        # Only the title and two short columns fit beside the article: the word count (the
        # reading time says the same, sorts the same) and the dates are hidden until shown
        # from the header's menu; the list sorts by any of them from View -> Sort Library By.
        for column in self._hidden_columns():
            self.view.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        # Delete in the list deletes the article (after asking).
        list_delete = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Delete))
        list_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        list_delete.triggered.connect(self.delete_requested)
        self.view.addAction(list_delete)

        self.concept_filter = QComboBox()
        self.concept_filter.setAccessibleName(self.tr("Show articles holding a concept"))
        self.concept_filter.setAccessibleDescription(
            self.tr("Narrows the library to the articles with a passage tagged with the concept")
        )
        self.concept_filter.view().setAccessibleName(self.tr("Concepts"))
        self.concept_filter.currentIndexChanged.connect(self._filter_by_concept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.concept_filter)
        layout.addWidget(self.view)

    # -- contents ----------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self.update_count()

    def update_highlight_count(self, article_id: int) -> None:
        self.model.update_highlight_count(article_id)

    def first_article(self) -> int | None:
        """The article at the top of the list as it is sorted and filtered."""
        if not self.model.rowCount():
            return None
        return int(self.proxy.data(self.proxy.index(0, 0), ARTICLE_ID_ROLE))

    def set_concepts(self, summaries: Sequence[ConceptSummary]) -> None:
        """The concepts the filter offers; the chosen one stays chosen if it still exists."""
        keep = self.concept_filter.currentData()
        self.concept_filter.blockSignals(True)
        self.concept_filter.clear()
        self.concept_filter.addItem(self.tr("All articles"), None)
        for summary in summaries:
            self.concept_filter.addItem(
                self.tr("Articles with {tag}").format(tag=tag_text(summary.name)), summary.id
            )
        index = self.concept_filter.findData(keep) if keep is not None else 0
        self.concept_filter.setCurrentIndex(max(0, index))
        self.concept_filter.blockSignals(False)
        self._filter_by_concept()

    def update_count(self) -> None:
        shown, total = self.model.total(), self.model.library_size()
        if shown == total:
            text = self.tr("%n article(s)", "", total)
        else:
            text = self.tr("{shown} of %n article(s)", "", total)
        self.count_changed.emit(english_plural(text, total).format(shown=shown))

    # -- selection ---------------------------------------------------------------------
    def show_article(self, article_id: int) -> bool:
        """Select the article's row; False when the filter hides it (nothing selected)."""
        row = self.model.row_of(article_id)
        if row is None:
            self.view.clearSelection()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, LibraryModel.TITLE))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def selected_article(self) -> int | None:
        index = self._selected_index()
        return int(self.proxy.data(index, ARTICLE_ID_ROLE)) if index is not None else None

    def rename_selected(self) -> None:
        index = self._selected_index()
        if index is not None:
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self.view.sortByColumn(column, order)

    def _selected_index(self) -> QModelIndex | None:
        rows = self.view.selectionModel().selectedRows(LibraryModel.TITLE)
        return rows[0] if rows else None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.article_chosen.emit(int(self.proxy.data(indexes[0], ARTICLE_ID_ROLE)))

    def _filter_by_concept(self, _index: int = 0) -> None:
        concept_id = self.concept_filter.currentData()
        self.proxy.set_concept(int(concept_id) if concept_id is not None else None)
        self.update_count()

    # -- columns -----------------------------------------------------------------------
    def _value_width(self, column: int) -> int:
        """Room for the widest value the column is likely to show, and the cell's margins."""
        widest = self.model.widest_value(column)
        margin = 2 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        return self.view.fontMetrics().horizontalAdvance(widest) + margin + 12

    def _columns_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for column in range(len(LibraryModel.HEADERS)):
            if column == LibraryModel.TITLE:
                continue
            action = menu.addAction(LibraryModel.header_text(column))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.exec(self.view.horizontalHeader().mapToGlobal(point))

    def _hidden_columns(self) -> list[int]:
        model = LibraryModel
        default = f"{model.WORDS},{model.ADDED},{model.OPENED}"
        saved = self.settings.value(HIDDEN_COLUMNS_KEY, default)
        # An ini file gives "4,5" back as a list of strings; a single column as a string.
        parts = saved if isinstance(saved, list) else str(saved).split(",")
        columns = [int(p) for p in map(str, parts) if p.strip().isdigit()]
        return [c for c in columns if 0 < c < len(model.HEADERS)]

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide a column of the list, remembered for the next start."""
        self.view.setColumnHidden(column, not shown)
        hidden = [c for c in range(1, len(LibraryModel.HEADERS)) if self.view.isColumnHidden(c)]
        self.settings.setValue(HIDDEN_COLUMNS_KEY, ",".join(map(str, hidden)))
