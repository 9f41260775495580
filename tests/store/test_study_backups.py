"""Backups copy whole databases (SQLite's backup API), so the review log comes along."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from reader.core.study.scheduling import Rating
from reader.store import articles, highlights, reviews, study_cards
from reader.store.backups import make_backup, restore_backup
from reader.store.database import open_library
from reader.store.models import database_proxy

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_backup_holds_the_review_log_and_a_restore_brings_the_schedule_back(
    library: Path, seeds_dir: Path
):
    articles.offer_bundled_articles(seeds_dir)
    article_id = articles.list_articles()[0].id
    highlights.create_highlight(article_id, 10, 40, note="remember me")
    [card] = study_cards.active_cards()
    reviews.rate(card, Rating.GOOD, NOW, duration_ms=3000)
    reviews.rate(card, Rating.EASY, NOW.replace(minute=11))
    schedule = reviews.card_schedule(card)
    backup = make_backup(database_proxy.obj, library)  # straight from the open library (WAL)

    with sqlite3.connect(backup) as conn:
        kept = conn.execute("SELECT card_id, rating, duration_ms FROM review_log ORDER BY id")
        assert kept.fetchall() == [(card, 3, 3000), (card, 4, None)]

    reviews.rate(card, Rating.AGAIN, NOW.replace(day=20))
    restore_backup(library, backup)
    open_library(library)
    assert [r.rating for r in reviews.review_log(card)] == [Rating.GOOD, Rating.EASY]
    assert reviews.card_schedule(card) == schedule
