"""Concepts: tag and untag passages, rename, merge, define, colour, delete — undoably.

The only place the window calls the store about concepts and pushes their undo commands.
Every change is announced on ``LibraryEvents.concepts_changed`` (and, when passages'
tags changed, ``highlights_changed``); ``show_concepts`` answers it for the Concepts panel,
the Manage Concepts dialog, the Annotations panel's filter and the library's filter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStatusBar

from reader.core.errors import UserError
from reader.core.highlight_record import HighlightData
from reader.store import concepts
from reader.store.study_cards import studied_concepts
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.annotations.tag_popup import TagPopup
from reader.ui.concepts.browser import ConceptBrowser
from reader.ui.controllers import undo_commands as commands
from reader.ui.controllers.highlights import HighlightController
from reader.ui.controllers.open_article import OpenArticle
from reader.ui.library.panel import LibraryPanel
from reader.ui.reading.reader_view import ReaderView
from reader.ui.translation import error_text
from reader.ui.window.events import LibraryEvents

if TYPE_CHECKING:
    from reader.ui.concepts.manager import ConceptManager


class ConceptController(QObject):
    """Tagging passages with concepts, and keeping the vocabulary of concepts."""

    concepts_wanted = Signal()  # show the Concepts panel
    study_requested = Signal(int, bool)  # the manager's "Study this": concept id, studied

    def __init__(
        self,
        window: QMainWindow,
        events: LibraryEvents,
        undo_stack: QUndoStack,
        open_article: OpenArticle,
        highlights: HighlightController,
        view: ReaderView,
        panel: AnnotationsPanel,
        browser: ConceptBrowser,
        library: LibraryPanel,
    ) -> None:
        super().__init__(window)
        self.window, self.events, self.undo_stack = window, events, undo_stack
        self.open, self.highlights = open_article, highlights
        self.view, self.panel, self.browser, self.library = view, panel, browser, library
        self.tag_popup = TagPopup(window)
        self.tag_popup.concept_entered.connect(self.tag_with)
        self.tag_popup.concept_removed.connect(self.untag)
        self._tagging: str | None = None  # the highlight the tag popup is for
        self.manager: ConceptManager | None = None

    # -- showing -------------------------------------------------------------------------
    def show_concepts(self) -> None:
        """Answer ``concepts_changed``: the current concepts everywhere they appear."""
        summaries = concepts.list_concepts()
        self.browser.set_concepts(summaries)
        chosen = self.browser.selected_concept()
        if chosen is not None:
            self.show_passages(chosen)
        if self.manager is not None:
            self.manager.set_concepts(summaries)
            self.manager.set_studied(studied_concepts())
        # The filters offer what would show something: a concept that tags no passage
        # (one just made, say) would filter to nothing, and once headed the lists.
        in_use = [c for c in summaries if c.passages]
        self.panel.set_concepts([c.name for c in in_use])
        self.library.set_concepts(in_use)
        self.update_tag_popup()

    def show_passages(self, concept_id: int) -> None:
        try:
            summary = concepts.summary(concept_id)
        except UserError:
            self.browser.set_passages(None, [])
            return
        self.browser.set_passages(summary, concepts.passages(concept_id))

    def show_concept(self, concept_id: int) -> None:
        self.concepts_wanted.emit()
        self.browser.select_concept(concept_id)

    # -- tagging -------------------------------------------------------------------------
    def _tagged(self, article_id: int, select: str | None) -> None:
        self.highlights.changed(article_id, select)
        self.events.concepts_changed.emit()

    def tag_selection(self) -> None:
        """T: tag the selected text (highlighting it first) or the chosen highlight."""
        if self.view.textCursor().hasSelection():
            highlight_id = self.highlights.highlight_selection()
        else:
            highlight_id = self.panel.selected_id()
        if highlight_id is None:
            if not self.view.textCursor().hasSelection():
                bar = self.window.statusBar()
                assert isinstance(bar, QStatusBar)
                bar.showMessage(
                    self.tr("Select some text, or choose a highlight, to tag it with a concept."),
                    5000,
                )
            return
        item = self.highlights.find(highlight_id)
        if item is None:
            return
        self._tagging = item.id
        self.tag_popup.open_for(
            self._popup_point(item),
            concepts.list_concepts(),
            item.concepts,
            concepts.suggest_for(item.exact, exclude=item.concepts),
        )

    def _popup_point(self, item: HighlightData) -> QPoint:
        rects = self.view.range_rects(item.start, item.end) if item.placed else []
        viewport = self.view.viewport()
        if rects and viewport.rect().intersects(rects[-1].toRect()):
            return viewport.mapToGlobal(rects[-1].bottomLeft().toPoint() + QPoint(0, 6))
        return viewport.mapToGlobal(viewport.rect().center())

    def update_tag_popup(self) -> None:
        item = self.highlights.find(self._tagging) if self._tagging else None
        if item is not None and self.tag_popup.isVisible():
            self.tag_popup.set_known(concepts.list_concepts())  # one just made, say
            self.tag_popup.update_tags(
                item.concepts, concepts.suggest_for(item.exact, exclude=item.concepts)
            )

    def tag_with(self, name: str) -> None:
        item = self.highlights.find(self._tagging) if self._tagging else None
        if item is None:
            return
        try:
            command = commands.TagHighlight(self._tagged, item, name)
        except UserError as exc:
            self.tag_popup.show_error(error_text(exc))
            return
        self.undo_stack.push(command)

    def untag(self, name: str) -> None:
        item = self.highlights.find(self._tagging) if self._tagging else None
        concept = concepts.find_concept(name)
        if item is not None and concept is not None:
            self.undo_stack.push(commands.UntagHighlight(self._tagged, item, concept.id))

    # -- the vocabulary ------------------------------------------------------------------
    def _edited(self) -> None:
        self.events.concepts_changed.emit()
        if self.open.article_id is not None:  # the cards show the concepts' names
            self.events.highlights_changed.emit(self.open.article_id)

    def edit(self, text: str, apply: Callable[[], object], affected: list[int]) -> bool:
        """Apply a change to concepts as one undo step; a refusal is shown, nothing changes."""
        before = [concepts.snapshot(concept_id) for concept_id in affected]
        try:
            apply()
        except UserError as exc:
            if self.manager is not None and self.manager.isVisible():
                self.manager.show_error(error_text(exc))
            else:
                QMessageBox.warning(self.window, self.tr("Concepts"), error_text(exc))
            return False
        self.undo_stack.push(commands.ConceptEdit(text, self._edited, apply, before))
        return True

    def manage(self) -> None:
        if self.manager is None:
            self.manager = self._make_manager()
        self.manager.set_concepts(concepts.list_concepts())
        self.manager.set_studied(studied_concepts())
        chosen = self.browser.selected_concept()
        if chosen is not None:
            self.manager.select_concept(chosen)
        self.manager.show()
        self.manager.raise_()

    def _make_manager(self) -> ConceptManager:
        from reader.ui.concepts.manager import ConceptManager  # opened rarely: loaded then

        manager = ConceptManager(self.window)
        manager.rename_requested.connect(
            lambda cid, name: self.edit(
                commands.RENAME_CONCEPT, lambda: concepts.rename_concept(cid, name), [cid]
            )
        )
        manager.merge_requested.connect(
            lambda source, target: self.edit(
                commands.MERGE_CONCEPTS,
                lambda: concepts.merge_concepts(source, target),
                [source, target],
            )
        )
        manager.delete_requested.connect(
            lambda cid: self.edit(
                commands.DELETE_CONCEPT, lambda: concepts.delete_concept(cid), [cid]
            )
        )
        manager.definition_edited.connect(
            lambda cid, text: self.edit(
                commands.EDIT_DEFINITION, lambda: concepts.describe_concept(cid, text), [cid]
            )
        )
        manager.aliases_edited.connect(
            lambda cid, names: self.edit(
                commands.EDIT_ALIASES, lambda: concepts.set_aliases(cid, list(names)), [cid]
            )
        )
        manager.study_toggled.connect(self.study_requested)
        manager.color_requested.connect(
            lambda cid, colour: self.edit(
                commands.CONCEPT_COLOUR, lambda: concepts.set_concept_color(cid, colour), [cid]
            )
        )
        return manager
