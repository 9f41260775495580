"""The bar over the article while it shows its original text (View → Show Original Text).

The original text, as imported, holds no highlights (they belong to the clean article),
so the mode must say so plainly: a student who saw the highlights vanish once feared the
work was lost. The bar names the mode, says where the highlights are, and offers the way
back; it only asks, through ``back_requested``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


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
        layout = QHBoxLayout(self)
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
        layout.addWidget(self.back_button)
        self.hide()
