"""Tagging a highlight with concepts, from the keyboard: T, type, Enter.

A small popup under the passage: a field with a list of the concepts whose name or alias
holds what was typed (ignoring case and accents), the concepts the passage mentions as
one-click suggestions, and the highlight's current concepts, each removable.

Enter takes the row highlighted in the list, the first one unless the arrows moved: the
concepts in use come first, those tagging nothing yet after them, and last, when no
concept has the typed name, a row that says so — "Create concept “diplo”". So a new
concept is only ever made by choosing that row, never by Enter on a half-typed name
while the list offered the concept meant. After a choice the field clears for the next
one; Escape closes the list, then the popup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.concept_names import MAX_NAME_LENGTH, concept_key, tidy_name
from reader.core.text_folding import fold
from reader.store.concepts import ConceptSummary
from reader.ui.widgets.card_painting import tag_text

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the concept a row tags with (the typed name: new)
MAX_CHOICES = 12


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
        self._known: list[ConceptSummary] = []
        self._choices = QStandardItemModel(self)
        # The list is ours to fill and order (see the module docstring); attached with
        # setWidget, not setCompleter, so choosing a row never writes it into the field.
        self.completer = QCompleter(self._choices, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.field)
        self.choice_list = QListView()  # the completer's popup, which it owns
        self.completer.setPopup(self.choice_list)
        self.choice_list.setAccessibleName(self.tr("Concepts to tag with"))
        self.choice_list.clicked.connect(self._clicked)
        self.field.textEdited.connect(self._offer)
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
        known: Sequence[ConceptSummary],
        current: Sequence[str],
        suggested: Sequence[str],
    ) -> None:
        """Show at global point ``at``, offering the ``known`` concepts as the reader types."""
        self.set_known(known)
        self.update_tags(current, suggested)
        self.field.clear()
        self.error.hide()
        self.adjustSize()
        self.move(at)
        self.show()
        self.field.setFocus()

    def set_known(self, known: Sequence[ConceptSummary]) -> None:
        """The concepts the list offers (names, aliases and how much each is used)."""
        self._known = list(known)

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

    # -- the list of concepts ------------------------------------------------------------
    def choices_model(self) -> QStandardItemModel:
        """The rows the list offers for what was typed, in order."""
        return self._choices

    def _offer(self, text: str) -> None:
        """Fill the list for the typed ``text`` and show it, its first row highlighted."""
        self.error.hide()
        self._choices.clear()
        typed = tidy_name(text)
        if not typed:
            self.choice_list.hide()
            return
        needle = fold(typed)
        found: list[tuple[tuple[bool, bool, str], str, str]] = []
        for concept in self._known:
            for label in (concept.name, *concept.aliases):
                if needle in fold(label):
                    unused = concept.passages == 0
                    key = (unused, not fold(label).startswith(needle), label.casefold())
                    shown = label if label == concept.name else f"{label} → {concept.name}"
                    found.append((key, shown, concept.name))
                    break  # one row a concept
        for _key, shown, name in sorted(found)[:MAX_CHOICES]:
            self._add_choice(shown, name)
        if all(
            concept_key(typed) != concept_key(n) for c in self._known for n in (c.name, *c.aliases)
        ):
            create = self._add_choice(self.tr("Create concept “{name}”").format(name=typed), typed)
            font = QFont(self.field.font())
            font.setItalic(True)
            create.setFont(font)
        self.completer.complete(self.field.rect())
        self.choice_list.setCurrentIndex(self._choices.index(0, 0))

    def _add_choice(self, shown: str, name: str) -> QStandardItem:
        item = QStandardItem(shown)
        item.setData(name, NAME_ROLE)
        item.setEditable(False)
        self._choices.appendRow(item)
        return item

    def _highlighted(self) -> str | None:
        """The concept of the list's highlighted row, while the list shows."""
        popup = self.choice_list
        index = popup.currentIndex()
        if not popup.isVisible() or not index.isValid():
            return None
        return str(index.data(NAME_ROLE))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._choose(str(index.data(NAME_ROLE)))

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
        chosen = self._highlighted()
        if chosen is None:
            # The list was closed (Escape): the typed name counts only if a concept has it.
            known = {concept_key(n): c.name for c in self._known for n in (c.name, *c.aliases)}
            chosen = known.get(concept_key(name))
        if chosen is None:
            self._offer(name)  # show the choice to make, "Create concept …" among it
            return
        self._choose(chosen)

    def _choose(self, name: str) -> None:
        self.choice_list.hide()
        self.error.hide()
        # The rows stay until the next typing: the list may still be handling this key.
        self.field.clear()
        self.concept_entered.emit(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
