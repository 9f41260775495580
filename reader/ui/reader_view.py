"""The reading view: an article rendered as a book-like page, never fetching anything.

A QTextBrowser with a centred column of about 70 characters. It loads no resource at all
(no remote image, no local file), and a link opens in the system browser only when the
reader clicks it and confirms the full address.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontMetricsF, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from reader.core.rendering import ReadingStyle, reading_stylesheet

MEASURE_CHARACTERS = 70
MIN_SIDE_MARGIN = 24
FOLLOWABLE_SCHEMES = {"http", "https", "mailto"}
READING_FONTS = ["Noto Serif", "DejaVu Serif", "Georgia", "Liberation Serif", "serif"]


class ReaderView(QTextBrowser):
    """Shows one article's HTML and reports where the reader is."""

    position_changed = Signal(int)  # character offset of the first line in view
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Article text")
        self.anchorClicked.connect(self._follow_link)
        self.style_options = ReadingStyle()
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setPointSizeF(self.style_options.font_size_pt)
        self.setFont(font)
        self.document().setDefaultStyleSheet(reading_stylesheet(self.style_options))
        self._position_timer = QTimer(self, singleShot=True, interval=400)
        self._position_timer.timeout.connect(
            lambda: self.position_changed.emit(self.top_position())
        )
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._position_timer.start())

    # No resource is ever loaded: images are already placeholders, and this closes the door
    # on anything else a document might ask for.
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None

    def show_html(self, body: str, position: int = 0) -> None:
        self._position_timer.stop()
        self.setHtml(body)
        self._apply_measure()
        QTimer.singleShot(0, lambda: self.scroll_to_position(position))

    def top_position(self) -> int:
        """Character offset at the top of the view, independent of font size and width."""
        x = self.viewport().width() // 2
        return self.cursorForPosition(QPoint(x, 2)).position()

    def scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        """Centre a column about 70 characters wide: long lines tire the eye."""
        metrics = QFontMetricsF(self.font())
        column = metrics.averageCharWidth() * MEASURE_CHARACTERS
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
                f"Not opened: {url.toString()} — only web and e-mail links can be followed."
            )
            return
        answer = QMessageBox.question(
            self,
            "Open link in browser?",
            f"Open this address in your web browser?\n\n{url.toString()}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)
