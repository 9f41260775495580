"""The annotations side panel: the open article's highlights as cards, and the selected note.

Cards come in the order the caller gives (reading order), orphans last under an
"Unplaced" header. Below the list the selected highlight's note is edited in place, and
buttons recolour, place or delete it. The panel changes nothing itself: it asks through
its signals, and the window answers by calling ``set_highlights`` with fresh data.
Its words are translated (context ``AnnotationsPanel`` and its classes' names).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
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
    QActionGroup,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.concept_names import concept_key
from reader.core.highlight_colors import COLORS
from reader.core.highlight_record import HighlightData
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CARD_MARGIN_Y,
    english_plural,
    mix,
    one_line,
    paint_card_frame,
    scaled,
    tag_text,
)
from reader.ui.widgets.highlight_palette import (
    INK,
    color_label,
    color_title,
    edge,
    shade,
    swatch_icon,
)

Index = QModelIndex | QPersistentModelIndex

HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str, or None on the "Unplaced" header
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 2  # HighlightData, or None on the header
ORPHAN_COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # on the header: how many are unplaced

# Long enough to save once per pause rather than per key, short enough that a crash
# loses at most the last word.
NOTE_SAVE_DELAY_MS = 400

# English, marked for translation; shown through panel_text().
UNPLACED_TITLE = str(QT_TRANSLATE_NOOP("AnnotationsPanel", "Unplaced"))
UNPLACED_EXPLANATION = str(
    QT_TRANSLATE_NOOP(
        "AnnotationsPanel",
        "The passage of these highlights was not found in the current text. "
        "Select the passage in the article and choose Place at Selection.",
    )
)
NOTE_PLACEHOLDER = str(QT_TRANSLATE_NOOP("AnnotationsPanel", "Write a note…"))
NO_SELECTION_PLACEHOLDER = str(
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Select a highlight to write its note.")
)


def panel_text(source: str) -> str:
    """One of the constants above in the interface's language."""
    return QCoreApplication.translate("AnnotationsPanel", source)


# -- model -----------------------------------------------------------------------------
class HighlightListModel(QAbstractListModel):
    """Highlights as rows, placed ones first; a header row stands before the orphans.

    The colour filter lives here rather than in a proxy because the header must come and
    go with the orphans that pass the filter.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[HighlightData] = []
        self._rows: list[HighlightData | None] = []  # None: the "Unplaced" header
        self._row_of: dict[str, int] = {}
        self._color: str | None = None
        self._concept: str | None = None  # a concept key (see store.concepts.concept_key)

    # -- contents ----------------------------------------------------------------------
    def set_items(self, items: Sequence[HighlightData]) -> list[int] | None:
        """Replace the highlights.

        When the same rows stay in the same order (a note, colour or concept changed),
        they are updated in place, so selection, scroll position and a click in progress
        survive; the changed rows are returned. Otherwise the model is reset: None.
        """
        # The caller already puts orphans last; a stable partition keeps that a promise.
        self._all = [h for h in items if h.placed] + [h for h in items if not h.placed]
        rows = self._visible_rows()
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows]:
            changed = [
                n for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._rows = rows
            for n in changed:
                self.dataChanged.emit(self.index(n), self.index(n))
            return changed
        self._reset(rows)
        return None

    def set_color_filter(self, color: str | None) -> None:
        self._color = color
        self._reset(self._visible_rows())

    def color_filter(self) -> str | None:
        return self._color

    def set_concept_filter(self, key: str | None) -> None:
        self._concept = key
        self._reset(self._visible_rows())

    def filtered(self) -> bool:
        return self._color is not None or self._concept is not None

    def update_note(self, highlight_id: str, note: str) -> None:
        """Show a note the user just typed before the store answers with fresh data."""
        self._all = [replace(h, note=note) if h.id == highlight_id else h for h in self._all]
        row = self._row_of.get(highlight_id)
        if row is not None:
            current = self._rows[row]
            assert current is not None
            self._rows[row] = replace(current, note=note)
            self.dataChanged.emit(self.index(row), self.index(row))

    @staticmethod
    def _key(row: HighlightData | None) -> str | None:
        return None if row is None else row.id

    def _visible_rows(self) -> list[HighlightData | None]:
        shown = [
            h
            for h in self._all
            if (self._color is None or h.color == self._color)
            and (self._concept is None or self._concept in {concept_key(c) for c in h.concepts})
        ]
        placed = [h for h in shown if h.placed]
        orphans = [h for h in shown if not h.placed]
        header: list[HighlightData | None] = [None] if orphans else []
        return [*placed, *header, *orphans]

    def _reset(self, rows: list[HighlightData | None]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of = {h.id: n for n, h in enumerate(rows) if h is not None}
        self.endResetModel()

    # -- queries -----------------------------------------------------------------------
    def total_count(self) -> int:
        return len(self._all)

    def shown_count(self) -> int:
        return len(self._row_of)

    def row_of(self, highlight_id: str) -> int | None:
        """The row showing the highlight; None when it is filtered out or unknown."""
        return self._row_of.get(highlight_id)

    def find(self, highlight_id: str) -> HighlightData | None:
        """The highlight, shown or filtered out."""
        return next((h for h in self._all if h.id == highlight_id), None)

    def highlight_at(self, row: int) -> HighlightData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()] is None:
            # Disabled, so the arrow keys step over the header and a click cannot select it.
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if item is None:
            return self._header_data(role)
        if role == HIGHLIGHT_ID_ROLE:
            return item.id
        if role == HIGHLIGHT_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(item.exact)
        if role == Qt.ItemDataRole.ToolTipRole:
            quote = one_line(item.exact)
            quote = quote if len(quote) <= 600 else quote[:600] + "…"
            return quote if item.placed else quote + "\n\n" + panel_text(UNPLACED_EXPLANATION)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        return None

    def _header_data(self, role: int) -> Any:
        orphans = len(self._rows) - 1 - self._rows.index(None)
        if role == Qt.ItemDataRole.DisplayRole:
            return panel_text(UNPLACED_TITLE)
        if role == ORPHAN_COUNT_ROLE:
            return orphans
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return panel_text(UNPLACED_EXPLANATION)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return english_plural(self.tr("Unplaced: %n highlight(s)", "", orphans), orphans)
        return None

    def _spoken(self, item: HighlightData) -> str:
        color, quote = color_title(item.color), one_line(item.exact)
        if item.placed:
            parts = [self.tr("{color} highlight: {quote}").format(color=color, quote=quote)]
        else:
            parts = [
                self.tr("{color} unplaced highlight: {quote}").format(color=color, quote=quote)
            ]
        if item.note.strip():
            parts.append(self.tr("Note: {note}").format(note=one_line(item.note)))
        if item.concepts:
            parts.append(self.tr("Concepts: {names}").format(names=", ".join(item.concepts)))
        return ". ".join(parts)


# -- card painting ---------------------------------------------------------------------
CARD_PADDING = 9
COLOR_BAR = 6
GAP = 5
QUOTE_LINES = 3
NOTE_LINES = 2
HEADER_LINES = 3
TAG_PADDING_X = 6
TAG_SPACING = 4
CORNER = 6


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> tuple[str, ...]:
    """``text`` wrapped to ``width``, at most ``max_lines``; a cut ends the last one with …

    Each paragraph (a line of ``text``) starts a new line, so a note's structure shows.
    """
    metrics = QFontMetricsF(font)
    paragraphs = [one_line(p) for p in text.split("\n") if p.strip()]
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for number, paragraph in enumerate(paragraphs):
        more_follows = number < len(paragraphs) - 1
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == max_lines - 1:
                rest = paragraph[start:]
                cut = start + length < len(paragraph) or more_follows
                if cut:
                    rest = metrics.elidedText(
                        rest.rstrip() + " …", Qt.TextElideMode.ElideRight, width
                    )
                lines.append(rest)
                layout.endLayout()
                return tuple(lines)
            lines.append(paragraph[start : start + length].rstrip())
        layout.endLayout()
    return tuple(lines)


@dataclass(frozen=True)
class _Fonts:
    quote: QFont
    orphan_quote: QFont
    small: QFont
    chip: QFont
    heading: QFont

    @classmethod
    def for_base(cls, base: QFont) -> _Fonts:
        orphan_quote = QFont(base)
        orphan_quote.setItalic(True)
        small = scaled(base, 0.9)
        chip = QFont(small)
        chip.setWeight(QFont.Weight.DemiBold)
        heading = QFont(small)
        heading.setWeight(QFont.Weight.Bold)
        return cls(QFont(base), orphan_quote, small, chip, heading)


@dataclass(frozen=True)
class _CardLayout:
    """Where the parts of one card go, relative to its content's top-left corner."""

    quote: tuple[str, ...]
    note: tuple[str, ...]
    tags: tuple[tuple[float, float, float, str], ...]  # x, y, width, text
    quote_y: float
    note_y: float
    tags_y: float
    height: int  # the whole row, margins included


@dataclass(frozen=True)
class _HeaderLayout:
    explanation: tuple[str, ...]
    height: int


class HighlightCardDelegate(QStyledItemDelegate):
    """Paints a highlight as a card: colour bar and named chip, quote, note, concept tags.

    Laying text out is the costly part, so layouts are cached by content and width; a
    thousand cards then lay out once and scroll smoothly.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._font_key = ""
        self._fonts = _Fonts.for_base(view.font())
        self._cards: dict[tuple[str, str, tuple[str, ...], bool, int], _CardLayout] = {}
        self._headers: dict[int, _HeaderLayout] = {}

    # -- geometry ----------------------------------------------------------------------
    def _current_fonts(self) -> _Fonts:
        key = self._view.font().key()
        if key != self._font_key:
            self._font_key = key
            self._fonts = _Fonts.for_base(self._view.font())
            self._cards.clear()
            self._headers.clear()
        return self._fonts

    def _row_width(self) -> int:
        return max(120, self._view.viewport().width())

    @staticmethod
    def _content_width(row_width: int) -> float:
        return max(40.0, row_width - 2 * CARD_MARGIN_X - COLOR_BAR - 2 * CARD_PADDING)

    def _card_layout(self, item: HighlightData, row_width: int) -> _CardLayout:
        key = (item.exact, item.note, item.concepts, item.placed, row_width)
        cached = self._cards.get(key)
        if cached is not None:
            return cached
        fonts = self._current_fonts()
        width = self._content_width(row_width)
        small = QFontMetricsF(fonts.small)
        quote_font = fonts.quote if item.placed else fonts.orphan_quote
        quote_lines = wrapped_lines(item.exact, quote_font, width, QUOTE_LINES)
        note_lines = wrapped_lines(item.note, fonts.small, width, NOTE_LINES)

        y = self._chip_height() + GAP
        quote_y = y
        y += max(1, len(quote_lines)) * QFontMetricsF(quote_font).lineSpacing()
        note_y = y + GAP
        if note_lines:
            y = note_y + len(note_lines) * small.lineSpacing()
        tags_y = y + GAP + 1
        tags: list[tuple[float, float, float, str]] = []
        tag_height = self._tag_height()
        x, tag_row_y = 0.0, tags_y
        for concept in item.concepts:
            text = tag_text(concept)
            tag_width = min(width, small.horizontalAdvance(text) + 2 * TAG_PADDING_X)
            if x > 0 and x + tag_width > width:
                x, tag_row_y = 0.0, tag_row_y + tag_height + TAG_SPACING
            tags.append((x, tag_row_y, tag_width, text))
            x += tag_width + TAG_SPACING
        if tags:
            y = tag_row_y + tag_height
        height = round(y + 2 * CARD_PADDING + 2 * CARD_MARGIN_Y)
        layout = _CardLayout(quote_lines, note_lines, tuple(tags), quote_y, note_y, tags_y, height)
        if len(self._cards) > 20_000:  # widths change while resizing; don't grow forever
            self._cards.clear()
        self._cards[key] = layout
        return layout

    def _header_layout(self, row_width: int) -> _HeaderLayout:
        cached = self._headers.get(row_width)
        if cached is None:
            fonts = self._current_fonts()
            width = row_width - 2 * CARD_MARGIN_X - 4
            explanation = panel_text(UNPLACED_EXPLANATION)
            lines = wrapped_lines(explanation, fonts.small, width, HEADER_LINES)
            heading = QFontMetricsF(fonts.heading).lineSpacing()
            body = len(lines) * QFontMetricsF(fonts.small).lineSpacing()
            cached = _HeaderLayout(lines, round(14 + heading + 2 + body + 6))
            self._headers[row_width] = cached
        return cached

    def _chip_height(self) -> float:
        return QFontMetricsF(self._current_fonts().chip).height() + 4

    def _tag_height(self) -> float:
        return QFontMetricsF(self._current_fonts().small).height() + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._row_width()
        item = index.data(HIGHLIGHT_ROLE)
        if item is None:
            return QSize(width, self._header_layout(width).height)
        return QSize(width, self._card_layout(item, width).height)

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        item = index.data(HIGHLIGHT_ROLE)
        rect = QRectF(option.rect)
        palette: QPalette = option.palette
        state: QStyle.StateFlag = option.state
        if item is None:
            self._paint_header(painter, rect, palette, int(index.data(ORPHAN_COUNT_ROLE) or 0))
        else:
            self._paint_card(painter, rect, palette, state, item)
        painter.restore()

    def _paint_header(self, painter: QPainter, rect: QRectF, palette: QPalette, count: int) -> None:
        fonts = self._current_fonts()
        # The header row is disabled (so keys skip it), which would grey its text out.
        palette = QPalette(palette)
        palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
        muted = mix(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.3
        )
        left = rect.left() + CARD_MARGIN_X + 2
        rule = QPen(
            mix(muted, palette.color(QPalette.ColorRole.Base), 0.4), 1, Qt.PenStyle.DashLine
        )
        painter.setPen(rule)
        painter.drawLine(
            QPointF(left, rect.top() + 6.5), QPointF(rect.right() - CARD_MARGIN_X, rect.top() + 6.5)
        )
        heading = QFontMetricsF(fonts.heading)
        y = rect.top() + 14
        painter.setFont(fonts.heading)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QPointF(left, y + heading.ascent()), self.tr("Unplaced · {count}").format(count=count)
        )
        y += heading.lineSpacing() + 2
        painter.setFont(fonts.small)
        painter.setPen(muted)
        small = QFontMetricsF(fonts.small)
        for line in self._header_layout(round(rect.width())).explanation:
            painter.drawText(QPointF(left, y + small.ascent()), line)
            y += small.lineSpacing()

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        item: HighlightData,
    ) -> None:
        fonts = self._current_fonts()
        layout = self._card_layout(item, round(rect.width()))
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = mix(text_color, base, 0.25)

        card = paint_card_frame(
            painter,
            rect,
            palette,
            state,
            bar=shade(item.color),
            placed=item.placed,
            corner=CORNER,
            bar_width=COLOR_BAR,
        )

        left = card.left() + COLOR_BAR + CARD_PADDING
        top = card.top() + CARD_PADDING

        # The colour named in words, so it never depends on seeing the colour.
        chip_metrics = QFontMetricsF(fonts.chip)
        chip_text = color_title(item.color)
        chip = QRectF(
            left, top, chip_metrics.horizontalAdvance(chip_text) + 12, self._chip_height()
        )
        painter.setPen(QPen(edge(item.color), 1))
        painter.setBrush(shade(item.color))
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(fonts.chip)
        painter.setPen(QColor(INK))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        if not item.placed:
            small = QFontMetricsF(fonts.small)
            painter.setFont(fonts.small)
            painter.setPen(muted)
            painter.drawText(
                QPointF(
                    chip.right() + 8, chip.center().y() + (small.ascent() - small.descent()) / 2
                ),
                self.tr("Not found in the text"),
            )

        quote_font = fonts.quote if item.placed else fonts.orphan_quote
        quote_metrics = QFontMetricsF(quote_font)
        painter.setFont(quote_font)
        painter.setPen(text_color if item.placed else muted)
        y = top + layout.quote_y
        for line in layout.quote:
            painter.drawText(QPointF(left, y + quote_metrics.ascent()), line)
            y += quote_metrics.lineSpacing()

        small = QFontMetricsF(fonts.small)
        if layout.note:
            painter.setFont(fonts.small)
            painter.setPen(muted)
            y = top + layout.note_y
            for line in layout.note:
                painter.drawText(QPointF(left, y + small.ascent()), line)
                y += small.lineSpacing()

        if layout.tags:
            painter.setFont(fonts.small)
            tag_fill = mix(base, text_color, 0.07)
            tag_edge = mix(base, text_color, 0.2)
            for x, tag_y, width, text in layout.tags:
                tag = QRectF(left + x, top + tag_y, width, self._tag_height())
                painter.setPen(QPen(tag_edge, 1))
                painter.setBrush(tag_fill)
                painter.drawRoundedRect(tag.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
                painter.setPen(text_color)
                label = small.elidedText(
                    text, Qt.TextElideMode.ElideRight, width - 2 * TAG_PADDING_X
                )
                painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)


# -- list ------------------------------------------------------------------------------
class HighlightListView(QListView):
    """The card list; Enter and Delete act on the selected card."""

    enter_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_message = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            event.accept()
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_message:
            painter = QPainter(self.viewport())
            color = mix(
                self.palette().color(QPalette.ColorRole.Text),
                self.palette().color(QPalette.ColorRole.Base),
                0.4,
            )
            painter.setPen(color)
            painter.drawText(
                self.viewport().rect().adjusted(16, 24, -16, -16),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_message,
            )
            painter.end()


# -- panel -----------------------------------------------------------------------------
class AnnotationsPanel(QWidget):
    """The side panel listing the open article's highlights, with the selected one's note."""

    highlight_activated = Signal(str)  # scroll the reader to this highlight
    delete_requested = Signal(str)
    note_edited = Signal(str, str)  # highlight id, the whole new note
    color_requested = Signal(str, str)  # highlight id, colour name
    place_requested = Signal(str)  # place this orphan at the reader's text selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Annotations"))
        self._meanings: dict[str, str] = {}
        self._editing_id: str | None = None  # whose note the editor shows
        self._pending_id: str | None = None  # whose note has typing not yet sent
        self._detached_text = ""  # that typing, if the editor moved on before it was sent
        self._loading_note = False
        self._refreshing = False
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)

        self.color_filter = QComboBox()
        self.color_filter.setAccessibleName(self.tr("Filter highlights by colour"))
        self.color_filter.setAccessibleDescription(
            self.tr("Shows only the highlights of the chosen colour")
        )
        self.color_filter.view().setAccessibleName(self.tr("Colours to show"))
        self.color_filter.addItem(self.tr("All colours"), None)
        for color in COLORS:
            self.color_filter.addItem(swatch_icon(color), color_title(color), color)
        self.color_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.concept_filter = QComboBox()
        self.concept_filter.setAccessibleName(self.tr("Filter highlights by concept"))
        self.concept_filter.setAccessibleDescription(
            self.tr("Shows only the highlights tagged with the chosen concept")
        )
        self.concept_filter.view().setAccessibleName(self.tr("Concepts to show"))
        self.concept_filter.addItem(self.tr("All concepts"), None)
        self.concept_filter.currentIndexChanged.connect(self._on_concept_filter_changed)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Highlight count"))

        self.model = HighlightListModel(self)
        self.list_view = HighlightListView()
        self.list_view.setAccessibleName(self.tr("Highlights"))
        self.list_view.setAccessibleDescription(
            self.tr("Enter shows the highlight in the article; Delete deletes it")
        )
        self.list_view.setModel(self.model)
        self.delegate = HighlightCardDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.verticalScrollBar().setSingleStep(24)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A card's height follows the list's width, and QListView does not lay rows out
        # again when a scrollbar appears; keeping it shown stops cards from overlapping.
        self.list_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Cards are as wide as the list and their height follows the width.
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setMouseTracking(True)  # hover outline
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list_view.clicked.connect(self._on_clicked)
        self.list_view.enter_pressed.connect(self._activate_selected)
        self.list_view.delete_pressed.connect(self._request_delete)

        self.note_label = QLabel(self.tr("&Note"))
        self.note_label.setAccessibleName(self.tr("Note"))
        self.note_editor = QPlainTextEdit()
        self.note_editor.setAccessibleName(self.tr("Note for the selected highlight"))
        self.note_editor.setAccessibleDescription(self.tr("Saved as you type"))
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.setMinimumHeight(90)
        self.note_editor.textChanged.connect(self._on_note_typed)
        self.note_editor.installEventFilter(self)
        self.note_label.setBuddy(self.note_editor)

        self.color_button = QToolButton()
        self.color_button.setAccessibleName(self.tr("Change colour"))
        self.color_button.setAccessibleDescription(
            self.tr("Choose another colour for the selected highlight")
        )
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.color_menu = QMenu(self.color_button)
        self.color_menu.setAccessibleName(self.tr("Colours"))
        self._color_group = QActionGroup(self)
        self._color_group.setExclusive(True)
        for color in COLORS:
            action = self.color_menu.addAction(swatch_icon(color), color_title(color))
            action.setCheckable(True)
            action.setData(color)
            self._color_group.addAction(action)
        self._color_group.triggered.connect(lambda action: self._request_color(str(action.data())))
        self.color_button.setMenu(self.color_menu)

        self.place_button = QPushButton(self.tr("Place at Selection"))
        self.place_button.setAccessibleName(self.tr("Place at Selection"))
        self.place_button.setToolTip(
            self.tr("Attach this unplaced highlight to the passage selected in the article")
        )
        self.place_button.setAccessibleDescription(self.place_button.toolTip())
        self.place_button.clicked.connect(self._request_place)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete highlight"))
        self.delete_button.setToolTip(self.tr("Delete the selected highlight (Delete)"))
        self.delete_button.clicked.connect(self._request_delete)

        top = QHBoxLayout()
        top.addWidget(self.color_filter, 1)
        top.addWidget(self.concept_filter, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.color_button)
        buttons.addWidget(self.place_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list_view, 4)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_editor, 1)
        layout.addLayout(buttons)

        self._update_count()
        self._show_selected()

    # -- public ------------------------------------------------------------------------
    def set_highlights(self, items: Sequence[HighlightData], meanings: Mapping[str, str]) -> None:
        """Show ``items`` (reading order, orphans last), keeping the selection if it stays.

        Never sends ``note_edited``: typing not yet sent keeps waiting for its timer.
        """
        self._meanings = dict(meanings)
        self._update_color_names()
        keep = self.selected_id()
        scroll = self.list_view.verticalScrollBar().value()
        self._refreshing = True
        try:
            changed = self.model.set_items(items)
            if changed is None:
                self.list_view.doItemsLayout()
                row = self.model.row_of(keep) if keep is not None else None
                if row is not None:
                    self._select_row(row)
                self.list_view.verticalScrollBar().setValue(scroll)
            elif changed:
                # A longer note or a new concept changes a card's height.
                self.delegate.sizeHintChanged.emit(self.model.index(changed[0]))
        finally:
            self._refreshing = False
        self._update_count()
        self._after_refresh()

    def select_highlight(self, highlight_id: str | None) -> None:
        """Select and show ``highlight_id`` without asking the reader to scroll to it."""
        if highlight_id is None:
            self.list_view.selectionModel().clearSelection()
            return
        if self.model.row_of(highlight_id) is None and self.model.find(highlight_id):
            # Filtered out: show every highlight again.
            self.color_filter.setCurrentIndex(0)
            self.concept_filter.setCurrentIndex(0)
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        self._select_row(row)
        self.list_view.scrollTo(self.model.index(row))

    def selected_id(self) -> str | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return str(rows[0].data(HIGHLIGHT_ID_ROLE)) if rows else None

    def focus_note_editor(self) -> None:
        if self._editing_id is not None:
            self.note_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush_note(self) -> None:
        highlight_id = self._pending_id
        if highlight_id is None:
            return
        self._pending_id = None
        self._note_timer.stop()
        if highlight_id == self._editing_id:
            text = self.note_editor.toPlainText()
        else:
            text = self._detached_text
        if self.model.find(highlight_id) is None:
            return  # deleted meanwhile: nothing to save it into
        self.model.update_note(highlight_id, text)
        row = self.model.row_of(highlight_id)
        if row is not None:  # the card's note preview may need more or fewer lines
            self.delegate.sizeHintChanged.emit(self.model.index(row))
        self.note_edited.emit(highlight_id, text)

    # -- selection ---------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _selected(self) -> HighlightData | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return self.model.highlight_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._refreshing:
            return  # set_highlights settles the editor itself, without sending anything
        self.flush_note()
        self._show_selected()

    def _show_selected(self) -> None:
        item = self._selected()
        if self._pending_id is not None and self._pending_id == self._editing_id:
            self._detached_text = self.note_editor.toPlainText()
        self._editing_id = item.id if item else None
        self._load_note(item.note if item else "", keep_cursor=False)
        self.note_editor.setEnabled(item is not None)
        self.note_editor.setPlaceholderText(
            panel_text(NOTE_PLACEHOLDER if item else NO_SELECTION_PLACEHOLDER)
        )
        self._update_buttons(item)

    def _after_refresh(self) -> None:
        item = self._selected()
        if (item.id if item else None) != self._editing_id:
            self._show_selected()
            return
        self._update_buttons(item)
        if item is None or self._pending_id == item.id:
            return  # the user's unsent typing is newer than what just arrived
        if item.note != self.note_editor.toPlainText():
            self._load_note(item.note, keep_cursor=True)  # changed elsewhere, say by undo

    def _load_note(self, text: str, keep_cursor: bool) -> None:
        if text == self.note_editor.toPlainText():
            return  # leave the cursor and the editor's own undo alone
        position = self.note_editor.textCursor().position()
        self._loading_note = True
        try:
            self.note_editor.setPlainText(text)
        finally:
            self._loading_note = False
        if keep_cursor:
            cursor = self.note_editor.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.note_editor.setTextCursor(cursor)

    def _update_buttons(self, item: HighlightData | None) -> None:
        self.color_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.place_button.setEnabled(item is not None and not item.placed)
        if item is None:
            self.color_button.setText(self.tr("Colour"))
            self.color_button.setIcon(swatch_icon("none"))
            self.color_button.setToolTip(self.tr("Select a highlight to change its colour"))
            for action in self._color_group.actions():
                action.setChecked(False)
            return
        self.color_button.setText(color_title(item.color))
        self.color_button.setIcon(swatch_icon(item.color))
        self.color_button.setToolTip(
            self.tr("Colour: {color}. Click to choose another.").format(
                color=color_label(item.color, self._meanings)
            )
        )
        for action in self._color_group.actions():
            action.setChecked(action.data() == item.color)

    # -- filter and count --------------------------------------------------------------
    def _on_filter_changed(self, _index: int) -> None:
        self.flush_note()
        keep = self.selected_id()
        self._refreshing = True
        try:
            self.model.set_color_filter(self.color_filter.currentData())
            row = self.model.row_of(keep) if keep is not None else None
            if row is not None:
                self._select_row(row)
                self.list_view.scrollTo(self.model.index(row))
        finally:
            self._refreshing = False
        self._update_count()
        self._show_selected()

    def set_concepts(self, names: Sequence[str]) -> None:
        """The concepts the filter offers; the chosen one stays chosen if it still exists."""
        current = self.concept_filter.currentData()
        self.concept_filter.blockSignals(True)
        self.concept_filter.clear()
        self.concept_filter.addItem(self.tr("All concepts"), None)
        for name in names:
            self.concept_filter.addItem(tag_text(name), concept_key(name))
        index = self.concept_filter.findData(current) if current is not None else 0
        self.concept_filter.setCurrentIndex(max(0, index))
        self.concept_filter.blockSignals(False)
        if index < 0:
            self._on_concept_filter_changed(0)

    def show_concept(self, name: str | None) -> None:
        """Narrow the list to one concept's highlights (None: all)."""
        index = self.concept_filter.findData(concept_key(name)) if name else 0
        self.concept_filter.setCurrentIndex(max(0, index))

    def _on_concept_filter_changed(self, _index: int) -> None:
        self.flush_note()
        keep = self.selected_id()
        self.model.set_concept_filter(self.concept_filter.currentData())
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._select_row(row)
        self._update_count()
        self._show_selected()

    def _update_count(self) -> None:
        total = self.model.total_count()
        color = self.model.color_filter()
        if total == 0:
            self.count_label.setText(self.tr("No highlights"))
            self.list_view.empty_message = self.tr(
                "No highlights yet. Select a passage in the article to highlight it."
            )
        elif not self.model.filtered():
            self.count_label.setText(english_plural(self.tr("%n highlight(s)", "", total), total))
        else:
            shown = self.tr("{shown} of %n highlight(s)", "", total)
            self.count_label.setText(
                english_plural(shown, total).format(shown=self.model.shown_count())
            )
            self.list_view.empty_message = self._no_match_message(color)
        self.list_view.viewport().update()

    def _no_match_message(self, color: str | None) -> str:
        """What the empty list says when the filters leave nothing of this article's."""
        concept = self.concept_filter.currentText() if self.concept_filter.currentIndex() else ""
        # Colour names read in lower case inside a sentence: "No yellow highlights".
        name = color_title(color).lower() if color else ""
        if name and concept:
            return self.tr("No {color} “{concept}” highlights in this article.").format(
                color=name, concept=concept
            )
        if concept:
            return self.tr("No “{concept}” highlights in this article.").format(concept=concept)
        return self.tr("No {color} highlights in this article.").format(color=name)

    def _update_color_names(self) -> None:
        for number, color in enumerate(COLORS, start=1):
            self.color_filter.setItemText(number, color_label(color, self._meanings))
        for action in self._color_group.actions():
            action.setText(color_label(str(action.data()), self._meanings))

    # -- requests ----------------------------------------------------------------------
    def _on_clicked(self, index: QModelIndex) -> None:
        highlight_id = index.data(HIGHLIGHT_ID_ROLE)
        if highlight_id is not None:
            self.highlight_activated.emit(str(highlight_id))

    def _activate_selected(self) -> None:
        highlight_id = self.selected_id()
        if highlight_id is not None:
            self.highlight_activated.emit(highlight_id)

    def _request_delete(self) -> None:
        highlight_id = self.selected_id()
        if highlight_id is not None:
            self.flush_note()  # so undoing the delete brings the note back whole
            self.delete_requested.emit(highlight_id)

    def _request_color(self, color: str) -> None:
        item = self._selected()
        if item is not None and item.color != color:
            self.color_requested.emit(item.id, color)

    def _request_place(self) -> None:
        item = self._selected()
        if item is not None and not item.placed:
            self.flush_note()
            self.place_requested.emit(item.id)

    # -- events ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_editor and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        return super().eventFilter(watched, event)

    def _on_note_typed(self) -> None:
        if self._loading_note or self._editing_id is None:
            return
        if self._pending_id is not None and self._pending_id != self._editing_id:
            self.flush_note()  # typing left behind for another highlight goes first
        self._pending_id = self._editing_id
        self._note_timer.start()
