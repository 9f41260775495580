"""The bar over the article while it shows its original text (View → Show Original Text).

The original text, as imported, holds no highlights (they belong to the clean article),
so the mode must say so plainly: a student who saw the highlights vanish once feared the
work was lost. The bar names the mode, says where the highlights are, and offers the way
back; it only asks, through ``back_requested``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QSizePolicy, QWidget


class OriginalTextBar(QFrame):
    """ "Original text as imported — highlights are hidden here." and the way back."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Showing the original text"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The window's highlight colour, lightly: it reads as a state, not as an error.
        self.setAutoFillBackground(True)
        palette = self.palette()
        tint = palette.color(QPalette.ColorRole.Highlight)
        tint.setAlpha(40)
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        # One row where the words fit on a line beside the button; else the button below.
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.message = QLabel(
            self.tr(
                "Original text as imported — highlights are hidden here; "
                "they are all kept and listed in the Annotations panel."
            )
        )
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.message, 1)
        self.back_button = QPushButton(self.tr("Back to the clean article (Ctrl+U)"))
        self.back_button.setAccessibleName(self.tr("Back to the clean article"))
        self.back_button.clicked.connect(self.back_requested)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._layout.contentsMargins()
        one_line = (
            self.message.fontMetrics().horizontalAdvance(self.message.text())
            + self.back_button.sizeHint().width()
            + self._layout.spacing()
            + margins.left()
            + margins.right()
        )
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if one_line <= event.size().width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
