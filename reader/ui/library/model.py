"""The library list as a lazy Qt table model over the store.

Rows arrive a page at a time (Qt asks with canFetchMore/fetchMore as the list scrolls),
sorted and filtered by SQLite, so opening a library of 10,000 articles loads one page,
not every row. Sorting by a column asks the store again instead of sorting in Qt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.text_stats import reading_minutes
from reader.store import articles
from reader.store.articles import ArticleSummary, SortKey
from reader.ui.translation import error_text

Index = QModelIndex | QPersistentModelIndex

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment else "—"


class LibraryModel(QAbstractTableModel):
    """Rows are articles; the title column is editable, which renames the article."""

    TITLE, WORDS, READING_TIME, HIGHLIGHTS, ADDED, OPENED = range(6)
    # English, marked for translation; header_text() gives them in the interface's language.
    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Title"),
        QT_TRANSLATE_NOOP("LibraryModel", "Words"),
        QT_TRANSLATE_NOOP("LibraryModel", "Reading time"),
        QT_TRANSLATE_NOOP("LibraryModel", "Highlights"),
        QT_TRANSLATE_NOOP("LibraryModel", "Added"),
        QT_TRANSLATE_NOOP("LibraryModel", "Last opened"),
    )
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        TITLE: SortKey.TITLE,
        WORDS: SortKey.WORDS,
        READING_TIME: SortKey.WORDS,  # reading time follows the number of words
        HIGHLIGHTS: SortKey.HIGHLIGHTS,
        ADDED: SortKey.ADDED,
        OPENED: SortKey.OPENED,
    }

    rename_failed = Signal(str)  # why, in the interface's language

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._sort = SortKey.TITLE
        self._descending = False
        self._text = ""
        self._concept: int | None = None

    # -- contents ----------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._total = articles.count_articles(self._text, self._concept)
        self._rows = self._page(0)
        self.endResetModel()

    def total(self) -> int:
        """Articles matching the filters, fetched or not."""
        return self._total

    def library_size(self) -> int:
        """Every article in the library, whatever the filters show."""
        return articles.count_articles()

    def _page(self, offset: int) -> list[ArticleSummary]:
        return articles.page_of_articles(
            offset, PAGE_SIZE, self._sort, self._descending, self._text, self._concept
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def update_highlight_count(self, article_id: int) -> None:
        """Show the article's highlight count afresh, if its row is loaded; the rows keep
        their order (a list sorted by highlights is sorted again when asked)."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                count = articles.annotation_count(article_id)
                if count != summary.highlights:
                    self._rows[row] = replace(summary, highlights=count)
                    cell = self.index(row, self.HIGHLIGHTS)
                    self.dataChanged.emit(cell, cell)
                return

    def row_of(self, article_id: int) -> int | None:
        """The row of an article, fetching further pages if it lies below them."""
        while True:
            for row, summary in enumerate(self._rows):
                if summary.id == article_id:
                    return row
            if not self.canFetchMore():
                return None
            self.fetchMore()

    # Each of these asks the store again only when something changed: building the window
    # sets them all, and a library of 10,000 articles should be queried once, not five
    # times, before it is shown.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column, SortKey.TITLE)
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self.reload()

    def set_text_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def set_concept_filter(self, concept_id: int | None) -> None:
        if concept_id != self._concept:
            self._concept = concept_id
            self.reload()

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    @classmethod
    def header_text(cls, column: int) -> str:
        """A column's name in the interface's language (for the header and its menu)."""
        return QCoreApplication.translate("LibraryModel", cls.HEADERS[column])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The tooltip names a column whose name elides ("Readin…") where the list is narrow.
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and role in shown:
            return self.header_text(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return summary.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.WORDS,
            self.READING_TIME,
            self.HIGHLIGHTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def widest_value(self, column: int) -> str:
        """A value as wide as most the column will show: three digits of minutes or
        highlights, six of words, a date. A longer one is elided, never scrolled to."""
        if column == self.READING_TIME:
            return self.tr("{minutes} min").format(minutes=999)
        day = datetime(2000, 12, 28)
        sample = ArticleSummary(0, "", 999_999, day, day, 999)
        return self._display(sample, column)

    def _display(self, summary: ArticleSummary, column: int) -> str:
        if column == self.TITLE:
            return summary.title
        if column == self.WORDS:
            # Grouped as the interface's language groups digits: 12,345 or 12.345.
            return QLocale().toString(summary.words)
        if column == self.READING_TIME:
            return self.tr("{minutes} min").format(minutes=reading_minutes(summary.words))
        if column == self.HIGHLIGHTS:
            return str(summary.highlights) if summary.highlights else ""
        if column == self.ADDED:
            return _when(summary.added_at)
        return _when(summary.opened_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.TITLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TITLE:
            return False
        summary = self._rows[index.row()]
        try:
            title = articles.rename_article(summary.id, str(value))
        except UserError as exc:
            self.rename_failed.emit(error_text(exc))
            return False
        self._rows[index.row()] = ArticleSummary(
            summary.id,
            title,
            summary.words,
            summary.added_at,
            summary.opened_at,
            summary.highlights,
        )
        self.dataChanged.emit(index, index)
        return True


class LibraryFilter(QIdentityProxyModel):
    """The view's model: sorting and filtering are asked of the store, never done here,
    so that a lazily fetched list is ordered as a whole, not page by page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def library(self) -> LibraryModel:
        source = self.sourceModel()
        assert isinstance(source, LibraryModel)
        return source

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.library().sort(column, order)

    def setFilterFixedString(self, text: str) -> None:
        self.library().set_text_filter(text)

    def set_concept(self, concept_id: int | None) -> None:
        """Show only the articles holding this concept (None: all)."""
        self.library().set_concept_filter(concept_id)
