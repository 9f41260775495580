"""Starting the window: check the platform, open the library, show the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from reader.store.location import bundled_path


def run_app(data_dir: Path) -> int:
    """Open the main window on the library in ``data_dir``; returns the exit status."""
    from reader.ui.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.store.articles import offer_bundled_articles
    from reader.store.database import LibraryError, open_library
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Marginalia")
    app.setApplicationDisplayName("Marginalia")
    app.setDesktopFileName("marginalia")
    icon = bundled_path("resources") / "marginalia.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    _install_error_dialog(data_dir)

    try:
        open_library(data_dir)
    except LibraryError as exc:
        QMessageBox.critical(None, "Marginalia cannot open the library", str(exc))
        return 1
    offer_bundled_articles()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.show()
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
