"""A highlight whose creation was acknowledged survives the process being killed (SIGKILL)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader.store import articles
from reader.store.database import close_library, open_library
from reader.store.location import database_path

WRITER = """
import sys
from pathlib import Path
from reader.store.database import open_library
from reader.store import articles, highlights

open_library(Path(sys.argv[1]))
article_id = articles.list_articles()[0].id
length = len(highlights.article_text(articles.get_article(article_id)).text)
n = 0
while True:
    start = (n * 37) % (length - 20)
    made = highlights.create_highlight(article_id, start, start + 12, note=f"catatan {n}")
    # Printed only after create_highlight returned, that is after the commit.
    print(made.id, flush=True)
    n += 1
"""


def test_acknowledged_highlights_survive_sigkill(data_dir: Path, seeds_dir: Path):
    db = open_library(data_dir)
    articles.offer_bundled_articles(seeds_dir)
    close_library(db)
    rng = random.Random(20261125)
    acknowledged: list[str] = []
    for _round in range(10):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.4 + rng.random() * 0.4)
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate(timeout=30)
        # A line cut off by the kill was never acknowledged as a whole id.
        acknowledged += [line for line in out.splitlines() if len(line) == 36]
    assert len(acknowledged) > 10

    with sqlite3.connect(database_path(data_dir)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM highlight")}
    assert set(acknowledged) <= stored
