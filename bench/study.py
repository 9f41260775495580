"""Study mode's two speeds: the next card after a rating, and today's queue at 100,000.

1. **Next card.** The real main window (offscreen) in a review of 300 cards: the time
   from pressing a digit (the answer shown) until the next card is painted, which
   includes committing the rating (an fsync: the library is on disk, not in memory).
   Two floors, in the same run: painting the same card again without rating it, and
   committing one row to the same library (the fsync every change in Marginalia pays,
   ``synchronous=FULL``). Target: 16 ms (one frame at 60 Hz).
2. **Today's queue.** A library of 100,000 highlights (a third reviewed before, due
   dates spread over four months, the rest new): ``todays_queue`` as the Review window
   calls it, best of seven. The floor is the same due-date query alone in plain
   ``sqlite3``. Target: 50 ms. Making the 100,000 cards the first time (what an older
   library pays once, on its first review after the upgrade) is reported beside it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

NEXT_CARD_TARGET_MS = 16.0
QUEUE_TARGET_MS = 50.0
HIGHLIGHTS = 100_000
RATINGS = 60


def _commit_floor(data_dir: Path, repeats: int = 40) -> float:
    """Median time to commit one small row to the library, as any change does."""
    from reader.store.database import open_library
    from reader.store.models import LibraryFlag, database_proxy

    open_library(data_dir)
    samples = []
    for n in range(repeats):
        start = time.perf_counter()
        with database_proxy.atomic():
            LibraryFlag.insert(key="bench", value=str(n)).on_conflict_replace().execute()
        samples.append(time.perf_counter() - start)
    LibraryFlag.delete().where(LibraryFlag.key == "bench").execute()
    return statistics.median(samples)


def _next_card(data_dir: Path) -> tuple[float, float, float]:
    """(median, p95, floor) in seconds: a rating to the next card painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.ui.startup.app import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window(data_dir)
    window.show()
    window.study.open_review()
    review = window.study.review_window
    assert review is not None
    review.activateWindow()
    QTest.qWaitForWindowActive(review)
    keys = [Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    samples, floors = [], []
    for n in range(RATINGS):
        QTest.keyClick(review, Qt.Key.Key_Space)
        app.processEvents()
        card = review.card
        assert card is not None
        start = time.perf_counter()
        review.card_view.show_card(card, True, review.look())
        review.repaint()
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        QTest.keyClick(review, keys[n % 3])
        review.repaint()  # painted now, not at the next turn of the event loop
        samples.append(time.perf_counter() - start)
        assert review.card is not None and review.card.card_id != card.card_id
    window.close()
    from reader.store.database import close_library
    from reader.store.models import database_proxy

    close_library(database_proxy.obj)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95)], statistics.median(floors)


def _big_library(data_dir: Path) -> None:
    """100,000 highlights on 200 articles (copies of the bundled ones), 60% with notes,
    a fifth tagged with one of 50 concepts, half of them defined."""
    from reader.store import articles
    from reader.store.article_text import article_text
    from reader.store.database import open_library
    from reader.store.models import Article

    db = open_library(data_dir)
    articles.offer_bundled_articles(Path(__file__).resolve().parents[1] / "seeds")
    connection: sqlite3.Connection = db.connection()  # type: ignore[no-untyped-call]
    connection.execute("PRAGMA synchronous=OFF")  # building only: thrown away after
    originals = list(Article.select())
    with db.atomic():
        for copy in range(1, 200 // len(originals) + 1):
            for original in originals:
                Article.create(
                    title=f"{original.title} ({copy})",
                    source_format="txt",
                    content_hash=f"{original.content_hash}-{copy}",
                    original_text=original.original_text,
                    markdown=original.markdown,
                    cleaner_version=original.cleaner_version,
                    words=original.words,
                )
    rng = random.Random(16)
    concepts = [(n + 1, f"konsep {n}", f"definisi {n}" if n % 2 else "") for n in range(50)]
    connection.executemany(
        "INSERT INTO concept (id, name, key, definition, created_at) "
        "VALUES (?, ?, ?, ?, '2026-01-01 00:00:00')",
        [(i, name, name, definition) for i, name, definition in concepts],
    )
    all_articles = list(Article.select(Article.id, Article.markdown))
    per_article = HIGHLIGHTS // len(all_articles) + 1
    rows, links = [], []
    for article in all_articles:
        text = article_text(article).text
        step = max(1, (len(text) - 60) // per_article)
        for n in range(per_article):
            if len(rows) == HIGHLIGHTS:
                break
            start = n * step
            highlight_id = str(uuid.UUID(int=rng.getrandbits(128)))
            note = f"catatan {len(rows)}" if rng.random() < 0.6 else ""
            rows.append(
                (highlight_id, article.id, start, start + 40, text[start : start + 40], note)
            )
            if rng.random() < 0.2:
                links.append((highlight_id, rng.randint(1, 50)))
    with db.atomic():
        connection.executemany(
            'INSERT INTO highlight (id, article_id, start, "end", exact, prefix, suffix, '
            "color, note, placed, created_at, modified_at) VALUES "
            "(?, ?, ?, ?, ?, '', '', 'yellow', ?, 1, '2026-01-01 00:00:00', "
            "'2026-01-01 00:00:00')",
            rows,
        )
        connection.executemany(
            "INSERT INTO highlight_concept (highlight_id, concept_id) VALUES (?, ?)", links
        )


def _settle(data_dir: Path, now: datetime) -> tuple[float, int]:
    """Make the cards (timed), then give a third of them a history; (seconds, cards)."""
    from reader.core.study.times import stamp
    from reader.store import study_cards
    from reader.store.models import database_proxy

    start = time.perf_counter()
    study_cards.sync(now)
    made = time.perf_counter() - start
    rng = random.Random(50)
    ids = [row[0] for row in database_proxy.execute_sql("SELECT id FROM study_card")]
    reviewed = rng.sample(ids, len(ids) // 3)
    updates = []
    for card_id in reviewed:
        due = now + timedelta(days=rng.uniform(-30, 90))
        state = 2 if rng.random() < 0.9 else 3
        last = due - timedelta(days=rng.uniform(1, 30))
        updates.append(
            (state, None if state == 2 else 0, 5.0, 5.0, stamp(due), stamp(last), card_id)
        )
    with database_proxy.atomic():
        database_proxy.connection().executemany(
            "UPDATE study_card SET state = ?, step = ?, stability = ?, difficulty = ?, "
            "due = ?, last_review = ? WHERE id = ?",
            updates,
        )
    database_proxy.execute_sql("ANALYZE")
    return made, len(ids)


def _queue(data_dir: Path) -> tuple[float, float, float, int, int]:
    """(queue seconds, floor seconds, first making of the cards, cards, queue length)."""
    from reader.core.study.study_day import day_end
    from reader.core.study.times import stamp
    from reader.store import reviews
    from reader.store.database import close_library
    from reader.store.location import database_path
    from reader.store.models import database_proxy

    _big_library(data_dir)
    now = datetime.now(UTC)
    made, cards = _settle(data_dir, now)
    reviews.set_study_options(reviews.StudyOptions(0.9, 20))
    times, length = [], 0
    for _ in range(7):
        start = time.perf_counter()
        length = len(reviews.todays_queue(now))
        times.append(time.perf_counter() - start)
    close_library(database_proxy.obj)
    plain = sqlite3.connect(database_path(data_dir))
    floors = []
    for _ in range(7):
        start = time.perf_counter()
        plain.execute(
            "SELECT id, due, state FROM study_card WHERE active = 1 AND due < ? "
            "AND last_review IS NOT NULL ORDER BY due",
            (stamp(day_end(now)),),
        ).fetchall()
        floors.append(time.perf_counter() - start)
    plain.close()
    return min(times), min(floors), made, cards, length


def run() -> list[tuple[str, float, float, str]]:
    """(label, seconds, ratio to its floor, verdict) rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.review_crash_rounds import prepare_library

    with tempfile.TemporaryDirectory(prefix="marginalia-study-") as folder:
        small = Path(folder) / "review"
        prepare_library(small, cards=300)
        median, p95, floor = _next_card(small)
        commit = _commit_floor(small)
        big = Path(folder) / "large"
        queue, queue_floor, made, cards, length = _queue(big)
    return [
        ("floor: paint the same card again", floor, 1.0, ""),
        (
            "next card after a rating (median)",
            median,
            median / floor,
            "ok" if median * 1e3 <= NEXT_CARD_TARGET_MS else f"over {NEXT_CARD_TARGET_MS:.0f} ms",
        ),
        ("next card after a rating (p95)", p95, p95 / floor, ""),
        ("floor: commit one row, fsync included", commit, 1.0, ""),
        (
            "next card after a rating, beyond the commit (median)",
            median - commit,
            (median - commit) / floor,
            "",
        ),
        ("floor: the due-date query alone (sqlite3)", queue_floor, 1.0, ""),
        (
            f"today's queue, {HIGHLIGHTS:,} highlights ({length} due)",
            queue,
            queue / queue_floor,
            "ok" if queue * 1e3 <= QUEUE_TARGET_MS else f"over {QUEUE_TARGET_MS:.0f} ms",
        ),
        (f"making {cards:,} cards the first time", made, made / queue_floor, "once"),
    ]


def main() -> None:
    for label, seconds, ratio, verdict in run():
        print(f"{label:<56}{seconds * 1e3:>10.1f}ms  ratio {ratio:6.2f}  {verdict}")


if __name__ == "__main__":
    main()
