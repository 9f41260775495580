"""The list view every card list is made of: it says so when empty and reports Enter.

The Annotations panel, the Concepts panel and the search dialog list cards in it. Header
rows (an article's title, "Unplaced") are disabled so the arrow keys step over them;
``row_flags`` says so for a model, once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from reader.ui.widgets.card_painting import muted_color


def row_flags(header: bool) -> Qt.ItemFlag:
    """A card is enabled and selectable; a header is neither (keys skip it, clicks miss)."""
    if header:
        return Qt.ItemFlag.ItemNeverHasChildren
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


class CardListView(QListView):
    """A list of cards: Enter (and, when ``deletes``, Delete) act on the current card."""

    enter_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, deletes: bool = False) -> None:
        super().__init__(parent)
        self.empty_message = ""
        self._deletes = deletes
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows are as wide as the list, and their height follows the width.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)  # hover outline
        self.setTabKeyNavigation(False)  # Tab leaves the list: arrows move within it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            event.accept()
        elif plain and self._deletes and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_message:
            painter = QPainter(self.viewport())
            painter.setPen(muted_color(self.palette()))
            painter.drawText(
                self.viewport().rect().adjusted(16, 20, -16, -16),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_message,
            )
            painter.end()
