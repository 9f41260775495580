"""Acknowledged annotations survive SIGKILL, and two writers on one library never fail.

The kill rounds live in bench/crash_rounds.py: 15 here, 50 in ``make bench``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.crash_rounds import prepare_library, run_rounds
from reader import cli
from reader.store import articles
from reader.store.article_text import article_text
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import LibraryFlag, database_proxy


def test_acknowledged_annotations_survive_sigkill_at_random_moments(
    data_dir: Path, seeds_dir: Path
):
    prepare_library(data_dir, seeds_dir)
    # Each round is checked at once: integrity_check ok, every acknowledged change there.
    result = run_rounds(data_dir, rounds=15)
    assert result.acknowledged > 50


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO library_flag (key, value) VALUES ('held', 'yes')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_a_cli_write_waits_for_another_process_holding_the_write_lock(
    data_dir: Path, seeds_dir: Path, capsys
):
    prepare_library(data_dir, seeds_dir)
    with open_library(data_dir).connection_context():
        quote = article_text(articles.get_article(1)).text[40:70]
    close_library(database_proxy.obj)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database_path(data_dir)), "1.0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        status = cli.main(["--data-dir", str(data_dir), "highlight", "1", "--quote", quote])
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    close_library(database_proxy.obj)
    out = capsys.readouterr()
    assert status == 0, out.err
    assert waited > 0.5  # it really waited for the other writer instead of failing
    with open_library(data_dir).connection_context():
        assert LibraryFlag.get(LibraryFlag.key == "held").value == "yes"
        from reader.store.models import Highlight

        assert Highlight.get_by_id(out.out.strip()) is not None
    close_library(database_proxy.obj)


def test_a_transaction_that_reads_then_writes_survives_a_concurrent_commit(
    library: Path, seeds_dir: Path
):
    """With a plain BEGIN, the other connection's commit between our read and our write
    would fail our write at once with "database is locked" (busy_timeout cannot help)."""
    import sqlite3

    articles.offer_bundled_articles(seeds_dir)
    reading = threading.Event()
    errors: list[BaseException] = []

    def read_then_write() -> None:
        try:
            with database_proxy.atomic():
                LibraryFlag.select().count()
                reading.set()
                time.sleep(0.3)
                LibraryFlag.create(key="ours", value="1")
        except BaseException as exc:
            errors.append(exc)
        finally:
            database_proxy.close()

    worker = threading.Thread(target=read_then_write)
    worker.start()
    assert reading.wait(10)
    other = sqlite3.connect(database_path(library), timeout=10)
    with other:
        other.execute("INSERT INTO library_flag (key, value) VALUES ('theirs', '1')")
    other.close()
    worker.join(10)
    assert errors == []
    assert {f.key for f in LibraryFlag.select()} >= {"ours", "theirs"}


CONCURRENT_WRITER = """
import sys
from pathlib import Path
from reader.store.database import open_library
from reader.store import highlights

open_library(Path(sys.argv[1]))
for n in range(40):
    made = highlights.create_highlight(1, n, n + 5, note=sys.argv[2], concepts=["busy"])
    highlights.set_note(made.id, f"{sys.argv[2]} {n}")
    print(made.id, flush=True)
"""


def test_two_processes_writing_at_once_both_succeed(data_dir: Path, seeds_dir: Path):
    prepare_library(data_dir, seeds_dir)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_WRITER, str(data_dir), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("app", "cli")
    ]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    ids = [line for out, _ in outputs for line in out.split()]
    assert len(ids) == 80
    import sqlite3

    with sqlite3.connect(database_path(data_dir)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM highlight")}
    assert set(ids) <= stored
