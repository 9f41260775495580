"""The small toolbar that appears above a text selection: highlight in a colour, or note.

It saves a trip to the menu for the two things a reader does with a selection. Every
button says its colour's name (and meaning) in its tooltip and accessible name, so
colour is never the only clue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.core.highlight_colors import COLORS
from reader.ui.widgets.highlight_palette import color_label, color_title, swatch_icon

GAP = 6  # between the toolbar and the selected words


class SelectionToolbar(QFrame):
    color_chosen = Signal(str)
    note_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Highlight toolbar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.color_buttons: dict[str, QToolButton] = {}
        for color in COLORS:
            button = QToolButton(self)
            button.setIcon(swatch_icon(color))
            button.setIconSize(QSize(16, 16))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, c=color: self.color_chosen.emit(c))
            layout.addWidget(button)
            self.color_buttons[color] = button
        self.note_button = QToolButton(self)
        self.note_button.setText(self.tr("Note"))
        self.note_button.setAutoRaise(True)
        self.note_button.setToolTip(self.tr("Highlight and write a note (N)"))
        self.note_button.setAccessibleName(self.tr("Highlight and write a note"))
        self.note_button.clicked.connect(self.note_requested.emit)
        layout.addWidget(self.note_button)
        self.set_meanings({})
        self.hide()

    def set_meanings(self, meanings: Mapping[str, str]) -> None:
        for color, button in self.color_buttons.items():
            label = color_label(color, meanings)
            if color == COLORS[0]:
                button.setToolTip(self.tr("Highlight: {color} (H)").format(color=label))
            else:
                button.setToolTip(self.tr("Highlight: {color}").format(color=label))
            button.setAccessibleName(self.tr("Highlight {color}").format(color=label))
            button.setAccessibleDescription(
                self.tr("Highlights the selected text in {color}").format(color=color_title(color))
            )

    def show_beside(self, selection: Sequence[QRect], end: QRect) -> None:
        """Show near ``end`` (where the drag ended) but clear of every rectangle of the
        ``selection``: above it, else below it, else in the margin beside the last line;
        hidden when the selection leaves no room (the menu and H still work)."""
        self.adjustSize()
        parent = self.parentWidget()
        assert parent is not None
        area = parent.rect()
        top = min((r.top() for r in selection), default=end.top())
        bottom = max((r.bottom() for r in selection), default=end.bottom())
        left = min((r.left() for r in selection), default=end.left())
        right = max((r.right() for r in selection), default=end.right())
        x = min(max(0, end.right() - self.width() // 2), area.width() - self.width())
        candidates = [
            QPoint(x, top - self.height() - GAP),
            QPoint(x, bottom + GAP),
            QPoint(right + GAP, end.center().y() - self.height() // 2),
            QPoint(left - GAP - self.width(), end.center().y() - self.height() // 2),
        ]
        for place in candidates:
            box = QRect(place, self.size())
            clear = not any(r.adjusted(-2, -2, 2, 2).intersects(box) for r in selection)
            if area.contains(box) and clear:
                self.move(place)
                self.show()
                self.raise_()
                return
        self.hide()
