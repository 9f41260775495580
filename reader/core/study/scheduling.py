"""When a card comes back: the FSRS scheduler of the ``fsrs`` package, as Anki uses it.

A card's memory state (``Schedule``) is what the store keeps; ``review`` turns a rating
into the next state through ``fsrs.Scheduler.review_card`` and nothing of ours, so the
schedule is the package's, step for step. ``preview`` gives the interval each of the
four answers would give, for the buttons.

Fuzz is off. FSRS adds a few random days to long intervals to spread a big collection's
load; here the interval shown under a button would then not be the one the rating gives,
and a student's daily handful of cards gains little from spreading. With fuzz off the
due dates are the package's exactly, which a test checks by calling it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from functools import lru_cache

import fsrs

from reader.core.study.times import as_utc

DEFAULT_RETENTION = 0.9
# The range Preferences offers: below 0.7 reviews come so late that most are forgotten;
# above 0.97 the workload grows steeply for little gain (FSRS's own advice).
MIN_RETENTION, MAX_RETENTION = 0.7, 0.97


class Rating(IntEnum):
    """The four answers, numbered as their keys (and as fsrs.Rating)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardState(IntEnum):
    """fsrs.State: a new card is Learning with no review yet."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class Schedule:
    """A card's FSRS memory state and when it is due (aware UTC datetimes)."""

    state: CardState
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None

    @property
    def is_new(self) -> bool:
        return self.last_review is None

    @property
    def learning(self) -> bool:
        """Still in (re)learning steps: it comes back within minutes, not days."""
        return self.state is not CardState.REVIEW


def new_schedule(now: datetime) -> Schedule:
    """A card never reviewed, due from ``now``."""
    return Schedule(CardState.LEARNING, 0, None, None, as_utc(now), None)


def clamp_retention(value: float) -> float:
    return min(MAX_RETENTION, max(MIN_RETENTION, value))


@lru_cache(maxsize=8)
def scheduler(desired_retention: float = DEFAULT_RETENTION) -> fsrs.Scheduler:
    """FSRS with its default weights and learning steps (1 and 10 minutes), fuzz off."""
    return fsrs.Scheduler(
        desired_retention=clamp_retention(desired_retention), enable_fuzzing=False
    )


def _to_fsrs(schedule: Schedule) -> fsrs.Card:
    return fsrs.Card(
        card_id=0,  # never used by review_card; passing one avoids its 1 ms sleep
        state=fsrs.State(int(schedule.state)),
        step=schedule.step,
        stability=schedule.stability,
        difficulty=schedule.difficulty,
        due=as_utc(schedule.due),
        last_review=as_utc(schedule.last_review) if schedule.last_review else None,
    )


def _from_fsrs(card: fsrs.Card) -> Schedule:
    return Schedule(
        state=CardState(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=as_utc(card.due),
        last_review=as_utc(card.last_review) if card.last_review else None,
    )


def review(
    schedule: Schedule,
    rating: Rating,
    when: datetime,
    desired_retention: float = DEFAULT_RETENTION,
) -> Schedule:
    """The schedule after answering ``rating`` at ``when``."""
    card, _log = scheduler(desired_retention).review_card(
        _to_fsrs(schedule), fsrs.Rating(int(rating)), review_datetime=as_utc(when)
    )
    return _from_fsrs(card)


def preview(
    schedule: Schedule, when: datetime, desired_retention: float = DEFAULT_RETENTION
) -> dict[Rating, timedelta]:
    """How long each answer would put the card away for, from ``when``."""
    moment = as_utc(when)
    return {
        rating: review(schedule, rating, moment, desired_retention).due - moment
        for rating in Rating
    }


def elapsed_days(schedule: Schedule, when: datetime) -> float | None:
    """Days since the card's last review (None before its first): the review log keeps it."""
    if schedule.last_review is None:
        return None
    return (as_utc(when) - schedule.last_review).total_seconds() / 86400
