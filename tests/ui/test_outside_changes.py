"""Changes another program commits while the window is open are shown; failed writes say why."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import highlights
from reader.store.database import storage_problem
from reader.ui.window.main_window import MainWindow

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _cli(data_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_a_highlight_made_from_the_command_line_appears_in_the_open_window(
    window: MainWindow, data_dir: Path, tmp_path: Path
):
    assert window.open_article.article_id is not None
    assert not window.articles.check_outside_changes()  # nothing happened yet
    made = _cli(
        data_dir,
        "highlight",
        str(window.open_article.article_id),
        "--quote",
        window.reader_view.toPlainText().split("\n")[2][:30],
        "--note",
        "dari terminal",
    ).strip()
    article = tmp_path / "baru.txt"
    article.write_text("Artikel dari Terminal\n\nIsi artikel yang diimpor lewat terminal.\n")
    _cli(data_dir, "import", str(article))

    assert window.articles.check_outside_changes()
    assert made in {h.id for h in window.highlights.current}
    assert window.library_status.text() == "7 articles"
    assert "changed outside" in window.statusBar().currentMessage()
    assert highlights.get_highlight(made).note == "dari terminal"


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database is locked"), "busy"),
    ],
)
def test_failed_writes_are_explained_plainly(error: Exception, words: str):
    message = storage_problem(error)
    assert message is not None and words in message
    assert "Nothing was half-written" in message


def test_other_errors_are_not_dressed_up_as_storage_problems():
    assert storage_problem(ValueError("x")) is None
    assert storage_problem(sqlite3.OperationalError("no such table: x")) is None
