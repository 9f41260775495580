"""Progress: reviews per day, cards coming due, and what is remembered per concept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.study.scheduling import Rating
from reader.core.study.study_day import study_day
from reader.store import articles, concepts, highlights, reviews, study_cards
from reader.store.study_stats import study_stats

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _library(seeds_dir: Path) -> list[int]:
    articles.offer_bundled_articles(seeds_dir)
    article_id = articles.find_article("Detente").id
    for n in range(4):
        made = highlights.create_highlight(article_id, 100 + 50 * n, 140 + 50 * n, note=f"n{n}")
        concepts.tag(made.id, "détente" if n < 2 else "aliansi")
    return study_cards.active_cards()


def test_reviews_per_day_and_cards_coming_due(library: Path, seeds_dir: Path):
    cards = _library(seeds_dir)
    yesterday = NOW - timedelta(days=1)
    for card in cards:
        reviews.rate(card, Rating.EASY, yesterday)
    reviews.rate(cards[0], Rating.AGAIN, NOW)
    stats = study_stats(NOW)
    assert stats.today == study_day(NOW)
    assert stats.reviews_by_day[-1] == (stats.today, 1)
    assert stats.reviews_by_day[-2] == (stats.today - timedelta(days=1), 4)
    assert sum(n for _d, n in stats.reviews_by_day) == 5
    # Easy on a new card puts it days away; the one rated Again is due again today.
    assert stats.due_by_day[0][1] == 1 and stats.due_today == 1
    assert sum(n for _d, n in stats.due_by_day) == 4
    assert (stats.cards, stats.new, stats.learning, stats.review) == (4, 0, 1, 3)


def test_retention_per_concept_counts_only_cards_that_came_back_after_days(
    library: Path, seeds_dir: Path
):
    cards = _library(seeds_dir)
    for card in cards:
        reviews.rate(card, Rating.EASY, NOW - timedelta(days=20))
    assert study_stats(NOW).retention is None  # first looks prove nothing yet
    # After days away: détente's two cards remembered and forgotten; aliansi's both kept.
    later = NOW - timedelta(days=2)
    for card, rating in zip(
        cards, (Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.EASY), strict=True
    ):
        reviews.rate(card, rating, later)
    stats = study_stats(NOW)
    shares = {c.name: (c.remembered, c.reviews) for c in stats.concepts}
    assert shares == {"aliansi": (2, 2), "détente": (1, 2)}
    assert stats.retention == 3 / 4
