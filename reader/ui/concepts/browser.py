"""The concept browser: every concept in the library, and the chosen one's passages.

Before an exam a student picks a concept ("Détente") and reads every passage tagged with
it, across all articles, grouped by article. The browser changes nothing itself: it asks
through its signals, and the window answers by calling ``set_concepts`` and
``set_passages`` with fresh data. Its words are translated (context ``ConceptBrowser``
and its classes' names).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.store.concepts import ConceptSummary, Passage
from reader.ui.concepts.concept_cards import ConceptDelegate, PassageDelegate
from reader.ui.concepts.concept_models import (
    CONCEPT_ID_ROLE,
    HIGHLIGHT_ID_ROLE,
    PASSAGE_ROLE,
    ConceptListModel,
    PassageListModel,
    browser_text,
    cut_text,
)
from reader.ui.widgets.card_list import CardListView
from reader.ui.widgets.card_painting import (
    muted_color,
    one_line,
    scaled,
)

# English, marked for translation; shown through browser_text().
FILTER_PLACEHOLDER = str(QT_TRANSLATE_NOOP("ConceptBrowser", "Filter concepts…"))
EMPTY_LIBRARY = str(
    QT_TRANSLATE_NOOP("ConceptBrowser", "No concepts yet. Select a passage and press T to tag it.")
)
NO_CONCEPT_CHOSEN = str(
    QT_TRANSLATE_NOOP("ConceptBrowser", "Choose a concept to review its passages.")
)
NO_DEFINITION = str(QT_TRANSLATE_NOOP("ConceptBrowser", "No definition yet — add one in Manage…"))

DEFINITION_CHARS = 500


# -- text ------------------------------------------------------------------------------


# -- colours and fonts -----------------------------------------------------------------


# -- lists -----------------------------------------------------------------------------


# -- concept list ----------------------------------------------------------------------


# -- passage list ----------------------------------------------------------------------


# -- the browser -----------------------------------------------------------------------
class ConceptBrowser(QWidget):
    """Every concept, filterable; below, the chosen concept's definition and passages."""

    concept_selected = Signal(int)  # the user chose a concept: load its passages
    passage_activated = Signal(int, str)  # article id, highlight id: open the article there
    manage_requested = Signal()  # open the concept manager
    review_requested = Signal(int)  # review this concept's cards (View → Review, narrowed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Concepts"))
        self._selected_id: int | None = None
        self._shown: ConceptSummary | None = None  # whose passages the lower list shows
        self._refreshing = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(browser_text(FILTER_PLACEHOLDER))
        self.filter_edit.setAccessibleName(self.tr("Filter concepts"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Matches names and aliases, ignoring accents")
        )
        self.filter_edit.setClearButtonEnabled(True)
        for button in self.filter_edit.findChildren(QAbstractButton):
            button.setAccessibleName(self.tr("Clear filter"))
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_enter)
        self.filter_edit.installEventFilter(self)

        self.manage_button = QPushButton(self.tr("Manage…"))
        self.manage_button.setAccessibleName(self.tr("Manage concepts"))
        self.manage_button.setToolTip(self.tr("Rename, merge, define and colour concepts"))
        self.manage_button.clicked.connect(self.manage_requested)

        self.concept_model = ConceptListModel(self)
        self.concept_list = CardListView()
        self.concept_list.setAccessibleName(self.tr("Concept list"))
        self.concept_list.setAccessibleDescription(
            self.tr("Choose a concept to see its passages; Enter moves to the passages")
        )
        self.concept_list.setModel(self.concept_model)
        self.concept_delegate = ConceptDelegate(self.concept_list)
        self.concept_list.setItemDelegate(self.concept_delegate)
        self.concept_list.setUniformItemSizes(True)
        self.concept_list.selectionModel().selectionChanged.connect(self._on_concept_changed)
        self.concept_list.enter_pressed.connect(self._focus_passages)

        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Concept name"))
        self.title_label.setWordWrap(True)
        self.title_label.setFont(scaled(self.font(), 1.15))
        title_font = self.title_label.font()
        title_font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(title_font)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Passage count"))
        self.counts_label.setFont(scaled(self.font(), 0.9))
        self.definition_label = QLabel()
        self.definition_label.setAccessibleName(self.tr("Definition"))
        self.definition_label.setWordWrap(True)
        self.definition_label.setTextFormat(Qt.TextFormat.PlainText)
        self.definition_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passage_model = PassageListModel(self)
        self.passage_list = CardListView()
        self.passage_list.setAccessibleName(self.tr("Passages"))
        self.passage_list.setAccessibleDescription(
            self.tr("Double-click a passage or press Enter to open the article there")
        )
        self.passage_list.setModel(self.passage_model)
        self.passage_delegate = PassageDelegate(self.passage_list)
        self.passage_list.setItemDelegate(self.passage_delegate)
        self.passage_list.setUniformItemSizes(False)
        # A card's height follows the list's width, and QListView lays rows out again when
        # the list is resized but not when a scrollbar appearing narrows its viewport: the
        # cards would then overlap. A scrollbar that is always there keeps the width fixed.
        self.passage_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.passage_list.doubleClicked.connect(self._on_passage_double_clicked)
        self.passage_list.enter_pressed.connect(self._activate_current_passage)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.manage_button)

        details = QWidget()
        details.setAccessibleName(self.tr("Selected concept"))
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.setSpacing(2)
        self.review_button = QPushButton(self.tr("Review this concept"))
        self.review_button.setAccessibleName(self.tr("Review this concept"))
        self.review_button.setToolTip(
            self.tr("Review the cards of this concept's definition and passages due today")
        )
        self.review_button.clicked.connect(self._request_review)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        details_layout.addLayout(title_row)
        details_layout.addWidget(self.counts_label)
        details_layout.addSpacing(4)
        details_layout.addWidget(self.definition_label)
        details_layout.addSpacing(4)
        details_layout.addWidget(self.passage_list, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setAccessibleName(self.tr("Concepts and passages"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.concept_list)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([240, 480])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        # Tab goes filter → concepts → passages; the Manage… button comes last.
        QWidget.setTabOrder(self.filter_edit, self.concept_list)
        QWidget.setTabOrder(self.concept_list, self.passage_list)
        QWidget.setTabOrder(self.passage_list, self.manage_button)

        self._update_concept_message()
        self._show_details()

    # -- public ------------------------------------------------------------------------
    def set_concepts(self, items: Sequence[ConceptSummary]) -> None:
        """Replace the concept list, keeping the selected concept if it still exists.

        Never sends ``concept_selected``. When the selected concept is gone its passages
        are cleared.
        """
        keep = self._selected_id
        scroll = self.concept_list.verticalScrollBar().value()
        self._refreshing = True
        try:
            self.concept_model.set_items(items)
            self._reselect()
            self.concept_list.verticalScrollBar().setValue(scroll)
        finally:
            self._refreshing = False
        if keep is not None:
            fresh = self.concept_model.find(keep)
            if fresh is None:
                self._selected_id = None
                self._set_shown(None, [])
            elif self._shown is not None and self._shown.id == keep:
                self._shown = fresh  # renamed, redefined or recoloured meanwhile
        self._show_details()
        self._update_concept_message()

    def set_passages(self, concept: ConceptSummary | None, passages: Sequence[Passage]) -> None:
        """Show ``concept``'s definition and ``passages``, grouped by article in the order
        given. None shows no concept. Never sends ``concept_selected``."""
        if concept is not None and concept.id != self._selected_id:
            self._selected_id = concept.id
            self._refreshing = True
            try:
                self._reselect()
            finally:
                self._refreshing = False
        elif concept is None:
            self._selected_id = None
            self._refreshing = True
            try:
                self.concept_list.selectionModel().clearSelection()
            finally:
                self._refreshing = False
        self._set_shown(concept, passages)

    def selected_concept(self) -> int | None:
        return self._selected_id

    def select_concept(self, concept_id: int | None) -> None:
        """Select ``concept_id`` and send ``concept_selected`` so its passages load.

        A concept hidden by the filter is shown by clearing the filter; an unknown id is
        ignored. None clears the selection and the passages.
        """
        if concept_id is None:
            self.set_passages(None, [])
            return
        if self.concept_model.find(concept_id) is None:
            return
        if self.concept_model.row_of(concept_id) is None:
            self.filter_edit.clear()
        self._selected_id = concept_id
        self._refreshing = True
        try:
            self._reselect()
        finally:
            self._refreshing = False
        row = self.concept_model.row_of(concept_id)
        if row is not None:
            self.concept_list.scrollTo(self.concept_model.index(row))
        self.concept_selected.emit(concept_id)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- concept selection -------------------------------------------------------------
    def _reselect(self) -> None:
        """Select ``_selected_id`` in the list when it is shown; without sending anything."""
        row = (
            self.concept_model.row_of(self._selected_id) if self._selected_id is not None else None
        )
        selection = self.concept_list.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        selection.setCurrentIndex(
            self.concept_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_concept_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._refreshing:
            return
        rows = self.concept_list.selectionModel().selectedIndexes()
        if not rows:
            return  # deselecting keeps the concept on show; choosing another replaces it
        concept_id = int(rows[0].data(CONCEPT_ID_ROLE))
        if concept_id != self._selected_id:
            self._selected_id = concept_id
            self.concept_selected.emit(concept_id)

    def _on_filter_changed(self, text: str) -> None:
        self._refreshing = True
        try:
            self.concept_model.set_filter(text)
            self._reselect()
        finally:
            self._refreshing = False
        row = (
            self.concept_model.row_of(self._selected_id) if self._selected_id is not None else None
        )
        if row is not None:
            self.concept_list.scrollTo(self.concept_model.index(row))
        self._update_concept_message()

    def _on_filter_enter(self) -> None:
        """Enter in the filter chooses the first match, unless the chosen one still shows."""
        if self.concept_model.rowCount() == 0:
            return
        if self._selected_id is None or self.concept_model.row_of(self._selected_id) is None:
            concept = self.concept_model.concept_at(0)
            assert concept is not None
            self.select_concept(concept.id)
        self.concept_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_concept_message(self) -> None:
        if self.concept_model.total_count() == 0:
            self.concept_list.empty_message = browser_text(EMPTY_LIBRARY)
        else:
            self.concept_list.empty_message = self.tr("No concept matches “{text}”.").format(
                text=self.filter_edit.text().strip()
            )
        self.concept_list.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.concept_model.rowCount() > 0:
                self.concept_list.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.concept_list.selectionModel().hasSelection():
                    self.concept_list.setCurrentIndex(self.concept_model.index(0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    # -- passages ----------------------------------------------------------------------
    def _set_shown(self, concept: ConceptSummary | None, passages: Sequence[Passage]) -> None:
        same_concept = (
            concept is not None and self._shown is not None and concept.id == self._shown.id
        )
        keep = self._current_passage_id() if same_concept else None
        scroll = self.passage_list.verticalScrollBar().value()
        self._shown = concept
        in_place = self.passage_model.set_passages(passages if concept is not None else [])
        if in_place:
            # A longer note changes a card's height.
            self.passage_list.doItemsLayout()
        else:
            row = self.passage_model.row_of(keep) if keep is not None else None
            if row is not None:
                self.passage_list.selectionModel().setCurrentIndex(
                    self.passage_model.index(row),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
            if same_concept:
                self.passage_list.doItemsLayout()
                self.passage_list.verticalScrollBar().setValue(scroll)
            else:
                self.passage_list.scrollToTop()
        self._show_details()

    def _show_details(self) -> None:
        concept = self._shown
        palette = self.palette()
        muted = muted_color(palette).name()
        self.title_label.setVisible(concept is not None)
        self.review_button.setVisible(concept is not None)
        self.counts_label.setVisible(concept is not None)
        self.definition_label.setVisible(concept is not None)
        if concept is None:
            self.passage_list.empty_message = (
                browser_text(NO_CONCEPT_CHOSEN) if self.concept_model.total_count() else ""
            )
            self.passage_list.viewport().update()
            return
        self.title_label.setText(concept.name)
        self.title_label.setToolTip(
            self.tr("Also called: {names}").format(names=", ".join(concept.aliases))
            if concept.aliases
            else ""
        )
        self.counts_label.setText(
            self.concept_model.counts_text(
                self.passage_model.passage_count(), self.passage_model.article_count()
            )
        )
        self.counts_label.setStyleSheet(f"color: {muted};")
        definition = one_line(concept.definition)
        if definition:
            self.definition_label.setText(cut_text(concept.definition.strip(), DEFINITION_CHARS))
            self.definition_label.setToolTip(
                concept.definition if len(definition) > DEFINITION_CHARS else ""
            )
            self.definition_label.setStyleSheet("")
            self.definition_label.setFont(self.font())
        else:
            self.definition_label.setText(browser_text(NO_DEFINITION))
            self.definition_label.setToolTip("")
            self.definition_label.setStyleSheet(f"color: {muted};")
            italic = QFont(self.font())
            italic.setItalic(True)
            self.definition_label.setFont(italic)
        self.passage_list.empty_message = self.tr("No passages are tagged “{name}” yet.").format(
            name=concept.name
        )
        self.passage_list.viewport().update()

    def _request_review(self) -> None:
        if self._shown is not None:
            self.review_requested.emit(self._shown.id)

    def _current_passage_id(self) -> str | None:
        rows = self.passage_list.selectionModel().selectedIndexes()
        return str(rows[0].data(HIGHLIGHT_ID_ROLE)) if rows else None

    def _focus_passages(self) -> None:
        if self.passage_model.rowCount() == 0:
            return
        self.passage_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.passage_list.selectionModel().hasSelection():
            first = next(
                (
                    r
                    for r in range(self.passage_model.rowCount())
                    if self.passage_model.passage_at(r)
                ),
                None,
            )
            if first is not None:
                self.passage_list.setCurrentIndex(self.passage_model.index(first))

    def _activate(self, index: QModelIndex) -> None:
        passage = index.data(PASSAGE_ROLE) if index.isValid() else None
        if isinstance(passage, Passage):
            self.passage_activated.emit(passage.article_id, passage.highlight_id)

    def _on_passage_double_clicked(self, index: QModelIndex) -> None:
        self._activate(index)

    def _activate_current_passage(self) -> None:
        self._activate(self.passage_list.currentIndex())
