"""The reading view: an article rendered as a book-like page, never fetching anything.

A QTextBrowser with a centred column of about 70 characters. It loads no resource at all
(no remote image, no local file), and a link opens in the system browser only when the
reader clicks it and confirms the full address.

Highlights are painted beneath the text. One that needs a look (its article changed and
its new place is only proposed) is drawn apart: a dashed outline in its colour over a
faint wash, never the solid mark of a placed highlight, until the reader says "Yes, here".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import QMenu, QMessageBox, QTextBrowser, QToolTip, QWidget

from reader.core.highlight_colors import COLORS
from reader.core.highlight_record import HighlightData
from reader.core.layout_bounds import ZERO_WIDTH_SPACE, bound_layout
from reader.core.links import display_address
from reader.core.rendering import ReadingStyle, reading_stylesheet
from reader.core.themes import (
    HIGHLIGHT_ALPHA,
    LIGHT,
    MEASURE_CHARACTERS,
    READING_FONTS,
    SANS_FONTS,
    Theme,
)
from reader.ui.reading.layer_marks import LayerMark, marks_at, paint_marks
from reader.ui.reading.selection_toolbar import SelectionToolbar
from reader.ui.reading.text_positions import PositionMap, qt_visible_text
from reader.ui.widgets.highlight_palette import color_label, swatch_icon

MIN_SIDE_MARGIN = 24
FOLLOWABLE_SCHEMES = {"http", "https", "mailto"}
# The reading font: "serif" (the default), "sans", or one family the reader chose.
FONT_CHOICES = {"serif": READING_FONTS, "sans": SANS_FONTS}


def reading_families(choice: str) -> list[str]:
    """The families to try, in order, for a font choice; a chosen family falls back to
    the serif ones if it is uninstalled later."""
    return FONT_CHOICES.get(choice) or [choice, *READING_FONTS]


def _line_x(line: QTextLine, position: int) -> float:
    # PySide returns (x, position) here, where C++ returns x and updates the position.
    result: Any = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def proposed_span(item: HighlightData) -> tuple[int, int]:
    """Where a highlight that needs a look is proposed to stand now (reading-text offsets)."""
    start = item.proposed_start if item.proposed_start is not None else item.start
    end = item.proposed_end if item.proposed_end is not None else start
    return start, end


class ReaderView(QTextBrowser):
    """Shows one article's HTML and reports where the reader is."""

    position_changed = Signal(int)  # character offset of the first line in view
    link_refused = Signal(str)
    highlight_clicked = Signal(str)  # a click (not a drag) landed on a highlight
    highlight_requested = Signal(str)  # highlight the selection in this colour
    note_requested = Signal()  # highlight the selection (if needed) and write a note
    delete_requested = Signal(str)
    recolor_requested = Signal(str, str)
    edit_note_requested = Signal(str)
    confirm_requested = Signal(str)  # "Yes, here" on a proposed place
    reject_requested = Signal(str)  # "Not here"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # A caret the keyboard moves: arrows move it, Shift+arrows select, so a passage can
        # be chosen and highlighted (H) without a mouse. Links stay reachable by Tab.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(
            self.tr(
                "The arrow keys move through the text and Shift with an arrow selects; "
                "then H highlights the selection and N adds a note."
            )
        )
        self.anchorClicked.connect(self._follow_link)
        self.theme = LIGHT
        self.measure = MEASURE_CHARACTERS
        self.style_options = ReadingStyle()
        self.set_comfort(LIGHT, ReadingStyle(), MEASURE_CHARACTERS)
        self._position_timer = QTimer(self, singleShot=True, interval=400)
        self._place: int | None = None  # where show_html was asked to show the article
        self._placing = False
        # Any other scroll (the reader's, a passage shown) ends the wait for that place.
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._position_timer.timeout.connect(
            lambda: self.position_changed.emit(self.top_position())
        )
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._position_timer.start())
        self.highlights: list[HighlightData] = []
        self.annotatable = True  # False while the original text is shown
        self.proposals: list[HighlightData] = []  # needing a look: drawn dashed, apart
        self.layer_marks: list[LayerMark] = []  # a teacher's or the class's (layer_marks.py)
        self.selected_highlight: str | None = None
        self.meanings: Mapping[str, str] = {}
        self.positions = PositionMap("", "")
        self.toolbar = SelectionToolbar(self.viewport())
        self.toolbar.color_chosen.connect(self.highlight_requested.emit)
        self.toolbar.note_requested.connect(self.note_requested.emit)
        self.selectionChanged.connect(self._selection_changed)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.toolbar.hide())

    def set_comfort(
        self, theme: Theme, style: ReadingStyle, measure: int, font_choice: str = "serif"
    ) -> None:
        """Theme, font, text size, line spacing and line width; applies to the next
        show_html."""
        self.theme, self.measure = theme, measure
        self.style_options = ReadingStyle(
            font_size_pt=style.font_size_pt,
            line_height_percent=style.line_height_percent,
            text_color=theme.text,
            muted_color=theme.muted,
            link_color=theme.link,
            rule_color=theme.rule,
            code_background=theme.code_background,
            quote_color=theme.quote,
        )
        font = QFont()
        font.setFamilies(reading_families(font_choice))
        font.setPointSizeF(style.font_size_pt)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.page))
        palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        self.setPalette(palette)
        self.document().setDefaultStyleSheet(reading_stylesheet(self.style_options))
        # Force the column to be measured again for the new font and width.
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        frame_format.setLeftMargin(-1)
        frame.setFrameFormat(frame_format)
        self._apply_measure()

    # No resource is ever loaded: images are already placeholders, and this closes the door
    # on anything else a document might ask for.
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None

    def show_html(
        self, body: str, position: int = 0, reading: str | None = None, annotatable: bool = True
    ) -> None:
        """Show an article; ``reading`` is its reading text, to which highlights are tied.
        A text that is not ``annotatable`` (the original text) offers no colour toolbar."""
        self._position_timer.stop()
        self.toolbar.hide()
        self.annotatable = annotatable
        self.highlights = []
        self.proposals = []
        self.layer_marks = []
        # Long runs and paragraphs get invisible breaks, or their layout takes minutes.
        self.setHtml(bound_layout(body))
        shown = qt_visible_text(self.document().toRawText())
        self.positions = PositionMap(shown if reading is None else reading, shown)
        self._apply_measure()
        # At its place at once, so the first frame that shows the article shows the
        # reader's place; and again once Qt has settled the layout (a scroll bar appearing
        # narrows the page). Until then the place is the one asked for: a window closed or
        # an article left in between keeps it.
        self._place = position
        self._scroll_to(position)
        QTimer.singleShot(0, self, self._settle_place)

    def _settle_place(self) -> None:
        if self._place is not None:
            self._scroll_to(self._place)
            self._place = None

    # -- highlights --------------------------------------------------------------------
    def set_highlights(
        self,
        items: Sequence[HighlightData],
        selected: str | None = None,
        meanings: Mapping[str, str] | None = None,
    ) -> None:
        """Paint the placed highlights; overlapping ones blend, so both stay visible.
        Those needing a look are painted dashed at their proposed place."""
        self.highlights = [h for h in items if h.placed]
        self.proposals = [h for h in items if h.needs_look]
        self.selected_highlight = selected
        if meanings is not None:
            self.meanings = meanings
            self.toolbar.set_meanings(meanings)
        self.viewport().update()

    def set_layer_marks(self, marks: Sequence[LayerMark]) -> None:
        """Paint other people's passages (a teacher's, the class's) beneath the reader's."""
        self.layer_marks = list(marks)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Highlights are painted beneath the text, before the document draws itself, and
        # only those in view: an article with thousands of them costs no more to scroll
        # than one with a few, and overlapping ones blend so that each stays visible.
        if self.highlights or self.proposals or self.layer_marks:
            painter = QPainter(self.viewport())
            if self.layer_marks:
                area = QRectF(event.rect())
                paint_marks(
                    painter, self.layer_marks, self.range_rects, area, self._visible_range()
                )
            self._paint_highlights(painter, QRectF(event.rect()))
            self._paint_proposals(painter, QRectF(event.rect()))
            painter.end()
        super().paintEvent(event)

    def _visible_range(self) -> tuple[int, int]:
        viewport = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return self.positions.from_qt(first), self.positions.from_qt(last) + 1

    def _paint_highlights(self, painter: QPainter, area: QRectF) -> None:
        if not self.highlights:
            return
        low, high = self._visible_range()
        for item in self.highlights:
            if item.end < low or item.start > high:
                continue
            colour = QColor(self.theme.highlights.get(item.color, "#cccccc"))
            # Translucent, so where two highlights overlap the passage shows both.
            colour.setAlpha(HIGHLIGHT_ALPHA)
            selected = item.id == self.selected_highlight
            painter.setPen(
                # Outlined in the ink colour, which stands out on every theme's page.
                QPen(QColor(self.theme.text), 1.2) if selected else Qt.PenStyle.NoPen
            )
            painter.setBrush(colour)
            for rect in self.range_rects(item.start, item.end):
                if rect.intersects(area):
                    painter.drawRoundedRect(rect, 2, 2)

    def _paint_proposals(self, painter: QPainter, area: QRectF) -> None:
        if not self.proposals:
            return
        low, high = self._visible_range()
        for item in self.proposals:
            start, end = proposed_span(item)
            if end < low or start > high:
                continue
            colour = QColor(self.theme.highlights.get(item.color, "#cccccc"))
            wash = QColor(colour)
            wash.setAlpha(HIGHLIGHT_ALPHA // 3)  # a hint of the colour, not the mark itself
            selected = item.id == self.selected_highlight
            pen = QPen(QColor(self.theme.text) if selected else colour.darker(160), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(wash)
            for rect in self.range_rects(start, end):
                if rect.intersects(area):
                    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles covering reading-text ``[start, end)``, one per line."""
        return self._qt_range_rects(self.positions.to_qt(start), self.positions.to_qt(end))

    def _qt_range_rects(self, first: int, last: int) -> list[QRectF]:
        """Viewport rectangles covering the document's ``[first, last)``, one per line."""
        document = self.document()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        rects: list[QRectF] = []
        block = document.findBlock(first)
        while block.isValid() and block.position() < last:
            layout = block.layout()
            origin = layout.position()
            begin = max(first, block.position()) - block.position()
            finish = min(last, block.position() + block.length() - 1) - block.position()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_start, line_end = line.textStart(), line.textStart() + line.textLength()
                a, b = max(begin, line_start), min(finish, line_end)
                if a >= b:
                    continue
                x1, x2 = _line_x(line, a), _line_x(line, b)
                rects.append(
                    QRectF(
                        origin.x() + min(x1, x2) + dx,
                        origin.y() + line.y() + dy,
                        abs(x2 - x1),
                        line.height(),
                    )
                )
            block = block.next()
        return rects

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.positions.to_qt(start))
        cursor.setPosition(self.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def reading_selection(self) -> tuple[int, int] | None:
        """The selection as reading-text offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.positions.from_qt(cursor.selectionStart())
        end = self.positions.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.toolbar.hide()

    def highlights_at(self, position: int) -> list[HighlightData]:
        """Highlights under a document position, the shortest (innermost) first."""
        offset = self.positions.from_qt(position)
        found = [h for h in self.highlights if h.start <= offset < h.end]
        return sorted(found, key=lambda h: h.end - h.start)

    def proposals_at(self, position: int) -> list[HighlightData]:
        """Highlights needing a look whose proposed place is under a document position."""
        offset = self.positions.from_qt(position)
        return [h for h in self.proposals if proposed_span(h)[0] <= offset < proposed_span(h)[1]]

    def scroll_to_highlight(self, item: HighlightData) -> None:
        """Bring a highlight (or its proposed place) into view, a little below the top."""
        self.scroll_to_offset(proposed_span(item)[0] if item.needs_look else item.start)

    def scroll_to_offset(self, start: int) -> None:
        """Bring reading-text offset ``start`` into view, a little below the top."""
        rect = self.cursorRect(self._cursor_for(start, start))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def _describe(self, item: HighlightData) -> str:
        parts = [f"<b>{color_label(item.color, self.meanings)}</b>"]
        if item.note.strip():
            note = item.note.strip()
            parts.append(_escape(note if len(note) < 400 else note[:400] + "…"))
        if item.concepts:
            parts.append(" ".join(f"#{_escape(c)}" for c in item.concepts))
        return "<br>".join(parts).replace("\n", "<br>")

    def _describe_proposal(self, item: HighlightData) -> str:
        then = _escape(item.exact if len(item.exact) < 300 else item.exact[:300] + "…")
        return "<br>".join(
            [
                "<b>"
                + _escape(self.tr("Needs a look: is this the passage you highlighted?"))
                + "</b>",
                _escape(self.tr("Then: “{then}”")).format(then=then),
                _escape(self.tr("Y: Yes, here · R: Not here")),
            ]
        )

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            under = self.highlights_at(position)
            asking = self.proposals_at(position)
            layers = marks_at(self.layer_marks, self.positions.from_qt(position))
            if under or asking or layers:
                text = "<hr>".join(
                    [
                        *(self._describe(h) for h in under),
                        *(self._describe_proposal(h) for h in asking),
                        *(m.tip for m in layers),
                    ]
                )
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cursor = self.textCursor()
        if cursor.hasSelection() and self.annotatable:
            covered = self._qt_range_rects(cursor.selectionStart(), cursor.selectionEnd())
            self.toolbar.show_beside([r.toAlignedRect() for r in covered], self.cursorRect())
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        under = self.highlights_at(position) or self.proposals_at(position)
        if under:
            self.highlight_clicked.emit(under[0].id)

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        if self.positions.inserted:
            # The breaks the view added for layout are not the article's: copy without them.
            data.setText(data.text().replace(ZERO_WIDTH_SPACE, ""))
        return data

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.toolbar.hide()
        super().keyPressEvent(event)

    def _selection_changed(self) -> None:
        if not self.textCursor().hasSelection():
            self.toolbar.hide()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else menu.addSeparator()
        extra: list[QMenu] = []
        if self.textCursor().hasSelection() and self.annotatable:
            colours = QMenu(self.tr("Highlight"), menu)
            for colour in COLORS:
                action = colours.addAction(swatch_icon(colour), color_label(colour, self.meanings))
                action.triggered.connect(
                    lambda _c=False, c=colour: self.highlight_requested.emit(c)
                )
            extra.append(colours)
            note = menu.addAction(self.tr("Highlight and Add Note"))
            note.triggered.connect(self.note_requested.emit)
            menu.removeAction(note)
            menu.insertAction(first, note)
        position = self.cursorForPosition(event.pos()).position()
        asking = self.proposals_at(position)
        if asking:
            target_id = asking[0].id
            yes = menu.addAction(self.tr("Yes, Here"))
            yes.triggered.connect(lambda: self.confirm_requested.emit(target_id))
            no = menu.addAction(self.tr("Not Here"))
            no.triggered.connect(lambda: self.reject_requested.emit(target_id))
            for action in (yes, no):
                menu.removeAction(action)
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        under = self.highlights_at(position)
        if under:
            target = under[0]
            recolor = QMenu(self.tr("Change Highlight Colour"), menu)
            for colour in COLORS:
                action = recolor.addAction(swatch_icon(colour), color_label(colour, self.meanings))
                action.setEnabled(colour != target.color)
                action.triggered.connect(
                    lambda _c=False, c=colour, i=target.id: self.recolor_requested.emit(i, c)
                )
            extra.append(recolor)
            edit = menu.addAction(self.tr("Edit Note"))
            edit.triggered.connect(lambda: self.edit_note_requested.emit(target.id))
            menu.removeAction(edit)
            menu.insertAction(first, edit)
            delete = menu.addAction(self.tr("Delete Highlight"))
            delete.triggered.connect(lambda: self.delete_requested.emit(target.id))
            menu.removeAction(delete)
            menu.insertAction(first, delete)
        for submenu in extra:
            menu.insertMenu(first, submenu)
        if extra:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def top_position(self) -> int:
        """Character offset at the top of the view, independent of font size and width."""
        if self._place is not None:
            return self._place
        x = self.viewport().width() // 2
        return self.cursorForPosition(QPoint(x, 2)).position()

    def scroll_to_position(self, position: int) -> None:
        self._place = None
        self._scroll_to(position)

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        self._placing = True
        try:
            bar.setValue(bar.value() + self.cursorRect(cursor).top())
        finally:
            self._placing = False

    def _scrolled(self, _value: int) -> None:
        if not self._placing:
            self._place = None

    def hideEvent(self, event: QHideEvent) -> None:
        # A place still waiting to be reported is reported now, while the article it
        # belongs to is open: after the window closes, the library may be gone too.
        if self._position_timer.isActive():
            self._position_timer.stop()
            self.position_changed.emit(self.top_position())
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        """Centre a column about 70 characters wide: long lines tire the eye."""
        metrics = QFontMetricsF(self.font())
        column = metrics.averageCharWidth() * self.measure
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - column) / 2)
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if abs(frame_format.leftMargin() - side) < 1:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(MIN_SIDE_MARGIN * 1.5)
        frame_format.setBottomMargin(MIN_SIDE_MARGIN * 3)
        root.setFrameFormat(frame_format)

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme().lower() not in FOLLOWABLE_SCHEMES:
            self.link_refused.emit(
                self.tr(
                    "Not opened: {address} — only web and e-mail links can be followed."
                ).format(address=url.toString())
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open link in browser?"),
            self.tr("Open this address in your web browser?\n\n{address}").format(
                address=display_address(url.toString())
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)
