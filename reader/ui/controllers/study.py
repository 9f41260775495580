"""Study mode: the Review window's sittings, "Study this", Make Cloze and the options.

The only place the window changes study data: ratings and their undo go straight to
the store (``reader.store.reviews``: a rating commits before the next card shows);
choices and clozes are undo commands on the window's stack. The sitting's order lives
in a ``ReviewSession`` here, so the next card needs no query for the queue.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from reader.core.errors import UserError
from reader.core.study.cards import CardKind, CardText
from reader.core.study.scheduling import DEFAULT_RETENTION, Rating, Schedule, preview
from reader.core.study.session import QueuedCard, ReviewSession
from reader.core.study.study_day import day_end
from reader.core.study.times import utc_now
from reader.store import concepts as concept_store
from reader.store import highlights as highlight_store
from reader.store import reviews, study_cards
from reader.store.reviews import Rated, StudyOptions
from reader.store.study_stats import study_stats
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.controllers import undo_commands as commands
from reader.ui.controllers.concepts import ConceptController
from reader.ui.controllers.highlights import HighlightController
from reader.ui.controllers.open_article import OpenArticle
from reader.ui.controllers.study_commands import MakeCloze, SetStudied
from reader.ui.reading.reader_view import ReaderView
from reader.ui.review.card_view import CardLook
from reader.ui.review.review_window import ReviewWindow
from reader.ui.translation import error_text
from reader.ui.window.events import LibraryEvents


class StudyController(QObject):
    """Reviews, and what decides which cards there are."""

    passage_wanted = Signal(int, str)  # open this article at this highlight

    def __init__(
        self,
        window: QMainWindow,
        events: LibraryEvents,
        undo_stack: QUndoStack,
        open_article: OpenArticle,
        highlights: HighlightController,
        concepts: ConceptController,
        view: ReaderView,
        panel: AnnotationsPanel,
    ) -> None:
        super().__init__(window)
        self.window, self.events, self.undo_stack = window, events, undo_stack
        self.open, self.highlights, self.concepts = open_article, highlights, concepts
        self.view, self.panel = view, panel
        self.clock: Callable[[], datetime] = utc_now  # tests set their own
        self.review_window: ReviewWindow | None = None
        self.session: ReviewSession | None = None
        self.scope: int | None = None  # the concept reviewed; None: the whole library
        self.shown: QueuedCard | None = None
        self.retention = DEFAULT_RETENTION  # read once a sitting (Preferences)
        self._shown_at = 0.0
        self._rated: list[tuple[Rated, QueuedCard]] = []  # this sitting's, for U
        self._wake = QTimer(self, singleShot=True)  # a learning card comes due
        self._wake.timeout.connect(self.show_next)
        # The cards likely next, read while the student thinks, so a rating only commits
        # and paints (bench/study.py). Emptied whenever the library changes.
        self._ahead: dict[int, tuple[CardText | None, Schedule]] = {}
        self._read_ahead = QTimer(self, singleShot=True, interval=0)
        self._read_ahead.timeout.connect(self._prefetch)

    def _status(self, text: str, ms: int = 6000) -> None:
        bar = self.window.statusBar()
        assert isinstance(bar, QStatusBar)
        bar.showMessage(text, ms)

    # -- the Review window ---------------------------------------------------------------
    def look(self) -> CardLook:
        return CardLook(self.view.theme, self.view.font())

    def _window(self) -> ReviewWindow:
        if self.review_window is None:
            review = ReviewWindow(self.window, self.look)
            review.rate_requested.connect(lambda rating: self.rate(Rating(rating)))
            review.undo_requested.connect(self.undo_rating)
            review.edit_requested.connect(self.edit_card)
            review.open_requested.connect(self.open_passage)
            review.progress_requested.connect(self.show_progress)
            review.closed.connect(self._end_sitting)
            self.review_window = review
        return self.review_window

    def open_review(self, concept_id: int | None = None) -> None:
        """View → Review (the whole library) or "Review this concept": today's cards."""
        now = self.clock()
        name = None
        if concept_id is not None:
            try:
                name = concept_store.summary(concept_id).name
            except UserError as exc:
                self._status(error_text(exc))
                return
        self.scope = concept_id
        self.retention = reviews.study_options().desired_retention
        self.session = ReviewSession(reviews.todays_queue(now, concept_id), day_end(now))
        self._rated = []
        self._ahead.clear()
        review = self._window()
        review.set_scope(name)
        self.show_next()
        review.show()
        review.raise_()
        review.activateWindow()

    def _end_sitting(self) -> None:
        self._wake.stop()
        self._ahead.clear()
        self.session, self.shown, self._rated = None, None, []

    def show_next(self) -> None:
        """The sitting's next card, or what there is to say when none is due now."""
        if self.session is None or self.review_window is None:
            return
        self._wake.stop()
        now = self.clock()
        while True:
            item = self.session.current(now)
            text, schedule = self._card(item.card_id) if item is not None else (None, None)
            if item is None or text is not None:
                break
            self.session.drop(item.card_id)  # deleted or edited away meanwhile
        self.shown = item
        if item is None or text is None:
            waiting = self.session.next_waiting()
            self.review_window.show_done(self.session.counts(), waiting, study_stats(now))
            if waiting is not None:
                delay = (waiting - now).total_seconds() * 1000
                self._wake.start(max(0, min(int(delay) + 50, 24 * 3600 * 1000)))
            return
        assert schedule is not None
        self._show(text, schedule, now)

    def _card(self, card_id: int) -> tuple[CardText | None, Schedule]:
        """A card's text and schedule: read ahead, or now."""
        found = self._ahead.pop(card_id, None)
        if found is None:
            found = (study_cards.card_text(card_id), reviews.card_schedule(card_id))
        return found

    def _prefetch(self) -> None:
        if self.session is None or self.shown is None:
            return
        for card in self.session.upcoming(self.shown.card_id):
            if card.card_id not in self._ahead:
                self._ahead[card.card_id] = (
                    study_cards.card_text(card.card_id),
                    reviews.card_schedule(card.card_id),
                )

    def _show(self, text: CardText, schedule: Schedule, now: datetime) -> None:
        assert self.review_window is not None and self.session is not None
        intervals = preview(schedule, now, self.retention)
        self.review_window.show_card(text, intervals, self.session.counts())
        self._shown_at = time.monotonic()
        self._read_ahead.start()

    def rate(self, rating: Rating) -> None:
        """1–4: the rating is committed, then the next card is shown."""
        if self.session is None or self.shown is None:
            return
        item = self.shown
        took = int((time.monotonic() - self._shown_at) * 1000)
        try:
            rated = reviews.rate(item.card_id, rating, self.clock(), took, self.retention)
        except Exception as exc:
            self._problem(exc)
            return
        self._rated.append((rated, item))
        self.session.answered(item.card_id, rated.after.due, rated.after.learning)
        self.show_next()

    def undo_rating(self) -> None:
        """U: the last rating of this sitting is taken back; its card is asked again."""
        if self.session is None or self.review_window is None:
            return
        if not self._rated:
            self.review_window.tell(self.tr("There is no rating to undo in this review."))
            return
        rated, item = self._rated.pop()
        try:
            reviews.undo_rating(rated.log_id)
        except Exception as exc:
            self._problem(exc)
            return
        self._ahead.clear()  # what was read ahead knew the rating
        self.session.put_back(item)
        self.show_next()
        self.review_window.tell(self.tr("The last rating was undone."))

    def _problem(self, exc: Exception) -> None:
        from reader.store.database import storage_error

        error = storage_error(exc) if not isinstance(exc, UserError) else exc
        if error is None:
            raise exc
        if self.review_window is not None:
            self.review_window.tell(error_text(error))

    def show_progress(self) -> None:
        if self.review_window is not None:
            self.review_window.show_progress(study_stats(self.clock()))

    def open_passage(self) -> None:
        """O: the card's passage in its article, in the main window."""
        card = self.review_window.card if self.review_window else None
        source = None
        if card is not None:
            source = card.passage or (card.examples[0] if card.examples else None)
        if source is None:
            if self.review_window is not None:
                self.review_window.tell(self.tr("This card has no passage to open."))
            return
        self.passage_wanted.emit(source.article_id, source.highlight_id)
        self.window.raise_()
        self.window.activateWindow()

    def edit_card(self) -> None:
        """E: the card's note (or definition) edited, as one undo step of the main window."""
        from reader.ui.review.card_editor import CardEditor

        card = self.review_window.card if self.review_window else None
        if card is None:
            return
        editor = CardEditor(self.review_window, card)
        if not editor.exec():
            return
        text = editor.text()
        if card.kind is CardKind.DEFINITION:
            concept = concept_store.find_concept(card.concept)
            if concept is not None and concept.definition != text.strip():
                concept_id = concept.id
                self.concepts.edit(
                    commands.EDIT_DEFINITION,
                    lambda: concept_store.describe_concept(concept_id, text),
                    [concept_id],
                )
        elif card.passage is not None and card.passage.note != text:
            data = highlight_store.get_highlight(card.passage.highlight_id)
            self.undo_stack.push(commands.EditNote(self._note_changed, data, text))
        self.refresh_review()

    def _note_changed(self, article_id: int, select: str | None) -> None:
        """A note changed from the review: the open article shows it; another article is
        not opened for it (the Concepts panel's passages show notes too)."""
        if article_id == self.open.article_id:
            self.highlights.changed(article_id, select)
        self.events.concepts_changed.emit()

    def refresh_review(self, *_changed: object) -> None:
        """Something in the library changed: the card on show is read again (or skipped
        when it no longer exists)."""
        self._ahead.clear()
        review = self.review_window
        if review is None or self.session is None or not review.isVisible():
            return
        if self.shown is None:
            return
        text = study_cards.card_text(self.shown.card_id)
        if text is None:
            self.session.drop(self.shown.card_id)
            self.show_next()
            return
        answered = review.answered
        self._show(text, reviews.card_schedule(text.card_id), self.clock())
        if answered:
            review.show_answer()

    # -- what is studied -----------------------------------------------------------------
    def show_study_state(self, *_changed: object) -> None:
        """The Annotations panel's "Study this" for the open article's highlights."""
        ids = [h.id for h in self.highlights.current]
        self.panel.set_studied(study_cards.studied_highlights(ids))

    def _studied_changed(self) -> None:
        self.events.study_changed.emit()

    def _push_studied(
        self, before: bool | None, apply: Callable[[bool | None], None], studied: bool
    ) -> None:
        self.undo_stack.push(SetStudied(self._studied_changed, apply, before, studied))

    def set_highlight_studied(self, highlight_id: str, studied: bool) -> None:
        self._push_studied(
            study_cards.highlight_choice(highlight_id),
            lambda choice: study_cards.set_highlight_studied(highlight_id, choice),
            studied,
        )

    def set_concept_studied(self, concept_id: int, studied: bool) -> None:
        self._push_studied(
            study_cards.concept_choice(concept_id),
            lambda choice: study_cards.set_concept_studied(concept_id, choice),
            studied,
        )

    def make_cloze(self) -> None:
        """Edit → Make Cloze: the selected words of a highlight become a cloze card."""
        selection = self.view.reading_selection()
        inside = None
        if selection is not None:
            start, end = selection
            inside = next(
                (
                    h
                    for h in self.highlights.current
                    if h.placed and h.start <= start and end <= h.end
                ),
                None,
            )
        if selection is None or inside is None:
            self._status(
                self.tr("Select words inside a highlighted passage, then choose Make Cloze.")
            )
            return
        before = set(study_cards.cards_of_highlight(inside.id))
        try:
            card_id = study_cards.make_cloze(inside.id, *selection)
        except UserError as exc:
            self._status(error_text(exc))
            return
        if card_id in before:
            self._status(self.tr("These words are already a cloze of this passage."))
            return
        self.undo_stack.push(MakeCloze(self._studied_changed, card_id))
        self.view.clear_selection()
        if card_id in study_cards.cards_of_highlight(inside.id):
            self._status(self.tr("Cloze made: these words will be hidden in a review card."))
        else:
            self._status(
                self.tr(
                    "Cloze made, but this highlight is not studied: tick “Study this” in "
                    "the Annotations panel to review it."
                ),
                10000,
            )

    # -- options -------------------------------------------------------------------------
    def options(self) -> StudyOptions:
        return reviews.study_options()

    def set_options(self, options: StudyOptions) -> None:
        self.retention = reviews.set_study_options(options).desired_retention
