"""Tagging a highlight with concepts, from the keyboard: T, type, Enter.

A small popup under the passage: a field completing over every concept name and alias,
the concepts the passage mentions as one-key suggestions, and the highlight's current
concepts, each removable. Enter adds what was typed (creating the concept if it is new)
and clears the field for the next one; Escape closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.concept_names import MAX_NAME_LENGTH, tidy_name
from reader.ui.widgets.card_painting import tag_text


class TagPopup(QFrame):
    concept_entered = Signal(str)  # add this concept (new or existing) to the highlight
    concept_removed = Signal(str)  # take this concept off the highlight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Tag with concepts"))
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        title = QLabel(self.tr("<b>Tag with a concept</b> — Enter adds, Esc closes"))
        layout.addWidget(title)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Concept, e.g. détente"))
        self.field.setAccessibleName(self.tr("Concept name"))
        self.field.setAccessibleDescription(
            self.tr(
                "Type a concept and press Enter to tag the passage; a new name creates "
                "the concept. Escape closes."
            )
        )
        self.field.setMaxLength(MAX_NAME_LENGTH + 20)  # longer input gets a clear message
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.field.setCompleter(completer)
        self.field.returnPressed.connect(self._enter)
        layout.addWidget(self.field)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setAccessibleName(self.tr("Tagging problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.suggestion_label = QLabel(self.tr("Mentioned in the passage:"))
        layout.addWidget(self.suggestion_label)
        self.suggestions = QHBoxLayout()
        self.suggestions.setSpacing(4)
        layout.addLayout(self.suggestions)
        self.current_label = QLabel(self.tr("Tagged:"))
        layout.addWidget(self.current_label)
        self.current = QHBoxLayout()
        self.current.setSpacing(4)
        layout.addLayout(self.current)

    def open_for(
        self,
        at: QPoint,
        names: Sequence[str],
        current: Sequence[str],
        suggested: Sequence[str],
    ) -> None:
        """Show at global point ``at`` with completion ``names`` (names and aliases)."""
        self._names.setStringList(sorted(set(names), key=str.casefold))
        self.update_tags(current, suggested)
        self.field.clear()
        self.error.hide()
        self.adjustSize()
        self.move(at)
        self.show()
        self.field.setFocus()

    def update_tags(self, current: Sequence[str], suggested: Sequence[str]) -> None:
        # Symbols and the concept's own name: the same in every language.
        self._fill(self.current, [(tag_text(n) + " ×", n, True) for n in current])
        self.current_label.setText(self.tr("Tagged:") if current else self.tr("Not tagged yet."))
        offer = [n for n in suggested if n.casefold() not in {c.casefold() for c in current}]
        self._fill(self.suggestions, [("+ " + n, n, False) for n in offer])
        self.suggestion_label.setVisible(bool(offer))
        self.adjustSize()

    def _fill(self, row: QHBoxLayout, buttons: list[tuple[str, str, bool]]) -> None:
        while row.count():
            item = row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, name, removes in buttons:
            button = QPushButton(text)
            button.setFlat(True)
            if removes:
                button.setAccessibleName(self.tr("Remove concept {name}").format(name=name))
                button.setToolTip(self.tr("Take “{name}” off this passage").format(name=name))
            else:
                button.setAccessibleName(self.tr("Add concept {name}").format(name=name))
                button.setToolTip(self.tr("Tag this passage “{name}”").format(name=name))
            signal = self.concept_removed if removes else self.concept_entered
            button.clicked.connect(lambda _c=False, n=name, s=signal: s.emit(n))
            row.addWidget(button)
        row.addStretch(1)

    def show_error(self, message: str) -> None:
        """Show ``message``, already in the interface's language (``error_text(error)``)."""
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

    def _enter(self) -> None:
        name = tidy_name(self.field.text())
        if not name:
            self.show_error(self.tr("Type a concept's name, then press Enter."))
            return
        if len(name) > MAX_NAME_LENGTH:
            self.show_error(
                self.tr(
                    "A concept name can be at most {limit} characters; this one has {count}."
                ).format(limit=MAX_NAME_LENGTH, count=len(name))
            )
            return
        self.error.hide()
        self.field.clear()
        self.concept_entered.emit(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
