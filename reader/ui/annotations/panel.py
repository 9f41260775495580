"""The annotations side panel: the open article's highlights as cards, and the selected note.

Cards come in the order the caller gives (reading order); highlights that need a look
follow under "Check these" (the passage then and the proposed place now, with "Yes,
Here" and "Not Here" below the list), orphans last under an "Unplaced" header. Below the
list the selected highlight's note is edited in place, and buttons recolour, place or
delete it. The panel changes nothing itself: it asks through
its signals, and the window answers by calling ``set_highlights`` with fresh data.
Other people's layers (a teacher's notes, the class's passages) follow, read-only, from
``set_layers``; the strip above the list (layer_bar.py) shows and chooses them.
Its words are translated (context ``AnnotationsPanel`` and its classes' names).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QActionGroup,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.concept_names import concept_key
from reader.core.highlight_colors import COLORS
from reader.core.highlight_record import HighlightData
from reader.store.placement_checks import PlacementCheck
from reader.ui.annotations.highlight_cards import HighlightCardDelegate
from reader.ui.annotations.highlight_model import HIGHLIGHT_ID_ROLE, HighlightListModel, panel_text
from reader.ui.annotations.layer_bar import LayerBar
from reader.ui.annotations.layer_rows import LayerHeader, LayerRow, PassageRow
from reader.ui.widgets.card_list import CardListView
from reader.ui.widgets.card_painting import (
    english_plural,
    tag_text,
)
from reader.ui.widgets.highlight_palette import (
    color_label,
    color_title,
    swatch_icon,
)

# Long enough to save once per pause rather than per key, short enough that a crash
# loses at most the last word.
NOTE_SAVE_DELAY_MS = 400

NOTE_PLACEHOLDER = str(QT_TRANSLATE_NOOP("AnnotationsPanel", "Write a note…"))
NO_SELECTION_PLACEHOLDER = str(
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Select a highlight to write its note.")
)


def _layer_note(row: LayerRow | None) -> str:
    """What the note box shows for another person's row: their note, or every student's."""
    if isinstance(row, PassageRow):
        return "\n\n".join(f"{student}: {note}" for student, note in row.passage.notes())
    return row.note if row is not None and not isinstance(row, LayerHeader) else ""


def _button(text: str, tip: str, clicked: Callable[[], None]) -> QPushButton:
    """A button named by its text, its tooltip also its description for screen readers."""
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    button.clicked.connect(clicked)
    return button


# -- model -----------------------------------------------------------------------------


# -- card painting ---------------------------------------------------------------------


# -- list ------------------------------------------------------------------------------


# -- panel -----------------------------------------------------------------------------
class AnnotationsPanel(QWidget):
    """The side panel listing the open article's highlights, with the selected one's note."""

    highlight_activated = Signal(str)  # scroll the reader to this highlight
    delete_requested = Signal(str)
    note_edited = Signal(str, str)  # highlight id, the whole new note
    color_requested = Signal(str, str)  # highlight id, colour name
    place_requested = Signal(str)  # place this orphan at the reader's text selection
    confirm_requested = Signal(str)  # "Yes, here": place it at its proposed place
    reject_requested = Signal(str)  # "Not here": it stays unplaced
    layer_activated = Signal(int)  # scroll the reader to this offset (another's passage)
    study_toggled = Signal(str, bool)  # highlight id, whether to make review cards of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Annotations"))
        self._meanings: dict[str, str] = {}
        self._studied: set[str] = set()  # highlights study mode makes cards of
        self._editing_id: str | None = None  # whose note the editor shows
        self._pending_id: str | None = None  # whose note has typing not yet sent
        self._detached_text = ""  # that typing, if the editor moved on before it was sent
        self._loading_note = False
        self._refreshing = False
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)

        self.color_filter = QComboBox()
        self.color_filter.setAccessibleName(self.tr("Filter highlights by colour"))
        self.color_filter.setAccessibleDescription(
            self.tr("Shows only the highlights of the chosen colour")
        )
        self.color_filter.view().setAccessibleName(self.tr("Colours to show"))
        self.color_filter.addItem(self.tr("All colours"), None)
        for color in COLORS:
            self.color_filter.addItem(swatch_icon(color), color_title(color), color)
        self.color_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.concept_filter = QComboBox()
        self.concept_filter.setAccessibleName(self.tr("Filter highlights by concept"))
        self.concept_filter.setAccessibleDescription(
            self.tr("Shows only the highlights tagged with the chosen concept")
        )
        self.concept_filter.view().setAccessibleName(self.tr("Concepts to show"))
        self.concept_filter.addItem(self.tr("All concepts"), None)
        self.concept_filter.currentIndexChanged.connect(self._on_concept_filter_changed)
        # The filters size to a few characters, not to their longest choice: the panel's
        # width must not follow the names of one's concepts.
        for combo in (self.color_filter, self.concept_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Highlight count"))
        self.layer_bar = LayerBar()

        self.model = HighlightListModel(self)
        self.list_view = CardListView(deletes=True)
        self.list_view.setAccessibleName(self.tr("Highlights"))
        self.list_view.setAccessibleDescription(
            self.tr("Enter shows the highlight in the article; Delete deletes it")
        )
        self.list_view.setModel(self.model)
        self.delegate = HighlightCardDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.verticalScrollBar().setSingleStep(24)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A card's height follows the list's width, and QListView does not lay rows out
        # again when a scrollbar appears; keeping it shown stops cards from overlapping.
        self.list_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Cards are as wide as the list and their height follows the width.
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setMouseTracking(True)  # hover outline
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list_view.clicked.connect(self._on_clicked)
        self.list_view.enter_pressed.connect(self._activate_selected)
        self.list_view.delete_pressed.connect(self._request_delete)

        self.note_label = QLabel(self.tr("&Note"))
        self.note_label.setAccessibleName(self.tr("Note"))
        self.note_editor = QPlainTextEdit()
        self.note_editor.setAccessibleName(self.tr("Note for the selected highlight"))
        self.note_editor.setAccessibleDescription(self.tr("Saved as you type"))
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.setMinimumHeight(90)
        self.note_editor.textChanged.connect(self._on_note_typed)
        self.note_editor.installEventFilter(self)
        self.note_label.setBuddy(self.note_editor)

        self.color_button = QToolButton()
        self.color_button.setAccessibleName(self.tr("Change colour"))
        self.color_button.setAccessibleDescription(
            self.tr("Choose another colour for the selected highlight")
        )
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.color_menu = QMenu(self.color_button)
        self.color_menu.setAccessibleName(self.tr("Colours"))
        self._color_group = QActionGroup(self)
        self._color_group.setExclusive(True)
        for color in COLORS:
            action = self.color_menu.addAction(swatch_icon(color), color_title(color))
            action.setCheckable(True)
            action.setData(color)
            self._color_group.addAction(action)
        self._color_group.triggered.connect(lambda action: self._request_color(str(action.data())))
        self.color_button.setMenu(self.color_menu)

        self.place_button = _button(
            self.tr("Place at Selection"),
            self.tr("Attach this unplaced highlight to the passage selected in the article"),
            self._request_place,
        )
        self.confirm_button = _button(
            self.tr("Yes, Here"),
            self.tr("Place this highlight at the dashed place in the article (Y)"),
            self._request_confirm,
        )
        self.reject_button = _button(
            self.tr("Not Here"),
            self.tr("The dashed place is not the passage: keep the highlight unplaced (R)"),
            self._request_reject,
        )
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete highlight"))
        self.delete_button.setToolTip(self.tr("Delete the selected highlight (Delete)"))
        self.delete_button.clicked.connect(self._request_delete)

        self.study_box = QCheckBox(self.tr("Study this"))
        self.study_box.setAccessibleName(self.tr("Study this highlight"))
        self.study_box.setToolTip(
            self.tr(
                "Review this passage in View → Review: its note, its concepts' words and "
                "any cloze you marked become cards"
            )
        )
        self.study_box.setAccessibleDescription(self.study_box.toolTip())
        self.study_box.clicked.connect(self._request_study)

        # Each row narrow on its own (the count on a line of its own, Study this under the
        # note, Place at Selection only for an unplaced highlight), so the panel fits a
        # small screen.
        top = QHBoxLayout()
        top.addWidget(self.color_filter, 1)
        top.addWidget(self.concept_filter, 1)
        # Below the list, on a row of their own (shown only when they answer), so the
        # panel keeps its width whichever highlight is chosen.
        self.check_bar = QWidget()
        answers = QHBoxLayout(self.check_bar)
        answers.setContentsMargins(0, 0, 0, 0)
        answers.addWidget(self.confirm_button, 1)
        answers.addWidget(self.reject_button, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.color_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.layer_bar)
        layout.addWidget(self.list_view, 4)
        layout.addWidget(self.check_bar)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_editor, 1)
        layout.addWidget(self.study_box)
        layout.addWidget(self.place_button)
        layout.addLayout(buttons)

        self._update_count()
        self._show_selected()

    # -- public ------------------------------------------------------------------------
    def set_highlights(
        self,
        items: Sequence[HighlightData],
        meanings: Mapping[str, str],
        checks: Sequence[PlacementCheck] = (),
    ) -> None:
        """Show ``items`` (reading order, orphans last), keeping the selection if it stays;
        ``checks`` are those of them that need a look, with their text then and now.

        Never sends ``note_edited``: typing not yet sent keeps waiting for its timer.
        """
        self._meanings = dict(meanings)
        self._update_color_names()
        self._refresh(lambda: self.model.set_items(items, checks))

    def set_layers(self, rows: Sequence[LayerRow]) -> None:
        """Show other people's rows after the reader's own, keeping the selection."""
        self._refresh(lambda: self.model.set_layer_rows(rows))

    def _refresh(self, apply: Callable[[], list[int] | None]) -> None:
        """Let ``apply`` change the model, keeping the selection and the scroll position."""
        keep = self._selected_row_key()
        scroll = self.list_view.verticalScrollBar().value()
        self._refreshing = True
        try:
            changed = apply()
            if changed is None:
                self.list_view.doItemsLayout()
                row = self.model.row_of_key(keep) if keep is not None else None
                if row is not None:
                    self._select_row(row)
                self.list_view.verticalScrollBar().setValue(scroll)
            elif changed:
                # A longer note or a new concept changes a card's height.
                self.delegate.sizeHintChanged.emit(self.model.index(changed[0]))
        finally:
            self._refreshing = False
        self._update_count()
        self._after_refresh()

    def _selected_row_key(self) -> str | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return self.model.key_at(rows[0].row()) if rows else None

    def set_studied(self, highlight_ids: set[str]) -> None:
        """Which highlights are studied (study mode answers ``highlights_changed``)."""
        self._studied = set(highlight_ids)
        self._update_buttons(self._selected())

    def select_highlight(self, highlight_id: str | None) -> None:
        """Select and show ``highlight_id`` without asking the reader to scroll to it."""
        if highlight_id is None:
            self.list_view.selectionModel().clearSelection()
            return
        if self.model.row_of(highlight_id) is None and self.model.find(highlight_id):
            # Filtered out: show every highlight again.
            self.color_filter.setCurrentIndex(0)
            self.concept_filter.setCurrentIndex(0)
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        self._select_row(row)
        self.list_view.scrollTo(self.model.index(row))

    def selected_id(self) -> str | None:
        """The reader's own highlight chosen in the list; None for another's row."""
        rows = self.list_view.selectionModel().selectedIndexes()
        found = rows[0].data(HIGHLIGHT_ID_ROLE) if rows else None
        return str(found) if found is not None else None

    def focus_note_editor(self) -> None:
        if self._editing_id is not None:
            self.note_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush_note(self) -> None:
        highlight_id = self._pending_id
        if highlight_id is None:
            return
        self._pending_id = None
        self._note_timer.stop()
        if highlight_id == self._editing_id:
            text = self.note_editor.toPlainText()
        else:
            text = self._detached_text
        if self.model.find(highlight_id) is None:
            return  # deleted meanwhile: nothing to save it into
        self.model.update_note(highlight_id, text)
        row = self.model.row_of(highlight_id)
        if row is not None:  # the card's note preview may need more or fewer lines
            self.delegate.sizeHintChanged.emit(self.model.index(row))
        self.note_edited.emit(highlight_id, text)

    # -- selection ---------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _selected(self) -> HighlightData | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return self.model.highlight_at(rows[0].row()) if rows else None

    def _selected_layer(self) -> LayerRow | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return self.model.layer_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._refreshing:
            return  # set_highlights settles the editor itself, without sending anything
        self.flush_note()
        self._show_selected()

    def _show_selected(self) -> None:
        item = self._selected()
        if self._pending_id is not None and self._pending_id == self._editing_id:
            self._detached_text = self.note_editor.toPlainText()
        self._editing_id = item.id if item else None
        layer = self._selected_layer() if item is None else None
        # Another person's note shows, to read and copy, never to edit.
        self._load_note(item.note if item else _layer_note(layer), keep_cursor=False)
        self.note_editor.setReadOnly(layer is not None)
        self.note_editor.setEnabled(item is not None or layer is not None)
        self.note_editor.setPlaceholderText(
            panel_text(NOTE_PLACEHOLDER if item else NO_SELECTION_PLACEHOLDER)
        )
        self._update_buttons(item)

    def _after_refresh(self) -> None:
        item = self._selected()
        if (item.id if item else None) != self._editing_id:
            self._show_selected()
            return
        self._update_buttons(item)
        if item is None or self._pending_id == item.id:
            return  # the user's unsent typing is newer than what just arrived
        if item.note != self.note_editor.toPlainText():
            self._load_note(item.note, keep_cursor=True)  # changed elsewhere, say by undo

    def _load_note(self, text: str, keep_cursor: bool) -> None:
        if text == self.note_editor.toPlainText():
            return  # leave the cursor and the editor's own undo alone
        position = self.note_editor.textCursor().position()
        self._loading_note = True
        try:
            self.note_editor.setPlainText(text)
        finally:
            self._loading_note = False
        if keep_cursor:
            cursor = self.note_editor.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.note_editor.setTextCursor(cursor)

    def _update_buttons(self, item: HighlightData | None) -> None:
        self.color_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        unplaced = item is not None and not item.placed
        self.place_button.setEnabled(unplaced)
        self.place_button.setVisible(unplaced)
        # Shown only for a highlight that needs a look, so the row stays short otherwise.
        waiting = item is not None and self.model.check_of(item.id) is not None
        self.check_bar.setVisible(waiting)
        self.study_box.setEnabled(item is not None)
        self.study_box.setChecked(item is not None and item.id in self._studied)
        if item is None:
            self.color_button.setText(self.tr("Colour"))
            self.color_button.setIcon(swatch_icon("none"))
            self.color_button.setToolTip(self.tr("Select a highlight to change its colour"))
            for action in self._color_group.actions():
                action.setChecked(False)
            return
        self.color_button.setText(color_title(item.color))
        self.color_button.setIcon(swatch_icon(item.color))
        self.color_button.setToolTip(
            self.tr("Colour: {color}. Click to choose another.").format(
                color=color_label(item.color, self._meanings)
            )
        )
        for action in self._color_group.actions():
            action.setChecked(action.data() == item.color)

    # -- filter and count --------------------------------------------------------------
    def _on_filter_changed(self, _index: int) -> None:
        self.flush_note()
        keep = self.selected_id()
        self._refreshing = True
        try:
            self.model.set_color_filter(self.color_filter.currentData())
            row = self.model.row_of(keep) if keep is not None else None
            if row is not None:
                self._select_row(row)
                self.list_view.scrollTo(self.model.index(row))
        finally:
            self._refreshing = False
        self._update_count()
        self._show_selected()

    def set_concepts(self, names: Sequence[str]) -> None:
        """The concepts the filter offers; the chosen one stays chosen if it still exists."""
        current = self.concept_filter.currentData()
        self.concept_filter.blockSignals(True)
        self.concept_filter.clear()
        self.concept_filter.addItem(self.tr("All concepts"), None)
        for name in names:
            self.concept_filter.addItem(tag_text(name), concept_key(name))
        index = self.concept_filter.findData(current) if current is not None else 0
        self.concept_filter.setCurrentIndex(max(0, index))
        self.concept_filter.blockSignals(False)
        if index < 0:
            self._on_concept_filter_changed(0)

    def show_concept(self, name: str | None) -> None:
        """Narrow the list to one concept's highlights (None: all)."""
        index = self.concept_filter.findData(concept_key(name)) if name else 0
        self.concept_filter.setCurrentIndex(max(0, index))

    def _on_concept_filter_changed(self, _index: int) -> None:
        self.flush_note()
        keep = self.selected_id()
        self.model.set_concept_filter(self.concept_filter.currentData())
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._select_row(row)
        self._update_count()
        self._show_selected()

    def _update_count(self) -> None:
        total = self.model.total_count()
        color = self.model.color_filter()
        if total == 0:
            self.count_label.setText(self.tr("No highlights"))
            self.list_view.empty_message = self.tr(
                "No highlights yet. Select a passage in the article to highlight it."
            )
        elif not self.model.filtered():
            text = english_plural(self.tr("%n highlight(s)", "", total), total)
            waiting = len(self.model.waiting_ids())
            if waiting:
                text += " · " + self.tr("{count} to check").format(count=waiting)
            self.count_label.setText(text)
        else:
            shown = self.tr("{shown} of %n highlight(s)", "", total)
            self.count_label.setText(
                english_plural(shown, total).format(shown=self.model.shown_count())
            )
            self.list_view.empty_message = self._no_match_message(color)
        self.list_view.viewport().update()

    def _no_match_message(self, color: str | None) -> str:
        """What the empty list says when the filters leave nothing of this article's."""
        concept = self.concept_filter.currentText() if self.concept_filter.currentIndex() else ""
        # Colour names read in lower case inside a sentence: "No yellow highlights".
        name = color_title(color).lower() if color else ""
        if name and concept:
            return self.tr("No {color} “{concept}” highlights in this article.").format(
                color=name, concept=concept
            )
        if concept:
            return self.tr("No “{concept}” highlights in this article.").format(concept=concept)
        return self.tr("No {color} highlights in this article.").format(color=name)

    def _update_color_names(self) -> None:
        for number, color in enumerate(COLORS, start=1):
            self.color_filter.setItemText(number, color_label(color, self._meanings))
        for action in self._color_group.actions():
            action.setText(color_label(str(action.data()), self._meanings))

    # -- requests ----------------------------------------------------------------------
    def _on_clicked(self, index: QModelIndex) -> None:
        highlight_id = index.data(HIGHLIGHT_ID_ROLE)
        if highlight_id is not None:
            self.highlight_activated.emit(str(highlight_id))
        else:
            self._activate_layer(self.model.layer_at(index.row()))

    def _activate_selected(self) -> None:
        highlight_id = self.selected_id()
        if highlight_id is not None:
            self.highlight_activated.emit(highlight_id)
        else:
            self._activate_layer(self._selected_layer())

    def _activate_layer(self, row: LayerRow | None) -> None:
        if row is None or isinstance(row, LayerHeader):
            return
        if isinstance(row, PassageRow):
            self.layer_activated.emit(row.passage.start)
        elif row.placed:
            self.layer_activated.emit(row.start)

    def _request_delete(self) -> None:
        highlight_id = self.selected_id()
        if highlight_id is not None:
            self.flush_note()  # so undoing the delete brings the note back whole
            self.delete_requested.emit(highlight_id)

    def _request_color(self, color: str) -> None:
        item = self._selected()
        if item is not None and item.color != color:
            self.color_requested.emit(item.id, color)

    def _request_confirm(self) -> None:
        item = self._selected()
        if item is not None and self.model.check_of(item.id) is not None:
            self.flush_note()
            self.confirm_requested.emit(item.id)

    def _request_reject(self) -> None:
        item = self._selected()
        if item is not None and self.model.check_of(item.id) is not None:
            self.flush_note()
            self.reject_requested.emit(item.id)

    def _request_study(self, checked: bool) -> None:
        item = self._selected()
        if item is not None:
            self.study_toggled.emit(item.id, checked)

    def _request_place(self) -> None:
        item = self._selected()
        if item is not None and not item.placed:
            self.flush_note()
            self.place_requested.emit(item.id)

    # -- events ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_editor and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        return super().eventFilter(watched, event)

    def _on_note_typed(self) -> None:
        if self._loading_note or self._editing_id is None:
            return
        if self._pending_id is not None and self._pending_id != self._editing_id:
            self.flush_note()  # typing left behind for another highlight goes first
        self._pending_id = self._editing_id
        self._note_timer.start()
