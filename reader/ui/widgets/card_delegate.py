"""What the two card lists' painters share: the Annotations panel's highlight cards and
the Concepts panel's passage cards.

Laying text out is the costly part of painting a card, so layouts are cached by content
and width (a thousand cards then lay out once and scroll smoothly) and forgotten when
the view's font changes. A subclass says how wide its colour bar and padding are, lays
out one card (``_lay_out_card``) and a header row, and paints them.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CARD_MARGIN_Y,
    CardFontCache,
    CardFonts,
    CardLayout,
    HeaderLayout,
    paint_card_frame,
)
from reader.ui.widgets.text_layout import wrapped_lines

Index = QModelIndex | QPersistentModelIndex

# Widths change while a panel is resized: cached layouts are dropped past these counts.
MOST_CARDS = 20_000
MOST_HEADERS = 5_000


class CardDelegate(QStyledItemDelegate):
    """Cards as rows of a list: cached layouts, and what every card paints alike."""

    COLOR_BAR = 6  # the colour bar at a card's left edge
    PADDING = 9  # inside the card, around its text
    NOTE_LINES = 2  # a note's preview, at most

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts = CardFontCache(view)
        self._cards: dict[Hashable, CardLayout] = {}
        self._headers: dict[Hashable, HeaderLayout] = {}

    # -- to be given by each kind of card ------------------------------------------------
    def _card_key(self, index: Index) -> Hashable | None:
        """What a card's layout depends on besides the width; None for a header row."""
        raise NotImplementedError

    def _lay_out_card(self, index: Index, fonts: CardFonts, width: float) -> CardLayout:
        raise NotImplementedError

    def _header_height(self, index: Index, row_width: int) -> int:
        raise NotImplementedError

    def _paint_header(
        self, painter: QPainter, rect: QRectF, palette: QPalette, index: Index
    ) -> None:
        raise NotImplementedError

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        index: Index,
        layout: CardLayout,
    ) -> None:
        raise NotImplementedError

    # -- geometry ----------------------------------------------------------------------
    def _current_fonts(self) -> CardFonts:
        fonts, changed = self._fonts.current()
        if changed:
            self._cards.clear()
            self._headers.clear()
        return fonts

    def _row_width(self) -> int:
        return max(120, self._view.viewport().width())

    def _content_width(self, row_width: int) -> float:
        return max(40.0, row_width - 2 * CARD_MARGIN_X - self.COLOR_BAR - 2 * self.PADDING)

    def _card_layout(self, index: Index, row_width: int) -> CardLayout:
        key = (self._card_key(index), row_width)
        cached = self._cards.get(key)
        if cached is None:
            fonts = self._current_fonts()
            cached = self._lay_out_card(index, fonts, self._content_width(row_width))
            if len(self._cards) > MOST_CARDS:
                self._cards.clear()
            self._cards[key] = cached
        return cached

    def _cached_header(self, key: Hashable, make: HeaderLayout) -> HeaderLayout:
        if len(self._headers) > MOST_HEADERS:
            self._headers.clear()
        self._headers[key] = make
        return make

    def _note(self, text: str, fonts: CardFonts, width: float) -> tuple[str, ...]:
        return wrapped_lines(text, fonts.small, width, self.NOTE_LINES)

    def _height(self, content: float) -> int:
        """A row's height for a card whose content is ``content`` tall."""
        return round(content + 2 * self.PADDING + 2 * CARD_MARGIN_Y)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._row_width()
        if self._card_key(index) is None:
            return QSize(width, self._header_height(index, width))
        return QSize(width, self._card_layout(index, width).height)

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(option.rect)
        if self._card_key(index) is None:
            # Header rows are disabled (so keys skip them), which would grey their text out.
            palette = QPalette(option.palette)
            palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
            self._paint_header(painter, rect, palette, index)
        else:
            layout = self._card_layout(index, round(rect.width()))
            self._paint_card(painter, rect, option.palette, option.state, index, layout)
        painter.restore()

    def _paint_frame(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        bar: QColor,
        placed: bool,
        corner: float,
        needs_look: bool = False,
        edge: QColor | None = None,
    ) -> QPointF:
        """The card's frame and colour bar; returns where its text starts."""
        card = paint_card_frame(
            painter,
            rect,
            palette,
            state,
            bar=bar,
            placed=placed,
            corner=corner,
            bar_width=self.COLOR_BAR,
            needs_look=needs_look,
            edge=edge,
        )
        return QPointF(card.left() + self.COLOR_BAR + self.PADDING, card.top() + self.PADDING)

    def _paint_note(
        self, painter: QPainter, layout: CardLayout, left: float, top: float, color: QColor
    ) -> None:
        """The note's preview lines, where the layout put them."""
        if not layout.note:
            return
        fonts = self._current_fonts()
        small = QFontMetricsF(fonts.small)
        painter.setFont(fonts.small)
        painter.setPen(color)
        y = top + layout.note_y
        for line in layout.note:
            painter.drawText(QPointF(left, y + small.ascent()), line)
            y += small.lineSpacing()
