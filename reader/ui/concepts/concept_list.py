"""Manage Concepts' left side: the concepts as a list, filtered as one types, with a count.

It shows the concepts and which one is selected; it edits nothing. The dialog
(manager.py) fills it, follows its selection and edits the selected concept. Filtering
matches names and aliases, ignoring case and accents. Its words are translated (context
``ConceptList``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.store.concepts import ConceptSummary
from reader.ui.concepts.merge_target import ConceptUsage, blank_icon, search_key
from reader.ui.widgets.card_painting import english_plural
from reader.ui.widgets.highlight_palette import color_title, swatch_icon

CONCEPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConceptList(QWidget):
    """The filter field, the list of concepts with how much each tags, and their count."""

    selection_changed = Signal()  # after the selection changed (a click, a key, a filter)

    def __init__(self, usage: ConceptUsage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._usage = usage
        self._by_id: dict[int, ConceptSummary] = {}
        self._filling = False  # rows are being replaced: the dialog settles the selection

        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter concepts"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Matches names and aliases, ignoring case and accents")
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter concepts"))
        self.filter_edit.setClearButtonEnabled(True)
        for clear in self.filter_edit.findChildren(QToolButton):  # Qt's own, left unnamed
            clear.setAccessibleName(self.tr("Clear filter"))
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Concepts"))
        self.list_widget.setAccessibleDescription(self.tr("Choose a concept to edit it"))
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setUniformItemSizes(True)
        # Rows a little taller than the text: easier to aim at and to scan.
        self._row_height = self.list_widget.fontMetrics().height() + 10
        # The selection, not the current item: a click makes the item current before it
        # selects it, so the editors would load while nothing was selected yet.
        self.list_widget.itemSelectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Concept count"))
        self.count_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(self.count_label)

    # -- rows ------------------------------------------------------------------------
    def fill(self, items: Sequence[ConceptSummary]) -> None:
        """Show ``items`` in the given order, filtered as the field says; the caller
        chooses what is selected afterwards (``select``)."""
        self._by_id = {item.id: item for item in items}
        self._filling = True
        try:
            self.list_widget.clear()
            for item in items:
                row = QListWidgetItem(self._usage.list_text(item))
                row.setSizeHint(QSize(0, self._row_height))
                row.setData(CONCEPT_ID_ROLE, item.id)
                row.setIcon(swatch_icon(item.color) if item.color else blank_icon())
                row.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(item))
                if item.definition:
                    row.setToolTip(item.definition)
                self.list_widget.addItem(row)
            self.apply_filter()
        finally:
            self._filling = False

    def is_filling(self) -> bool:
        return self._filling

    def selected(self) -> int | None:
        row = self.list_widget.currentItem()
        if row is None or not row.isSelected():
            return None
        return int(row.data(CONCEPT_ID_ROLE))

    def select(self, concept_id: int | None) -> None:
        """Make ``concept_id`` the selected row (None: no row)."""
        row = self.row_of(concept_id)
        if row is None:
            self.list_widget.setCurrentRow(-1)
            self.list_widget.clearSelection()
        else:
            self.list_widget.setCurrentItem(row)

    def reveal(self, concept_id: int) -> None:
        """Select ``concept_id`` and bring it into view, clearing a filter that hides it."""
        row = self.row_of(concept_id)
        if row is not None and row.isHidden():
            self.filter_edit.clear()
        self.select(concept_id)
        if row is not None:
            self.list_widget.scrollToItem(row)

    def row_of(self, concept_id: int | None) -> QListWidgetItem | None:
        for n in range(self.list_widget.count()):
            row = self.list_widget.item(n)
            if row.data(CONCEPT_ID_ROLE) == concept_id:
                return row
        return None

    def neighbour(self, row: int) -> int | None:
        """The concept now at ``row`` (or the last one), after the one there went away."""
        count = self.list_widget.count()
        if count == 0 or row < 0:
            return None
        return int(self.list_widget.item(min(row, count - 1)).data(CONCEPT_ID_ROLE))

    def _selection_changed(self) -> None:
        if not self._filling:
            self.selection_changed.emit()

    # -- filter and count --------------------------------------------------------------
    def apply_filter(self, _text: str = "") -> None:
        needle = search_key(self.filter_edit.text())
        for n in range(self.list_widget.count()):
            row = self.list_widget.item(n)
            item = self._by_id[int(row.data(CONCEPT_ID_ROLE))]
            names = (item.name, *item.aliases)
            row.setHidden(bool(needle) and not any(needle in search_key(x) for x in names))
        current = self.list_widget.currentItem()
        if not self._filling and current is not None and current.isHidden():
            # The details always belong to a concept the list shows.
            first = next(
                (
                    r
                    for n in range(self.list_widget.count())
                    if not (r := self.list_widget.item(n)).isHidden()
                ),
                None,
            )
            if first is not None:
                self.list_widget.setCurrentItem(first)
        self.update_count()

    def update_count(self) -> None:
        total = self.list_widget.count()
        shown = sum(1 for n in range(total) if not self.list_widget.item(n).isHidden())
        if total and not shown:
            self.count_label.setText(
                self.tr("No concept matches “{text}”.").format(text=self.filter_edit.text().strip())
            )
        elif shown < total:
            text = english_plural(self.tr("{shown} of %n concept(s)", "", total), total)
            self.count_label.setText(text.format(shown=shown))
        else:
            self.count_label.setText(english_plural(self.tr("%n concept(s)", "", total), total))

    def _spoken(self, item: ConceptSummary) -> str:
        parts = [item.name, self._usage.usage_text(item)]
        if item.color:
            # Lower case inside the sentence: "colour yellow".
            parts.append(self.tr("colour {color}").format(color=color_title(item.color).lower()))
        if item.aliases:
            parts.append(self.tr("also called {names}").format(names=", ".join(item.aliases)))
        return "; ".join(parts)
