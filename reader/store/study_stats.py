"""Study mode's progress: reviews per day, cards coming due, and what is remembered.

"Remembered" counts only the ratings of cards that came back after days (in FSRS's
review state): a card answered again a minute after it was learnt proves little. A
rating other than Again is a card remembered, as in Anki's true retention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from reader.core.study.scheduling import CardState
from reader.core.study.study_day import ROLLOVER, day_end, day_start, study_day
from reader.core.study.times import stamp
from reader.store.models import database_proxy
from reader.store.study_cards import sync

DAYS = 30
# SQLite's own day of a stored UTC time, by the local clock and the 04:00 rollover.
_LOCAL_DAY = f"date({{column}}, 'localtime', '-{int(ROLLOVER.total_seconds() // 3600)} hours')"


@dataclass(frozen=True)
class ConceptRetention:
    concept_id: int
    name: str
    remembered: int
    reviews: int

    @property
    def share(self) -> float:
        return self.remembered / self.reviews if self.reviews else 0.0


@dataclass(frozen=True)
class StudyStats:
    today: date
    cards: int  # active cards
    new: int  # never reviewed
    learning: int
    review: int
    due_today: int  # reviews and learning cards due before today ends (new ones apart)
    reviews_today: int
    reviews_by_day: tuple[tuple[date, int], ...]  # the last DAYS days, today last
    due_by_day: tuple[tuple[date, int], ...]  # the next DAYS days, today first (overdue too)
    remembered: int  # ratings of review-state cards that were not Again
    recalled_reviews: int  # every rating of a review-state card
    concepts: tuple[ConceptRetention, ...]

    @property
    def retention(self) -> float | None:
        return self.remembered / self.recalled_reviews if self.recalled_reviews else None


def _rows(sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, params).fetchall())


def _per_day(rows: list[tuple[Any, ...]]) -> dict[date, int]:
    return {date.fromisoformat(str(day)): int(count) for day, count in rows if day}


def study_stats(now: datetime) -> StudyStats:
    sync(now)
    today = study_day(now)
    first = today - timedelta(days=DAYS - 1)
    counts = _rows(
        "SELECT count(*), sum(last_review IS NULL), "
        f"sum(last_review IS NOT NULL AND state != {int(CardState.REVIEW)}), "
        f"sum(state = {int(CardState.REVIEW)}) FROM study_card WHERE active = 1"
    )[0]
    due_today = _rows(
        "SELECT count(*) FROM study_card WHERE active = 1 AND last_review IS NOT NULL AND due < ?",
        [stamp(day_end(now))],
    )[0][0]
    done = _per_day(
        _rows(
            f"SELECT {_LOCAL_DAY.format(column='reviewed_at')} AS day, count(*) FROM review_log "
            "WHERE reviewed_at >= ? GROUP BY day",
            [stamp(day_start(first))],
        )
    )
    coming = _per_day(
        _rows(
            f"SELECT {_LOCAL_DAY.format(column='due')} AS day, count(*) FROM study_card "
            "WHERE active = 1 AND last_review IS NOT NULL AND due < ? GROUP BY day",
            [stamp(day_start(today + timedelta(days=DAYS)))],
        )
    )
    overdue = sum(n for day, n in coming.items() if day < today)
    concepts = _concept_retention()
    remembered, recalled = _rows(
        "SELECT coalesce(sum(rating > 1), 0), count(*) FROM review_log WHERE before_state = ?",
        [int(CardState.REVIEW)],
    )[0]
    return StudyStats(
        today=today,
        cards=int(counts[0] or 0),
        new=int(counts[1] or 0),
        learning=int(counts[2] or 0),
        review=int(counts[3] or 0),
        due_today=int(due_today),
        reviews_today=done.get(today, 0),
        reviews_by_day=tuple(
            (first + timedelta(days=n), done.get(first + timedelta(days=n), 0)) for n in range(DAYS)
        ),
        due_by_day=tuple(
            (
                today + timedelta(days=n),
                coming.get(today + timedelta(days=n), 0) + (overdue if n == 0 else 0),
            )
            for n in range(DAYS)
        ),
        remembered=int(remembered),
        recalled_reviews=int(recalled),
        concepts=concepts,
    )


def _concept_retention() -> tuple[ConceptRetention, ...]:
    """Per concept: of its cards' ratings after days away, how many were remembered."""
    rows = _rows(
        "WITH card_concept AS ("
        " SELECT id AS card_id, concept_id FROM study_card WHERE concept_id != 0"
        " UNION SELECT s.id, hc.concept_id FROM study_card s"
        " JOIN highlight_concept hc ON hc.highlight_id = s.highlight_id"
        " WHERE s.highlight_id != '')"
        " SELECT c.id, c.name, sum(r.rating > 1), count(*) FROM review_log r"
        " JOIN card_concept cc ON cc.card_id = r.card_id JOIN concept c ON c.id = cc.concept_id"
        " WHERE r.before_state = ? GROUP BY c.id",
        [int(CardState.REVIEW)],
    )
    found = [ConceptRetention(int(i), str(n), int(k), int(t)) for i, n, k, t in rows]
    return tuple(sorted(found, key=lambda c: c.name.casefold()))
