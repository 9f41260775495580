"""The concept manager: keep the vocabulary passages are tagged with tidy.

A filterable list of concepts on the left, the selected one's name, definition, aliases
and colour on the right, with Merge Into… and Delete…. The dialog never touches the
store: it checks what it can (empty, over-long or taken names), asks before anything
drastic, and emits a request. The main window carries requests out as undoable commands
and answers with ``set_concepts`` (fresh data) or ``show_error`` (the store refused).
Its words are translated (context ``ConceptManager`` and its classes' names).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.concept_names import concept_key, tidy_name
from reader.core.highlight_colors import COLORS
from reader.store.concepts import ConceptSummary
from reader.ui.concepts.concept_list import ConceptList
from reader.ui.concepts.merge_target import (
    ConceptUsage,
    MergeTargetDialog,
    blank_icon,
    manager_text,
    name_problem,
    no_auto_default,
    parse_aliases,
)
from reader.ui.lifetime import modal
from reader.ui.widgets.card_painting import english_plural
from reader.ui.widgets.highlight_palette import color_title, swatch_icon
from reader.ui.widgets.screen_fit import resize_within_screen

# English, marked for translation; shown through manager_text().
UNDO_HINT = str(
    QT_TRANSLATE_NOOP("ConceptManager", "Changes can be undone with Ctrl+Z in the main window.")
)
ALIASES_PLACEHOLDER = str(
    QT_TRANSLATE_NOOP("ConceptManager", "comma-separated, e.g. detente, relaksasi ketegangan")
)
DEFINITION_PLACEHOLDER = str(
    QT_TRANSLATE_NOOP("ConceptManager", "What this concept means, in your own words…")
)
NO_CONCEPTS_TEXT = str(
    QT_TRANSLATE_NOOP("ConceptManager", "No concepts yet. Tag a passage with a concept to start.")
)


class ConceptManager(QDialog):
    """Rename, merge, delete and describe concepts; every change goes out as a request."""

    rename_requested = Signal(int, str)  # concept id, new name
    merge_requested = Signal(int, int)  # from id, into id: from's passages move into `into`
    delete_requested = Signal(int)  # concept id, after the user confirmed
    definition_edited = Signal(int, str)  # concept id, the whole definition
    aliases_edited = Signal(int, list)  # concept id, list[str] of aliases
    color_requested = Signal(int, object)  # concept id, colour name or None
    study_toggled = Signal(int, bool)  # concept id, whether to review it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Concepts"))
        self.setAccessibleName(self.tr("Concept manager"))
        self._usage = ConceptUsage(self)
        self._items: list[ConceptSummary] = []
        self._by_id: dict[int, ConceptSummary] = {}
        self._shown: ConceptSummary | None = None  # whose details the editors show
        self._merged_into: int | None = None  # select it once the merged concept is gone
        self._loading = False

        # -- left: the list (concept_list.py), its parts named as the dialog's own ---------
        self.concept_list = ConceptList(self._usage)
        self.concept_list.selection_changed.connect(self._on_selection_changed)
        self.filter_edit = self.concept_list.filter_edit
        self.list_widget = self.concept_list.list_widget
        self.count_label = self.concept_list.count_label

        # -- right: the selected concept ------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Concept name"))
        self.name_edit.setAccessibleDescription(self.tr("Press Enter to rename"))
        self.name_edit.setToolTip(self.tr("Edit the name and press Enter to rename the concept"))
        self.name_edit.returnPressed.connect(self.commit_rename)
        self.name_edit.textEdited.connect(self._update_rename_button)
        self.name_edit.installEventFilter(self)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename concept"))
        self.rename_button.clicked.connect(self.commit_rename)
        self.usage_label = QLabel()
        self.usage_label.setAccessibleName(self.tr("Usage"))

        self.definition_edit = QPlainTextEdit()
        self.definition_edit.setAccessibleName(self.tr("Definition"))
        self.definition_edit.setAccessibleDescription(self.tr("Saved when you leave the field"))
        self.definition_edit.setPlaceholderText(manager_text(DEFINITION_PLACEHOLDER))
        self.definition_edit.setTabChangesFocus(True)
        self.definition_edit.setMinimumHeight(80)
        self.definition_edit.installEventFilter(self)

        self.aliases_edit = QLineEdit()
        self.aliases_edit.setAccessibleName(self.tr("Aliases"))
        self.aliases_edit.setAccessibleDescription(
            self.tr("Other names for this concept, separated by commas; saved on Enter")
        )
        self.aliases_edit.setPlaceholderText(manager_text(ALIASES_PLACEHOLDER))
        self.aliases_edit.setToolTip(
            self.tr("Other names that find this concept, separated by commas (press Enter to save)")
        )
        self.aliases_edit.editingFinished.connect(self.commit_aliases)

        self.color_combo = QComboBox()
        self.color_combo.setAccessibleName(self.tr("Concept colour"))
        self.color_combo.setAccessibleDescription(
            self.tr("The colour the concept's swatch is shown in")
        )
        self.color_combo.view().setAccessibleName(self.tr("Colours"))
        self.color_combo.addItem(blank_icon(), self.tr("No colour"), None)
        for color in COLORS:
            self.color_combo.addItem(swatch_icon(color), color_title(color), color)
        self.color_combo.activated.connect(self._on_color_chosen)

        self._studied: set[int] = set()
        self.study_box = QCheckBox(self.tr("&Study this"))
        self.study_box.setAccessibleName(self.tr("Study this concept"))
        self.study_box.setToolTip(
            self.tr(
                "Review this concept in View → Review: its definition, and its words "
                "hidden in its passages. A concept with a definition is studied unless "
                "you untick this."
            )
        )
        self.study_box.setAccessibleDescription(self.study_box.toolTip())
        self.study_box.clicked.connect(self._request_study)

        self.merge_button = QPushButton(self.tr("&Merge Into…"))
        self.merge_button.setAccessibleName(self.tr("Merge into another concept"))
        self.merge_button.setToolTip(self.tr("Move this concept's passages to another concept"))
        self.merge_button.clicked.connect(self.request_merge)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete concept"))
        self.delete_button.setToolTip(self.tr("Remove this tag; the passages stay highlighted"))
        self.delete_button.clicked.connect(self.request_delete)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.details = QWidget()
        self.details.setAccessibleName(self.tr("Selected concept"))
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._form_label(form, self.tr("&Name:"), name_row, self.name_edit)
        form.addRow("", self.usage_label)
        self._form_label(form, self.tr("De&finition:"), self.definition_edit, self.definition_edit)
        self._form_label(form, self.tr("&Aliases:"), self.aliases_edit, self.aliases_edit)
        self._form_label(form, self.tr("C&olour:"), self.color_combo, self.color_combo)
        form.addRow("", self.study_box)
        form.addRow("", actions)

        self.empty_label = QLabel(manager_text(NO_CONCEPTS_TEXT))
        self.empty_label.setAccessibleName(self.tr("No concept selected"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A warm red that keeps a readable contrast on the light window background.
        self.error_label.setStyleSheet(
            "QLabel { color: #991b1b; background: #fef2f2; border: 1px solid #fecaca;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.error_label.hide()

        right = QVBoxLayout()
        right.addWidget(self.details)
        # Right under the buttons, next to what the user just did, not at the far bottom.
        right.addWidget(self.error_label)
        right.addWidget(self.empty_label)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.concept_list, 2)
        body.addSpacing(12)
        body.addLayout(right, 3)

        self.hint_label = QLabel(manager_text(UNDO_HINT))
        self.hint_label.setAccessibleName(self.tr("Hint"))
        # Muted, but not the disabled grey, which is too faint to read comfortably.
        self.hint_label.setStyleSheet("QLabel { color: #4b5563; }")
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close")
        )
        self.button_box.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.button_box)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        no_auto_default(self)
        resize_within_screen(self, 820, 520)
        self._show_selected()
        self.concept_list.update_count()

    @staticmethod
    def _form_label(form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, field)

    # -- public ------------------------------------------------------------------------
    def set_concepts(self, items: Sequence[ConceptSummary]) -> None:
        """Show ``items`` in the given order, keeping the selected concept if it stays.

        Typing in the definition of the same concept is left alone unless its stored
        definition changed (an undo, say), and a name or alias being edited likewise.
        """
        keep = self.selected_concept()
        old_row = self.list_widget.currentRow()
        self._items = list(items)
        self._by_id = {item.id: item for item in self._items}
        self._loading = True
        try:
            self.concept_list.fill(self._items)
            target = keep if keep in self._by_id else None
            if target is None and self._merged_into in self._by_id:
                target = self._merged_into  # the merge went through: follow the concept
            if target is None and keep is not None:
                target = self.concept_list.neighbour(old_row)
            self._merged_into = None
            self.concept_list.select(target)
        finally:
            self._loading = False
        self._refresh_details()
        self.concept_list.update_count()

    def select_concept(self, concept_id: int | None) -> None:
        """Select ``concept_id`` (clearing the filter if it hides it), or nothing."""
        if concept_id is None:
            self.concept_list.select(None)
        elif concept_id in self._by_id:
            self.concept_list.reveal(concept_id)

    def selected_concept(self) -> int | None:
        return self.concept_list.selected()

    def show_error(self, message: str) -> None:
        """Show why a request failed (or was refused here) until the next request.

        ``message`` is in the interface's language: ``error_text(error)`` for a UserError.
        """
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # -- overridable questions (tests replace them; no modal loop needed) -------------
    def confirm(self, title: str, text: str, accept_label: str) -> bool:
        """Ask a yes-or-cancel question; True when the user chose ``accept_label``."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setAccessibleName(title)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # a stray Enter must not delete or merge
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def choose_merge_target(
        self, source: ConceptSummary, others: Sequence[ConceptSummary]
    ) -> int | None:
        """Ask which concept ``source`` should merge into; None when cancelled."""
        with modal(MergeTargetDialog(source, others, self)) as picker:
            if picker.exec() != QDialog.DialogCode.Accepted:
                return None
            return picker.target()

    # -- requests ----------------------------------------------------------------------
    def commit_rename(self) -> None:
        """Rename the selected concept to the typed name, or offer a merge if it is taken."""
        item = self._shown
        if item is None:
            return
        typed = self.name_edit.text()
        problem = name_problem(typed)
        if problem is not None:
            self.show_error(problem)
            return
        tidy = tidy_name(typed)
        if tidy == item.name:
            self.name_edit.setText(item.name)  # only stray spaces: nothing to rename
            self._update_rename_button()
            return
        self.clear_error()
        taken = self._owner_of(tidy, besides=item.id)
        if taken is None:
            self.rename_requested.emit(item.id, tidy)
            return
        # Two concepts cannot share a name, so the way to get there is a merge.
        owner, as_alias = taken
        if as_alias:
            question = self.tr(
                "“{name}” is already an alias of “{owner}”. Merge “{concept}” into “{owner}” "
                "instead?"
            )
        else:
            question = self.tr(
                "“{owner}” already exists. Merge “{concept}” into “{owner}” instead?"
            )
        question = question.format(name=tidy, owner=owner.name, concept=item.name)
        if self.confirm(self.tr("Name Already Used"), question, self.tr("Merge")):
            self._merged_into = owner.id
            self.merge_requested.emit(item.id, owner.id)
        else:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_edit.selectAll()

    def request_merge(self) -> None:
        item = self._shown
        if item is None:
            return
        others = [other for other in self._items if other.id != item.id]
        if not others:
            self.show_error(self.tr("There is no other concept to merge into."))
            return
        self.commit_definition()
        target_id = self.choose_merge_target(item, others)
        target = self._by_id.get(target_id) if target_id is not None else None
        if target is None or target.id == item.id:
            return
        if self.confirm(
            self.tr("Merge Concepts"), self._merge_text(item, target), self.tr("Merge")
        ):
            self.clear_error()
            self._merged_into = target.id
            self.merge_requested.emit(item.id, target.id)

    def request_delete(self) -> None:
        item = self._shown
        if item is None:
            return
        self.commit_definition()
        if item.passages:
            text = self.tr(
                "Delete “{name}”? It tags {usage}. "
                "The passages stay highlighted; only the tag is removed."
            ).format(name=item.name, usage=self._usage.usage_text(item))
        else:
            text = self.tr("Delete “{name}”? No passages are tagged with it.").format(
                name=item.name
            )
        if self.confirm(self.tr("Delete Concept"), text, self.tr("Delete")):
            self.clear_error()
            self.delete_requested.emit(item.id)

    def commit_definition(self) -> None:
        """Send the definition if it differs from the stored one (whitespace aside)."""
        item = self._shown
        if item is None or self._loading:
            return
        text = self.definition_edit.toPlainText()
        if text.strip() == item.definition.strip():
            return
        # Remember it as sent, so another focus-out does not send it twice.
        self._shown = replace(item, definition=text.strip())
        self.definition_edited.emit(item.id, text)

    def commit_aliases(self) -> None:
        """Send the aliases as a clean list, unless one is invalid or names another concept."""
        item = self._shown
        if item is None or self._loading:
            return
        # The concept's own name is no alias of it: dropped rather than refused.
        own = concept_key(item.name)
        aliases = [a for a in parse_aliases(self.aliases_edit.text()) if concept_key(a) != own]
        for alias in aliases:
            problem = name_problem(alias)
            if problem is not None:
                self.show_error(self.tr("An alias is too long. {problem}").format(problem=problem))
                return
            taken = self._owner_of(alias, besides=item.id)
            if taken is not None:
                owner, _ = taken
                self.show_error(
                    self.tr(
                        "“{alias}” is already used by the concept “{owner}”. "
                        "To make them one concept, use Merge Into…."
                    ).format(alias=alias, owner=owner.name)
                )
                return
        self.aliases_edit.setText(", ".join(aliases))
        if aliases == list(item.aliases):
            return
        self.clear_error()
        self._shown = replace(item, aliases=tuple(aliases))
        self.aliases_edited.emit(item.id, aliases)

    def _on_color_chosen(self, index: int) -> None:
        item = self._shown
        if item is None:
            return
        color = self.color_combo.itemData(index)
        if color == item.color:
            return
        self.clear_error()
        self._shown = replace(item, color=color)
        self.color_requested.emit(item.id, color)

    # -- Qt ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.definition_edit and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            # A context menu borrowing focus is not leaving the field.
            if event.reason() != Qt.FocusReason.PopupFocusReason:
                self.commit_definition()
        elif watched is self.name_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self._name_changed():
                # Escape first abandons the rename; only a second Escape closes the dialog.
                self._reset_name()
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        # Closing is leaving the field too: typing must not be lost.
        self.commit_definition()
        super().done(result)

    # -- selection and details ---------------------------------------------------------
    def _on_selection_changed(self) -> None:
        if self._loading:
            return  # set_concepts settles the details itself
        self.commit_definition()
        if self.aliases_edit.isModified():
            self.commit_aliases()
        self.clear_error()
        self._show_selected()

    def _show_selected(self) -> None:
        """Load every editor from the selected concept, discarding unsent typing."""
        item = self._current_item()
        self._shown = item
        self._loading = True
        try:
            self.name_edit.setText(item.name if item else "")
            self.definition_edit.setPlainText(item.definition if item else "")
            self.aliases_edit.setText(", ".join(item.aliases) if item else "")
            self._load_color(item)
        finally:
            self._loading = False
        self._update_header(item)

    def _refresh_details(self) -> None:
        """After fresh data: update what changed, keep what the user is typing."""
        item = self._current_item()
        old = self._shown
        if item is None or old is None or old.id != item.id:
            self._show_selected()
            return
        self._shown = item
        self._loading = True
        try:
            if item.name != old.name:
                self.name_edit.setText(item.name)
            if (
                item.definition != old.definition
                and item.definition.strip() != self.definition_edit.toPlainText().strip()
            ):
                self._load_definition(item.definition)
            if item.aliases != old.aliases:
                self.aliases_edit.setText(", ".join(item.aliases))
            self._load_color(item)
        finally:
            self._loading = False
        self._update_header(item)

    def _load_definition(self, text: str) -> None:
        position = self.definition_edit.textCursor().position()
        self.definition_edit.setPlainText(text)
        cursor = self.definition_edit.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.definition_edit.setTextCursor(cursor)

    def _load_color(self, item: ConceptSummary | None) -> None:
        index = self.color_combo.findData(item.color if item else None)
        self.color_combo.setCurrentIndex(max(index, 0))

    def set_studied(self, concept_ids: set[int]) -> None:
        """Which concepts are studied (the concept controller tells, with fresh data)."""
        self._studied = set(concept_ids)
        item = self._current_item()
        self.study_box.setChecked(item is not None and item.id in self._studied)

    def _request_study(self, checked: bool) -> None:
        item = self._current_item()
        if item is not None:
            self.study_toggled.emit(item.id, checked)

    def _update_header(self, item: ConceptSummary | None) -> None:
        self.study_box.setChecked(item is not None and item.id in self._studied)
        self.details.setVisible(item is not None)
        self.empty_label.setVisible(item is None)
        if item is None:
            self.empty_label.setText(
                manager_text(NO_CONCEPTS_TEXT)
                if not self._items
                else self.tr("Select a concept to edit it.")
            )
            return
        self.usage_label.setText(
            self.tr("Tags {usage}.").format(usage=self._usage.usage_text(item))
        )
        self.merge_button.setEnabled(len(self._items) > 1)
        self._update_rename_button()

    def _update_rename_button(self, _text: str = "") -> None:
        self.rename_button.setEnabled(self._name_changed())

    def _name_changed(self) -> bool:
        return self._shown is not None and self.name_edit.text() != self._shown.name

    def _reset_name(self) -> None:
        if self._shown is not None:
            self.name_edit.setText(self._shown.name)
        self._update_rename_button()

    # -- helpers -----------------------------------------------------------------------
    def _current_item(self) -> ConceptSummary | None:
        concept_id = self.selected_concept()
        return self._by_id.get(concept_id) if concept_id is not None else None

    def _owner_of(self, name: str, besides: int) -> tuple[ConceptSummary, bool] | None:
        """The other concept with ``name`` as its name (False) or an alias (True)."""
        key = concept_key(name)
        for item in self._items:
            if item.id != besides and concept_key(item.name) == key:
                return item, False
        for item in self._items:
            if item.id != besides and any(concept_key(a) == key for a in item.aliases):
                return item, True
        return None

    def _merge_text(self, source: ConceptSummary, target: ConceptSummary) -> str:
        if source.passages:
            text = english_plural(
                self.tr(
                    "The %n passage(s) tagged “{source}” will be tagged “{target}”; "
                    "“{source}” becomes an alias of “{target}”.",
                    "",
                    source.passages,
                ),
                source.passages,
            )
        else:
            text = self.tr(
                "No passages are tagged “{source}”; “{source}” becomes an alias of “{target}”."
            )
        if source.definition and not target.definition:
            text += " " + self.tr("“{target}” takes over its definition.")
        return text.format(source=source.name, target=target.name)
