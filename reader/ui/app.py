"""Starting the window: check the platform, hand over to a Marginalia already open on this
library, check the library and open it, show the main window."""

from __future__ import annotations

import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from reader.store.location import bundled_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow
    from reader.ui.startup_check import Ask


def create_application() -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Marginalia")
    app.setApplicationDisplayName("Marginalia")
    app.setDesktopFileName("marginalia")
    icon = bundled_path("resources") / "marginalia.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_main_window(data_dir: Path) -> MainWindow:
    """Open the library in ``data_dir`` (importing the bundled articles on first start)
    and build the main window over it. Raises LibraryError when the library cannot open."""
    from PySide6.QtCore import QSettings

    from reader.store.articles import (
        has_outdated_articles,
        offer_bundled_articles,
        reclean_outdated,
    )
    from reader.store.database import open_library
    from reader.ui.main_window import MainWindow

    open_library(data_dir)
    if has_outdated_articles():
        # The re-clean below rewrites articles: keep a copy from before it, first.
        _daily_backup(data_dir)
    reclean_outdated()
    offer_bundled_articles()
    # Settings live beside the library so --data-dir keeps every library independent.
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, data_dir)
    # Otherwise the daily backup (a second or more for a large library) runs beside the
    # open window, a few seconds after it is up, instead of before it; it reads through
    # its own SQLite connection.
    window.run_later(lambda: _daily_backup(data_dir), "daily-backup")
    return window


def _daily_backup(data_dir: Path) -> None:
    """The automatic backup (backups.py): once a day, a file-name check otherwise."""
    from reader.core.errors import UserError
    from reader.store.backups import automatic_backup

    try:
        automatic_backup(data_dir)
    except UserError as exc:
        # A backup that cannot be made (a full disk) must not keep the student from
        # their library; the next start tries again.
        print(f"marginalia: the daily backup was not made: {exc}", file=sys.stderr)


def run_app(data_dir: Path, open_url: str | None = None, ask_damaged: Ask | None = None) -> int:
    """Open the main window on the library in ``data_dir``; returns the exit status.

    ``open_url`` is a marginalia://open/<article>/<highlight> link to show at once.
    ``ask_damaged`` answers the damaged-library question (startup_check.py) instead of
    the dialog; tests pass one.
    """
    from reader.ui.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer

    from reader.ui.single_instance import InstanceGuard, bring_forward
    from reader.ui.startup_check import ask_with_dialog

    app = create_application()
    _install_error_dialog(data_dir)

    # One library, one writer (single_instance.py): a second start on this library hands
    # its link to the running window and leaves before it touches the database.
    guard = InstanceGuard(data_dir)
    already_open = "Marginalia is already open on this library; its window was brought forward."
    if guard.try_forward(open_url):
        print(already_open)
        return 0
    window: MainWindow | None = None
    arrived_early: list[str] = []  # links sent while this instance was still opening

    def on_message(url: str) -> None:
        if window is None:
            arrived_early.append(url)
            return
        bring_forward(window)
        if url:
            window.open_link(url)

    # listen() is False when another instance won the lock at the same instant: give it
    # a moment to start listening. If it never does, open anyway (SQLite stays safe).
    if not guard.listen(on_message) and guard.try_forward(open_url, wait_seconds=5):
        print(already_open)
        return 0

    try:
        window = _checked_window(data_dir, ask_damaged or ask_with_dialog)
        if window is None:
            return 1
        window.show()
        if open_url:
            window.open_link(open_url)
        for url in arrived_early:
            on_message(url)

        # A session logout or `kill` sends SIGTERM: close the window properly so the reading
        # position is saved. Python only sees signals between Qt events, hence the idle timer.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: window.close())
        ticker = QTimer(interval=250)
        ticker.timeout.connect(lambda: None)
        ticker.start()
        return app.exec()
    finally:
        guard.close()  # frees the lock and the socket name for the next start


def _checked_window(data_dir: Path, ask: Ask) -> MainWindow | None:
    """Check the library, open it and build the window; None when the student chose to
    quit or the library cannot open (a dialog said why)."""
    from PySide6.QtWidgets import QMessageBox

    from reader.core.errors import UserError
    from reader.ui.startup_check import check_library_at_start

    try:
        # Before the library opens: a damaged one is moved aside and a backup offered.
        if not check_library_at_start(data_dir, ask):
            return None
        return create_main_window(data_dir)
    except UserError as exc:
        QMessageBox.critical(None, "Marginalia cannot open the library", str(exc))
        return None


def _install_error_dialog(data_dir: Path) -> None:
    """An unexpected error shows a dialog and is logged; the window stays open."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from reader.store.database import storage_problem

        problem = storage_problem(value)
        if problem:
            # The window keeps what it shows; the store rolled the change back whole.
            QMessageBox.warning(None, "Not saved", problem)
            return
        log = data_dir / "marginalia-error.log"
        try:
            with log.open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(kind, value, tb)))
            where = f"Details were saved in {log}."
        except OSError:
            where = ""
        QMessageBox.critical(
            None, "Something went wrong", f"Marginalia hit an unexpected error: {value}\n{where}"
        )

    sys.excepthook = hook
