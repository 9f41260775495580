"""E in the Review window: edit what a card is made of, without leaving the review.

A note or cloze card's words come from its highlight's note; a definition card's from
the concept's definition. The dialog shows the passage for context and returns the new
text; the study controller saves it as the main window would (one undo step there).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.study.cards import CardKind, CardText, question_text


class CardEditor(QDialog):
    def __init__(self, parent: QWidget | None, card: CardText) -> None:
        super().__init__(parent)
        self.card = card
        definition = card.kind is CardKind.DEFINITION
        self.setWindowTitle(
            self.tr("Edit Definition of “{concept}”").format(concept=card.concept)
            if definition
            else self.tr("Edit Note")
        )
        self.resize(560, 360)
        context = QLabel(question_text(card) if not definition else card.concept)
        context.setWordWrap(True)
        context.setAccessibleName(self.tr("The card's question"))
        self.editor = QPlainTextEdit(card.definition if definition else self._note())
        self.editor.setAccessibleName(
            self.tr("Definition") if definition else self.tr("Note for the passage")
        )
        self.editor.setTabChangesFocus(True)
        label = QLabel(self.tr("&Definition:") if definition else self.tr("&Note:"))
        label.setBuddy(self.editor)
        hint = QLabel(self.tr("Ctrl+Z in the main window undoes this change."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(context)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def _note(self) -> str:
        return self.card.passage.note if self.card.passage else ""

    def text(self) -> str:
        return self.editor.toPlainText()
