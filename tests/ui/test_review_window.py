"""The Review window, driven by the keyboard alone, against the fsrs package called directly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.study.times import parse_stamp
from reader.store import articles, highlights, reviews, study_cards
from reader.store.models import ReviewLog, StudyCard
from reader.ui.dialogs.preferences import PreferencesDialog
from reader.ui.review.review_window import ReviewWindow
from reader.ui.window.main_window import MainWindow

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """The study controller's clock: moves only when the test says."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _passages(count: int) -> list[str]:
    """``count`` note highlights spread over the library's articles; their ids."""
    made = []
    summaries = articles.list_articles()
    for n in range(count):
        article = summaries[n % len(summaries)]
        start = 200 + (n // len(summaries)) * 120
        made.append(highlights.create_highlight(article.id, start, start + 60, note=f"note {n}").id)
    return made


def _open_review(qtbot: QtBot, window: MainWindow) -> ReviewWindow:
    window.activateWindow()
    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = window.study.review_window
    assert review is not None and review.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    return review


def _fsrs_replay(card: StudyCard, retention: float = 0.9) -> fsrs.Card:
    """The card as the fsrs package schedules it from its review log, called directly."""
    scheduler = fsrs.Scheduler(desired_retention=retention, enable_fuzzing=False)
    state = fsrs.Card(card_id=card.id, due=parse_stamp(card.created_at))
    for log in ReviewLog.select().where(ReviewLog.card_id == card.id).order_by(ReviewLog.id):
        state, _ = scheduler.review_card(
            state, fsrs.Rating(log.rating), review_datetime=parse_stamp(log.reviewed_at)
        )
    return state


@pytest.fixture
def clock(window: MainWindow) -> Clock:
    clock = Clock()
    window.study.clock = clock
    return clock


def test_twenty_cards_reviewed_by_keyboard_follow_fsrs_exactly(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    _passages(24)
    reviews.set_study_options(reviews.StudyOptions(0.9, new_per_day=20))
    review = _open_review(qtbot, window)
    assert review.counts_label.text().startswith("20 cards left today")
    keys = [Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_1]
    shown = []
    undone = None
    for n in range(20):
        card = review.card
        assert card is not None and not review.answered
        shown.append(card.card_id)
        qtbot.keyClick(review, Qt.Key.Key_Space)
        assert review.answered
        clock.wait(8)
        qtbot.keyClick(review, keys[n % 4])
        if n == 7:
            # U takes the rating back: the same card is asked again, and rated again.
            undone = card.card_id
            qtbot.keyClick(review, Qt.Key.Key_U)
            assert review.card is not None and review.card.card_id == undone
            assert "undone" in review.message_label.text()
            qtbot.keyClick(review, Qt.Key.Key_Space)
            clock.wait(5)
            qtbot.keyClick(review, Qt.Key.Key_4)

    # Twenty ratings kept, one for each card shown; the undone one left no row.
    logs = list(ReviewLog.select().order_by(ReviewLog.id))
    assert len(logs) == 20
    assert [log.card_id for log in logs] == shown
    assert next(log.rating for log in logs if log.card_id == undone) == 4
    # Every due date, state and memory is the package's own, to the microsecond.
    for row in StudyCard.select().where(StudyCard.id.in_(shown)):
        expected = _fsrs_replay(row)
        assert parse_stamp(row.due) == expected.due
        assert row.state == expected.state.value
        assert row.stability == expected.stability
        assert row.difficulty == expected.difficulty
    # Cards rated Again, Hard or Good are still learning: they come back today.
    learning = sum(1 for log in logs if log.rating < 4)
    assert review.counts_label.text().startswith(f"{learning} cards left today")


def test_the_buttons_say_the_interval_each_answer_gives(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    _passages(1)
    review = _open_review(qtbot, window)
    qtbot.keyClick(review, Qt.Key.Key_Space)
    texts = [button.text() for button in review.rate_buttons.values()]
    # A new card: Again 1 minute, Hard 6 (between the steps), Good 10, Easy days away.
    assert texts[0].endswith("1 min") and texts[2].endswith("10 min")
    assert texts[3].endswith(" d")
    assert all(button.isVisible() for button in review.rate_buttons.values())


def test_a_digit_before_the_answer_rates_nothing(qtbot: QtBot, window: MainWindow, clock: Clock):
    _passages(2)
    review = _open_review(qtbot, window)
    qtbot.keyClick(review, Qt.Key.Key_3)
    assert ReviewLog.select().count() == 0
    assert review.card is not None and not review.answered


def test_o_opens_the_passage_in_its_article(qtbot: QtBot, window: MainWindow, clock: Clock):
    [highlight_id] = _passages(1)
    review = _open_review(qtbot, window)
    qtbot.keyClick(review, Qt.Key.Key_O)
    data = highlights.get_highlight(highlight_id)
    assert window.open_article.article_id == data.article_id
    assert window.panel.selected_id() == highlight_id


def test_e_edits_the_note_and_the_card_shows_it_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, clock: Clock, monkeypatch: pytest.MonkeyPatch
):
    from reader.ui.review import card_editor

    [highlight_id] = _passages(1)
    review = _open_review(qtbot, window)
    monkeypatch.setattr(card_editor.CardEditor, "exec", lambda self: 1)
    monkeypatch.setattr(card_editor.CardEditor, "text", lambda self: "a better note")
    qtbot.keyClick(review, Qt.Key.Key_E)
    assert highlights.get_highlight(highlight_id).note == "a better note"
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert "a better note" in review.card_view.toPlainText()
    window.undo_stack.undo()
    assert highlights.get_highlight(highlight_id).note == "note 0"
    assert "note 0" in review.card_view.toPlainText()


def test_a_card_whose_highlight_is_deleted_during_the_review_is_skipped(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    ids = _passages(3)
    review = _open_review(qtbot, window)
    assert review.card is not None and review.card.passage is not None
    first = review.card.passage.highlight_id
    window.highlights.changed(highlights.delete_highlight(first).article_id, None)
    assert review.card is not None and review.card.passage is not None
    assert review.card.passage.highlight_id != first
    assert review.counts_label.text().startswith("2 cards left today")
    assert set(ids) - {first} >= {review.card.passage.highlight_id}


def test_when_nothing_is_due_the_window_says_so_and_shows_progress(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    review = _open_review(qtbot, window)
    assert review.card is None
    assert "No cards yet" in review.done_label.text()
    assert review.done_chart.stats is not None


def test_review_this_concept_reviews_only_its_cards(qtbot: QtBot, window: MainWindow, clock: Clock):
    from reader.store import concepts

    ids = _passages(4)
    concepts.tag(ids[1], "détente")
    window.events.concepts_changed.emit()
    concept = concepts.concept_named("détente")
    window.concept_browser.select_concept(concept.id)
    window.concept_browser.review_button.click()
    review = window.study.review_window
    assert review is not None and review.isVisible()
    assert "détente" in review.scope_label.text()
    assert review.card is not None and review.card.passage is not None
    assert review.card.passage.highlight_id == ids[1]
    assert review.counts_label.text().startswith("1 card left today")


def test_study_this_in_the_annotations_panel_opts_a_highlight_out_undoably(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    [highlight_id] = _passages(1)
    data = highlights.get_highlight(highlight_id)
    window.articles.open_passage(data.article_id, highlight_id)
    box = window.panel.study_box
    assert box.isEnabled() and box.isChecked()
    box.click()
    assert study_cards.cards_of_highlight(highlight_id) == []
    assert not box.isChecked()
    window.undo_stack.undo()
    assert len(study_cards.cards_of_highlight(highlight_id)) == 1
    assert box.isChecked()


def test_make_cloze_hides_the_selected_words_of_a_highlight(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    [highlight_id] = _passages(1)
    data = highlights.get_highlight(highlight_id)
    window.articles.open_passage(data.article_id, highlight_id)
    words = data.exact.split()[2]
    start = data.start + data.exact.index(words)
    cursor = window.reader_view.textCursor()
    cursor.setPosition(window.reader_view.positions.to_qt(start))
    cursor.setPosition(
        window.reader_view.positions.to_qt(start + len(words)), cursor.MoveMode.KeepAnchor
    )
    window.reader_view.setTextCursor(cursor)
    window.menus.cloze_action.trigger()
    cards = [study_cards.card_text(c) for c in study_cards.cards_of_highlight(highlight_id)]
    clozes = [c for c in cards if c is not None and c.gaps]
    assert len(clozes) == 1 and clozes[0].passage is not None
    gap = clozes[0].gaps[0]
    assert clozes[0].passage.text[gap[0] : gap[1]] == words
    window.undo_stack.undo()
    assert len(study_cards.cards_of_highlight(highlight_id)) == 1  # only its note card


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_card_is_set_on_the_reading_theme_page(
    qtbot: QtBot, window: MainWindow, clock: Clock, theme: str
):
    from reader.core.themes import THEMES, contrast_ratio
    from reader.ui.review.card_view import card_html

    _passages(1)
    window.comfort.set_option("theme", theme)
    review = _open_review(qtbot, window)
    page = review.card_view.palette().color(review.card_view.viewport().backgroundRole())
    assert page.name() == THEMES[theme].page
    assert review.card is not None
    html = card_html(review.card, True, THEMES[theme])
    assert THEMES[theme].text in html
    assert contrast_ratio(THEMES[theme].text, THEMES[theme].page) >= 7
    assert contrast_ratio(THEMES[theme].muted, THEMES[theme].page) >= 4.5


def test_a_rating_on_a_library_that_cannot_be_written_is_said_and_nothing_shown_twice(
    qtbot: QtBot, window: MainWindow, clock: Clock, monkeypatch: pytest.MonkeyPatch
):
    import sqlite3

    _passages(2)
    review = _open_review(qtbot, window)
    first = review.card
    qtbot.keyClick(review, Qt.Key.Key_Space)

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(reviews, "rate", full)
    qtbot.keyClick(review, Qt.Key.Key_3)
    assert "disk is full" in review.message_label.text()
    assert review.card is first  # not moved on: the rating was not kept


def test_study_this_in_manage_concepts_opts_a_defined_concept_out_undoably(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    from reader.store import concepts

    [highlight_id] = _passages(1)
    concepts.tag(highlight_id, "aliansi")
    concept = concepts.concept_named("aliansi")
    concepts.describe_concept(concept.id, "persekutuan")
    window.events.concepts_changed.emit()
    window.concepts.manage()
    manager = window.concepts.manager
    assert manager is not None
    manager.select_concept(concept.id)
    assert manager.study_box.isChecked()  # defined: studied unless untouched
    manager.study_box.click()
    assert concept.id not in study_cards.studied_concepts()
    assert not manager.study_box.isChecked()
    window.undo_stack.undo()
    assert concept.id in study_cards.studied_concepts()
    assert manager.study_box.isChecked()
    manager.close()


def test_a_card_read_ahead_shows_a_note_edited_meanwhile(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    ids = _passages(2)
    review = _open_review(qtbot, window)
    assert review.card is not None and review.card.passage is not None
    following = next(i for i in ids if i != review.card.passage.highlight_id)
    qtbot.wait(50)  # the next card is read ahead while this one is on screen
    assert window.study._ahead
    data = highlights.get_highlight(following)
    highlights.set_note(following, "changed while reviewing")
    window.highlights.changed(data.article_id, None)
    qtbot.keyClick(review, Qt.Key.Key_Space)
    qtbot.keyClick(review, Qt.Key.Key_3)
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert "changed while reviewing" in review.card_view.toPlainText()


def test_the_desired_retention_set_in_preferences_schedules_the_next_ratings(
    qtbot: QtBot, window: MainWindow, clock: Clock
):
    _passages(1)
    seen = []

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog))
        seen.append(dialog.retention.value())
        dialog.retention.setValue(97)
        dialog.reject()

    QTimer.singleShot(0, choose)
    window.show_preferences()
    assert seen == [90]  # the default
    window.study.open_review()
    review = window.study.review_window
    assert review is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    qtbot.keyClick(review, Qt.Key.Key_Space)
    qtbot.keyClick(review, Qt.Key.Key_4)
    [row] = StudyCard.select().where(StudyCard.last_review.is_null(False))
    # Wanting to remember more brings the card back sooner, as fsrs itself says.
    assert parse_stamp(row.due) == _fsrs_replay(row, 0.97).due
    assert parse_stamp(row.due) < _fsrs_replay(row, 0.9).due
