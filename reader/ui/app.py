"""Starting the window: check the platform, open the library, show the main window."""

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

    from reader.store.articles import offer_bundled_articles, reclean_outdated
    from reader.store.database import open_library
    from reader.ui.main_window import MainWindow

    open_library(data_dir)
    reclean_outdated()
    offer_bundled_articles()
    # Settings live beside the library so --data-dir keeps every library independent.
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return MainWindow(settings)


def run_app(data_dir: Path) -> int:
    """Open the main window on the library in ``data_dir``; returns the exit status."""
    from reader.ui.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from reader.store.database import LibraryError

    app = create_application()
    _install_error_dialog(data_dir)
    try:
        window = create_main_window(data_dir)
    except LibraryError as exc:
        QMessageBox.critical(None, "Marginalia cannot open the library", str(exc))
        return 1
    window.show()

    # A session logout or `kill` sends SIGTERM: close the window properly so the reading
    # position is saved. Python only sees signals between Qt events, hence the idle timer.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: window.close())
    ticker = QTimer(interval=250)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    return app.exec()


def _install_error_dialog(data_dir: Path) -> None:
    """An unexpected error shows a dialog and is logged; the window stays open."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

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
