"""Edit → Highlight Colours…: what each colour means to the reader ("yellow: definitions")."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from reader.core.highlight_colors import COLORS
from reader.ui.lifetime import modal
from reader.ui.widgets.highlight_palette import color_label, color_title


class ColorMeaningsDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: Mapping[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Highlight Colours"))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for colour in COLORS:
            edit = QLineEdit(current.get(colour, ""))
            edit.setPlaceholderText(self.tr("What this colour means to you, e.g. “definitions”"))
            edit.setAccessibleName(self.tr("Meaning of {color}").format(color=color_title(colour)))
            form.addRow(color_label(colour, {}), edit)
            self.edits[colour] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def meanings(self) -> dict[str, str]:
        return {colour: edit.text() for colour, edit in self.edits.items()}


def ask_color_meanings(parent: QWidget | None, current: Mapping[str, str]) -> dict[str, str] | None:
    """The meanings the reader settled on; None when they cancelled."""
    with modal(ColorMeaningsDialog(parent, current)) as dialog:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.meanings()
