"""Edit → Preferences…: choices that outlive one session and are not on a menu.

For now, the Markdown template exports use by default (the Export dialog offers the same
choice for one export, and both remember it in the library's settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

TEMPLATE_KEY = "export/template"


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        saved = settings.value(TEMPLATE_KEY)
        self.template: Path | None = Path(str(saved)) if saved else None
        self.template_label = QLabel()
        self.template_label.setAccessibleName("Notes template")
        self.template_label.setWordWrap(True)
        choose = QPushButton("Choose…")
        choose.setAccessibleName("Choose a notes template")
        choose.clicked.connect(self.choose_template)
        default = QPushButton("Default")
        default.setAccessibleName("Use the default notes template")
        default.clicked.connect(lambda: self.set_template(None))
        row = QHBoxLayout()
        row.addWidget(self.template_label, 1)
        row.addWidget(choose)
        row.addWidget(default)
        hint = QLabel(
            "A Jinja2 template of your own for Markdown notes; see resources/templates "
            "for the variables it receives."
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Notes template:", row)
        form.addRow(hint)
        form.addRow(buttons)
        self.set_template(self.template)

    def set_template(self, path: Path | None) -> None:
        self.template = path
        self.template_label.setText(str(path) if path else "The default layout")
        self.settings.setValue(TEMPLATE_KEY, str(path) if path else "")

    def choose_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Choose a template", str(Path.home()), "Jinja2 templates (*.j2 *.md);;All (*)"
        )
        if chosen:
            self.set_template(Path(chosen))
