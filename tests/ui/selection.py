"""Selecting a passage in the reading view, as a reader would with the mouse."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from reader.ui.window.main_window import MainWindow


def select_quote(win: MainWindow, quote: str, occurrence: int = 1) -> None:
    """Select the ``occurrence``-th ``quote`` in the article shown, and focus the view."""
    view = win.reader_view
    text = view.document().toPlainText()
    at = -1
    for _ in range(occurrence):
        at = text.index(quote, at + 1)
    cursor = QTextCursor(view.document())
    cursor.setPosition(at)
    cursor.setPosition(at + len(quote), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
