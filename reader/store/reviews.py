"""Reviewing cards: today's queue, a rating kept for good, and undoing the last one.

A rating is one transaction: the card's new FSRS schedule and its review-log row commit
together (``synchronous=FULL``, database.py), before the window shows the next card, so
a rating the student saw acknowledged survives a crash. The options (desired retention,
new cards a day) live in the library itself, so the window and the command line agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reader.core.study.scheduling import (
    DEFAULT_RETENTION,
    CardState,
    Rating,
    Schedule,
    clamp_retention,
    elapsed_days,
    review,
)
from reader.core.study.session import QueuedCard, interleave
from reader.core.study.study_day import day_end, day_start, study_day
from reader.core.study.times import parse_stamp, stamp
from reader.store.models import LibraryFlag, ReviewLog, database_proxy
from reader.store.study_cards import sync

RETENTION_FLAG = "study_desired_retention"
NEW_PER_DAY_FLAG = "study_new_cards_per_day"
DEFAULT_NEW_PER_DAY = 20  # Anki's default: enough to grow, few enough to keep up with
MAX_NEW_PER_DAY = 9999


@dataclass(frozen=True)
class StudyOptions:
    desired_retention: float = DEFAULT_RETENTION
    new_per_day: int = DEFAULT_NEW_PER_DAY


@dataclass(frozen=True)
class Rated:
    """What a rating did: its log row (to undo it) and the card's schedules around it."""

    log_id: int
    card_id: int
    before: Schedule
    after: Schedule


def _flag(key: str) -> str | None:
    row = LibraryFlag.get_or_none(LibraryFlag.key == key)
    return str(row.value) if row is not None else None


def study_options() -> StudyOptions:
    try:
        retention = clamp_retention(float(_flag(RETENTION_FLAG) or DEFAULT_RETENTION))
        new = int(_flag(NEW_PER_DAY_FLAG) or DEFAULT_NEW_PER_DAY)
    except ValueError:  # edited by hand into something else: the defaults
        return StudyOptions()
    return StudyOptions(retention, min(MAX_NEW_PER_DAY, max(0, new)))


def set_study_options(options: StudyOptions) -> StudyOptions:
    retention = clamp_retention(options.desired_retention)
    new = min(MAX_NEW_PER_DAY, max(0, options.new_per_day))
    with database_proxy.atomic():
        for key, value in ((RETENTION_FLAG, f"{retention:.2f}"), (NEW_PER_DAY_FLAG, str(new))):
            LibraryFlag.insert(key=key, value=value).on_conflict_replace().execute()
    return StudyOptions(retention, new)


def _rows(sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, params).fetchall())


def _scope(concept_id: int | None) -> tuple[str, list[object]]:
    if concept_id is None:
        return "", []
    return (
        " AND (concept_id = ? OR highlight_id IN "
        "(SELECT highlight_id FROM highlight_concept WHERE concept_id = ?))",
        [concept_id, concept_id],
    )


def new_cards_seen(now: datetime) -> int:
    """How many new cards were looked at for the first time today."""
    since = stamp(day_start(study_day(now)))
    return int(
        _rows(
            "SELECT count(*) FROM review_log WHERE reviewed_at >= ? AND before_last_review IS NULL",
            [since],
        )[0][0]
    )


def todays_queue(now: datetime, concept_id: int | None = None) -> list[QueuedCard]:
    """Every card due before today ends, then as many new cards as today allows, mixed.

    Reviews come oldest due first; learning cards are among them by their due time.
    """
    sync(now)
    scope, params = _scope(concept_id)
    due = [
        QueuedCard(card_id, when, False, state != 2)
        for card_id, when, state in _rows(
            "SELECT id, due, state FROM study_card WHERE active = 1 "
            f"AND last_review IS NOT NULL AND due < ?{scope} ORDER BY due",
            [stamp(day_end(now)), *params],
        )
    ]
    allowed = max(0, study_options().new_per_day - new_cards_seen(now))
    new = _new_cards(now, allowed, scope, params)
    # A learning card that is due already is shown before new ones; later ones wait.
    ready = [c for c in due if not c.learning or c.due <= now]
    later = [c for c in due if c.learning and c.due > now]
    return [*interleave(ready, new), *later]


_SCHEDULE_COLUMNS = "state, step, stability, difficulty, due, last_review"


def _new_cards(now: datetime, allowed: int, scope: str, params: list[object]) -> list[QueuedCard]:
    """Up to ``allowed`` new cards, oldest first, one a passage a day: a note card and the
    cloze of the same passage asked together would each give the other away (Anki buries
    such siblings until the next day too)."""
    seen_today = {
        str(r[0])
        for r in _rows(
            # Driven from today's ratings (reviewed_at's index), never from every card.
            "SELECT DISTINCT highlight_id FROM study_card WHERE highlight_id != '' AND id IN "
            "(SELECT card_id FROM review_log WHERE reviewed_at >= ?)",
            [stamp(day_start(study_day(now)))],
        )
    }
    found: list[QueuedCard] = []
    for card_id, when, highlight_id in _rows(
        "SELECT id, due, highlight_id FROM study_card WHERE active = 1 AND last_review IS NULL"
        f"{scope} ORDER BY id LIMIT ?",
        [*params, allowed * 4],
    ):
        if len(found) == allowed:
            break
        if highlight_id:
            if highlight_id in seen_today:
                continue
            seen_today.add(str(highlight_id))
        found.append(QueuedCard(card_id, when, True, True))
    return found


def _schedule(row: Sequence[Any]) -> Schedule:
    state, step, stability, difficulty, due, last_review = row
    return Schedule(
        state=CardState(int(state)),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=parse_stamp(str(due)),
        last_review=parse_stamp(str(last_review)) if last_review else None,
    )


# Plain SQL on the path from a rating to the next card: building each query through
# peewee cost more than the query itself (bench/study.py times that path).
def card_schedule(card_id: int) -> Schedule:
    return _schedule(
        _rows(f"SELECT {_SCHEDULE_COLUMNS} FROM study_card WHERE id = ?", [card_id])[0]
    )


def _stamp_or_none(moment: datetime | None) -> str | None:
    return stamp(moment) if moment is not None else None


def _write_schedule(card_id: int, schedule: Schedule) -> None:
    database_proxy.execute_sql(
        "UPDATE study_card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
        "last_review = ? WHERE id = ?",
        [
            int(schedule.state),
            schedule.step,
            schedule.stability,
            schedule.difficulty,
            stamp(schedule.due),
            _stamp_or_none(schedule.last_review),
            card_id,
        ],
    )


def rate(
    card_id: int,
    rating: Rating,
    when: datetime,
    duration_ms: int | None = None,
    desired_retention: float | None = None,
) -> Rated:
    """Answer a card: its next schedule and the review-log row, committed together."""
    retention = (
        desired_retention if desired_retention is not None else study_options().desired_retention
    )
    with database_proxy.atomic():
        before = card_schedule(card_id)
        after = review(before, rating, when, retention)
        cursor = database_proxy.execute_sql(
            "INSERT INTO review_log (card_id, reviewed_at, rating, elapsed_days, duration_ms, "
            "before_state, before_step, before_stability, before_difficulty, before_due, "
            "before_last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                card_id,
                stamp(when),
                int(rating),
                elapsed_days(before, when),
                duration_ms,
                int(before.state),
                before.step,
                before.stability,
                before.difficulty,
                stamp(before.due),
                _stamp_or_none(before.last_review),
            ],
        )
        log_id = int(cursor.lastrowid)
        _write_schedule(card_id, after)
    return Rated(log_id, card_id, before, after)


def undo_rating(log_id: int) -> Rated:
    """Take a rating back: the card as it was before it, and no log row for it."""
    with database_proxy.atomic():
        log = ReviewLog.get_by_id(log_id)
        after = card_schedule(int(log.card_id))
        before = Schedule(
            state=CardState(int(log.before_state)),
            step=log.before_step,
            stability=log.before_stability,
            difficulty=log.before_difficulty,
            due=parse_stamp(str(log.before_due)),
            last_review=parse_stamp(str(log.before_last_review))
            if log.before_last_review
            else None,
        )
        _write_schedule(int(log.card_id), before)
        log.delete_instance()
    return Rated(log_id, int(log.card_id), before, after)


@dataclass(frozen=True)
class LoggedReview:
    card_id: int
    reviewed_at: datetime
    rating: Rating
    elapsed_days: float | None
    duration_ms: int | None


def review_log(card_id: int | None = None) -> list[LoggedReview]:
    """Every rating kept (of one card), oldest first."""
    where, params = ("WHERE card_id = ?", [card_id]) if card_id is not None else ("", [])
    return [
        LoggedReview(int(c), parse_stamp(str(t)), Rating(int(r)), e, d)
        for c, t, r, e, d in _rows(
            "SELECT card_id, reviewed_at, rating, elapsed_days, duration_ms FROM review_log "
            f"{where} ORDER BY reviewed_at, id",
            params,
        )
    ]
