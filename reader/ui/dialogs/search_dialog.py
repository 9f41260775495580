"""Search the whole library (Ctrl+K): articles, highlighted passages, notes and concepts.

A field and a list of results that follows the typing. The arrow keys move through the
results while the cursor stays in the field, and Enter opens the chosen one: the dialog
says which through its signals and closes; the window does the opening.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import QT_TRANSLATE_NOOP
from reader.store.search import MARK_END, MARK_START, SearchResult, search
from reader.ui.widgets.card_list import CardListView
from reader.ui.widgets.card_painting import english_plural, mix, one_line, scaled
from reader.ui.widgets.screen_fit import resize_within_screen

Index = QModelIndex | QPersistentModelIndex
Searcher = Callable[[str, int], list[SearchResult]]

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # SearchResult
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet, match in <b>
KIND_LABELS = {
    "article": QT_TRANSLATE_NOOP("SearchDialog", "Article"),
    "highlight": QT_TRANSLATE_NOOP("SearchDialog", "Highlight"),
    "concept": QT_TRANSLATE_NOOP("SearchDialog", "Concept"),
}

PLACEHOLDER = QT_TRANSLATE_NOOP("SearchDialog", "Search articles, highlights, notes and concepts…")
EMPTY_QUERY = QT_TRANSLATE_NOOP(
    "SearchDialog", "Type a word or two: a half-remembered phrase is enough."
)
DEBOUNCE_MS = 150  # long enough to skip keystrokes of a fast typist, short enough to feel live
RESULT_LIMIT = 50
SNIPPET_LINES = 2
PADDING_X = 10
PADDING_Y = 6
MARGIN = 2
CORNER = 6


def kind_label(kind: str) -> str:
    """A result's kind as a word in the interface's language: "Article", "Highlight"…"""
    return QCoreApplication.translate("SearchDialog", KIND_LABELS[kind])


def empty_query_text() -> str:
    return QCoreApplication.translate("SearchDialog", EMPTY_QUERY)


def no_results_text(query: str) -> str:
    return QCoreApplication.translate("SearchDialog", "No results for “{query}”").format(
        query=one_line(query)
    )


def snippet_html(snippet: str) -> str:
    """A snippet as rich text: escaped, its marked words in bold, every <b> closed."""
    parts: list[str] = []
    bold = False
    for ch in snippet:
        if ch == MARK_START and not bold:
            parts.append("<b>")
            bold = True
        elif ch == MARK_END and bold:
            parts.append("</b>")
            bold = False
        elif ch not in (MARK_START, MARK_END):
            parts.append(html.escape(ch, quote=False))
    if bold:
        parts.append("</b>")
    return "".join(parts)


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: Sequence[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result_at(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        result = self.result_at(index.row()) if index.isValid() else None
        if result is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return result.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            snippet = result.snippet.replace(MARK_START, "").replace(MARK_END, "")
            return self.tr("{kind}: {title}. {snippet}").format(
                kind=kind_label(result.kind), title=result.title, snippet=snippet
            )
        if role == Qt.ItemDataRole.ToolTipRole and result.article_title:
            return result.article_title
        if role == RESULT_ROLE:
            return result
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(result.snippet)
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """A result as a small card: kind and title on one line, the snippet under it."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = self._view.font()
        title = QFont(base)
        title.setWeight(QFont.Weight.Bold)
        small = scaled(base, 0.9)
        return title, small, scaled(base, 0.8)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, small, _badge = self._fonts()
        height = (
            QFontMetricsF(title).lineSpacing()
            + SNIPPET_LINES * QFontMetricsF(small).lineSpacing()
            + 2 * PADDING_Y
            + 2 * MARGIN
            + 4
        )
        return QSize(max(120, self._view.viewport().width()), round(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        result = index.data(RESULT_ROLE)
        if not isinstance(result, SearchResult):
            return
        title_font, small_font, badge_font = self._fonts()
        palette: QPalette = option.palette
        state: QStyle.StateFlag = option.state
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        muted = mix(text_color, base, 0.4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(4, MARGIN, -4, -MARGIN)
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(accent, 1.5))
            painter.setBrush(mix(base, accent, 0.14))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), CORNER, CORNER)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(base, text_color, 0.05))
            painter.drawRoundedRect(rect, CORNER, CORNER)

        left = rect.left() + PADDING_X
        top = rect.top() + PADDING_Y
        width = rect.right() - PADDING_X - left
        # The kind, as a word rather than an icon alone: it reads the same in every theme.
        label = kind_label(result.kind).upper()
        badge_metrics = QFontMetricsF(badge_font)
        title_metrics = QFontMetricsF(title_font)
        badge_width = badge_metrics.horizontalAdvance(label) + 10
        badge = QRectF(
            left, top + (title_metrics.height() - badge_metrics.height() - 2) / 2, badge_width, 0
        )
        badge.setHeight(badge_metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(base, text_color, 0.08))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(badge_font)
        painter.setPen(muted)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        title_left = left + badge_width + 8
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            QPointF(title_left, top + title_metrics.ascent()),
            title_metrics.elidedText(
                one_line(result.title), Qt.TextElideMode.ElideRight, width - badge_width - 8
            ),
        )

        # The snippet as rich text, so the matched words can be bold; clipped to its lines.
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(small_font)
        document.setTextWidth(width)
        document.setHtml(str(index.data(SNIPPET_HTML_ROLE)))
        snippet_top = top + title_metrics.lineSpacing() + 2
        clip = QRectF(0, 0, width, SNIPPET_LINES * QFontMetricsF(small_font).lineSpacing())
        painter.translate(left, snippet_top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        painter.setClipRect(clip)
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchDialog(QDialog):
    """Ctrl+K: find an article, a passage or a concept by a few of its words."""

    article_chosen = Signal(int, str)  # article id, the query (to show it in the article)
    highlight_chosen = Signal(int, str)  # article id, highlight id
    concept_chosen = Signal(int)  # concept id

    def __init__(self, parent: QWidget | None = None, searcher: Searcher | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search the Library"))
        self.setAccessibleName(self.tr("Search the library"))
        resize_within_screen(self, 640, 520)
        # Looked up at call time, so a test (or the lead) can stand in another search.
        self._search: Searcher = searcher or (lambda text, limit: search(text, limit))
        self._searched: str | None = None  # the query the list shows results for

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.field = QLineEdit()
        self.field.setPlaceholderText(QCoreApplication.translate("SearchDialog", PLACEHOLDER))
        self.field.setAccessibleName(self.tr("Search for"))
        self.field.setAccessibleDescription(
            self.tr("Up and Down choose a result, Enter opens it, Escape closes the search")
        )
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        layout.addWidget(self.field)

        self.model = SearchResultModel(self)
        self.results = CardListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.empty_message = empty_query_text()
        self.results.enter_pressed.connect(self.open_current)
        self.results.activated.connect(lambda index: self.open_row(index.row()))
        layout.addWidget(self.results, 1)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Number of results"))
        layout.addWidget(self.status)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())

    # -- searching -----------------------------------------------------------------------
    def run_search(self) -> None:
        """Search now for what the field holds (the timer calls this after typing stops)."""
        self._timer.stop()
        query = self.field.text()
        if query == self._searched:
            return
        self._searched = query
        results = self._search(query, RESULT_LIMIT) if query.strip() else []
        self.model.set_results(results)
        if not query.strip():
            self.results.empty_message = empty_query_text()
            self.status.clear()
        else:
            self.results.empty_message = no_results_text(query)
            self.status.setText(self.count_text(len(results)))
        if results:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.results.viewport().update()

    def count_text(self, count: int) -> str:
        """ "1 result", "12 results", or "50+ results" when the list was cut at the limit."""
        if count >= RESULT_LIMIT:
            return english_plural(self.tr("%n+ result(s)", "", count), count)
        return english_plural(self.tr("%n result(s)", "", count), count)

    def result_count(self) -> int:
        return self.model.rowCount()

    def current_result(self) -> SearchResult | None:
        return self.model.result_at(self.results.currentIndex().row())

    # -- choosing ------------------------------------------------------------------------
    def open_current(self) -> None:
        # Enter may come before the debounce fired: the results must be for what was typed.
        self.run_search()
        row = self.results.currentIndex().row()
        self.open_row(row if row >= 0 else 0)

    def open_row(self, row: int) -> None:
        result = self.model.result_at(row)
        if result is None:
            return
        query = self.field.text().strip()
        self.accept()
        if result.kind == "concept" and result.concept_id is not None:
            self.concept_chosen.emit(result.concept_id)
        elif result.kind == "highlight" and result.highlight_id is not None:
            assert result.article_id is not None
            self.highlight_chosen.emit(result.article_id, result.highlight_id)
        elif result.article_id is not None:
            self.article_chosen.emit(result.article_id, query)

    def _move(self, steps: int) -> None:
        self.run_search()
        count = self.model.rowCount()
        if not count:
            return
        row = self.results.currentIndex().row()
        row = max(0, min(count - 1, (row if row >= 0 else -1) + steps))
        index = self.model.index(row, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The cursor stays in the field while the arrows move through the results.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            page = max(1, self.results.viewport().height() // 60)
            moves = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: page,
                Qt.Key.Key_PageUp: -page,
            }
            if key in moves:
                self._move(moves[Qt.Key(key)])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Reopened, the last search is still there, selected so typing replaces it, and
        # run again: the library may have changed since.
        self._searched = None
        self.run_search()
        self.field.setFocus()
        self.field.selectAll()

    def search_for(self, text: str) -> None:
        """Fill the field and search at once (for a caller that already has a query)."""
        self.field.setText(text)
        self.run_search()
