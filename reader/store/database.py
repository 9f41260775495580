"""Opening a library's SQLite database with the pragmas that keep annotations safe.

WAL lets the reader keep reading while a write commits; ``synchronous=FULL`` makes a
committed change survive a power cut as well as a crash, at the cost of an fsync per
commit, which a person-paced reader never notices. peewee keeps one connection per thread.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from peewee import DatabaseError, OperationalError, SqliteDatabase

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.store import schema
from reader.store.location import database_path
from reader.store.models import database_proxy

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,  # 16 MB
}


class LibraryError(UserError):
    """The library database cannot be opened or written."""


def open_library(data_dir: Path) -> SqliteDatabase:
    """Open (creating if needed) the library in ``data_dir`` and bring its schema up to date."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "Errors", "The library folder {folder} cannot be created: {problem}."
            ),
            folder=data_dir,
            problem=exc.strerror or exc,
        ) from None
    path = database_path(data_dir)
    # lock_type: every transaction takes the write lock at BEGIN (IMMEDIATE). With a
    # plain BEGIN, a transaction that reads and then writes fails at once with "database
    # is locked" when another process (the app, a CLI command) committed in between;
    # busy_timeout cannot help there. Taken at BEGIN, the lock is waited for instead.
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE")
    database_proxy.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        found = schema.installed_version(db)
        if 0 < found < schema.CURRENT_VERSION:
            backup_before_migration(db, data_dir, found)
        schema.upgrade(db)
    except schema.SchemaTooNewError as exc:
        db.close()
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "The library database {path} cannot be opened: {reason}."),
            path=path,
            reason=exc.reason,
        ) from None
    except UnicodeDecodeError as exc:
        db.close()
        del exc  # SQLite's refusal quotes damaged bytes: it cannot even be decoded
        raise damaged_library_error(path) from None
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        db.close()
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The library database {path} cannot be opened ({error}). "
                "Nothing was changed; if the file is damaged, move it aside and start again.",
            ),
            path=path,
            error=exc,
        ) from None
    return db


def backup_before_migration(db: SqliteDatabase, data_dir: Path, version: int) -> Path:
    """Copy the library, through SQLite's online backup, before its schema changes."""
    folder = data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"library-schema{version}-before-upgrade-{stamp}.sqlite3"
    destination = sqlite3.connect(target)
    try:
        db.connection().backup(destination)  # type: ignore[no-untyped-call]
        # The copy carries the WAL flag; a backup is a still file, and in rollback mode
        # opening it later leaves no -wal/-shm beside it (see backups.py).
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    return target


def close_library(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()


def storage_error(exc: BaseException) -> UserError | None:
    """A plain explanation when a write failed for a reason outside Marginalia, else None.

    SQLite rolls the failed transaction back, so the message can promise that nothing
    was half-written. The window shows it with ``error_text``, in the reader's language.
    """
    if not isinstance(exc, (sqlite3.Error, DatabaseError, OperationalError)):
        return None
    text = str(exc).lower()
    # Whole sentences, not a reason and a fix put together, so each translates as one.
    if "disk is full" in text or "disk full" in text:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your last change could not be saved: the disk is full. "
                "Nothing was half-written. Free some disk space, then try again.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your last change could not be saved: the library folder cannot be written "
                "to (it is read-only). Nothing was half-written. Make the folder writable, "
                "or start Marginalia with --data-dir elsewhere.",
            )
        )
    if "locked" in text or "busy" in text:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your last change could not be saved: another program kept the library "
                "busy for too long. Nothing was half-written. Try again in a moment.",
            )
        )
    return None


def damage_error(exc: BaseException, library: Path) -> UserError | None:
    """A plain explanation when a read failed because the library's bytes are damaged.

    Two failures SQLite itself does not call damage: text that is not UTF-8 (a flipped
    bit inside an article; Python cannot decode the row) and an error message that is
    not UTF-8 (SQLite quoting a damaged schema; Python cannot decode the refusal).
    """
    undecodable = isinstance(exc, UnicodeDecodeError) or (
        isinstance(exc, (sqlite3.Error, DatabaseError)) and "could not decode" in str(exc).lower()
    )
    corrupt = isinstance(exc, (sqlite3.Error, DatabaseError)) and (
        "malformed" in str(exc).lower() or "not a database" in str(exc).lower()
    )
    return damaged_library_error(library) if undecodable or corrupt else None


def damaged_library_error(library: Path) -> LibraryError:
    """The message for a library whose bytes are damaged."""
    return LibraryError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The library {path} is damaged: part of it cannot be read. Nothing was changed. "
            "`marginalia check` says what is damaged and which backup to restore.",
        ),
        path=library,
    )


def storage_problem(exc: BaseException) -> str | None:
    """``storage_error``'s message in English (the command line's), or None."""
    error = storage_error(exc)
    return str(error) if error is not None else None


def outside_changes_marker() -> int:
    """SQLite's data_version: it changes when another connection (a CLI command, another
    tool) commits to the library, and only then."""
    row = database_proxy.execute_sql("PRAGMA data_version").fetchone()
    return int(row[0])
