"""Backups of the library: making, rotating, listing and restoring them.

Every copy goes through SQLite's online backup API (``sqlite3.Connection.backup``), never
a file copy: a live library in WAL mode keeps part of its committed changes in the
``-wal`` file, which a file copy would miss or tear. A backup is written to a hidden
temporary file and renamed into place once complete, so a crash never leaves a
half-written file that looks like a backup.

Backups live in ``<data dir>/backups/`` and are named by UTC time and kind, e.g.
``library-20261125-093000-daily.sqlite3``. The kinds:

- ``daily``: made by ``automatic_backup`` when the app starts, at most once a UTC day.
- ``manual``: ``marginalia backup``.
- ``before-restore``: the library as it was just before a restore replaced it.
- ``before-upgrade``: the library before a schema migration (database.py names these
  ``library-schema<N>-before-upgrade-<time>.sqlite3``; they are listed here too).

Rotation only ever deletes ``daily`` backups; the other kinds are rare, were asked for or
guard a risky step, so they are kept until the user deletes them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time as time_module
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol, cast

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase, UserError
from reader.store import schema
from reader.store.database import LibraryError
from reader.store.integrity import (
    connect_existing,
    full_check,
    is_damage,
    move_aside,
    orphan_side_files,
    quick_check,
    sync_folder,
)
from reader.store.library_files import BACKUP_FOLDER, refuse_library_files
from reader.store.location import database_path

BackupKind = Literal["daily", "manual", "before-restore", "before-upgrade"]
KINDS: tuple[BackupKind, ...] = ("daily", "manual", "before-restore", "before-upgrade")
KEEP_DAILY = 7
KEEP_WEEKLY = 4

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^library-(?P<stamp>\d{8}-\d{6})-(?P<kind>daily|manual|before-restore|before-upgrade)"
    r"(?:-\d+)?\.sqlite3$"
)
# The name database.backup_before_migration has always used.
_MIGRATION_NAME = re.compile(r"^library-schema\d+-before-upgrade-(?P<stamp>\d{8}-\d{6})\.sqlite3$")


class _HasConnection(Protocol):
    """A peewee SqliteDatabase (or its proxy): anything that hands out its sqlite3 connection."""

    def connection(self) -> sqlite3.Connection: ...


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    time: datetime  # UTC, from the file name
    size: int  # bytes
    articles: int | None  # None when the backup cannot be read
    highlights: int | None
    problem: str | None  # None when PRAGMA quick_check passes

    @property
    def ok(self) -> bool:
        return self.problem is None and self.articles is not None

    def describe(self) -> str:
        """``2026-11-25 09:30 (daily, 12 articles, 340 highlights)`` in local time."""
        when = self.time.astimezone().strftime("%Y-%m-%d %H:%M")
        if self.articles is None:
            return f"{when} ({self.kind}, unreadable)"
        return f"{when} ({self.kind}, {counts_text(self.articles, self.highlights or 0)})"


def counts_text(articles: int, highlights: int) -> str:
    a = "article" if articles == 1 else "articles"
    h = "highlight" if highlights == 1 else "highlights"
    return f"{articles} {a}, {highlights} {h}"


def backups_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


# -- making ---------------------------------------------------------------------------


def make_backup(
    db_or_path: _HasConnection | Path,
    data_dir: Path,
    kind: BackupKind = "manual",
    now: datetime | None = None,
) -> Path:
    """Back up a library (an open peewee database or a database file) into ``data_dir/backups``.

    ``now`` names the backup; tests inject it to fake the passage of days.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = backups_folder(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backups folder {folder} cannot be created: {problem}."
            ),
            folder=folder,
            problem=exc.strerror or exc,
        ) from None
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    target = folder / f"library-{stamp}-{kind}.sqlite3"
    counter = 2
    while target.exists():  # two backups in one second must not overwrite each other
        target = folder / f"library-{stamp}-{kind}-{counter}.sqlite3"
        counter += 1
    write_backup_file(db_or_path, target)
    return target


def write_backup_file(db_or_path: _HasConnection | Path, target: Path) -> None:
    """Write a complete backup to ``target`` in one step: a temporary file in the same
    folder, filled through the backup API, then ``os.replace``. On failure nothing at
    ``target`` changes and the error names the file."""
    folder = target.parent
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup {target}: it is a folder."),
            target=target,
        )
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot write the backup {target}: the folder {folder} does not exist."
            ),
            target=target,
            folder=folder,
        )
    temp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        temp = Path(name)
        _backup_into(db_or_path, temp)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup {target}: {problem}."),
            target=target,
            problem=exc.strerror or exc,
        ) from None
    except sqlite3.Error as exc:
        source = (
            db_or_path
            if isinstance(db_or_path, Path)
            else Phrase(QT_TRANSLATE_NOOP("Errors", "the library"))
        )
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "Cannot back up {source} to {target}: {error}."),
            source=source,
            target=target,
            error=exc,
        ) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    sync_folder(folder)


def _backup_into(db_or_path: _HasConnection | Path, destination: Path) -> None:
    if isinstance(db_or_path, Path):
        source = connect_existing(db_or_path, read_only=False)
        close_source = True
    else:
        source = db_or_path.connection()
        close_source = False
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
        # The copy carries the live library's WAL flag; a backup is a still file, and in
        # rollback mode reading it later leaves no -wal/-shm beside it.
        target.execute("PRAGMA journal_mode=DELETE")
        target.commit()
    finally:
        target.close()
        if close_source:
            source.close()


# -- listing --------------------------------------------------------------------------


def _parse_name(path: Path) -> tuple[BackupKind, datetime] | None:
    match = _NAME.match(path.name)
    kind: BackupKind
    if match:
        kind = cast(BackupKind, match["kind"])  # the pattern only admits KINDS
    else:
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            return None
        kind = "before-upgrade"
    time = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return kind, time


def _named_backups(data_dir: Path) -> list[tuple[Path, BackupKind, datetime]]:
    """Backups found by name alone (no file opened), newest first: cheap at every start."""
    folder = backups_folder(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed and path.is_file():
            found.append((path, *parsed))
    found.sort(key=lambda item: (item[2], item[0].name), reverse=True)
    return found


def read_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """Articles and highlights in a library; a schema-1 library has no highlight table."""
    articles = int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
    has_highlights = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'highlight'"
    ).fetchone()
    highlights = (
        int(conn.execute("SELECT count(*) FROM highlight").fetchone()[0]) if has_highlights else 0
    )
    return articles, highlights


def library_counts(path: Path, *, read_only: bool = True) -> tuple[int, int]:
    """Articles and highlights in the library file ``path``; LibraryError if unreadable."""
    conn = connect_existing(path, read_only=read_only)
    try:
        return read_counts(conn)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a Marginalia library ({error})."),
            path=path,
            error=exc,
        ) from None
    finally:
        conn.close()


def describe_backup(path: Path) -> BackupInfo:
    """What a backup holds, read from the backup itself, and whether it passes quick_check."""
    parsed = _parse_name(path)
    kind, time = parsed if parsed else ("manual", _mtime(path))
    articles: int | None = None
    highlights: int | None = None
    try:
        problem = quick_check(path, read_only=True)
        if problem is None:
            articles, highlights = library_counts(path)
    except UserError as exc:
        problem = str(exc)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, kind, time, size, articles, highlights, problem)


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in ``data_dir/backups``, newest first, each opened and quick-checked."""
    return [describe_backup(path) for path, _kind, _time in _named_backups(data_dir)]


def newest_good_backup_info(data_dir: Path) -> BackupInfo | None:
    """The newest backup that opens as a library and passes quick_check; older ones are
    opened only when the newer ones fail."""
    for path, _kind, _time in _named_backups(data_dir):
        info = describe_backup(path)
        if info.ok:
            return info
    return None


# -- automatic backups and rotation -----------------------------------------------------


def automatic_backup(data_dir: Path, now: datetime | None = None) -> Path | None:
    """The daily backup, made when the app starts; None when one exists for today already.

    "Today" is the UTC calendar day of ``now``, compared with the newest daily backup's
    name: no file is opened when there is nothing to do. After a new backup passes
    quick_check, old daily backups are rotated (see ``rotate_backups``); a backup that
    fails it is kept but triggers no rotation, so a damaged library can never push the
    good backups out.
    """
    live = database_path(data_dir)
    if not live.exists():
        return None
    now = (now or datetime.now(UTC)).astimezone(UTC)
    dailies = [time for _path, kind, time in _named_backups(data_dir) if kind == "daily"]
    if dailies and max(dailies).date() == now.date():
        return None
    path = make_backup(live, data_dir, "daily", now=now)
    if quick_check(path, read_only=True) is None:
        rotate_backups(data_dir)
    return path


def backup_before_changes(data_dir: Path) -> str | None:
    """The daily backup, taken before the first change a session makes to the library
    (the window's start, a command that writes); None, or why it could not be made.

    A backup that cannot be made (a full disk) does not stop the change: the student's
    work goes on, and the next session tries again.
    """
    try:
        automatic_backup(data_dir)
    except UserError as exc:
        return str(exc)
    return None


def rotate_backups(data_dir: Path) -> list[Path]:
    """Delete old daily backups; returns the deleted paths.

    Kept: the ``KEEP_DAILY`` (7) newest daily backups, and as weekly backups the newest
    daily backup of each of the ``KEEP_WEEKLY`` (4) most recent ISO weeks (UTC) that have
    no backup among those 7. So about five weeks are covered: a week of days, then one
    backup a week. Manual, before-restore and before-upgrade backups are never deleted.
    """
    dailies = [path_time for path_time in _named_backups(data_dir) if path_time[1] == "daily"]
    keep = dailies[:KEEP_DAILY]
    covered_weeks = {time.isocalendar()[:2] for _path, _kind, time in keep}
    weekly = 0
    doomed: list[Path] = []
    for path, _kind, time in dailies[KEEP_DAILY:]:
        week = time.isocalendar()[:2]
        if week not in covered_weeks and weekly < KEEP_WEEKLY:
            # Newest first, so the first one met in a week is that week's newest.
            covered_weeks.add(week)
            weekly += 1
        else:
            doomed.append(path)
    for path in doomed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    # A backup interrupted by a crash leaves its hidden temporary file; after an hour it
    # is certainly not being written any more.
    folder = backups_folder(data_dir)
    for temp in folder.glob(".library-*.tmp") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if time_module.time() - temp.stat().st_mtime > 3600:
                temp.unlink()
    return doomed


# -- restoring ------------------------------------------------------------------------


def check_restorable(backup_path: Path) -> tuple[int, int]:
    """Refuse a backup that is missing, damaged, not a library or from a newer Marginalia.

    Runs the full ``integrity_check``; returns its article and highlight counts.
    """
    if not backup_path.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The backup {backup} does not exist."), backup=backup_path
        )
    try:
        problems = full_check(backup_path, read_only=True)
    except UserError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The backup {backup} cannot be restored: {error}"),
            backup=backup_path,
            error=exc,
        ) from None
    if problems:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {backup} is damaged ({problem}) and was not restored; "
                "nothing was changed.",
            ),
            backup=backup_path,
            problem=problems[0],
        )
    try:
        conn = connect_existing(backup_path, read_only=True)
        try:
            articles, highlights = read_counts(conn)
            version = int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.Error, TypeError, UnicodeDecodeError):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {backup} is not a Marginalia library and was not restored; "
                "nothing was changed.",
            ),
            backup=backup_path,
        ) from None
    if version > schema.CURRENT_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {backup} was made by a newer Marginalia (schema {version}; "
                "this one reads up to {current}); nothing was changed.",
            ),
            backup=backup_path,
            version=version,
            current=schema.CURRENT_VERSION,
        )
    return articles, highlights


def restore_backup(data_dir: Path, backup_path: Path) -> Path | None:
    """Replace the library in ``data_dir`` with ``backup_path``; returns where the previous
    library was kept (its before-restore backup), or None when there was no library.

    The backup is checked first (a bad one changes nothing). This process's connection
    to the library is closed; the library is left closed, for the caller to reopen with
    ``open_library``. If the previous library fails quick_check, it is moved
    aside instead; nothing is ever deleted. A library in use by another program (the
    app or a command still running) is refused with a plain message.
    """
    backup_path = Path(backup_path)
    check_restorable(backup_path)
    live = database_path(data_dir)
    if live.exists() and backup_path.resolve() == live.resolve():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{backup} is the library itself, not a backup."),
            backup=backup_path,
        )
    _close_if_open(live)
    kept: Path | None = None
    made: Path | None = None  # a before-restore backup made here, of an unchanged library
    if live.exists():
        if quick_check(live) is None:
            kept = made = make_backup(live, data_dir, "before-restore")
        else:
            # A damaged file is kept whole, byte for byte, under another name.
            kept = move_aside(live)
    elif orphan_side_files(live):
        # A -wal without its database would be replayed into the restored copy.
        move_aside(live)
    try:
        _copy_into_live(backup_path, live)
    except sqlite3.Error as exc:
        if not is_damage(exc):
            # Refused, or rolled back by SQLite: the library is as it was, so the copy
            # just made of it is a duplicate, and "nothing was changed" stays true.
            if made is not None:
                made.unlink(missing_ok=True)
            raise _in_use_or_failed(live, exc) from None
        # The live file's own pages are unreadable: set it aside and restore into a new file.
        move_aside(live)
        try:
            _copy_into_live(backup_path, live)
        except sqlite3.Error as again:
            raise _in_use_or_failed(live, again) from None
    return kept


def _in_use_or_failed(live: Path, exc: sqlite3.Error) -> UserError:
    if "locked" in str(exc) or "busy" in str(exc):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The library {library} is in use by another Marginalia window or command; "
                "close it and restore again. Nothing was changed.",
            ),
            library=live,
        )
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "The library {library} could not be restored: {error}."),
        library=live,
        error=exc,
    )


def _copy_into_live(backup_path: Path, live: Path) -> None:
    """Copy the backup's pages into the live file inside one SQLite transaction: a crash
    midway leaves the previous library (its rollback journal undoes the partial copy)."""
    source = connect_existing(backup_path, read_only=True)
    target = sqlite3.connect(live, timeout=2)
    try:
        # Leaving WAL needs the only connection to the file, so this is also the check
        # that no other program has the library open; it also removes the -wal and -shm.
        mode = target.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        source.backup(target)
    finally:
        target.close()
        source.close()
    sync_folder(live.parent)


def _close_if_open(live: Path) -> None:
    """Close this process's peewee connection to ``live``, if it has one."""
    from reader.store.models import database_proxy

    db = database_proxy.obj
    if db is None or db.is_closed():
        return
    with contextlib.suppress(OSError, TypeError):
        if Path(db.database).resolve() != live.resolve():
            return
    try:
        db.close()
    except Exception as exc:  # peewee refuses to close inside an open transaction
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The library {library} is busy; try the restore again ({error})."
            ),
            library=live,
            error=exc,
        ) from None


# -- the marginalia backup / restore / check commands -----------------------------------


def backup_command(data_dir: Path, output: Path | None = None) -> str:
    """``marginalia backup [-o PATH]``: back up the library; returns the line to print.

    Without ``-o`` the backup goes to the backups folder as a manual backup; with it,
    to PATH (or into PATH when it is a folder), written atomically.
    """
    live = database_path(data_dir)
    if not live.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no library in {folder} to back up."),
            folder=data_dir,
        )
    if output is None:
        target = make_backup(live, data_dir, "manual")
    else:
        target = output.expanduser()
        if target.is_dir():
            stamp = datetime.now(UTC).strftime(_STAMP)
            target = target / f"library-{stamp}-manual.sqlite3"
        refuse_library_files(target, data_dir)
        write_backup_file(live, target)
    articles, highlights = library_counts(target)
    return f"Backed up the library ({counts_text(articles, highlights)}) to {target}."


def restore_command(data_dir: Path, path: Path) -> str:
    """``marginalia restore PATH``: replace the library with a backup; returns the line to print."""
    articles, highlights = check_restorable(path)
    kept = restore_backup(data_dir, path)
    where = f" The previous library was kept in {kept}." if kept else ""
    return f"Restored the library from {path} ({counts_text(articles, highlights)}).{where}"


def check_command(data_dir: Path) -> tuple[bool, str]:
    """``marginalia check``: the full integrity check; (healthy?, the report to print)."""
    live = database_path(data_dir)
    if not live.exists():
        return True, f"There is no library in {data_dir} yet; nothing to check."
    problems = full_check(live)
    if not problems:
        articles, highlights = library_counts(live, read_only=False)
        return True, (
            f"The library {live} is healthy ({counts_text(articles, highlights)}): "
            "the integrity and foreign-key checks found no problem."
        )
    lines = [f"The library {live} is damaged; SQLite reports:"]
    lines += [f"  {problem}" for problem in problems[:20]]
    if len(problems) > 20:
        lines.append(f"  … and {len(problems) - 20} more.")
    good = newest_good_backup_info(data_dir)
    if good:
        lines.append(
            f"The newest good backup is {good.path}, {good.describe()}. "
            f"Restore it with: marginalia restore {good.path}"
        )
    else:
        lines.append("There is no good backup to restore.")
    return False, "\n".join(lines)
