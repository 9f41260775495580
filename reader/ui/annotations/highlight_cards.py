"""A highlight as a card in the Annotations panel: colour bar and named chip, quote, note, tags."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.core.highlight_colors import INK
from reader.core.highlight_record import HighlightData
from reader.ui.annotations.highlight_model import (
    HIGHLIGHT_ROLE,
    LAYER_ROW_ROLE,
    ORPHAN_COUNT_ROLE,
    UNPLACED_EXPLANATION,
    Index,
    panel_text,
)
from reader.ui.annotations.layer_cards import LayerCardPainter
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CARD_MARGIN_Y,
    CardFontCache,
    CardFonts,
    CardLayout,
    HeaderLayout,
    mix,
    paint_card_frame,
    tag_text,
)
from reader.ui.widgets.highlight_palette import color_title, edge, shade
from reader.ui.widgets.text_layout import wrapped_lines

CARD_PADDING = 9


COLOR_BAR = 6


GAP = 5


QUOTE_LINES = 3


NOTE_LINES = 2


HEADER_LINES = 3


TAG_PADDING_X = 6


TAG_SPACING = 4


CORNER = 6


class HighlightCardDelegate(QStyledItemDelegate):
    """Paints a highlight as a card: colour bar and named chip, quote, note, concept tags.

    Laying text out is the costly part, so layouts are cached by content and width; a
    thousand cards then lay out once and scroll smoothly.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts = CardFontCache(view)
        self._layers = LayerCardPainter(self._fonts)  # other people's rows
        self._cards: dict[tuple[str, str, tuple[str, ...], bool, int], CardLayout] = {}
        self._headers: dict[int, HeaderLayout] = {}

    # -- geometry ----------------------------------------------------------------------
    def _current_fonts(self) -> CardFonts:
        fonts, changed = self._fonts.current()
        if changed:
            self._cards.clear()
            self._headers.clear()
        return fonts

    def _row_width(self) -> int:
        return max(120, self._view.viewport().width())

    @staticmethod
    def _content_width(row_width: int) -> float:
        return max(40.0, row_width - 2 * CARD_MARGIN_X - COLOR_BAR - 2 * CARD_PADDING)

    def _card_layout(self, item: HighlightData, row_width: int) -> CardLayout:
        key = (item.exact, item.note, item.concepts, item.placed, row_width)
        cached = self._cards.get(key)
        if cached is not None:
            return cached
        fonts = self._current_fonts()
        width = self._content_width(row_width)
        small = QFontMetricsF(fonts.small)
        quote_font = fonts.body if item.placed else fonts.italic
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
        layout = CardLayout(
            height,
            quote_y,
            quote=quote_lines,
            note=note_lines,
            note_y=note_y,
            tags=tuple(tags),
            tags_y=tags_y,
        )
        if len(self._cards) > 20_000:  # widths change while resizing; don't grow forever
            self._cards.clear()
        self._cards[key] = layout
        return layout

    def _header_layout(self, row_width: int) -> HeaderLayout:
        cached = self._headers.get(row_width)
        if cached is None:
            fonts = self._current_fonts()
            width = row_width - 2 * CARD_MARGIN_X - 4
            explanation = panel_text(UNPLACED_EXPLANATION)
            lines = wrapped_lines(explanation, fonts.small, width, HEADER_LINES)
            heading = QFontMetricsF(fonts.small_bold).lineSpacing()
            body = len(lines) * QFontMetricsF(fonts.small).lineSpacing()
            cached = HeaderLayout(lines, round(14 + heading + 2 + body + 6))
            self._headers[row_width] = cached
        return cached

    def _chip_height(self) -> float:
        return QFontMetricsF(self._current_fonts().chip).height() + 4

    def _tag_height(self) -> float:
        return QFontMetricsF(self._current_fonts().small).height() + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._row_width()
        layer = index.data(LAYER_ROW_ROLE)
        if layer is not None:
            return QSize(width, self._layers.height(layer, width))
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
        layer = index.data(LAYER_ROW_ROLE)
        if layer is not None:
            self._layers.paint(painter, rect, palette, state, layer)
        elif item is None:
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
        heading = QFontMetricsF(fonts.small_bold)
        y = rect.top() + 14
        painter.setFont(fonts.small_bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QPointF(left, y + heading.ascent()), self.tr("Unplaced · {count}").format(count=count)
        )
        y += heading.lineSpacing() + 2
        painter.setFont(fonts.small)
        painter.setPen(muted)
        small = QFontMetricsF(fonts.small)
        for line in self._header_layout(round(rect.width())).lines:
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

        quote_font = fonts.body if item.placed else fonts.italic
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
