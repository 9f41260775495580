"""The Annotations panel's model: the open article's highlights; then, each under its
header, those that need a look ("Check these": a proposed place to confirm or reject) and
the orphans ("Unplaced"); then other people's layers (a teacher's notes, the class's
passages), read-only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.core.concept_names import concept_key
from reader.core.highlight_record import HighlightData
from reader.core.packs.layer_item import LayerItem
from reader.store.placement_checks import PlacementCheck
from reader.ui.annotations.layer_rows import LayerHeader, LayerRow, PassageRow, row_key
from reader.ui.widgets.card_list import row_flags
from reader.ui.widgets.card_painting import english_plural, one_line
from reader.ui.widgets.highlight_palette import color_title

Index = QModelIndex | QPersistentModelIndex


HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str, or None on a header


HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 2  # HighlightData, or None on a header


ORPHAN_COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # on a header: how many rows it heads


LAYER_ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # a LayerRow of another person's, or None


SECTION_ROLE = Qt.ItemDataRole.UserRole + 5  # on a header: CHECK_SECTION or UNPLACED_SECTION


CHECK_ROLE = Qt.ItemDataRole.UserRole + 6  # a PlacementCheck, on a highlight needing a look

# The two headers of the reader's own highlights, as rows.
CHECK_SECTION = "check"  # "Check these": a proposed place waits for a yes or a no
UNPLACED_SECTION = "unplaced"

Row = HighlightData | LayerRow | str  # a str: one of the two section headers


# English, marked for translation; shown through panel_text().
UNPLACED_TITLE = str(QT_TRANSLATE_NOOP("AnnotationsPanel", "Unplaced"))

CHECK_TITLE = str(QT_TRANSLATE_NOOP("AnnotationsPanel", "Check these"))

CHECK_EXPLANATION = str(
    QT_TRANSLATE_NOOP(
        "AnnotationsPanel",
        "The text here is not quite what these highlights were made on (the article "
        "changed, or they came from another tool). Is the dashed place the passage "
        "highlighted? Y: Yes, here. R: Not here (it stays unplaced).",
    )
)


UNPLACED_EXPLANATION = str(
    QT_TRANSLATE_NOOP(
        "AnnotationsPanel",
        "The passage of these highlights was not found in the current text. "
        "Select the passage in the article and choose Place at Selection.",
    )
)


def panel_text(source: str) -> str:
    """One of the constants above in the interface's language."""
    return QCoreApplication.translate("AnnotationsPanel", source)


class HighlightListModel(QAbstractListModel):
    """Highlights as rows, placed ones first; a header row stands before the orphans.

    The colour filter lives here rather than in a proxy because the header must come and
    go with the orphans that pass the filter.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[HighlightData] = []
        self._checks: dict[str, PlacementCheck] = {}  # by highlight id: then and now
        self._layers: list[LayerRow] = []  # the second source, shown after the reader's own
        self._rows: list[Row] = []
        self._row_of: dict[str, int] = {}
        self._color: str | None = None
        self._concept: str | None = None  # a concept key (see store.concepts.concept_key)

    # -- contents ----------------------------------------------------------------------
    def set_items(
        self, items: Sequence[HighlightData], checks: Sequence[PlacementCheck] = ()
    ) -> list[int] | None:
        """Replace the highlights; ``checks`` are those needing a look, with their text
        then and now (in the order of their proposed places).

        When the same rows stay in the same order (a note, colour or concept changed),
        they are updated in place, so selection, scroll position and a click in progress
        survive; the changed rows are returned. Otherwise the model is reset: None.
        """
        # The caller already puts orphans last; a stable partition keeps that a promise.
        self._checks = {c.highlight.id: c for c in checks}
        waiting = [c.highlight for c in checks]
        self._all = [
            *(h for h in items if h.placed),
            *waiting,
            *(h for h in items if not h.placed and h.id not in self._checks),
        ]
        return self._apply(self._visible_rows())

    def set_layer_rows(self, rows: Sequence[LayerRow]) -> list[int] | None:
        """Replace the other people's rows, kept in place as ``set_items`` keeps its own."""
        self._layers = list(rows)
        return self._apply(self._visible_rows())

    def _apply(self, rows: list[Row]) -> list[int] | None:
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows]:
            changed = [
                n for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._rows = rows
            for n in changed:
                self.dataChanged.emit(self.index(n), self.index(n))
            return changed
        self._reset(rows)
        return None

    def set_color_filter(self, color: str | None) -> None:
        self._color = color
        self._reset(self._visible_rows())

    def color_filter(self) -> str | None:
        return self._color

    def set_concept_filter(self, key: str | None) -> None:
        self._concept = key
        self._reset(self._visible_rows())

    def filtered(self) -> bool:
        return self._color is not None or self._concept is not None

    def update_note(self, highlight_id: str, note: str) -> None:
        """Show a note the user just typed before the store answers with fresh data."""
        self._all = [replace(h, note=note) if h.id == highlight_id else h for h in self._all]
        row = self._row_of.get(highlight_id)
        if row is not None:
            current = self._rows[row]
            assert isinstance(current, HighlightData)
            self._rows[row] = replace(current, note=note)
            self.dataChanged.emit(self.index(row), self.index(row))

    @staticmethod
    def _key(row: Row) -> str | None:
        if isinstance(row, str):
            return "section:" + row
        return row.id if isinstance(row, HighlightData) else row_key(row)

    def _visible_rows(self) -> list[Row]:
        shown = [
            h
            for h in self._all
            if (self._color is None or h.color == self._color)
            and (self._concept is None or self._concept in {concept_key(c) for c in h.concepts})
        ]
        placed = [h for h in shown if h.placed]
        waiting = [h for h in shown if h.id in self._checks]
        orphans = [h for h in shown if not h.placed and h.id not in self._checks]
        check_header: list[Row] = [CHECK_SECTION] if waiting else []
        orphan_header: list[Row] = [UNPLACED_SECTION] if orphans else []
        return [*placed, *check_header, *waiting, *orphan_header, *orphans, *self._layers]

    def _reset(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of = {h.id: n for n, h in enumerate(rows) if isinstance(h, HighlightData)}
        self.endResetModel()

    # -- queries -----------------------------------------------------------------------
    def total_count(self) -> int:
        return len(self._all)

    def shown_count(self) -> int:
        return len(self._row_of)

    def row_of(self, highlight_id: str) -> int | None:
        """The row showing the highlight; None when it is filtered out or unknown."""
        return self._row_of.get(highlight_id)

    def check_of(self, highlight_id: str) -> PlacementCheck | None:
        """The highlight's passage then and its proposed place now, if it needs a look."""
        return self._checks.get(highlight_id)

    def waiting_ids(self) -> list[str]:
        """The highlights that need a look, in the list's order (filters aside)."""
        return [h.id for h in self._all if h.id in self._checks]

    def find(self, highlight_id: str) -> HighlightData | None:
        """The highlight, shown or filtered out."""
        return next((h for h in self._all if h.id == highlight_id), None)

    def highlight_at(self, row: int) -> HighlightData | None:
        """The reader's own highlight at ``row``; None on a header or another's row."""
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, HighlightData) else None

    def row_of_key(self, key: str) -> int | None:
        """The row whose ``key_at`` is ``key``, if it is shown."""
        found = self._row_of.get(key)
        if found is not None:
            return found
        return next((n for n, r in enumerate(self._rows) if self._key(r) == key), None)

    def key_at(self, row: int) -> str | None:
        """What identifies the row across refreshes (a highlight's id, a layer row's key)."""
        return self._key(self._rows[row]) if 0 <= row < len(self._rows) else None

    def layer_at(self, row: int) -> LayerRow | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return None if found is None or isinstance(found, HighlightData | str) else found

    def has_layers(self) -> bool:
        return bool(self._layers)

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        return row_flags(header=isinstance(row, str | LayerHeader))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if isinstance(item, str):
            return self._header_data(item, role)
        if not isinstance(item, HighlightData):
            return self._layer_data(item, role)
        if role == HIGHLIGHT_ID_ROLE:
            return item.id
        if role == HIGHLIGHT_ROLE:
            return item
        if role == CHECK_ROLE:
            return self._checks.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(item.exact)
        if role == Qt.ItemDataRole.ToolTipRole:
            quote = one_line(item.exact)
            quote = quote if len(quote) <= 600 else quote[:600] + "…"
            if item.placed:
                return quote
            check = self._checks.get(item.id)
            if check is not None:
                return (
                    self.tr("Then: “{then}”\nNow: “{now}”").format(
                        then=quote, now=one_line(check.new_text)
                    )
                    + "\n\n"
                    + panel_text(CHECK_EXPLANATION)
                )
            return quote + "\n\n" + panel_text(UNPLACED_EXPLANATION)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        return None

    def _layer_data(self, row: LayerRow, role: int) -> Any:
        if role == LAYER_ROW_ROLE:
            return row
        if isinstance(row, LayerHeader):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.title
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return row.explanation
            return None
        quote = one_line(row.exact)
        if role == Qt.ItemDataRole.DisplayRole:
            return quote
        if role == Qt.ItemDataRole.ToolTipRole:
            return quote if len(quote) <= 600 else quote[:600] + "…"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken_layer(row)
        return None

    def _spoken_layer(self, row: LayerItem | PassageRow) -> str:
        quote = one_line(row.exact)
        if isinstance(row, PassageRow) and row.student is not None:
            parts = [f"{row.student}: {quote}"]
            parts += [one_line(note) for _student, note in row.passage.notes()]
            return ". ".join(parts)
        if isinstance(row, PassageRow):
            parts = [
                self.tr("{count} of {total} students: {quote}").format(
                    count=row.passage.count, total=row.total, quote=quote
                ),
                ", ".join(row.passage.students),
            ]
            parts += [f"{student}: {one_line(note)}" for student, note in row.passage.notes()]
            return ". ".join(parts)
        parts = [
            self.tr("{teacher}'s note, read-only: {quote}").format(teacher=row.person, quote=quote)
        ]
        if row.note.strip():
            parts.append(self.tr("Note: {note}").format(note=one_line(row.note)))
        if row.concepts:
            parts.append(self.tr("Concepts: {names}").format(names=", ".join(row.concepts)))
        return ". ".join(parts)

    def _header_data(self, section: str, role: int) -> Any:
        checking = section == CHECK_SECTION
        count = sum(
            1
            for r in self._rows
            if isinstance(r, HighlightData) and not r.placed and (r.id in self._checks) == checking
        )
        if role == SECTION_ROLE:
            return section
        if role == Qt.ItemDataRole.DisplayRole:
            return panel_text(CHECK_TITLE if checking else UNPLACED_TITLE)
        if role == ORPHAN_COUNT_ROLE:
            return count
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return panel_text(CHECK_EXPLANATION if checking else UNPLACED_EXPLANATION)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if checking:
                return english_plural(self.tr("Check these: %n highlight(s)", "", count), count)
            return english_plural(self.tr("Unplaced: %n highlight(s)", "", count), count)
        return None

    def _spoken(self, item: HighlightData) -> str:
        color, quote = color_title(item.color), one_line(item.exact)
        check = self._checks.get(item.id)
        if item.placed:
            parts = [self.tr("{color} highlight: {quote}").format(color=color, quote=quote)]
        elif check is not None:
            parts = [
                self.tr(
                    "{color} highlight that needs a look: it was “{quote}”; "
                    "perhaps it is now “{now}”"
                ).format(color=color, quote=quote, now=one_line(check.new_text))
            ]
        else:
            parts = [
                self.tr("{color} unplaced highlight: {quote}").format(color=color, quote=quote)
            ]
        if item.note.strip():
            parts.append(self.tr("Note: {note}").format(note=one_line(item.note)))
        if item.concepts:
            parts.append(self.tr("Concepts: {names}").format(names=", ".join(item.concepts)))
        return ". ".join(parts)
