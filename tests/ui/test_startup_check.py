"""A damaged library at start-up: moved aside, said plainly, the newest good backup offered.

The decision logic is tested with the question answered by a function; one test clicks
the real message box.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.store import articles, backups, highlights
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import database_proxy
from reader.ui.startup.startup_check import (
    DamageReport,
    RestoreDialog,
    StartChoice,
    ask_with_dialog,
    check_library_at_start,
)

PAGE = 4096


@pytest.fixture
def backed_up(data_dir: Path, seeds_dir: Path) -> Path:
    """A closed library of six articles (the five seeds and the welcome article) and two
    highlights, with a good daily backup."""
    db = open_library(data_dir)
    articles.offer_bundled_articles(seeds_dir)
    article_id = articles.list_articles()[0].id
    highlights.create_highlight(article_id, 0, 10, note="kept")
    highlights.create_highlight(article_id, 20, 30, note="also kept")
    backups.make_backup(db, data_dir, "daily", now=datetime(2026, 1, 5, 12, tzinfo=UTC))
    close_library(db)
    return data_dir


def _damage(data_dir: Path) -> bytes:
    path = database_path(data_dir)
    with path.open("r+b") as fh:
        for page in range(2, 30):
            fh.seek(page * PAGE)
            fh.write(bytes((page + i * 11) % 256 for i in range(PAGE)))
    return path.read_bytes()


class Answer:
    """Stands in for the dialog: records the question, gives a fixed answer."""

    def __init__(self, choice: StartChoice) -> None:
        self.choice = choice
        self.reports: list[DamageReport] = []

    def __call__(self, report: DamageReport) -> StartChoice:
        self.reports.append(report)
        return self.choice


def test_a_healthy_library_asks_nothing(backed_up: Path):
    answer = Answer(StartChoice.QUIT)
    assert check_library_at_start(backed_up, answer)
    assert answer.reports == []


def test_a_first_start_has_nothing_to_check(data_dir: Path):
    answer = Answer(StartChoice.QUIT)
    assert check_library_at_start(data_dir, answer)
    assert answer.reports == []


def test_a_damaged_library_is_moved_aside_and_the_backup_restored(backed_up: Path):
    damaged = _damage(backed_up)
    answer = Answer(StartChoice.RESTORE)
    assert check_library_at_start(backed_up, answer)

    [report] = answer.reports
    assert report.moved_to.name.startswith("library.damaged-")
    assert report.moved_to.read_bytes() == damaged  # nothing was deleted
    text = report.message()
    assert "The library database is damaged (" in text
    assert f"moved aside to {report.moved_to}; nothing was deleted" in text
    assert "6 articles, 2 highlights" in text
    assert report.backup is not None and report.backup.kind == "daily"

    db = open_library(backed_up)
    assert {h.note for h in highlights.list_highlights(articles.list_articles()[0].id)} == {
        "kept",
        "also kept",
    }
    close_library(db)


def test_starting_empty_keeps_the_damaged_file_aside(backed_up: Path):
    damaged = _damage(backed_up)
    answer = Answer(StartChoice.EMPTY)
    assert check_library_at_start(backed_up, answer)
    assert not database_path(backed_up).exists()  # open_library will create a new one
    assert answer.reports[0].moved_to.read_bytes() == damaged


def test_quitting_puts_the_file_back_so_the_next_start_asks_again(backed_up: Path):
    damaged = _damage(backed_up)
    answer = Answer(StartChoice.QUIT)
    assert not check_library_at_start(backed_up, answer)
    assert database_path(backed_up).read_bytes() == damaged
    assert not list(backed_up.glob("library.damaged-*"))
    assert not check_library_at_start(backed_up, answer)
    assert len(answer.reports) == 2


def test_without_a_good_backup_only_an_empty_library_is_offered(backed_up: Path):
    for backup in (backed_up / "backups").iterdir():
        backup.write_bytes(b"not a database")
    _damage(backed_up)
    answer = Answer(StartChoice.RESTORE)  # not on offer: nothing is restored
    assert not check_library_at_start(backed_up, answer)
    [report] = answer.reports
    assert report.backup is None
    assert "There is no good backup to restore" in report.message()


def test_a_wal_without_its_database_counts_as_damage(backed_up: Path):
    live = database_path(backed_up)
    live.unlink()
    live.with_name("library.sqlite3-wal").write_bytes(b"orphan")
    answer = Answer(StartChoice.RESTORE)
    assert check_library_at_start(backed_up, answer)
    assert "missing" in answer.reports[0].problem
    assert backups.library_counts(live) == (6, 2)


def test_the_real_dialog_offers_restore_empty_and_quit(qtbot: QtBot, backed_up: Path):
    info = backups.list_backups(backed_up)[0]
    report = DamageReport("database disk image is malformed", backed_up / "x.sqlite3", info)
    seen: list[str] = []

    def click(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(100, lambda: click("Start with an empty library"))
    assert ask_with_dialog(report) is StartChoice.EMPTY
    assert sorted(seen) == ["Quit", "Restore", "Start with an empty library"]
    QTimer.singleShot(100, lambda: click("Restore"))
    assert ask_with_dialog(report) is StartChoice.RESTORE


def test_run_app_asks_before_opening_and_quits_when_told(
    backed_up: Path, monkeypatch: pytest.MonkeyPatch
):
    from reader.ui.startup.app import run_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    damaged = _damage(backed_up)
    answer = Answer(StartChoice.QUIT)
    assert run_app(backed_up, ask_damaged=answer) == 1
    assert len(answer.reports) == 1
    assert database_path(backed_up).read_bytes() == damaged


# -- Help → Restore from Backup… ----------------------------------------------------------


def _cell(dialog: RestoreDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_the_restore_dialog_lists_backups_and_restores_after_confirmation(
    qtbot: QtBot, backed_up: Path
):
    db = open_library(backed_up)
    article_id = articles.list_articles()[0].id
    highlights.create_highlight(article_id, 40, 50, note="after the backup")
    bad = backups.make_backup(db, backed_up, "manual", now=datetime(2026, 1, 6, tzinfo=UTC))
    bad.write_bytes(b"garbage" * 1000)

    dialog = RestoreDialog(None, backed_up)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert _cell(dialog, 0, 5).startswith("damaged")
    assert [_cell(dialog, 1, c) for c in (1, 2, 3, 5)] == ["daily", "6", "2", "ok"]

    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()  # a damaged backup cannot be chosen
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()

    questions: list[str] = []

    def answer_no(question: str) -> bool:
        questions.append(question)
        return False

    dialog.confirm = answer_no
    assert not dialog.restore_selected()
    assert len(highlights.list_highlights(article_id)) == 3

    outcomes: list[tuple[str, bool]] = []
    dialog.confirm = lambda _q: True
    dialog.inform = lambda message, ok: outcomes.append((message, ok))
    assert dialog.restore_selected()
    assert dialog.restored
    assert "current library is backed up first" in questions[0]
    assert outcomes[0][1] and "before-restore" in outcomes[0][0]
    # The library is open again, as the backup had it.
    assert {h.note for h in highlights.list_highlights(article_id)} == {"kept", "also kept"}
    close_library(database_proxy.obj)
