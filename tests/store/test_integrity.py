"""Damage is detected in SQLite's own words, and a damaged library is set aside, never deleted."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.store import articles, highlights
from reader.store.backups import make_backup, newest_good_backup_info
from reader.store.database import LibraryError, close_library, open_library
from reader.store.integrity import (
    full_check,
    move_aside,
    orphan_side_files,
    quick_check,
)
from reader.store.location import database_path

PAGE = 4096


@pytest.fixture
def real_library(data_dir: Path, seeds_dir: Path) -> Path:
    """A closed library with the seed articles and a few highlights; returns its file."""
    db = open_library(data_dir)
    articles.offer_bundled_articles(seeds_dir)
    article_id = articles.list_articles()[0].id
    for n in range(5):
        highlights.create_highlight(article_id, n * 20, n * 20 + 10, note=f"note {n}")
    close_library(db)
    return database_path(data_dir)


def _damaged_copy(library: Path, tmp_path: Path, pages: range) -> Path:
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(library, copy)
    with copy.open("r+b") as fh:
        for page in pages:
            fh.seek(page * PAGE)
            fh.write(bytes((page * 31 + i * 13) % 256 for i in range(PAGE)))
    return copy


def test_a_healthy_library_passes_both_checks(real_library: Path):
    assert quick_check(real_library) is None
    assert full_check(real_library) == []


def test_garbage_over_some_pages_is_reported(real_library: Path, tmp_path: Path):
    pages = real_library.stat().st_size // PAGE
    assert pages > 20
    copy = _damaged_copy(real_library, tmp_path, range(pages // 3, pages // 3 + 6))
    problem = quick_check(copy)
    assert problem is not None and problem != "ok"
    assert full_check(copy)


def test_a_garbled_header_is_reported_as_not_a_database(real_library: Path, tmp_path: Path):
    copy = _damaged_copy(real_library, tmp_path, range(0, 1))
    assert quick_check(copy) == "file is not a database"
    assert full_check(copy) == ["file is not a database"]


def test_a_truncated_library_is_reported(real_library: Path, tmp_path: Path):
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(real_library, copy)
    with copy.open("r+b") as fh:
        fh.truncate(real_library.stat().st_size // 2)
    assert quick_check(copy) is not None


def test_a_broken_reference_is_found_by_the_full_check_only(real_library: Path):
    conn = sqlite3.connect(real_library)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE highlight SET article_id = 9999 WHERE note = 'note 0'")
    conn.commit()
    conn.close()
    assert quick_check(real_library) is None
    [problem] = full_check(real_library)
    assert "highlight" in problem and "article" in problem


def test_a_missing_file_is_a_plain_error_not_damage(tmp_path: Path):
    with pytest.raises(LibraryError, match="does not exist"):
        quick_check(tmp_path / "missing.sqlite3")
    assert not (tmp_path / "missing.sqlite3").exists()  # a check never creates a database


def test_an_unreadable_file_is_a_plain_error_not_damage(
    real_library: Path, monkeypatch: pytest.MonkeyPatch
):
    # CI runs as root, who can read any file, so the refusal is simulated where SQLite
    # would report it.
    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(LibraryError, match=str(real_library)):
        quick_check(real_library)
    assert real_library.exists()  # not taken for damage, so never moved aside


def test_move_aside_renames_the_database_and_its_side_files(real_library: Path):
    wal = real_library.with_name("library.sqlite3-wal")
    shm = real_library.with_name("library.sqlite3-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"shm bytes")
    original = real_library.read_bytes()
    when = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)

    moved = move_aside(real_library, now=when)
    assert moved.name == "library.damaged-20261125-093000.sqlite3"
    assert moved.read_bytes() == original
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal bytes"
    assert moved.with_name(moved.name + "-shm").read_bytes() == b"shm bytes"
    assert not real_library.exists() and not wal.exists() and not shm.exists()

    real_library.write_bytes(b"second damaged file")
    again = move_aside(real_library, now=when)
    assert again != moved and again.read_bytes() == b"second damaged file"
    assert moved.read_bytes() == original


def test_an_orphan_wal_is_noticed(data_dir: Path):
    live = database_path(data_dir)
    assert orphan_side_files(live) == []
    live.with_name("library.sqlite3-wal").write_bytes(b"x")
    assert orphan_side_files(live) == [live.with_name("library.sqlite3-wal")]


def _newest_good(data_dir: Path) -> Path | None:
    info = newest_good_backup_info(data_dir)
    return info.path if info else None


def test_the_newest_good_backup_skips_damaged_ones(real_library: Path):
    data_dir = real_library.parent
    assert _newest_good(data_dir) is None
    older = make_backup(real_library, data_dir, "daily", now=datetime(2026, 1, 1, tzinfo=UTC))
    newer = make_backup(real_library, data_dir, "daily", now=datetime(2026, 1, 2, tzinfo=UTC))
    assert _newest_good(data_dir) == newer
    with newer.open("r+b") as fh:
        fh.write(b"\0" * PAGE)
    assert _newest_good(data_dir) == older
