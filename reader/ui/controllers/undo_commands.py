"""Undoable highlight edits: each command calls the store, then asks the window to refresh.

The store commits every change at once, so undo and redo are themselves committed
changes; a crash between them loses nothing the user saw. A command's text names it in
Edit → Undo …, so it is translated (context ``UndoCommands``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.core.highlight_record import HighlightData
from reader.store import articles, concepts, highlights, placement_checks
from reader.ui.widgets.highlight_palette import color_title

# Called with the article and the highlight to show after a change (None: nothing).
Refresh = Callable[[int, str | None], None]

NOTE_EDIT_ID = 1001

# The texts the window gives ConceptEdit; ConceptEdit translates whatever text it gets.
RENAME_CONCEPT = str(QT_TRANSLATE_NOOP("UndoCommands", "Rename Concept"))
MERGE_CONCEPTS = str(QT_TRANSLATE_NOOP("UndoCommands", "Merge Concepts"))
DELETE_CONCEPT = str(QT_TRANSLATE_NOOP("UndoCommands", "Delete Concept"))
EDIT_DEFINITION = str(QT_TRANSLATE_NOOP("UndoCommands", "Edit Definition"))
EDIT_ALIASES = str(QT_TRANSLATE_NOOP("UndoCommands", "Edit Aliases"))
CONCEPT_COLOUR = str(QT_TRANSLATE_NOOP("UndoCommands", "Concept Colour"))
PLACE_HERE = str(QT_TRANSLATE_NOOP("UndoCommands", "Place Highlight Here"))
KEEP_UNPLACED = str(QT_TRANSLATE_NOOP("UndoCommands", "Keep Highlight Unplaced"))


class CreateHighlight(QUndoCommand):
    def __init__(self, refresh: Refresh, article_id: int, start: int, end: int, color: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Highlight"))
        self.refresh, self.article_id = refresh, article_id
        self.start, self.end, self.color = start, end, color
        self.made: HighlightData | None = None

    def redo(self) -> None:
        if self.made is None:
            self.made = highlights.create_highlight(
                self.article_id, self.start, self.end, color=self.color
            )
        else:
            self.made = highlights.restore_highlight(self.made)
        self.refresh(self.article_id, self.made.id)

    def undo(self) -> None:
        assert self.made is not None
        self.made = highlights.delete_highlight(self.made.id)
        self.refresh(self.article_id, None)


class DeleteHighlight(QUndoCommand):
    def __init__(self, refresh: Refresh, data: HighlightData) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Delete Highlight"))
        self.refresh, self.data = refresh, data

    def redo(self) -> None:
        self.data = highlights.delete_highlight(self.data.id)
        self.refresh(self.data.article_id, None)

    def undo(self) -> None:
        highlights.restore_highlight(self.data)
        self.refresh(self.data.article_id, self.data.id)


class RecolorHighlight(QUndoCommand):
    def __init__(self, refresh: Refresh, data: HighlightData, color: str) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Colour {color}").format(
                color=color_title(color)
            )
        )
        self.refresh, self.data, self.color = refresh, data, color

    def redo(self) -> None:
        highlights.set_color(self.data.id, self.color)
        self.refresh(self.data.article_id, self.data.id)

    def undo(self) -> None:
        highlights.set_color(self.data.id, self.data.color)
        self.refresh(self.data.article_id, self.data.id)


class EditNote(QUndoCommand):
    """A note typed in several bursts is one undo step per highlight (see mergeWith)."""

    def __init__(self, refresh: Refresh, data: HighlightData, note: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Edit Note"))
        self.refresh, self.data, self.note = refresh, data, note

    def id(self) -> int:
        return NOTE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNote) or other.data.id != self.data.id:
            return False
        self.note = other.note
        return True

    def redo(self) -> None:
        highlights.set_note(self.data.id, self.note)
        self.refresh(self.data.article_id, self.data.id)

    def undo(self) -> None:
        highlights.set_note(self.data.id, self.data.note)
        self.refresh(self.data.article_id, self.data.id)


class SetExtent(QUndoCommand):
    """Move a highlight's ends, or place an orphan by hand."""

    def __init__(self, refresh: Refresh, data: HighlightData, start: int, end: int) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Place Highlight")
            if not data.placed
            else QCoreApplication.translate("UndoCommands", "Resize Highlight")
        )
        self.refresh, self.data, self.start, self.end = refresh, data, start, end

    def redo(self) -> None:
        highlights.set_extent(self.data.id, self.start, self.end)
        self.refresh(self.data.article_id, self.data.id)

    def undo(self) -> None:
        highlights.restore_highlight(self.data)
        self.refresh(self.data.article_id, self.data.id)


class SettlePlacement(QUndoCommand):
    """A highlight that needed a look, confirmed at its proposed place ("Yes, here") or
    rejected (it stays unplaced); undo puts it back needing a look, note and all."""

    def __init__(self, refresh: Refresh, data: HighlightData, confirm: bool) -> None:
        text = PLACE_HERE if confirm else KEEP_UNPLACED
        super().__init__(QCoreApplication.translate("UndoCommands", text))
        self.refresh, self.before, self.confirm = refresh, data, confirm

    def redo(self) -> None:
        if self.confirm:
            placement_checks.confirm_placement(self.before.id)
        else:
            placement_checks.reject_placement(self.before.id)
        self.refresh(self.before.article_id, self.before.id)

    def undo(self) -> None:
        highlights.restore_highlight(self.before)
        self.refresh(self.before.article_id, self.before.id)


class MergeHighlights(QUndoCommand):
    """A new selection over existing highlights becomes one highlight covering all."""

    def __init__(
        self,
        refresh: Refresh,
        keep: HighlightData,
        others: Sequence[HighlightData],
        start: int,
        end: int,
    ) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Merge Highlights"))
        self.refresh, self.keep, self.others = refresh, keep, list(others)
        self.start, self.end = start, end

    def redo(self) -> None:
        highlights.merge_into(self.keep.id, [o.id for o in self.others], self.start, self.end)
        self.refresh(self.keep.article_id, self.keep.id)

    def undo(self) -> None:
        for data in [self.keep, *self.others]:
            highlights.restore_highlight(data)
        self.refresh(self.keep.article_id, self.keep.id)


class TagHighlight(QUndoCommand):
    """A concept put on a highlight; undo also removes the concept if this created it.

    The tag is applied before the command is pushed (so a refused name never reaches the
    stack); the first redo only refreshes.
    """

    def __init__(self, refresh: Refresh, data: HighlightData, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Tag “{name}”").format(name=name)
        )
        self.refresh, self.data, self.name = refresh, data, name
        self.created = concepts.find_concept(name) is None
        self.concept_id = concepts.tag(data.id, name).id
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.concept_id = concepts.tag(self.data.id, self.name).id
        self._first = False
        self.refresh(self.data.article_id, self.data.id)

    def undo(self) -> None:
        concepts.untag(self.data.id, self.concept_id)
        if self.created and concepts.summary(self.concept_id).passages == 0:
            concepts.delete_concept(self.concept_id)
        self.refresh(self.data.article_id, self.data.id)


class UntagHighlight(QUndoCommand):
    def __init__(self, refresh: Refresh, data: HighlightData, concept_id: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Remove Concept"))
        self.refresh, self.data, self.concept_id = refresh, data, concept_id
        self.name = concepts.summary(concept_id).name

    def redo(self) -> None:
        concepts.untag(self.data.id, self.concept_id)
        self.refresh(self.data.article_id, self.data.id)

    def undo(self) -> None:
        self.concept_id = concepts.tag(self.data.id, self.name).id
        self.refresh(self.data.article_id, self.data.id)


class ConceptEdit(QUndoCommand):
    """A rename, merge, delete, definition, alias or colour change of concepts.

    ``text`` is English (RENAME_CONCEPT and its neighbours); the command shows it
    translated. ``before`` holds snapshots of every concept the change touches; undo restores them
    exactly (a merged concept comes back with its own passages and aliases). The change
    is applied before the command is pushed; the first redo only refreshes.
    """

    def __init__(
        self,
        text: str,
        refresh: Callable[[], None],
        apply: Callable[[], object],
        before: Sequence[concepts.ConceptSnapshot],
    ) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", text))
        self.refresh, self.apply, self.before = refresh, apply, list(before)
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.apply()
        self._first = False
        self.refresh()

    def undo(self) -> None:
        # The target of a merge first, then the merged concept, as they were.
        for snap in reversed(self.before):
            concepts.restore(snap)
        self.refresh()


class DeleteArticle(QUndoCommand):
    """An article deleted with its highlights; undo brings both back exactly.

    The deletion happens before the command is pushed (after the user confirmed); the
    first redo only refreshes. Undo lasts as long as the window's undo stack: until the
    app closes.
    """

    def __init__(self, refresh: Callable[[int | None], None], article_id: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Delete Article"))
        self.refresh = refresh
        self.snapshot = articles.delete_article(article_id)
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.snapshot = articles.delete_article(int(str(self.snapshot.row["id"])))
        self._first = False
        self.refresh(None)

    def undo(self) -> None:
        self.refresh(articles.restore_article(self.snapshot))
