"""Where a library lives: ``--data-dir``, ``MARGINALIA_DATA_DIR`` or the platform default."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "MARGINALIA_DATA_DIR"
DATABASE_NAME = "library.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory chosen by the command line, then the environment, then the platform.

    Always an absolute path, resolved once here: a relative one would mean another folder
    to anything that changes directory, and cannot become the file URI SQLite opens
    read-only.
    """
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    # Imported here: the window's first frame does not need it (a tenth of its budget).
    from platformdirs import user_data_path

    return user_data_path("marginalia", appauthor=False)


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def bundled_path(name: str) -> Path:
    """A folder shipped with Marginalia (``seeds`` or ``resources``), installed or in a checkout."""
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "_bundled" / name
    if installed.is_dir():
        return installed
    return package_dir.parent / name
