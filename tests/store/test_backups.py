"""Backups: made through SQLite's backup API, rotated by day and week, restored safely."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.store import articles, backups, highlights, schema
from reader.store.backups import (
    automatic_backup,
    backup_command,
    check_command,
    list_backups,
    make_backup,
    restore_backup,
    restore_command,
)
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import database_proxy

NOON = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)  # a Thursday


def _highlight(note: str) -> str:
    article_id = articles.list_articles()[0].id
    return highlights.create_highlight(article_id, 10, 30, note=note).id


@pytest.fixture
def seeded(library: Path, seeds_dir: Path) -> Path:
    """An open library with its first-start articles (six: the five seeds and the welcome
    article) and one highlight."""
    articles.offer_bundled_articles(seeds_dir)
    _highlight("first")
    return library


def _counts(path: Path) -> tuple[int, int]:
    return backups.library_counts(path)


def _garble(path: Path, pages: range, page_size: int = 4096) -> None:
    """Write garbage over some pages, as a failing disk or a bad copy would."""
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek(page * page_size)
            fh.write(bytes((i * 7 + page) % 256 for i in range(page_size)))


def _library_digest(data_dir: Path) -> str:
    """The library's content (not its bytes: a WAL may or may not be checkpointed)."""
    conn = sqlite3.connect(database_path(data_dir))
    try:
        rows = conn.execute("SELECT id, note FROM highlight ORDER BY id").fetchall()
        titles = conn.execute("SELECT id, title FROM article ORDER BY id").fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr((rows, titles)).encode()).hexdigest()


# -- making -----------------------------------------------------------------------------


def test_a_backup_of_the_open_library_holds_what_is_still_in_the_wal(seeded: Path):
    _highlight("only in the WAL so far")
    path = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    assert path == seeded / "backups" / "library-20260101-120000-manual.sqlite3"
    assert _counts(path) == (6, 2)


def test_a_backup_from_the_file_is_named_by_utc_time_and_kind(seeded: Path):
    local_evening = datetime(2026, 3, 4, 23, 30, tzinfo=UTC).astimezone()
    path = make_backup(database_path(seeded), seeded, "before-restore", now=local_evening)
    assert path.name == "library-20260304-233000-before-restore.sqlite3"
    assert _counts(path) == (6, 1)


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(seeded: Path):
    first = make_backup(database_path(seeded), seeded, "manual", now=NOON)
    second = make_backup(database_path(seeded), seeded, "manual", now=NOON)
    assert first != second
    assert first.exists() and second.exists()


def test_looking_at_backups_leaves_no_side_files_and_no_temporary_files(seeded: Path):
    make_backup(database_path(seeded), seeded, "manual", now=NOON)
    list_backups(seeded)
    assert [p.name for p in (seeded / "backups").iterdir()] == [
        "library-20260101-120000-manual.sqlite3"
    ]


def test_list_backups_reads_counts_and_check_from_each_backup(seeded: Path):
    good = make_backup(database_path(seeded), seeded, "daily", now=NOON)
    damaged = make_backup(database_path(seeded), seeded, "manual", now=NOON + timedelta(days=1))
    _garble(damaged, range(2, 40))
    listed = list_backups(seeded)
    assert [(b.path, b.kind) for b in listed] == [(damaged, "manual"), (good, "daily")]
    assert listed[1].ok and (listed[1].articles, listed[1].highlights) == (6, 1)
    assert listed[1].time == NOON and listed[1].size == good.stat().st_size
    assert not listed[0].ok and listed[0].problem


def test_the_migration_backups_are_listed_as_before_upgrade(seeded: Path):
    folder = seeded / "backups"
    folder.mkdir(exist_ok=True)
    named = folder / "library-schema1-before-upgrade-20250601-080000.sqlite3"
    backups.write_backup_file(database_path(seeded), named)
    [info] = list_backups(seeded)
    assert (info.kind, info.time, info.ok) == (
        "before-upgrade",
        datetime(2025, 6, 1, 8, tzinfo=UTC),
        True,
    )


# -- automatic backups and rotation -----------------------------------------------------


def test_the_automatic_backup_is_made_at_most_once_a_day(seeded: Path):
    assert automatic_backup(seeded, now=NOON) is not None
    assert automatic_backup(seeded, now=NOON + timedelta(hours=11)) is None
    assert automatic_backup(seeded, now=NOON + timedelta(hours=12)) is not None  # next day
    assert [b.kind for b in list_backups(seeded)] == ["daily", "daily"]


def test_no_automatic_backup_without_a_library(data_dir: Path):
    assert automatic_backup(data_dir) is None
    assert not (data_dir / "backups").exists()


def test_rotation_keeps_seven_days_and_four_weeks_and_every_other_kind(seeded: Path):
    live = database_path(seeded)
    # Sixty days of use, 1 January to 1 March 2026, with some manual and other backups.
    for day in range(60):
        now = NOON + timedelta(days=day)
        automatic_backup(seeded, now=now)
        if day % 9 == 0:
            make_backup(live, seeded, "manual", now=now + timedelta(hours=1))
        if day in (3, 40):
            make_backup(live, seeded, "before-restore", now=now + timedelta(hours=2))
    kept = {(b.time.date().isoformat(), b.kind) for b in list_backups(seeded)}
    dailies = sorted(day for day, kind in kept if kind == "daily")
    # 23 Feb to 1 Mar is ISO week 9; then the newest (a Sunday) of weeks 8, 7, 6 and 5.
    assert dailies == [
        "2026-02-01",
        "2026-02-08",
        "2026-02-15",
        "2026-02-22",
        *(f"2026-02-{d}" for d in range(23, 29)),
        "2026-03-01",
    ]
    assert sum(kind == "manual" for _day, kind in kept) == 7  # days 0, 9, …, 54
    assert sum(kind == "before-restore" for _day, kind in kept) == 2


def test_rotation_is_skipped_when_the_new_backup_fails_its_check(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
):
    for day in range(10):
        automatic_backup(seeded, now=NOON + timedelta(days=day))
    assert len(list_backups(seeded)) == 7
    before = {info.path for info in list_backups(seeded)}
    monkeypatch.setattr(
        backups, "quick_check", lambda *_a, **_k: "database disk image is malformed"
    )
    automatic_backup(seeded, now=NOON + timedelta(days=30))
    after = {info.path for info in list_backups(seeded)}
    assert len(after) == 8
    assert before < after  # every good backup is still there, beside the doubtful one


def test_a_doubtful_backup_pushes_no_good_one_out_of_a_full_week(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
):
    monday = datetime(2026, 2, 2, 12, tzinfo=UTC)
    for day in range(7):  # Monday to Sunday: seven dailies, all kept
        automatic_backup(seeded, now=monday + timedelta(days=day))
    before = {info.path for info in list_backups(seeded)}
    assert len(before) == 7
    monkeypatch.setattr(
        backups, "quick_check", lambda *_a, **_k: "database disk image is malformed"
    )
    automatic_backup(seeded, now=monday + timedelta(days=7))
    # Rotating now would drop Monday's backup (its week is covered by the newer ones).
    assert before < {info.path for info in list_backups(seeded)}


def test_a_second_start_on_a_day_with_a_backup_makes_none(seeded: Path):
    assert automatic_backup(seeded, now=NOON) is not None
    assert automatic_backup(seeded, now=NOON + timedelta(days=1)) is not None
    # Today's backup is the newest one, not the oldest: nothing more to do today.
    assert automatic_backup(seeded, now=NOON + timedelta(days=1, hours=3)) is None
    assert len(list_backups(seeded)) == 2


# -- restoring --------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_current_library_first(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    later = _highlight("written after the backup")
    kept = restore_backup(seeded, backup)

    assert kept is not None and kept.name.endswith("-before-restore.sqlite3")
    assert _counts(kept) == (6, 2)  # the library as it was, with the later highlight
    assert not any(
        database_path(seeded).with_name(f"library.sqlite3{s}").exists()
        for s in ("-wal", "-shm", "-journal")
    )
    open_library(seeded)
    notes = {h.note for h in highlights.list_highlights(articles.list_articles()[0].id)}
    assert notes == {"first"}
    with pytest.raises(UserError):
        highlights.get_highlight(later)


def test_a_damaged_backup_is_refused_by_name_and_nothing_changes(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    _garble(backup, range(3, 30))
    close_library(database_proxy.obj)
    before = _library_digest(seeded)
    with pytest.raises(UserError) as caught:
        restore_backup(seeded, backup)
    assert str(backup) in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert _library_digest(seeded) == before
    assert [b.kind for b in list_backups(seeded)] == ["manual"]  # no before-restore made


def test_a_file_that_is_not_a_library_is_refused(seeded: Path, tmp_path: Path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(UserError, match="not a Marginalia library"):
        restore_backup(seeded, other)
    with pytest.raises(UserError, match="does not exist"):
        restore_backup(seeded, tmp_path / "missing.sqlite3")


def test_a_backup_from_a_newer_marginalia_is_refused(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    with sqlite3.connect(backup) as conn:
        conn.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (?, '2030-01-01')",
            (schema.CURRENT_VERSION + 1,),
        )
    conn.close()
    with pytest.raises(UserError, match="newer Marginalia"):
        restore_backup(seeded, backup)


def test_a_library_in_use_by_another_program_is_not_replaced(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    _highlight("second")
    other = sqlite3.connect(database_path(seeded))  # e.g. a CLI command still running
    other.execute("SELECT count(*) FROM highlight").fetchone()
    try:
        with pytest.raises(UserError, match="in use"):
            restore_backup(seeded, backup)
    finally:
        other.close()
    assert _counts(database_path(seeded)) == (6, 2)
    assert [b.kind for b in list_backups(seeded)] == ["manual"]  # no duplicate left behind


def test_restoring_over_a_damaged_library_keeps_the_damaged_file(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    close_library(database_proxy.obj)
    live = database_path(seeded)
    _garble(live, range(0, 1))  # the header: SQLite no longer recognises the file
    damaged_bytes = live.read_bytes()
    kept = restore_backup(seeded, backup)
    assert kept is not None and kept.name.startswith("library.damaged-")
    assert kept.read_bytes() == damaged_bytes
    assert _counts(live) == (6, 1)


def test_an_orphan_wal_is_moved_aside_before_restoring(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    close_library(database_proxy.obj)
    live = database_path(seeded)
    live.unlink()
    orphan = live.with_name("library.sqlite3-wal")
    orphan.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 60)
    assert restore_backup(seeded, backup) is None
    assert not orphan.exists()
    assert list(seeded.glob("library.damaged-*.sqlite3-wal"))
    assert _counts(live) == (6, 1)


# -- the commands -----------------------------------------------------------------------


def test_backup_command_makes_a_manual_backup_or_writes_to_a_path(seeded: Path, tmp_path: Path):
    message = backup_command(seeded, None)
    [made] = list((seeded / "backups").glob("*-manual.sqlite3"))
    assert str(made) in message and "6 articles, 1 highlight" in message

    target = tmp_path / "elsewhere" / "copy.sqlite3"
    target.parent.mkdir()
    assert str(target) in backup_command(seeded, target)
    assert _counts(target) == (6, 1)
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite3"]  # no temporary left

    into_folder = backup_command(seeded, target.parent)
    assert len(list(target.parent.glob("library-*-manual.sqlite3"))) == 1
    assert "Backed up" in into_folder


def test_backup_command_names_what_is_wrong(seeded: Path, tmp_path: Path, data_dir: Path):
    with pytest.raises(UserError, match="does not exist"):
        backup_command(seeded, tmp_path / "no such folder" / "x.sqlite3")
    with pytest.raises(UserError, match="no library"):
        backup_command(tmp_path / "empty", None)


def test_an_interrupted_backup_to_a_path_leaves_the_old_file(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"yesterday's backup")

    def fail(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backups, "_backup_into", fail)
    with pytest.raises(UserError, match=str(target)):
        backup_command(seeded, target)
    assert target.read_bytes() == b"yesterday's backup"
    assert [p.name for p in tmp_path.iterdir() if p.name != "library"] == ["copy.sqlite3"]


def test_restore_command_reports_what_it_did(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    message = restore_command(seeded, backup)
    assert message.startswith(f"Restored the library from {backup} (6 articles, 1 highlight).")
    assert "before-restore" in message


def test_check_command_reports_health_and_points_to_a_backup(seeded: Path):
    backup = make_backup(database_proxy.obj, seeded, "manual", now=NOON)
    healthy, message = check_command(seeded)
    assert healthy and "healthy" in message and "6 articles" in message
    close_library(database_proxy.obj)
    _garble(database_path(seeded), range(3, 30))
    healthy, message = check_command(seeded)
    assert not healthy
    assert "damaged" in message and f"marginalia restore {backup}" in message


def test_check_command_without_a_library(data_dir: Path):
    assert check_command(data_dir) == (
        True,
        f"There is no library in {data_dir} yet; nothing to check.",
    )
