"""The teacher's instruction above the article: what a class pack asks the class to do.

Shown while an article from a pack with an instruction is open; plain text always, so
whatever a pack says shows as it was typed and never as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reader.ui.widgets.card_painting import mix
from reader.ui.widgets.highlight_palette import TEACHER_COLOR


class InstructionBanner(QFrame):
    """One teacher's instruction for the open article, or nothing (hidden)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instructionBanner")
        self.setAccessibleName(self.tr("Instruction from your teacher"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a pack's words, never HTML
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.hide()

    def show_instruction(self, teacher: str, instruction: str) -> None:
        self.heading.setText(self.tr("{teacher} asks:").format(teacher=teacher))
        self.text.setText(instruction)
        self.setAccessibleDescription(instruction)
        # The application's palette: this widget's own already carries the tint set below.
        base = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        tint = mix(base, QColor(TEACHER_COLOR), 0.10)
        edge = mix(base, QColor(TEACHER_COLOR), 0.6)
        self.setStyleSheet(
            f"#instructionBanner {{ background: {tint.name()}; "
            f"border: none; border-left: 4px solid {edge.name()}; }}"
        )
        self.show()

    def clear(self) -> None:
        self.heading.clear()
        self.text.clear()
        self.hide()
