"""Telling a damaged library database from a healthy one, and setting a damaged one aside.

``quick_check`` is what the app runs before it opens the library (it reads every page
once, no index cross-checks: fast enough for every start); ``full_check`` is what
``marginalia check`` and a restore run. A damaged file is never deleted: ``move_aside``
renames it, with its ``-wal``/``-shm`` side files, to ``library.damaged-<time>.sqlite3``.

Only SQLite's own "this file is damaged" answers count as damage. A file that cannot be
opened at all (permissions, a missing folder, another program holding a lock) is a
``LibraryError`` instead: moving such a file aside would not help and would frighten.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP
from reader.store.database import LibraryError

# SQLite's primary result codes that mean "the bytes in this file are wrong" (the low
# byte of an extended code): SQLITE_CORRUPT, SQLITE_FORMAT, SQLITE_NOTADB.
_DAMAGE_CODES = {11, 24, 26}
# SQLITE_IOERR_SHORT_READ: the file ends before a page it promises, i.e. it was truncated.
_SHORT_READ = 522
# A -journal is a hot rollback journal; it belongs to its database as much as a -wal does.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite refused because the file's contents are damaged."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    return code & 0xFF in _DAMAGE_CODES or code == _SHORT_READ


def connect_existing(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A plain sqlite3 connection to a database file that must already exist.

    ``sqlite3.connect`` would silently create a missing file; a check must never do that.
    A read-only connection to a file with no ``-wal`` beside it is opened ``immutable``, so
    looking at a backup leaves no ``-wal``/``-shm`` files behind in the backups folder.
    """
    if not path.is_file():
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."), path=path
        )
    try:
        if read_only:
            options = "mode=ro" if _side(path, "-wal").exists() else "mode=ro&immutable=1"
            return sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, timeout=5)
        return sqlite3.connect(path, timeout=5)
    except sqlite3.Error as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened ({error})."),
            path=path,
            error=exc,
        ) from None


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _checked_rows(conn: sqlite3.Connection, pragma: str, path: Path) -> list[tuple[object, ...]]:
    try:
        return [tuple(row) for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be checked ({error})."),
            path=path,
            error=exc,
        ) from None


def quick_check(path: Path, *, read_only: bool = False) -> str | None:
    """None when ``PRAGMA quick_check`` passes, else SQLite's words for what is wrong.

    The live library is opened read-write so that a ``-wal`` left by a crash is replayed
    first: it holds committed changes and is part of the library. Backups pass
    ``read_only=True``.
    """
    conn = connect_existing(path, read_only=read_only)
    try:
        rows = _checked_rows(conn, "quick_check", path)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return None
    return "; ".join(messages[:5]) + (
        f" (and {len(messages) - 5} more)" if len(messages) > 5 else ""
    )


def full_check(path: Path, *, read_only: bool = False) -> list[str]:
    """Every problem ``integrity_check`` and ``foreign_key_check`` find; empty when healthy."""
    conn = connect_existing(path, read_only=read_only)
    try:
        problems = [
            str(row[0]) for row in _checked_rows(conn, "integrity_check", path) if row != ("ok",)
        ]
        problems += [
            f"a row of {table} (rowid {rowid}) refers to a missing row of {parent}"
            for table, rowid, parent, *_ in _checked_rows(conn, "foreign_key_check", path)
        ]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    return problems


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename ``path`` and its side files to ``<stem>.damaged-<UTC time><suffix>``.

    Returns the new name of the database. Side files keep their suffix after the new
    name, so the moved-aside file still opens with its own ``-wal`` (which may hold the
    newest committed annotations). Nothing is ever deleted.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 2
    while target.exists() or any(_side(target, s).exists() for s in SIDE_SUFFIXES):
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    # The database first: if we are interrupted right after, an orphan -wal is left at
    # the live name, which the start-up check moves aside too (see orphan_side_files).
    moves = [(path, target)] + [(_side(path, s), _side(target, s)) for s in SIDE_SUFFIXES]
    for source, destination in moves:
        if not source.exists():
            continue
        try:
            os.rename(source, destination)
        except OSError as exc:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The damaged database {path} cannot be moved aside: {problem}. "
                    "Nothing was deleted.",
                ),
                path=source,
                problem=exc.strerror or exc,
            ) from None
    sync_folder(path.parent)
    return target


def orphan_side_files(path: Path) -> list[Path]:
    """``-wal``/``-shm``/``-journal`` files whose database is missing.

    SQLite would replay an orphan ``-wal`` into a new, empty database of the same name,
    producing a damaged library; they must be moved aside before anything is created.
    """
    if path.exists():
        return []
    return [_side(path, s) for s in SIDE_SUFFIXES if _side(path, s).exists()]


def sync_folder(folder: Path) -> None:
    # A rename lives in the folder's entry list; without this fsync a power cut right
    # after could undo it. Not every platform can open a folder, hence the suppress.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
