"""What the window shows in its first frame: the library's titles, while the rest is built.

Opening the library through the store and building the reading view and panels takes a
few hundred milliseconds (peewee, markdown-it and the panels are imported then; see
lazy_modules.py). So the window paints first with this page — the article titles read
straight from the database file, read-only, drawn where the library list will be — and
main_window.py replaces it with the full window a moment later. Nothing here writes: if
the file is missing (a first start), damaged or from another version, the list is simply
empty and the full build, which checks and opens the library properly, takes over.

It is painted by hand rather than made of a list view and a splitter because Qt for
Python creates a widget class's enums the first time the class is used: a list view
alone costs more than the whole page's budget.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

# Enough rows to fill a tall screen; the full list fetches the rest as it scrolls.
FIRST_ROWS = 80


def library_width(window_width: int) -> int:
    """The library list's width in a window this wide: a share of it, within bounds, so
    the list stays usable at 800 pixels and the article keeps most of a 4K screen. The
    full window (main_window.py) lays out the same way."""
    return round(min(max(window_width * 0.22, 190), 720))


def first_titles(database_file: Path | None, limit: int = FIRST_ROWS) -> list[str]:
    """The first titles of the library in the list's default order (by title, ignoring
    case), or none when the file cannot be read as it is."""
    if database_file is None or not database_file.exists():
        return []
    try:
        # mode=ro: this look must never create, change or recover anything.
        uri = f"{database_file.absolute().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=0.2)
    except sqlite3.Error:
        return []
    # Bytes, decoded here: a damaged title must not stop the first frame (the check that
    # follows finds the damage and says so).
    connection.text_factory = bytes
    try:
        rows = connection.execute(
            "SELECT title FROM article ORDER BY lower(title) LIMIT ?", (limit,)
        ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        connection.close()
    return [
        title.decode("utf-8", "replace") if isinstance(title, bytes) else str(title)
        for (title,) in rows
    ]


class FirstPage(QWidget):
    """The library's titles on the left and an empty page, in the full window's layout."""

    def __init__(
        self,
        database_file: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.titles = first_titles(database_file)
        self.waiting = self.tr("Opening the library…")
        self.setAccessibleName(self.tr("Library, opening"))

    def paintEvent(self, event: QPaintEvent) -> None:
        # Only calls whose overloads name no Qt enum: resolving one that does (fillRect,
        # setPen, setBrush, setClipRect) makes Qt for Python build the whole Qt
        # namespace, ~15 ms, a third of this page's budget. The painter's pen is the
        # palette's text colour already.
        painter = QPainter(self)
        palette = self.palette()
        width, height = self.width(), self.height()
        left = min(library_width(width), width // 2)
        metrics = self.fontMetrics()
        row = metrics.height() + 8
        middle = (row + metrics.ascent() - metrics.descent()) // 2

        def fill(x: int, y: int, w: int, h: int, brush: QBrush) -> None:
            area = QPainterPath()
            area.addRect(x, y, w, h)
            painter.fillPath(area, brush)

        fill(0, 0, width, height, palette.window())
        # The filter box's place, with the reason the list cannot be used for a moment.
        fill(6, 6, left - 6, row, palette.mid())
        fill(7, 7, left - 8, row - 2, palette.base())
        painter.drawText(14, 6 + middle, self.waiting)
        top = 6 + row + 6
        fill(6, top, left - 6, height - top - 6, palette.base())
        for number, title in enumerate(self.titles):
            y = top + number * row
            if y > height - 6 - row:
                break
            if number % 2:
                fill(6, y, left - 6, row, palette.alternateBase())
            painter.drawText(12, y + middle, title)
        # The page last: it covers the ends of titles too long for the list.
        fill(left + 6, 0, width - left - 6, height, palette.base())
        painter.end()
