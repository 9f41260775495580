"""Highlights and notes: make, recolour, annotate, resize, place, merge, delete — undoably;
and the highlights that need a look after their article changed: confirm ("Yes, here")
or reject ("Not here") each proposed place.

The only place the window calls the store about highlights and pushes their undo
commands. A command announces its change on ``LibraryEvents.highlights_changed``; the
reading view and the Annotations panel are refreshed from that event by ``show``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStatusBar

from reader.core.highlight_colors import DEFAULT_COLOR
from reader.core.highlight_record import HighlightData
from reader.store import articles, highlights, placement_checks
from reader.store.article_text import article_text
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.controllers import undo_commands as commands
from reader.ui.controllers.open_article import OpenArticle
from reader.ui.reading.reader_view import ReaderView
from reader.ui.widgets.card_painting import english_plural
from reader.ui.window.events import LibraryEvents

_KEEP = object()  # the next refresh keeps the panel's selection


class HighlightController(QObject):
    """The open article's highlights, and every change made to them."""

    article_wanted = Signal(int)  # a change happened in another article: open it
    clean_text_wanted = Signal()  # leave the original text: a highlight is to be shown
    annotations_wanted = Signal()  # show the Annotations panel (to write a note)

    def __init__(
        self,
        window: QMainWindow,
        events: LibraryEvents,
        undo_stack: QUndoStack,
        open_article: OpenArticle,
        view: ReaderView,
        panel: AnnotationsPanel,
    ) -> None:
        super().__init__(window)
        self.window, self.events, self.undo_stack = window, events, undo_stack
        self.open, self.view, self.panel = open_article, view, panel
        self.current: list[HighlightData] = []
        self._select: object = _KEEP  # the highlight to select at the next refresh

    def _status(self, text: str, ms: int) -> None:
        bar = self.window.statusBar()
        assert isinstance(bar, QStatusBar)
        bar.showMessage(text, ms)

    def changed(self, article_id: int, select: str | None) -> None:
        """What undo commands call: announce the change, selecting ``select`` after it."""
        self._select = select
        self.events.highlights_changed.emit(article_id)

    # -- showing -------------------------------------------------------------------------
    def show(self, article_id: int) -> None:
        """Answer ``highlights_changed``: the article's highlights in the text and panel."""
        select, self._select = self._select, _KEEP
        if article_id != self.open.article_id:
            self.article_wanted.emit(article_id)
            if article_id != self.open.article_id:
                return
        self.current = highlights.list_highlights(article_id)
        ids = {h.id for h in self.current}
        wanted = self.panel.selected_id() if select is _KEEP else select
        selected = wanted if isinstance(wanted, str) and wanted in ids else None
        meanings = highlights.color_meanings()
        checks: list[placement_checks.PlacementCheck] = []
        if any(h.needs_look for h in self.current):  # the text is loaded only then
            text = article_text(articles.get_article(article_id)).text
            checks = placement_checks.checks_of(self.current, text)
        # The original text has other offsets and shows no highlights; the panel keeps
        # listing them all the same (a student once thought the work was lost).
        shown = [] if self.open.original else self.current
        self.view.set_highlights(shown, selected, meanings)
        self.panel.set_highlights(self.current, meanings, checks)
        self.panel.select_highlight(selected)
        orphans = sum(1 for h in self.current if not h.placed) - len(checks)
        placed = len(self.current) - orphans - len(checks)
        self.window.setProperty(
            "highlight_summary",
            f"{placed} highlights, {len(checks)} to check, {orphans} unplaced",
        )

    def on_article_shown(self, article_id: int, original: bool) -> None:
        if not original:
            self._check_anchors(article_id)
        self.show(article_id)
        waiting = sum(1 for h in self.current if h.needs_look)
        if waiting:
            asking = self.tr(
                "%n highlight(s) to check in this article, under Check these in the "
                "Annotations panel.",
                "",
                waiting,
            )
            self._status(english_plural(asking, waiting), 10000)

    def _check_anchors(self, article_id: int) -> None:
        """Highlights whose text no longer stands at their place are anchored again."""
        article = articles.get_article(article_id)
        text = article_text(article).text
        for item in highlights.list_highlights(article_id):
            if item.placed and text[item.start : item.end] != item.exact:
                report = highlights.reanchor_article(article)
                if report.to_check:
                    asking = self.tr(
                        "The article changed: %n highlight(s) to check, under Check these "
                        "in the Annotations panel.",
                        "",
                        report.to_check,
                    )
                    self._status(english_plural(asking, report.to_check), 10000)
                elif report.orphaned:
                    unplaced = self.tr(
                        "%n highlight(s) could not be placed; they are listed under Unplaced.",
                        "",
                        report.orphaned,
                    )
                    self._status(english_plural(unplaced, report.orphaned), 10000)
                return

    def find(self, highlight_id: str | None) -> HighlightData | None:
        return next((h for h in self.current if h.id == highlight_id), None)

    def select(self, highlight_id: str) -> None:
        self.panel.select_highlight(highlight_id)
        if not self.open.original:
            self.view.set_highlights(self.current, highlight_id)

    def go_to(self, highlight_id: str) -> None:
        item = self.find(highlight_id)
        if item is None:
            return
        leaving = self.open.original
        if leaving:
            self.clean_text_wanted.emit()  # the highlight is shown in the clean article
        self.view.set_highlights(self.current, highlight_id)
        shown = item.placed or item.needs_look
        if shown and leaving:
            # After the article's saved place is restored (ReaderView.show_html).
            QTimer.singleShot(0, self.view, lambda: self.view.scroll_to_highlight(item))
        elif shown:
            self.view.scroll_to_highlight(item)

    def show_passage(self, article_id: int, highlight_id: str) -> None:
        """Show one passage of the open article, after its saved position was restored."""
        self._select = highlight_id
        self.show(article_id)
        item = self.find(highlight_id)
        if item is not None and (item.placed or item.needs_look):
            QTimer.singleShot(0, self.view, lambda: self.view.scroll_to_highlight(item))

    def step(self, step: int) -> None:
        placed = [h for h in self.current if h.placed]
        if not placed:
            self._status(self.tr("This article has no highlights yet."), 4000)
            return
        current = self.panel.selected_id()
        ids = [h.id for h in placed]
        index = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        target = placed[index % len(placed)]
        self.select(target.id)
        self.view.scroll_to_highlight(target)

    # -- changing ------------------------------------------------------------------------
    def _selection_or_warn(self) -> tuple[int, int] | None:
        selection = self.view.reading_selection()
        if selection is None or self.open.article_id is None:
            self._status(self.tr("Select some text in the article first."), 5000)
            return None
        if self.open.original:
            self._status(
                self.tr(
                    "Highlights belong to the clean article; turn off Show Original Text first."
                ),
                6000,
            )
            return None
        text = article_text(articles.get_article(self.open.article_id)).text
        start, end = selection
        if not text[start:end].strip():
            self._status(self.tr("Select some words, not only spaces."), 5000)
            return None
        return selection

    def ask_merge(self, count: int) -> str:
        """Ask whether a new highlight over existing ones should merge with them."""
        question = self.tr(
            "The selection overlaps %n highlight(s). "
            "Merge into one highlight (notes joined, concepts kept), or keep both?",
            "",
            count,
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge highlights?"),
            english_plural(question, count),
            parent=self.window,
        )
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(self.tr("Keep Both"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.exec()
        clicked = box.clickedButton()
        return "merge" if clicked is merge else "both" if clicked is both else "cancel"

    def highlight_selection(self, color: str = DEFAULT_COLOR) -> str | None:
        """Highlight the selected text; returns the highlight's id (None if nothing done)."""
        selection = self._selection_or_warn()
        if selection is None or self.open.article_id is None:
            return None
        start, end = selection
        over = highlights.overlapping(self.open.article_id, start, end)
        choice = self.ask_merge(len(over)) if over else "both"
        if choice == "cancel":
            return None
        if choice == "merge":
            union_start = min([start, *(h.start for h in over)])
            union_end = max([end, *(h.end for h in over)])
            self.undo_stack.push(
                commands.MergeHighlights(self.changed, over[0], over[1:], union_start, union_end)
            )
            return over[0].id
        command = commands.CreateHighlight(self.changed, self.open.article_id, start, end, color)
        self.undo_stack.push(command)
        self.view.clear_selection()
        return command.made.id if command.made else None

    def write_note(self) -> None:
        """N: note on the selected text (highlighting it first) or the chosen highlight."""
        if self.view.textCursor().hasSelection():
            if self.highlight_selection() is None:
                return
        elif self.panel.selected_id() is None:
            self._status(self.tr("Select some text, or choose a highlight, to write a note."), 5000)
            return
        self.annotations_wanted.emit()
        self.panel.focus_note_editor()

    def edit_note_of(self, highlight_id: str) -> None:
        self.select(highlight_id)
        self.annotations_wanted.emit()
        self.panel.focus_note_editor()

    def note_edited(self, highlight_id: str, note: str) -> None:
        item = self.find(highlight_id)
        if item is not None and item.note != note:
            self.undo_stack.push(commands.EditNote(self.changed, item, note))

    def recolor(self, highlight_id: str, color: str) -> None:
        item = self.find(highlight_id)
        if item is not None and item.color != color:
            self.undo_stack.push(commands.RecolorHighlight(self.changed, item, color))

    def delete(self, highlight_id: str) -> None:
        item = self.find(highlight_id)
        if item is not None:
            self.undo_stack.push(commands.DeleteHighlight(self.changed, item))
            self._status(self.tr("Highlight deleted (Ctrl+Z brings it back)."), 6000)

    def delete_selected(self) -> None:
        selected = self.panel.selected_id()
        if selected:
            self.delete(selected)

    def set_to_selection(self) -> None:
        selected = self.panel.selected_id()
        if selected is None:
            self._status(self.tr("Choose a highlight in the Annotations panel."), 5000)
            return
        self.place_at_selection(selected)

    def place_at_selection(self, highlight_id: str) -> None:
        item = self.find(highlight_id)
        selection = self._selection_or_warn()
        if item is None or selection is None:
            return
        self.undo_stack.push(commands.SetExtent(self.changed, item, *selection))
        self.view.clear_selection()

    # -- needing a look ----------------------------------------------------------------
    def confirm_selected(self) -> None:
        """Y: "Yes, here" for the highlight chosen in the panel."""
        self._settle_selected(confirm=True)

    def reject_selected(self) -> None:
        """R: "Not here" for the highlight chosen in the panel."""
        self._settle_selected(confirm=False)

    def _settle_selected(self, confirm: bool) -> None:
        selected = self.find(self.panel.selected_id())
        if selected is None or not selected.needs_look:
            self._status(
                self.tr("Choose a highlight under Check these in the Annotations panel."), 5000
            )
            return
        self.settle(selected.id, confirm)

    def confirm(self, highlight_id: str) -> None:
        self.settle(highlight_id, confirm=True)

    def reject(self, highlight_id: str) -> None:
        self.settle(highlight_id, confirm=False)

    def settle(self, highlight_id: str, confirm: bool) -> None:
        """Place a highlight that needs a look at its proposed place, or keep it unplaced;
        the next one waiting is chosen, so a list is gone through key by key."""
        item = self.find(highlight_id)
        if item is None or not item.needs_look:
            return
        waiting = [h.id for h in self.current if h.needs_look]
        after = waiting[waiting.index(item.id) + 1 :] + waiting[: waiting.index(item.id)]
        self.undo_stack.push(commands.SettlePlacement(self.changed, item, confirm))
        if confirm:
            said = self.tr("Placed here (Ctrl+Z undoes it).")
        else:
            said = self.tr("Kept unplaced; it is listed under Unplaced (Ctrl+Z undoes it).")
        self._status(said, 6000)
        if after:
            self.select(after[0])
            self.go_to(after[0])

    def edit_color_meanings(self) -> None:
        from reader.ui.dialogs.color_meanings import ask_color_meanings

        meanings = ask_color_meanings(self.window, highlights.color_meanings())
        if meanings is None:
            return
        for colour, meaning in meanings.items():
            highlights.set_color_meaning(colour, meaning)
        if self.open.article_id is not None:
            self.events.highlights_changed.emit(self.open.article_id)
