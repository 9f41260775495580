"""Today's queue, ratings kept for good, and undoing one exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import pytest

from reader.core.study.scheduling import Rating
from reader.core.study.study_day import day_end
from reader.store import articles, concepts, highlights, reviews
from reader.store.models import LibraryFlag, ReviewLog, StudyCard

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def notes(library: Path, seeds_dir: Path) -> list[str]:
    """Twelve highlights with notes: twelve new cards."""
    articles.offer_bundled_articles(seeds_dir)
    article_id = articles.find_article("Detente").id
    return [
        highlights.create_highlight(article_id, 100 + n * 40, 130 + n * 40, note=f"n{n}").id
        for n in range(12)
    ]


def test_new_cards_come_a_day_s_allowance_at_a_time(notes: list[str]):
    reviews.set_study_options(reviews.StudyOptions(0.9, new_per_day=5))
    queue = reviews.todays_queue(NOW)
    assert len(queue) == 5 and all(c.new for c in queue)
    for card in queue[:3]:
        reviews.rate(card.card_id, Rating.EASY, NOW)
    # Three seen today: two more new ones, and none of the three (due in days).
    later = reviews.todays_queue(NOW + timedelta(minutes=5))
    assert len(later) == 2 and all(c.new for c in later)
    tomorrow = reviews.todays_queue(NOW + timedelta(days=1))
    assert sum(c.new for c in tomorrow) == 5


def test_due_reviews_come_oldest_first_with_new_cards_among_them(notes: list[str]):
    reviews.set_study_options(reviews.StudyOptions(0.9, new_per_day=2))
    first = reviews.todays_queue(NOW)
    for card in first:
        reviews.rate(card.card_id, Rating.EASY, NOW)
    due = [StudyCard.get_by_id(c.card_id).due for c in first]
    far = NOW + timedelta(days=60)
    queue = reviews.todays_queue(far)
    reviewed = [c for c in queue if not c.new]
    assert {c.card_id for c in reviewed} == {c.card_id for c in first}
    assert [StudyCard.get_by_id(c.card_id).due for c in reviewed] == sorted(due)
    assert sum(c.new for c in queue) == 2
    assert not queue[0].new  # a review first, new cards spread among the rest


def test_a_rating_is_kept_with_time_rating_and_elapsed_days(notes: list[str]):
    card = reviews.todays_queue(NOW)[0].card_id
    reviews.rate(card, Rating.EASY, NOW, duration_ms=4200)
    later = NOW + timedelta(days=3, hours=12)
    reviews.rate(card, Rating.HARD, later)
    first, second = reviews.review_log(card)
    assert (first.rating, first.reviewed_at, first.elapsed_days) == (Rating.EASY, NOW, None)
    assert first.duration_ms == 4200
    assert second.reviewed_at == later and second.elapsed_days == pytest.approx(3.5)


def test_the_schedule_is_the_fsrs_package_s_with_the_desired_retention(notes: list[str]):
    reviews.set_study_options(reviews.StudyOptions(0.8, new_per_day=20))
    card = reviews.todays_queue(NOW)[0].card_id
    moments = [NOW, NOW + timedelta(minutes=2), NOW + timedelta(days=4)]
    for moment, rating in zip(moments, (Rating.GOOD, Rating.GOOD, Rating.HARD), strict=True):
        reviews.rate(card, rating, moment)
    scheduler = fsrs.Scheduler(desired_retention=0.8, enable_fuzzing=False)
    expected = fsrs.Card(card_id=1, due=NOW)
    for moment, number in zip(moments, (3, 3, 2), strict=True):
        expected, _ = scheduler.review_card(expected, fsrs.Rating(number), moment)
    assert reviews.card_schedule(card).due == expected.due
    assert reviews.card_schedule(card).stability == expected.stability


def test_undo_puts_the_card_back_exactly_and_leaves_no_log_row(notes: list[str]):
    card = reviews.todays_queue(NOW)[0].card_id
    reviews.rate(card, Rating.GOOD, NOW)
    before = reviews.card_schedule(card)
    rated = reviews.rate(card, Rating.AGAIN, NOW + timedelta(minutes=12))
    assert reviews.card_schedule(card) != before
    reviews.undo_rating(rated.log_id)
    assert reviews.card_schedule(card) == before
    assert [r.rating for r in reviews.review_log(card)] == [Rating.GOOD]


def test_learning_cards_are_due_again_within_the_day(notes: list[str]):
    card = reviews.todays_queue(NOW)[0].card_id
    rated = reviews.rate(card, Rating.AGAIN, NOW)
    assert rated.after.due == NOW + timedelta(minutes=1)
    queue = reviews.todays_queue(NOW + timedelta(seconds=30))
    waiting = [c for c in queue if c.card_id == card]
    assert waiting and waiting[0].learning and waiting[0].due < day_end(NOW)


def test_one_concept_s_queue_holds_only_its_cards(notes: list[str]):
    concepts.tag(notes[3], "aliansi")
    concepts.describe_concept(concepts.concept_named("aliansi").id, "persekutuan")
    concept_id = concepts.concept_named("aliansi").id
    queue = reviews.todays_queue(NOW, concept_id)
    cards = {StudyCard.get_by_id(c.card_id) for c in queue}
    assert {c.kind for c in cards} == {"note", "definition"}
    assert {c.highlight_id for c in cards if c.kind == "note"} == {notes[3]}


def test_options_are_kept_in_the_library_and_bounded(notes: list[str]):
    assert reviews.study_options() == reviews.StudyOptions(0.9, 20)
    kept = reviews.set_study_options(reviews.StudyOptions(0.99, new_per_day=-3))
    assert kept == reviews.StudyOptions(0.97, 0)
    assert reviews.study_options() == kept
    LibraryFlag.update(value="lots").where(LibraryFlag.key == reviews.NEW_PER_DAY_FLAG).execute()
    assert reviews.study_options() == reviews.StudyOptions()  # hand-edited nonsense


def test_a_rating_that_cannot_commit_leaves_neither_card_nor_log_changed(
    notes: list[str], monkeypatch: pytest.MonkeyPatch
):
    card = reviews.todays_queue(NOW)[0].card_id
    before = reviews.card_schedule(card)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(reviews, "_write_schedule", broken)
    with pytest.raises(OSError):
        reviews.rate(card, Rating.GOOD, NOW)
    assert ReviewLog.select().count() == 0
    assert reviews.card_schedule(card) == before


def test_a_passage_gives_one_new_card_a_day_so_siblings_do_not_give_each_other_away(
    notes: list[str],
):
    from reader.store import study_cards

    concepts.tag(notes[0], "aliansi")
    concept_id = concepts.concept_named("aliansi").id
    start = highlights.get_highlight(notes[0])
    # A marked cloze on the same passage: a second new card of it, beside its note card.
    words = start.exact.split()
    at = start.start + start.exact.index(words[1])
    cloze = study_cards.make_cloze(notes[0], at, at + len(words[1]))
    siblings = study_cards.active_cards(concept_id)
    assert len(siblings) == 2 and cloze in siblings
    queue = reviews.todays_queue(NOW, concept_id)
    assert len(queue) == 1  # the note card or the cloze, not both
    reviews.rate(queue[0].card_id, Rating.EASY, NOW)
    assert reviews.todays_queue(NOW + timedelta(minutes=1), concept_id) == []
    tomorrow = reviews.todays_queue(NOW + timedelta(days=1), concept_id)
    assert [c.card_id for c in tomorrow if c.new] == [c for c in siblings if c != queue[0].card_id]
