"""The files an export must never replace: the library, its side files and its backups.

``marginalia export --format md -o <data>/library.sqlite3`` once exited 0 and left a
639-byte Markdown file where a year of notes had been. Before anything is written for an
export or a backup, the destination is compared with the library database, its
``-wal``/``-shm``/``-journal`` and every file in the backups folder: by real path (links
followed, ``..`` resolved) and by file identity (a hard link is the same file under
another name).
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.store.integrity import SIDE_SUFFIXES
from reader.store.location import DATABASE_NAME

BACKUP_FOLDER = "backups"  # where backups.py keeps them


def open_library_folder() -> Path | None:
    """The folder of the library this process has open, if any."""
    from reader.store.models import database_proxy

    db = database_proxy.obj
    if db is None or not getattr(db, "database", None):
        return None
    return Path(os.path.realpath(str(db.database))).parent


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def refuse_library_files(target: Path, data_dir: Path | None = None) -> None:
    """Raise a UserError when ``target`` is the library of ``data_dir`` (by default the
    library open now), one of its side files or a backup, whatever name it goes by."""
    folder = Path(os.path.realpath(data_dir)) if data_dir is not None else open_library_folder()
    if folder is None:
        return
    live = folder / DATABASE_NAME
    library_files = [live] + [live.with_name(live.name + s) for s in SIDE_SUFFIXES]
    backups = folder / BACKUP_FOLDER
    real = Path(os.path.realpath(target))
    identity = _identity(real)
    for protected in library_files:
        if real == protected or (identity is not None and identity == _identity(protected)):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot write {path}: it is the library's own database file ({file}); "
                    "writing there would destroy the library. Choose another file; "
                    "nothing was written.",
                ),
                path=target,
                file=protected,
            )
    in_backups = _is_within(real, backups)
    if not in_backups and identity is not None and backups.is_dir():
        in_backups = any(_identity(b) == identity for b in backups.iterdir())
    if in_backups:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {path}: it is in the library's backups folder ({folder}), "
                "where Marginalia keeps its backups. Choose another file; nothing was written.",
            ),
            path=target,
            folder=backups,
        )
