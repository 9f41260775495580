"""Kill the window (SIGKILL) while a student rates cards in the Review window, many times.

The writer is the real main window, offscreen, reviewing by keyboard: Space, then a
digit. Once the next card is on screen it prints the rating's log row, ``R <log id>
<card id>``: that is the rating acknowledged on screen. After every kill the library must
pass ``PRAGMA integrity_check``, hold every acknowledged rating, and keep each card's
schedule in step with its last logged rating (card and log commit together).
``make test`` runs 6 rounds (tests/ui/test_review_crash_safety.py); ``make bench`` 20.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

WRITER = """
import random, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from reader.ui.startup.app import create_main_window

window = create_main_window(Path(sys.argv[1]))
window.show()
window.study.open_review()
review = window.study.review_window
review.activateWindow()
QTest.qWaitForWindowActive(review)
rng = random.Random(int(sys.argv[2]))
print("ready", flush=True)
keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
while review.card is not None:
    QTest.keyClick(review, Qt.Key.Key_Space)
    QTest.keyClick(review, rng.choice(keys))
    rated, _item = window.study._rated[-1]
    print("R", rated.log_id, rated.card_id, flush=True)
print("done", flush=True)
"""

_LINE = re.compile(r"^R (?P<log>\d+) (?P<card>\d+)$")


@dataclass(frozen=True)
class RoundsResult:
    rounds: int
    acknowledged: int  # ratings shown acknowledged, over all rounds
    seconds: float


def prepare_library(data_dir: Path, cards: int = 400) -> None:
    """A library with ``cards`` noted highlights, all of them allowed today, closed again."""
    from reader.store import articles, highlights, reviews
    from reader.store.article_text import article_text
    from reader.store.database import close_library
    from reader.store.first_run import open_library_for_use
    from reader.store.models import database_proxy

    open_library_for_use(data_dir, "en")
    summaries = articles.list_articles()
    made = 0
    for summary in summaries:
        length = len(article_text(articles.get_article(summary.id)).text)
        for start in range(0, length - 40, 45):
            if made == cards:
                break
            highlights.create_highlight(summary.id, start, start + 30, note=f"note {made}")
            made += 1
    reviews.set_study_options(reviews.StudyOptions(0.9, new_per_day=reviews.MAX_NEW_PER_DAY))
    close_library(database_proxy.obj)


def check_library(database: Path, acknowledged: dict[int, int]) -> None:
    """Raise AssertionError unless every acknowledged rating is there, card in step."""
    conn = sqlite3.connect(database)
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        assert verdict == ["ok"], f"integrity_check failed: {verdict[:3]}"
        logged = dict(conn.execute("SELECT id, card_id FROM review_log"))
        latest = dict(conn.execute("SELECT card_id, max(reviewed_at) FROM review_log GROUP BY 1"))
        cards = dict(conn.execute("SELECT id, last_review FROM study_card"))
    finally:
        conn.close()
    lost = {log for log, card in acknowledged.items() if logged.get(log) != card}
    assert not lost, f"{len(lost)} acknowledged rating(s) lost, e.g. log {min(lost)}"
    for card, when in latest.items():
        assert cards[card] == when, f"card {card} out of step with its last rating"


def run_rounds(data_dir: Path, rounds: int, seed: int = 20261203) -> RoundsResult:
    from reader.store.location import database_path

    rng = random.Random(seed)
    acknowledged: dict[int, int] = {}
    began = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for number in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert writer.stdout is not None
        started = writer.stdout.readline().strip()
        if started == "ready":
            time.sleep(0.05 + rng.random() * 0.6)  # somewhere in the rating loop
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate(timeout=60)
        # Text after the last newline was cut by the kill: never acknowledged as a whole.
        for line in output.split("\n")[:-1]:
            match = _LINE.match(line)
            if match:
                acknowledged[int(match["log"])] = int(match["card"])
        try:
            check_library(database_path(data_dir), acknowledged)
        except AssertionError as exc:
            raise AssertionError(f"round {number + 1} of {rounds}: {exc}") from None
    return RoundsResult(rounds, len(acknowledged), time.perf_counter() - began)


def run(rounds: int = 20) -> RoundsResult:
    """The ``make bench`` entry: ``rounds`` rounds on a fresh library in a temporary folder."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="marginalia-review-crash-") as folder:
        data_dir = Path(folder) / "library"
        prepare_library(data_dir)
        return run_rounds(data_dir, rounds)
