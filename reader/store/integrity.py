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


def _lenient_text(value: bytes) -> str:
    # SQLite's reports quote the damaged bytes they found; a report must never fail.
    return value.decode("utf-8", "replace")


class UndecodableDamage(sqlite3.DatabaseError):
    """SQLite refused with an error message that is itself not UTF-8: it quotes bytes of
    a damaged schema. Python cannot even decode the refusal; it is damage all the same."""

    sqlite_errorcode = 11  # SQLITE_CORRUPT


def _checked_rows(conn: sqlite3.Connection, pragma: str, path: Path) -> list[tuple[object, ...]]:
    conn.text_factory = _lenient_text
    try:
        return [tuple(row) for row in conn.execute(f"PRAGMA {pragma}")]
    except UnicodeDecodeError:
        raise UndecodableDamage(DAMAGED_SCHEMA) from None
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be checked ({error})."),
            path=path,
            error=exc,
        ) from None


def quick_check(path: Path, *, read_only: bool = False) -> str | None:
    """None when ``PRAGMA quick_check`` passes and every text in the library is text,
    else SQLite's (or our) words for what is wrong.

    The live library is opened read-write so that a ``-wal`` left by a crash is replayed
    first: it holds committed changes and is part of the library. Backups pass
    ``read_only=True``.
    """
    conn = connect_existing(path, read_only=read_only)
    try:
        messages = [str(row[0]) for row in _checked_rows(conn, "quick_check", path)]
        if messages == ["ok"]:
            messages = damaged_text(conn, limit=5)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    if not messages:
        return None
    return "; ".join(messages[:5]) + (
        f" (and {len(messages) - 5} more)" if len(messages) > 5 else ""
    )


DAMAGED_SCHEMA = "the description of the library's tables is damaged (it is not UTF-8 text)"


def damaged_text(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """Every text value in the library's tables that is not UTF-8, at most ``limit``.

    SQLite stores text as it is given and checks pages, not characters, so a flipped bit
    inside an article passes its integrity check; Python then cannot read that row at
    all. This reads every text value as bytes (about a tenth of a second for 10,000
    articles) and reports where one does not decode.
    """
    conn.text_factory = bytes
    problems: list[str] = []
    try:
        tables = [
            str(name, "utf-8")
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        for table in tables:
            problems += _damaged_in_table(conn, table, limit - len(problems))
            if len(problems) >= limit:
                break
    except UnicodeDecodeError:
        return [DAMAGED_SCHEMA]
    finally:
        conn.text_factory = str
    return problems


def _damaged_in_table(conn: sqlite3.Connection, table: str, limit: int) -> list[str]:
    quoted = table.replace('"', '""')
    columns = [str(row[1], "utf-8") for row in conn.execute(f'PRAGMA table_info("{quoted}")')]
    if not columns:
        return []
    # Only values stored as text come back (a blob is bytes by design, not damage).
    picks = ", ".join(
        f"""CASE WHEN typeof("{c.replace('"', '""')}") = 'text' THEN "{c.replace('"', '""')}" END"""
        for c in columns
    )
    problems: list[str] = []
    has_rowid = not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", (table,)
    ).fetchone()
    key = "rowid" if has_rowid else "NULL"
    for row in conn.execute(f'SELECT {key}, {picks} FROM "{quoted}"'):
        for column, value in zip(columns, row[1:], strict=True):
            if isinstance(value, bytes):
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    problems.append(
                        f"row {row[0]} of {table}, column {column}: damaged text (not UTF-8)"
                    )
                    if len(problems) >= limit:
                        return problems
    return problems


def full_check(path: Path, *, read_only: bool = False) -> list[str]:
    """Every problem ``integrity_check`` and ``foreign_key_check`` find, then any text
    that is not UTF-8; empty when healthy."""
    conn = connect_existing(path, read_only=read_only)
    try:
        problems = [
            str(row[0]) for row in _checked_rows(conn, "integrity_check", path) if row != ("ok",)
        ]
        problems += [
            f"a row of {table} (rowid {rowid}) refers to a missing row of {parent}"
            for table, rowid, parent, *_ in _checked_rows(conn, "foreign_key_check", path)
        ]
        if not problems:
            problems = damaged_text(conn)
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
