"""A highlight as a card in the Annotations panel: colour bar and named chip, quote, note, tags.

A highlight that needs a look shows its passage then and the text at its proposed place
now, one under the other after "Then" and "Now", in a dashed card; its section's header
says what to do about it.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem

from reader.core.highlight_colors import INK
from reader.core.highlight_record import HighlightData
from reader.store.placement_checks import PlacementCheck
from reader.ui.annotations.highlight_model import (
    CHECK_EXPLANATION,
    CHECK_ROLE,
    CHECK_SECTION,
    HIGHLIGHT_ROLE,
    LAYER_ROW_ROLE,
    ORPHAN_COUNT_ROLE,
    SECTION_ROLE,
    UNPLACED_EXPLANATION,
    Index,
    panel_text,
)
from reader.ui.annotations.layer_cards import LayerCardPainter
from reader.ui.widgets.card_delegate import CardDelegate
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CardFonts,
    CardLayout,
    HeaderLayout,
    mix,
    tag_text,
)
from reader.ui.widgets.highlight_palette import color_title, edge, shade
from reader.ui.widgets.text_layout import wrapped_lines

QUOTE_LINES = 3


CHECK_LINES = 2  # of the passage then, and of the text now


HEADER_LINES = 3


TAG_PADDING_X = 6


TAG_SPACING = 4


CORNER = 6


GAP = 5


class HighlightCardDelegate(CardDelegate):
    """Paints a highlight as a card: colour bar and named chip, quote, note, concept tags."""

    COLOR_BAR = 6
    PADDING = 9
    NOTE_LINES = 2

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._layers = LayerCardPainter(self._fonts)  # other people's rows

    # -- other people's rows (a teacher's, the class's) -----------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        layer = index.data(LAYER_ROW_ROLE)
        if layer is None:
            return super().sizeHint(option, index)
        self._current_fonts()  # the delegate hears of a font change before the layers
        width = self._row_width()
        return QSize(width, self._layers.height(layer, width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        layer = index.data(LAYER_ROW_ROLE)
        if layer is None:
            super().paint(painter, option, index)
            return
        self._current_fonts()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._layers.paint(painter, QRectF(option.rect), option.palette, option.state, layer)
        painter.restore()

    # -- geometry ----------------------------------------------------------------------
    def _card_key(self, index: Index) -> Hashable | None:
        item = index.data(HIGHLIGHT_ROLE)
        if not isinstance(item, HighlightData):
            return None
        check: PlacementCheck | None = index.data(CHECK_ROLE)
        now_text = check.new_text if check is not None else None
        return (item.exact, item.note, item.concepts, item.placed, now_text)

    def _check_labels(self) -> tuple[str, str]:
        return self.tr("Then"), self.tr("Now")

    def _lay_out_card(self, index: Index, fonts: CardFonts, width: float) -> CardLayout:
        item: HighlightData = index.data(HIGHLIGHT_ROLE)
        check: PlacementCheck | None = index.data(CHECK_ROLE)
        small = QFontMetricsF(fonts.small)
        quote_font = fonts.body if item.placed else fonts.italic
        label_width = 0.0
        now_lines: tuple[str, ...] = ()
        if check is not None:
            bold = QFontMetricsF(fonts.small_bold)
            label_width = max(bold.horizontalAdvance(t) for t in self._check_labels()) + 8
            quote_lines = wrapped_lines(item.exact, quote_font, width - label_width, CHECK_LINES)
            now_lines = wrapped_lines(check.new_text, fonts.body, width - label_width, CHECK_LINES)
        else:
            quote_lines = wrapped_lines(item.exact, quote_font, width, QUOTE_LINES)
        note_lines = self._note(item.note, fonts, width)

        y = self._chip_height() + GAP
        quote_y = y
        y += max(1, len(quote_lines)) * QFontMetricsF(quote_font).lineSpacing()
        now_y = y + 2
        if check is not None:
            y = now_y + max(1, len(now_lines)) * QFontMetricsF(fonts.body).lineSpacing()
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
        return CardLayout(
            self._height(y),
            quote_y,
            quote=quote_lines,
            note=note_lines,
            note_y=note_y,
            tags=tuple(tags),
            tags_y=tags_y,
            now=now_lines,
            now_y=now_y,
            label_width=label_width,
        )

    def _header_height(self, index: Index, row_width: int) -> int:
        return self._header_layout(str(index.data(SECTION_ROLE)), row_width).height

    def _header_layout(self, section: str, row_width: int) -> HeaderLayout:
        cached = self._headers.get((section, row_width))
        if cached is None:
            fonts = self._current_fonts()
            width = row_width - 2 * CARD_MARGIN_X - 4
            checking = section == CHECK_SECTION
            explanation = panel_text(CHECK_EXPLANATION if checking else UNPLACED_EXPLANATION)
            lines = wrapped_lines(explanation, fonts.small, width, HEADER_LINES)
            heading = QFontMetricsF(fonts.small_bold).lineSpacing()
            body = len(lines) * QFontMetricsF(fonts.small).lineSpacing()
            cached = self._cached_header(
                (section, row_width), HeaderLayout(lines, round(14 + heading + 2 + body + 6))
            )
        return cached

    def _chip_height(self) -> float:
        return QFontMetricsF(self._current_fonts().chip).height() + 4

    def _tag_height(self) -> float:
        return QFontMetricsF(self._current_fonts().small).height() + 2

    # -- painting ----------------------------------------------------------------------
    def _paint_header(
        self, painter: QPainter, rect: QRectF, palette: QPalette, index: Index
    ) -> None:
        fonts = self._current_fonts()
        count = int(index.data(ORPHAN_COUNT_ROLE) or 0)
        section = str(index.data(SECTION_ROLE))
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
        title = (
            self.tr("Check these · {count}")
            if section == CHECK_SECTION
            else self.tr("Unplaced · {count}")
        )
        painter.drawText(QPointF(left, y + heading.ascent()), title.format(count=count))
        y += heading.lineSpacing() + 2
        painter.setFont(fonts.small)
        painter.setPen(muted)
        small = QFontMetricsF(fonts.small)
        for line in self._header_layout(section, round(rect.width())).lines:
            painter.drawText(QPointF(left, y + small.ascent()), line)
            y += small.lineSpacing()

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        index: Index,
        layout: CardLayout,
    ) -> None:
        item: HighlightData = index.data(HIGHLIGHT_ROLE)
        check: PlacementCheck | None = index.data(CHECK_ROLE)
        fonts = self._current_fonts()
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = mix(text_color, base, 0.25)

        start = self._paint_frame(
            painter,
            rect,
            palette,
            state,
            shade(item.color),
            item.placed,
            CORNER,
            needs_look=check is not None,
            edge=edge(item.color),
        )
        left, top = start.x(), start.y()

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
                self.tr("Needs a look") if check is not None else self.tr("Not found in the text"),
            )

        quote_font = fonts.body if item.placed else fonts.italic
        quote_metrics = QFontMetricsF(quote_font)
        if check is not None:
            self._paint_labels(painter, left, top, layout, muted, quote_metrics)
        text_left = left + layout.label_width
        painter.setFont(quote_font)
        painter.setPen(text_color if item.placed else muted)
        y = top + layout.quote_y
        for line in layout.quote:
            painter.drawText(QPointF(text_left, y + quote_metrics.ascent()), line)
            y += quote_metrics.lineSpacing()
        if check is not None:
            body = QFontMetricsF(fonts.body)
            painter.setFont(fonts.body)
            painter.setPen(text_color)
            y = top + layout.now_y
            for line in layout.now or ("",):
                painter.drawText(QPointF(text_left, y + body.ascent()), line)
                y += body.lineSpacing()

        small = QFontMetricsF(fonts.small)
        self._paint_note(painter, layout, left, top, muted)

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

    def _paint_labels(
        self,
        painter: QPainter,
        left: float,
        top: float,
        layout: CardLayout,
        color: QColor,
        quote: QFontMetricsF,
    ) -> None:
        """ "Then" and "Now" in a column before the two texts, on their first lines."""
        fonts = self._current_fonts()
        body = QFontMetricsF(fonts.body)
        painter.setFont(fonts.small_bold)
        painter.setPen(color)
        then, now = self._check_labels()
        # On each text's baseline, so the small label reads as part of its line.
        painter.drawText(QPointF(left, top + layout.quote_y + quote.ascent()), then)
        painter.drawText(QPointF(left, top + layout.now_y + body.ascent()), now)
