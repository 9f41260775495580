"""Starting the window: check the platform, hand over to a Marginalia already open on this
library, check the library and open it, show the main window."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from reader.store.first_run import daily_backup, open_library_for_use
from reader.store.location import bundled_path

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from reader.ui.startup.startup_check import Ask, DamageReport, StartChoice
    from reader.ui.window.main_window import MainWindow


def create_application() -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Marginalia")
    app.setApplicationDisplayName("Marginalia")
    app.setDesktopFileName("io.github.marginalia_reader.marginalia")
    icon = bundled_path("resources") / "marginalia.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def library_settings(data_dir: Path) -> QSettings:
    """The window's settings. They live beside the library, so --data-dir keeps every
    library independent."""
    from PySide6.QtCore import QSettings

    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def create_main_window(data_dir: Path) -> MainWindow:
    """Open the library in ``data_dir`` (importing the bundled articles on first start)
    and build the whole main window over it at once. Raises LibraryError when the library
    cannot open. The app itself starts in two steps: see start_window()."""
    from reader.ui.translation import language_setting, resolve_language
    from reader.ui.window.main_window import MainWindow

    settings = library_settings(data_dir)
    language = resolve_language(language_setting(settings))
    welcome = open_library_for_use(data_dir, language, reclean=False)
    window = MainWindow(settings, data_dir)
    _after_build(window, data_dir, welcome)
    return window


def _after_build(window: MainWindow, data_dir: Path, welcome: int | None) -> None:
    """What a built window does next: open the welcome article on a new library, clean
    again in the background what an older cleaner produced, and schedule the daily backup."""
    if welcome is not None:
        window.articles.select_article(welcome)
    window.reclean.start()  # the window is up: the student reads while it works
    # Otherwise the daily backup (a second or more for a large library) runs beside the
    # open window, a few seconds after it is up, instead of before it; it reads through
    # its own SQLite connection.
    window.run_later(lambda: daily_backup(data_dir), "daily-backup")


def start_window(
    data_dir: Path,
    ask: Ask,
    on_ready: Callable[[MainWindow | None], None],
    on_first_frame: Callable[[], None] | None = None,
) -> MainWindow:
    """Show the window at once with the library's titles (first_page.py), then — after
    that first frame is on screen — check and open the library and build the rest.

    ``on_ready`` gets the built window, or None when the library could not open or the
    student chose to quit (the window is hidden then, and a dialog said why);
    ``on_first_frame`` is told when the first page has been painted (the benchmark).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.translation import install_translator
    from reader.ui.window.main_window import MainWindow

    settings = library_settings(data_dir)
    app = QApplication.instance()
    # Before any widget exists: texts are translated when widgets are made.
    language = install_translator(app, settings) if app is not None else "en"
    window = MainWindow(settings, data_dir, build=False)
    window.fit_to_screen()
    waited = [0]

    def finish() -> None:
        handle = window.windowHandle()
        # Wait for the window system to show the window (bounded: a window kept hidden,
        # minimised or on no screen is still built).
        if (handle is None or not handle.isExposed()) and waited[0] < 100:
            waited[0] += 1
            QTimer.singleShot(10, finish)
            return
        window.repaint()  # the first page reaches the screen before the long build
        if on_first_frame is not None:
            on_first_frame()
        # SQLite's quick_check reads the whole file (a quarter of a second for 10,000
        # articles) without holding Python's lock: it runs on a thread while this one
        # imports what the window is built from.
        checked = _check_in_background(data_dir)
        opened, welcome = _checked_open(data_dir, ask, language, window.load_parts, checked)
        if opened:
            window.build()
            _after_build(window, data_dir, welcome)
            on_ready(window)
        else:
            # Hidden, not closed: closing the last window would post a quit that outlives
            # this start (and stops the next event loop in the same process, in tests).
            window.hide()
            on_ready(None)

    QTimer.singleShot(0, finish)
    return window


def run_app(data_dir: Path, open_url: str | None = None, ask_damaged: Ask | None = None) -> int:
    """Open the main window on the library in ``data_dir``; returns the exit status.

    ``open_url`` is a marginalia://open/<article>/<highlight> link to show at once.
    ``ask_damaged`` answers the damaged-library question (startup_check.py) instead of
    the dialog; tests pass one.
    """
    from reader.ui.startup.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer

    from reader.ui.lifetime import delete_windows
    from reader.ui.startup.single_instance import InstanceGuard, bring_forward

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
            window.articles.open_link(url)

    # listen() is False when another instance won the lock at the same instant: give it
    # a moment to start listening. If it never does, open anyway (SQLite stays safe).
    if not guard.listen(on_message) and guard.try_forward(open_url, wait_seconds=5):
        print(already_open)
        return 0

    status = [0]

    def ready(built: MainWindow | None) -> None:
        nonlocal window
        if built is None:
            status[0] = 1
            app.exit(1)
            return
        window = built

        def open_links() -> None:
            if open_url:
                window.articles.open_link(open_url)
            for url in arrived_early:
                on_message(url)

        # After the layout restore build() queued: it shows the status bar's widgets
        # again, over a message a link may leave there.
        QTimer.singleShot(0, open_links)

    try:
        shown = start_window(data_dir, ask_damaged or _ask_with_dialog, ready)
        # Once the window has closed, a new start on this library opens its own window,
        # even while this process still finishes the daily backup.
        shown.closed.connect(guard.close)
        shown.show()
        # A session logout or `kill` sends SIGTERM: close the window properly so the reading
        # position is saved. Python only sees signals between Qt events, hence the idle timer.
        before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
        for sig in before:
            signal.signal(sig, lambda *_: close_for_signal(shown))
        ticker = QTimer(interval=250)
        ticker.timeout.connect(lambda: None)
        ticker.start()
        code = app.exec()
        ticker.stop()
        for sig, handler in before.items():
            signal.signal(sig, handler)
        return status[0] or code
    finally:
        guard.close()  # frees the lock and the socket name for the next start
        # Every window goes now, in order, while the application stands: left to the
        # interpreter's exit they went in any order, and once crashed (lifetime.py).
        delete_windows(app)


def _ask_with_dialog(question: DamageReport) -> StartChoice:
    """The damaged-library question as a dialog. The check, its dialogs and the backup
    code behind them load only when asked (a tenth of a second before the first frame)."""
    from reader.ui.startup.startup_check import ask_with_dialog

    return ask_with_dialog(question)


def close_for_signal(window: QWidget) -> None:
    """Close the window for SIGTERM or SIGINT, and first any modal box in front of it:
    a question left open would hold its own event loop, and the window, up forever."""
    from PySide6.QtWidgets import QApplication, QDialog

    for _attempt in range(20):  # a box may open another as it closes; never loop forever
        front = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if front is None:
            break
        if isinstance(front, QDialog):
            front.reject()
        else:
            front.close()
    window.close()


def _check_in_background(data_dir: Path) -> Callable[[Path], str | None]:
    """Start quick_check on the library on a thread; returns a check function for
    check_library_at_start that waits for that answer."""
    import threading

    # Imported here, not on the thread: two threads importing the same modules at once
    # can each see the other's half-made module.
    from reader.store.integrity import quick_check
    from reader.store.location import database_path

    answers: list[str | None] = []
    failures: list[BaseException] = []
    live = database_path(data_dir)

    def check_now() -> None:
        try:
            if live.exists():
                answers.append(quick_check(live))
        except BaseException as exc:  # handed to the main thread, raised there
            failures.append(exc)

    checking = threading.Thread(target=check_now, name="quick-check")
    checking.start()

    def checked(path: Path) -> str | None:
        checking.join()
        if failures:
            raise failures[0]
        # No answer: the file appeared after the thread looked; check it now.
        return answers[0] if answers else quick_check(path)

    return checked


def _checked_open(
    data_dir: Path,
    ask: Ask,
    language: str,
    meanwhile: Callable[[], None],
    check: Callable[[Path], str | None],
) -> tuple[bool, int | None]:
    """Check the library and open it; False when the student chose to quit or the
    library cannot open (a dialog said why). Also the welcome article to open, on a
    first start. ``meanwhile`` runs first, while ``check`` may be working on a thread."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from reader.core.errors import UserError
    from reader.ui.startup.startup_check import check_library_at_start
    from reader.ui.translation import error_text

    meanwhile()
    try:
        # Before the library opens: a damaged one is moved aside and a backup offered.
        if not check_library_at_start(data_dir, ask, check):
            return False, None
        return True, open_library_for_use(data_dir, language, reclean=False)
    except UserError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "Marginalia cannot open the library"),
            error_text(exc),
        )
        return False, None


def _install_error_dialog(data_dir: Path) -> None:
    """An unexpected error shows a dialog and is logged; the window stays open."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import traceback

        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from reader.store.database import storage_error
        from reader.ui.translation import error_text

        problem = storage_error(value)
        if problem is not None:
            # The window keeps what it shows; the store rolled the change back whole.
            QMessageBox.warning(
                None, QCoreApplication.translate("Startup", "Not saved"), error_text(problem)
            )
            return
        log = data_dir / "marginalia-error.log"
        try:
            with log.open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(kind, value, tb)))
            where = QCoreApplication.translate("Startup", "Details were saved in {log}.").format(
                log=log
            )
        except OSError:
            where = ""
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "Something went wrong"),
            QCoreApplication.translate(
                "Startup", "Marginalia hit an unexpected error: {error}\n{where}"
            ).format(error=value, where=where),
        )

    sys.excepthook = hook
