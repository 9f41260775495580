"""File → Export → Notes for My Teacher…: which class pack the notes answer, and whose.

The dialog only chooses; the controller writes the file (reader.store.handbacks).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.packs.pack_format import MAX_NAME_CHARS
from reader.store.handbacks import PackSummary


class HandbackDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, packs: Sequence[PackSummary], chosen: str | None, name: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes for My Teacher"))
        intro = QLabel(
            self.tr(
                "Your highlights, notes and concepts on the articles of a class pack, as one "
                "small file to send your teacher. Your teacher's own notes are not in it."
            )
        )
        intro.setWordWrap(True)
        self.pack = QComboBox()
        self.pack.setAccessibleName(self.tr("Class pack"))
        for pack in packs:
            self.pack.addItem(
                self.tr("{title} — from {teacher}").format(title=pack.title, teacher=pack.teacher),
                pack.id,
            )
        if chosen is not None:
            self.pack.setCurrentIndex(max(0, self.pack.findData(chosen)))
        self.name = QLineEdit(name)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("As your teacher knows you"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save Notes…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(bool(name.strip()))
        form = QFormLayout()
        form.addRow(self.tr("&Pack:"), self.pack)
        form.addRow(self.tr("Your &name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_pack(self) -> str:
        return str(self.pack.currentData())

    def chosen_name(self) -> str:
        return self.name.text().strip()
