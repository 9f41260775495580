"""A quiet progress in the status bar for work the window does in the background.

One line of text ("Tidying 12 of 340 articles…"), a small bar and a Stop button, shown
only while the work runs: the student keeps reading, and can stop it without a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

BAR_WIDTH = 120  # a hint of how far along, not a second window's worth of bar


class BackgroundProgress(QWidget):
    """Text, a small bar and Stop; hidden until the first ``show_progress``."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(BAR_WIDTH)
        self.bar.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setFlat(True)
        self.stop_button.setToolTip(self.tr("Stop for now; the rest is done at the next start"))
        self.stop_button.clicked.connect(self.stop_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop_button)
        self.hide()

    def show_progress(self, done: int, total: int, text: str) -> None:
        """``text`` with the bar at ``done`` of ``total``; a total of 0 is "working"."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.bar.setRange(0, total)  # 0 to 0: Qt's busy bar, until the count is known
        self.bar.setValue(done)
        if self.stop_button.isEnabled():
            self.show()

    def show_stopping(self, text: str) -> None:
        self.label.setText(text)
        self.stop_button.setEnabled(False)

    def finish(self) -> None:
        self.hide()
        self.stop_button.setEnabled(True)
