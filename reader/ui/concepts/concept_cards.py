"""How the Concepts panel paints: a concept as name and counts, a passage as a card."""

from __future__ import annotations

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
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CARD_MARGIN_Y,
    CardFontCache,
    CardFonts,
    CardLayout,
    HeaderLayout,
    mix,
    muted_color,
    paint_card_frame,
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


CARD_PADDING = 8


COLOR_BAR = 5


GAP = 4


HEADER_TOP = 12  # space above an article's title, so groups stand apart


HEADER_BOTTOM = 4


NOTE_LINES = 3


TITLE_LINES = 2


class PassageDelegate(QStyledItemDelegate):
    """Paints article headers, and passages as cards: section, quote in context, note.

    Laying text out is the costly part, so layouts are cached by content and width.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts = CardFontCache(view)
        self._cards: dict[tuple[Passage, int], CardLayout] = {}
        self._headers: dict[tuple[str, int], HeaderLayout] = {}

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

    def _header_layout(self, title: str, row_width: int) -> HeaderLayout:
        key = (title, row_width)
        cached = self._headers.get(key)
        if cached is None:
            fonts = self._current_fonts()
            width = row_width - 2 * CARD_MARGIN_X - 4
            lines = wrapped_lines(title, fonts.bold, width, TITLE_LINES)
            spacing = QFontMetricsF(fonts.bold).lineSpacing()
            cached = HeaderLayout(
                lines, round(HEADER_TOP + max(1, len(lines)) * spacing + HEADER_BOTTOM)
            )
            if len(self._headers) > 5_000:
                self._headers.clear()
            self._headers[key] = cached
        return cached

    def _card_layout(self, passage: Passage, row_width: int) -> CardLayout:
        key = (passage, row_width)
        cached = self._cards.get(key)
        if cached is not None:
            return cached
        fonts = self._current_fonts()
        width = self._content_width(row_width)
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

        note = wrapped_lines(passage.note, fonts.small, width, NOTE_LINES)
        note_y = y + GAP + 1
        if note:
            y = note_y + len(note) * small.lineSpacing()
        height = round(y + 2 * CARD_PADDING + 2 * CARD_MARGIN_Y)
        layout = CardLayout(
            height, quote_y, quote_text=quote, note=note, note_y=note_y, section=section
        )
        if len(self._cards) > 5_000:  # widths change while resizing; don't grow forever
            self._cards.clear()
        self._cards[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._row_width()
        passage = index.data(PASSAGE_ROLE)
        if isinstance(passage, Passage):
            return QSize(width, self._card_layout(passage, width).height)
        title = str(index.data(ARTICLE_TITLE_ROLE) or "")
        return QSize(width, self._header_layout(title, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(option.rect)
        palette: QPalette = option.palette
        passage = index.data(PASSAGE_ROLE)
        if isinstance(passage, Passage):
            self._paint_card(painter, rect, palette, option.state, passage)
        else:
            self._paint_header(painter, rect, palette, str(index.data(ARTICLE_TITLE_ROLE) or ""))
        painter.restore()

    def _paint_header(self, painter: QPainter, rect: QRectF, palette: QPalette, title: str) -> None:
        fonts = self._current_fonts()
        # Header rows are disabled (so keys skip them), which would grey their text out.
        palette = QPalette(palette)
        palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
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
        passage: Passage,
    ) -> None:
        fonts = self._current_fonts()
        layout = self._card_layout(passage, round(rect.width()))
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = muted_color(palette)

        card = paint_card_frame(
            painter,
            rect,
            palette,
            state,
            bar=edge(passage.color),
            placed=passage.placed,
            corner=CORNER,
            bar_width=COLOR_BAR,
        )

        left = card.left() + COLOR_BAR + CARD_PADDING
        top = card.top() + CARD_PADDING
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

        if layout.note:
            painter.setFont(fonts.small)
            painter.setPen(muted)
            y = top + layout.note_y
            for line in layout.note:
                painter.drawText(QPointF(left, y + small.ascent()), line)
                y += small.lineSpacing()
