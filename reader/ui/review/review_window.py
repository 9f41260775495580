"""The Review window (View → Review, Ctrl+R): one card at a time, by keyboard alone.

Space (or Enter) shows the answer; 1–4 rate it Again, Hard, Good or Easy, each button
saying how long that answer puts the card away for; U takes the last rating back, E
edits the card, O opens its passage in the article, P shows the progress chart, Esc
closes. The window only shows and asks: ``controllers/study.py`` answers its requests
and tells it what to show next.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.study.cards import CardText
from reader.core.study.scheduling import Rating
from reader.core.study.session import Counts
from reader.store.study_stats import StudyStats
from reader.ui.review.card_view import CardLook, CardView
from reader.ui.review.interval_words import interval_text
from reader.ui.review.progress_chart import ProgressChart
from reader.ui.widgets.card_painting import english_plural, scaled

CARD_PAGE, DONE_PAGE, PROGRESS_PAGE = 0, 1, 2
# Each answer's colour, as Anki colours them, in shades that keep 4.5:1 on the button of
# a light window and of a dark one; the words say the answer, the colour only repeats it.
ANSWER_COLOURS = {
    Rating.AGAIN: ("#b91c1c", "#fca5a5"),
    Rating.HARD: ("#92400e", "#fcd34d"),
    Rating.GOOD: ("#166534", "#86efac"),
    Rating.EASY: ("#1d4ed8", "#93c5fd"),
}


class ReviewWindow(QWidget):
    """A window of its own beside the main one; closing it ends the sitting."""

    rate_requested = Signal(int)  # Rating
    undo_requested = Signal()
    edit_requested = Signal()
    open_requested = Signal()  # the passage, in its article
    progress_requested = Signal()  # the chart wants fresh figures
    closed = Signal()

    def __init__(self, parent: QWidget | None, look: Callable[[], CardLook]) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.look = look
        self.card: CardText | None = None
        self.answered = False
        self.setWindowTitle(self.tr("Review — Marginalia"))
        self.setAccessibleName(self.tr("Review"))
        self.resize(820, 640)
        self.setMinimumSize(560, 460)
        # Closing the main window ends the program even while a review is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)

        self.scope_label = QLabel()
        self.scope_label.setFont(scaled(self.font(), 1.1))
        bold = self.scope_label.font()
        bold.setBold(True)
        self.scope_label.setFont(bold)
        self.scope_label.setAccessibleName(self.tr("Reviewing"))
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Left today"))
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.scope_label, 1)
        top.addWidget(self.counts_label)

        self.card_view = CardView()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setFont(scaled(self.font(), 1.2))
        self.done_label.setAccessibleName(self.tr("Done for now"))
        self.done_chart = ProgressChart()
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addSpacing(12)
        done_layout.addWidget(self.done_label)
        done_layout.addSpacing(12)
        done_layout.addWidget(self._scrolling(self.done_chart), 1)
        self.progress_chart = ProgressChart()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.card_view)
        self.pages.addWidget(done_page)
        self.pages.addWidget(self._scrolling(self.progress_chart))

        self.show_button = self._button(self.tr("Show Answer (Space)"))
        self.show_button.clicked.connect(self.show_answer)
        self.rate_buttons: dict[Rating, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        for rating in Rating:
            button = self._button("")
            button.clicked.connect(lambda _c=False, r=rating: self.rate(r))
            self.rate_buttons[rating] = button
            buttons.addWidget(button)
        self.hint_label = QLabel(
            self.tr(
                "U undo the last rating · E edit the card · O open the passage · "
                "P progress · Esc close"
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setFont(scaled(self.font(), 0.9))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Review status"))
        self.message_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        self._keys()
        self._show_buttons()

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

    @staticmethod
    def _button(text: str) -> QPushButton:
        button = QPushButton(text)
        # Buttons never take the keyboard: Space must show the answer, not press one.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(48)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _keys(self) -> None:
        """The window's keys, as actions so they work wherever the focus is in it."""
        self.key_actions: list[QAction] = []

        def key(text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False: slot())
            self.addAction(action)
            self.key_actions.append(action)
            return action

        key(self.tr("Show Answer"), ["Space", "Return", "Enter"], self.show_answer)
        for rating, label in self._rating_labels().items():
            key(label, [str(int(rating))], partial(self.rate, rating))
        key(self.tr("Undo Last Rating"), ["U"], self.undo_requested.emit)
        key(self.tr("Edit Card"), ["E"], self._edit)
        key(self.tr("Open Passage"), ["O"], self.open_requested.emit)
        key(self.tr("Progress"), ["P"], self.toggle_progress)
        key(self.tr("Close"), ["Escape"], self.close)

    def _rating_labels(self) -> dict[Rating, str]:
        return {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }

    # -- what the controller shows -------------------------------------------------------
    def set_scope(self, concept: str | None) -> None:
        self.scope_label.setText(
            self.tr("Reviewing “{concept}”").format(concept=concept)
            if concept
            else self.tr("Reviewing the whole library")
        )
        self.setWindowTitle(
            self.tr("Review: {concept} — Marginalia").format(concept=concept)
            if concept
            else self.tr("Review — Marginalia")
        )

    def show_card(self, card: CardText, intervals: dict[Rating, timedelta], counts: Counts) -> None:
        """A card's question; its answer waits for Space."""
        self.card, self.answered = card, False
        self.message_label.clear()
        for rating, label in self._rating_labels().items():
            self.rate_buttons[rating].setText(
                f"{label} ({int(rating)})\n{interval_text(intervals[rating])}"
            )
            self.rate_buttons[rating].setAccessibleName(
                self.tr("{answer}: back in {interval}").format(
                    answer=label, interval=interval_text(intervals[rating])
                )
            )
        self.set_counts(counts)
        look = self.look()
        for rating, (light, dark) in ANSWER_COLOURS.items():
            colour = dark if look.theme.dark else light
            self.rate_buttons[rating].setStyleSheet(f"QPushButton {{ color: {colour}; }}")
        self.card_view.show_card(card, False, look)
        self.pages.setCurrentIndex(CARD_PAGE)
        self._show_buttons()

    def set_counts(self, counts: Counts) -> None:
        left = english_plural(self.tr("%n card(s) left today", "", counts.total), counts.total)
        detail = self.tr("{new} new · {learning} learning · {review} to review").format(
            new=counts.new, learning=counts.learning, review=counts.review
        )
        self.counts_label.setText(f"{left}: {detail}" if counts.total else left)

    def show_done(self, counts: Counts, next_due: datetime | None, stats: StudyStats) -> None:
        """Nothing to show now: why, when the next card comes, and the progress chart."""
        self.card, self.answered = None, False
        self.set_counts(counts)
        if next_due is not None:
            words = self.tr(
                "Nothing to review right now. A card you are learning comes back at {time}; "
                "this window shows it then."
            ).format(time=next_due.astimezone().strftime("%H:%M"))
        elif stats.cards == 0:
            words = self.tr(
                "No cards yet. Cards are made from what you annotate: write a note on a "
                "highlight, give a concept a definition, or select words in a highlight "
                "and choose Edit → Make Cloze."
            )
        else:
            words = self.tr("All done for today. Well done!")
        self.done_label.setText(words)
        self.done_chart.set_stats(stats)
        self.pages.setCurrentIndex(DONE_PAGE)
        self._show_buttons()

    def show_progress(self, stats: StudyStats) -> None:
        self.progress_chart.set_stats(stats)
        self.done_chart.set_stats(stats)

    def tell(self, message: str) -> None:
        self.message_label.setText(message)

    # -- keys ----------------------------------------------------------------------------
    def show_answer(self) -> None:
        if self.card is None or self.answered or self.pages.currentIndex() != CARD_PAGE:
            return
        self.answered = True
        self.card_view.show_card(self.card, True, self.look())
        self._show_buttons()

    def rate(self, rating: Rating) -> None:
        # Only an answer seen can be rated, as in Anki: a stray digit rates nothing.
        if self.card is not None and self.answered and self.pages.currentIndex() == CARD_PAGE:
            self.rate_requested.emit(int(rating))

    def _edit(self) -> None:
        if self.card is not None and self.pages.currentIndex() == CARD_PAGE:
            self.edit_requested.emit()

    def toggle_progress(self) -> None:
        if self.pages.currentIndex() == PROGRESS_PAGE:
            self.pages.setCurrentIndex(CARD_PAGE if self.card is not None else DONE_PAGE)
        else:
            self.progress_requested.emit()
            self.pages.setCurrentIndex(PROGRESS_PAGE)
        self._show_buttons()

    def _show_buttons(self) -> None:
        on_card = self.card is not None and self.pages.currentIndex() == CARD_PAGE
        self.show_button.setVisible(on_card and not self.answered)
        for button in self.rate_buttons.values():
            button.setVisible(on_card and self.answered)

    def restyle(self) -> None:
        """The reading theme or font changed: set the card again in the new one."""
        if self.card is not None and self.isVisible():
            self.card_view.show_card(self.card, self.answered, self.look())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            # The window's colours change before the reading view takes the new theme.
            QTimer.singleShot(0, self, self.restyle)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
