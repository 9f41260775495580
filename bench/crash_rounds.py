"""Kill a process writing annotations (SIGKILL) at a random moment, many times over.

After every round the library must pass ``PRAGMA integrity_check`` and hold every
annotation the writer acknowledged, i.e. printed after its commit returned: each created
highlight, its concept link, and each note edit (or a later one, which may have committed
just before the kill without being printed). ``make test`` runs 15 rounds
(tests/store/test_crash_safety.py); ``make bench`` runs 50 and reports the time.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# The writer prints one line per committed change, only after the call returned:
#   C <id>        a highlight was created (with note "note 0"; every fifth one tagged)
#   T <id>        a highlight was created tagged with the concept "kill test"
#   N <id> <k>    the highlight's note was set to "note <k>"
WRITER = """
import random, sys
from pathlib import Path
from reader.store.database import open_library
from reader.store import articles, highlights
from reader.store.article_text import article_text

open_library(Path(sys.argv[1]))
rng = random.Random(int(sys.argv[2]))
article_id = articles.list_articles()[0].id
length = len(article_text(articles.get_article(article_id)).text)
mine, edits, n = [], {}, 0
while True:
    if mine and rng.random() < 0.4:
        target = rng.choice(mine)
        edits[target] = edits.get(target, 0) + 1
        highlights.set_note(target, f"note {edits[target]}")
        print("N", target, edits[target], flush=True)
    else:
        start = (n * 37) % (length - 20)
        tagged = n % 5 == 0
        made = highlights.create_highlight(
            article_id, start, start + 12, note="note 0",
            concepts=["kill test"] if tagged else (),
        )
        mine.append(made.id)
        print("T" if tagged else "C", made.id, flush=True)
        n += 1
"""

_LINE = re.compile(r"^(?P<op>[CTN]) (?P<id>[0-9a-f-]{36})(?: (?P<k>\d+))?$")


@dataclass(frozen=True)
class RoundsResult:
    rounds: int
    acknowledged: int  # changes printed (so committed) by the writers, over all rounds
    seconds: float


def prepare_library(data_dir: Path, seeds: Path) -> None:
    """A library holding the seed articles, closed again."""
    from reader.store import articles
    from reader.store.database import close_library, open_library

    db = open_library(data_dir)
    articles.offer_bundled_articles(seeds)
    close_library(db)


def _acknowledged_lines(output: str) -> list[re.Match[str]]:
    # Text after the last newline was cut by the kill: never acknowledged as a whole.
    complete = output.split("\n")[:-1]
    return [m for m in map(_LINE.match, complete) if m]


def check_library(
    database: Path, created: set[str], tagged: set[str], notes: dict[str, int]
) -> None:
    """Raise AssertionError unless the library is intact and holds every acknowledged change."""
    conn = sqlite3.connect(database)  # read-write, as the app opens it: a -wal is replayed
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        assert verdict == ["ok"], f"integrity_check failed: {verdict[:3]}"
        stored = dict(conn.execute("SELECT id, note FROM highlight"))
        linked = {
            row[0]
            for row in conn.execute(
                "SELECT hc.highlight_id FROM highlight_concept hc "
                "JOIN concept c ON c.id = hc.concept_id WHERE c.name = 'kill test'"
            )
        }
    finally:
        conn.close()
    missing = created - stored.keys()
    assert not missing, f"{len(missing)} acknowledged highlight(s) lost, e.g. {min(missing)}"
    assert tagged <= linked, f"{len(tagged - linked)} acknowledged concept link(s) lost"
    for highlight_id, k in notes.items():
        note = stored[highlight_id]
        assert int(note.split()[1]) >= k, f"note edit lost on {highlight_id}: {note!r} < {k}"


def run_rounds(data_dir: Path, rounds: int, seed: int = 20261125) -> RoundsResult:
    """``rounds`` writer processes, each killed at a random moment and checked after."""
    from reader.store.location import database_path

    rng = random.Random(seed)
    created: set[str] = set()
    tagged: set[str] = set()
    notes: dict[str, int] = {}
    acknowledged = 0
    began = time.perf_counter()
    for number in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE,
            text=True,
        )
        # From 50 ms (still importing or opening) to 0.8 s (deep in the writing loop).
        time.sleep(0.05 + rng.random() * 0.75)
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate(timeout=30)
        for match in _acknowledged_lines(output):
            acknowledged += 1
            highlight_id = match["id"]
            if match["op"] == "N":
                notes[highlight_id] = max(notes.get(highlight_id, 0), int(match["k"]))
            else:
                created.add(highlight_id)
                if match["op"] == "T":
                    tagged.add(highlight_id)
        try:
            check_library(database_path(data_dir), created, tagged, notes)
        except AssertionError as exc:
            raise AssertionError(f"round {number + 1} of {rounds}: {exc}") from None
    return RoundsResult(rounds, acknowledged, time.perf_counter() - began)


def run(rounds: int = 50) -> RoundsResult:
    """The ``make bench`` entry: 50 rounds on a fresh library in a temporary folder."""
    import tempfile

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    with tempfile.TemporaryDirectory(prefix="marginalia-crash-") as folder:
        data_dir = Path(folder) / "library"
        prepare_library(data_dir, seeds)
        return run_rounds(data_dir, rounds)


if __name__ == "__main__":
    result = run()
    print(
        f"{result.rounds} SIGKILL rounds: {result.acknowledged} acknowledged changes, "
        f"all present, integrity ok; {result.seconds:.1f} s"
    )
