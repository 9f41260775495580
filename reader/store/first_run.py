"""Opening a library for use: the same set-up for the window and the command line.

A library opened for the first time gets the bundled articles and the welcome article
in the reader's language; one cleaned by an older cleaner is cleaned again, after a
backup (``reclean_library``; the window runs it in the background once it is up, the
command line before its command). The window and ``marginalia`` call these functions,
so a library set up from a terminal is the library the window would have made.
"""

from __future__ import annotations

import configparser
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.languages import SYSTEM

if TYPE_CHECKING:
    from reader.store.articles import Progress, RecleanReport

# The window's settings file beside the library (QSettings' ini format), and the key of
# the Preferences language choice in it (top-level keys live in its [General] section).
SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "language"


def library_language_choice(data_dir: Path) -> str:
    """The language pinned in Preferences for this library, or "system"; read without
    Qt, so a command needs no Qt to learn it. An unreadable file counts as no choice."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(data_dir / SETTINGS_FILE, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return SYSTEM
    return parser.get("General", LANGUAGE_KEY, fallback=SYSTEM).strip('"') or SYSTEM


# The window's re-clean and its delayed daily backup may both ask for today's backup on
# two threads: one writes it, the other then finds it made.
_BACKUP_LOCK = threading.Lock()


def daily_backup(data_dir: Path) -> None:
    """The automatic backup (backups.py): once a day, a file-name check otherwise."""
    from reader.core.errors import UserError
    from reader.store.backups import automatic_backup

    try:
        with _BACKUP_LOCK:
            automatic_backup(data_dir)
    except UserError as exc:
        # A backup that cannot be made (a full disk) must not keep the student from
        # their library; the next start tries again.
        print(f"marginalia: the daily backup was not made: {exc}", file=sys.stderr)


def reclean_library(
    data_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RecleanReport:
    """Clean again what an older cleaner produced, after today's backup (articles.py's
    ``reclean_outdated``, with its ``progress`` and ``cancelled``), on the open library."""
    from reader.store.articles import has_outdated_articles, reclean_outdated

    if has_outdated_articles():
        # The re-clean rewrites articles: keep a copy from before it, first.
        daily_backup(data_dir)
    return reclean_outdated(progress, cancelled)


def open_library_for_use(
    data_dir: Path, language: str = "en", *, reclean: bool = True
) -> int | None:
    """Open the library, bring old articles up to the current cleaner (unless
    ``reclean`` is False: the window does that in the background), and offer the
    bundled articles on a first start (the welcome article in ``language``). Returns the
    welcome article's id on that first start, to open it; None otherwise."""
    from reader.store.articles import count_articles, offer_bundled_articles
    from reader.store.database import open_library

    open_library(data_dir)
    if reclean:
        reclean_library(data_dir)
    offered = offer_bundled_articles(language=language)
    # A new library opens on its welcome article. One filled before its first window
    # (the command line imports without offering them) opens as usual.
    if offered and count_articles() == len(offered):
        return offered[0].article_id
    return None
