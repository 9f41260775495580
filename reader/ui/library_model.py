"""The library list as a Qt table model over the store: title, words, reading time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from reader.core.errors import UserError
from reader.core.text_stats import reading_minutes
from reader.store import articles
from reader.store.articles import ArticleSummary

Index = QModelIndex | QPersistentModelIndex

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractTableModel):
    """Rows are articles; the title column is editable, which renames the article."""

    TITLE, WORDS, READING_TIME = range(3)
    HEADERS = ("Title", "Words", "Reading time")

    rename_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = articles.list_articles()
        self.endResetModel()

    def row_of(self, article_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.TITLE:
                return summary.title
            if column == self.WORDS:
                return f"{summary.words:,}"
            return f"{reading_minutes(summary.words)} min"
        if role == SORT_ROLE:
            if column == self.TITLE:
                return summary.title.casefold()
            return summary.words  # reading time is proportional to words
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return summary.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

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
            self.rename_failed.emit(str(exc))
            return False
        self._rows[index.row()] = ArticleSummary(
            summary.id, title, summary.words, summary.added_at, summary.opened_at
        )
        self.dataChanged.emit(index, index)
        return True


class LibraryFilter(QSortFilterProxyModel):
    """Sorts the library and narrows it by title text and, optionally, to some articles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed: set[int] | None = None

    def set_allowed_articles(self, allowed: set[int] | None) -> None:
        """Show only these articles (those holding a chosen concept); None shows all."""
        self.beginFilterChange()
        self._allowed = allowed
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._allowed is not None:
            model = self.sourceModel()
            article_id = model.data(model.index(source_row, 0, source_parent), ARTICLE_ID_ROLE)
            if article_id not in self._allowed:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
