"""How the Concepts panel paints: a concept as name and counts, a passage as a card."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.store.concepts import ConceptSummary, Passage
from reader.ui.concepts.concept_models import (
    ARTICLE_TITLE_ROLE,
    CONCEPT_ROLE,
    COUNTS_ROLE,
    PASSAGE_ROLE,
    ConceptListModel,
    Index,
    quote_in_context,
    section_text,
)
from reader.ui.widgets.card_delegate import CardDelegate
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CardFontCache,
    CardFonts,
    CardLayout,
    HeaderLayout,
    mix,
    muted_color,
)
from reader.ui.widgets.highlight_palette import edge, shade
from reader.ui.widgets.text_layout import wrapped_lines

ROW_PADDING_X = 8


ROW_PADDING_Y = 5


ROW_MARGIN = 2


SWATCH = 10


CORNER = 5


class ConceptDelegate(QStyledItemDelegate):
    """A concept as two lines: its name, and its counts in smaller, muted text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts = CardFontCache(view)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fonts, _ = self._fonts.current()
        height = (
            QFontMetricsF(fonts.body).lineSpacing()
            + 1
            + QFontMetricsF(fonts.small).lineSpacing()
            + 2 * ROW_PADDING_Y
            + 2 * ROW_MARGIN
        )
        return QSize(max(120, self._view.viewport().width()), round(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        concept = index.data(CONCEPT_ROLE)
        if not isinstance(concept, ConceptSummary):
            return
        fonts, _ = self._fonts.current()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette: QPalette = option.palette
        state: QStyle.StateFlag = option.state
        rect = QRectF(option.rect).adjusted(4, ROW_MARGIN, -4, -ROW_MARGIN)
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(accent, 1.5))
            painter.setBrush(mix(base, accent, 0.14))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), CORNER, CORNER)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(base, text_color, 0.05))
            painter.drawRoundedRect(rect, CORNER, CORNER)

        name = QFontMetricsF(fonts.body)
        small = QFontMetricsF(fonts.small)
        left = rect.left() + ROW_PADDING_X
        top = rect.top() + ROW_PADDING_Y
        if concept.color:
            swatch = QRectF(left, top + (name.height() - SWATCH) / 2, SWATCH, SWATCH)
            painter.setPen(QPen(edge(concept.color), 1))
            painter.setBrush(shade(concept.color))
            painter.drawRoundedRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        model = index.model()
        if isinstance(model, ConceptListModel) and model.has_colors():
            left += SWATCH + 8  # names line up whether or not they have a colour
        width = rect.right() - ROW_PADDING_X - left

        painter.setFont(fonts.body)
        painter.setPen(text_color)
        painter.drawText(
            QPointF(left, top + name.ascent()),
            name.elidedText(concept.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(fonts.small)
        painter.setPen(muted_color(palette))
        counts = str(index.data(COUNTS_ROLE) or "")
        painter.drawText(
            QPointF(left, top + name.lineSpacing() + 1 + small.ascent()),
            small.elidedText(counts, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


HEADER_TOP = 12  # space above an article's title, so groups stand apart


HEADER_BOTTOM = 4


TITLE_LINES = 2


GAP = 4


class PassageDelegate(CardDelegate):
    """Paints article headers, and passages as cards: section, quote in context, note."""

    COLOR_BAR = 5
    PADDING = 8
    NOTE_LINES = 3

    def _card_key(self, index: Index) -> Hashable | None:
        passage = index.data(PASSAGE_ROLE)
        return passage if isinstance(passage, Passage) else None

    def _header_layout(self, title: str, row_width: int) -> HeaderLayout:
        key = (title, row_width)
        cached = self._headers.get(key)
        if cached is None:
            fonts = self._current_fonts()
            width = row_width - 2 * CARD_MARGIN_X - 4
            lines = wrapped_lines(title, fonts.bold, width, TITLE_LINES)
            spacing = QFontMetricsF(fonts.bold).lineSpacing()
            height = round(HEADER_TOP + max(1, len(lines)) * spacing + HEADER_BOTTOM)
            cached = self._cached_header(key, HeaderLayout(lines, height))
        return cached

    def _header_height(self, index: Index, row_width: int) -> int:
        return self._header_layout(str(index.data(ARTICLE_TITLE_ROLE) or ""), row_width).height

    def _lay_out_card(self, index: Index, fonts: CardFonts, width: float) -> CardLayout:
        passage: Passage = index.data(PASSAGE_ROLE)
        small = QFontMetricsF(fonts.small)

        section = section_text(passage)
        y = 0.0
        if section:
            y += small.lineSpacing() + GAP
        quote_y = y

        before, exact, after = quote_in_context(passage)
        quote = QTextLayout(before + exact + after, fonts.body)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        quote.setTextOption(option)
        bold = QTextLayout.FormatRange()
        bold.start = len(before)
        bold.length = len(exact)
        bold_format = QTextCharFormat()
        bold_format.setFontWeight(QFont.Weight.Bold)
        bold.format = bold_format
        quote.setFormats([bold])
        quote.beginLayout()
        line_y = 0.0
        while True:
            line = quote.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, line_y))
            line_y += line.height()
        quote.endLayout()
        y += line_y

        note = self._note(passage.note, fonts, width)
        note_y = y + GAP + 1
        if note:
            y = note_y + len(note) * small.lineSpacing()
        return CardLayout(
            self._height(y), quote_y, quote_text=quote, note=note, note_y=note_y, section=section
        )

    def _paint_header(
        self, painter: QPainter, rect: QRectF, palette: QPalette, index: Index
    ) -> None:
        fonts = self._current_fonts()
        title = str(index.data(ARTICLE_TITLE_ROLE) or "")
        metrics = QFontMetricsF(fonts.bold)
        left = rect.left() + CARD_MARGIN_X + 2
        y = rect.top() + HEADER_TOP
        painter.setFont(fonts.bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for line in self._header_layout(title, round(rect.width())).lines:
            painter.drawText(QPointF(left, y + metrics.ascent()), line)
            y += metrics.lineSpacing()

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        index: Index,
        layout: CardLayout,
    ) -> None:
        passage: Passage = index.data(PASSAGE_ROLE)
        fonts = self._current_fonts()
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = muted_color(palette)

        start = self._paint_frame(
            painter, rect, palette, state, edge(passage.color), passage.placed, CORNER
        )
        left, top = start.x(), start.y()
        width = self._content_width(round(rect.width()))
        small = QFontMetricsF(fonts.small)
        if layout.section:
            font = fonts.small if passage.placed else fonts.small_italic
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                QPointF(left, top + small.ascent()),
                QFontMetricsF(font).elidedText(layout.section, Qt.TextElideMode.ElideRight, width),
            )

        painter.setPen(text_color if passage.placed else mix(text_color, base, 0.2))
        assert layout.quote_text is not None
        layout.quote_text.draw(painter, QPointF(left, top + layout.quote_y))

        self._paint_note(painter, layout, left, top, muted)
