"""Damage SQLite does not see: bytes in the library's text that are not UTF-8.

A flipped byte inside an article's text passes SQLite's integrity check, then stops
every read of that row ("Could not decode to UTF-8"); a flipped byte in the schema makes
SQLite's own error message undecodable. Either is damage: ``check`` says so and names
the newest good backup, the start-up check offers it, a restore of such a backup is
refused, and no command ends in "unexpected error".
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import articles, highlights
from reader.store.backups import check_command, make_backup, restore_command
from reader.store.database import close_library, open_library
from reader.store.integrity import full_check, quick_check
from reader.store.location import database_path

NOT_UTF8 = b"\xff\xfe\xed\xa0\x80"


@pytest.fixture
def library(data_dir: Path, seeds_dir: Path) -> Path:
    """A closed library with the seeds and a highlight, and two good backups of it."""
    db = open_library(data_dir)
    articles.offer_bundled_articles(seeds_dir)
    first = articles.list_articles()[0].id
    highlights.create_highlight(first, 0, 10, note="catatan")
    now = datetime.now(UTC)
    make_backup(db, data_dir, "daily", now=now - timedelta(days=2))
    make_backup(db, data_dir, "daily", now=now - timedelta(days=1))
    close_library(db)
    return database_path(data_dir)


def _damage_text(path: Path, table: str = "article", column: str = "title") -> None:
    """Put bytes that are not UTF-8 into one value, as a flipped bit on disk would."""
    conn = sqlite3.connect(path)
    try:
        rowid = conn.execute(f"SELECT min(rowid) FROM {table}").fetchone()[0]
        conn.execute(
            f"UPDATE {table} SET {column} = CAST(CAST({column} AS BLOB) || ? AS TEXT) "
            "WHERE rowid = ?",
            (NOT_UTF8, rowid),
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _damage_schema(path: Path) -> None:
    """Bytes that are not UTF-8 in the schema's text: SQLite's error names them."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = CAST(CAST(sql AS BLOB) || ? AS TEXT) "
            "WHERE type = 'index' AND sql IS NOT NULL AND rowid = "
            "(SELECT min(rowid) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL)",
            (b" \xed garbage",),
        )
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("table", "column"),
    [("article", "title"), ("article", "original_text"), ("highlight", "note")],
)
def test_text_that_is_not_utf8_is_damage(library: Path, table: str, column: str):
    _damage_text(library, table, column)
    problems = full_check(library)
    assert problems and any(table in p and column in p for p in problems)
    assert quick_check(library) is not None


def test_check_says_damaged_and_names_the_newest_good_backup(library: Path, data_dir: Path):
    newest = max((data_dir / "backups").glob("*.sqlite3"))
    _damage_text(library)
    healthy, report = check_command(data_dir)
    assert not healthy
    assert "damaged" in report and str(newest) in report


def test_a_backup_with_damaged_text_is_not_the_good_one(library: Path, data_dir: Path):
    older, newest = sorted((data_dir / "backups").glob("*.sqlite3"))
    _damage_text(library)
    _damage_text(newest, "highlight", "note")
    healthy, report = check_command(data_dir)
    assert not healthy
    assert str(older) in report and str(newest) not in report


def test_restoring_a_backup_with_damaged_text_is_refused_plainly(library: Path, data_dir: Path):
    _older, newest = sorted((data_dir / "backups").glob("*.sqlite3"))
    _damage_text(newest)
    before = library.read_bytes()
    from reader.core.errors import UserError

    with pytest.raises(UserError, match=r"is damaged .* not restored; nothing was changed"):
        restore_command(data_dir, newest)
    assert library.read_bytes() == before


def test_a_damaged_schema_is_damage_not_an_error(library: Path, data_dir: Path):
    _damage_schema(library)
    assert full_check(library)
    assert quick_check(library) is not None
    healthy, report = check_command(data_dir)
    assert not healthy and "damaged" in report


@pytest.mark.parametrize("damage", [_damage_text, _damage_schema])
@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["list"],
        ["export", "--format", "md"],
        ["export", "--format", "json"],
        ["search", "diplomasi"],
        ["restore", "NEWEST"],
    ],
)
def test_no_command_ends_in_an_unexpected_error(
    library: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    damage: object,
    command: list[str],
):
    assert callable(damage)
    damage(library)
    newest = str(max((data_dir / "backups").glob("*.sqlite3")))
    args = [newest if a == "NEWEST" else a for a in command]
    status = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err and "Traceback" not in captured.err
    if command[0] != "restore":
        assert status == 1
        assert "damaged" in (captured.out + captured.err)


def test_the_start_up_check_offers_the_newest_good_backup(library: Path, data_dir: Path):
    from reader.ui.startup.startup_check import DamageReport, StartChoice, check_library_at_start

    newest = max((data_dir / "backups").glob("*.sqlite3"))
    _damage_text(library)
    asked: list[DamageReport] = []

    def ask(report: DamageReport) -> StartChoice:
        asked.append(report)
        return StartChoice.RESTORE

    assert check_library_at_start(data_dir, ask)
    [report] = asked
    assert report.backup is not None and report.backup.path == newest
    assert full_check(library) == []


def test_the_first_page_shows_a_damaged_title_without_failing(library: Path):
    from reader.ui.startup.first_page import first_titles

    count = len(first_titles(library))
    _damage_text(library)
    titles = first_titles(library)
    assert len(titles) == count
    assert any("\ufffd" in title for title in titles)


def test_the_damaged_library_copy_is_kept(library: Path, data_dir: Path, tmp_path: Path):
    """Nothing above deletes the damaged file: check only reads."""
    _damage_text(library)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(library, copy)
    check_command(data_dir)
    assert library.read_bytes() == copy.read_bytes()
