"""A long session with the real program, scripted: what a student did for a quarter of an
hour before Ctrl+Q once crashed Marginalia (issue #14).

Run as a program: ``python -X faulthandler tests/ui/long_session.py DATA_DIR OUT_DIR``.
It starts Marginalia exactly as the ``marginalia`` command does (``run_app``, Qt's event
loop, then the interpreter's own ending) and, from inside the loop, works through the
session: highlights in colours, tags, a note, Markdown and PDF export, sepia and dark
themes, the language switched to Indonesian, Manage Concepts, Print then Cancel, Ctrl+U
then H, the search and the shortcuts sheet, undo and redo; then Ctrl+Q. Keys go through
QTest to the widget with the focus (so shortcuts work as typed), clicks to where the
thing is on screen. tests/ui/test_long_session.py runs it and reads what it printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

Step = Iterator[float]  # a step yields how long (in seconds) to let the window work


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and getattr(widget, "built", False):
            return widget
    return None


def _answer_modal(kind: str, answer: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog of class ``kind`` (print, export, preferences...).

    A message box that comes up meanwhile is said on stdout and closed: the session
    expects none, and the test fails on what it says.
    """

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and dialog.isVisible():
            print(f"session: unexpected message: {dialog.text()}", flush=True)
            dialog.reject()
        elif (
            isinstance(dialog, QDialog)
            and dialog.isVisible()
            and kind in [cls.__name__ for cls in type(dialog).__mro__]
        ):
            answer(dialog)
            return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _key(key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    main = _main_window()
    if QApplication.activeWindow() is None and main is not None:
        # With no window manager nobody gives the focus back after a dialog closes.
        main.activateWindow()
        QTest.qWaitForWindowActive(main, 2000)
    target = QApplication.focusWidget() or main
    assert target is not None
    if isinstance(key, str):
        QTest.keyClicks(target, key, modifier)
    else:
        QTest.keyClick(target, key, modifier)


def _select(window: QWidget, words: str) -> bool:
    """Select the first place ``words`` stand in the article, as a mouse drag would."""
    view = window.reader_view  # type: ignore[attr-defined]
    found = view.document().find(words)
    if found.isNull():
        return False
    view.setTextCursor(found)
    view.ensureCursorVisible()
    view.setFocus()
    # The release ends the drag: the colour toolbar comes up as it does for the mouse.
    end = view.cursorRect(found).center()
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    return True


def _open_article(window: QWidget, title: str) -> None:
    library = window.library  # type: ignore[attr-defined]
    proxy = library.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if str(index.data()).startswith(title):
            rect = library.view.visualRect(index)
            QTest.mouseClick(library.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no article {title!r} in the list")


def session(window: QWidget, out: Path) -> Step:
    menus = window.menus  # type: ignore[attr-defined]
    _open_article(window, "Apa Itu Diplomasi Detente")
    yield 0.3
    for words, colour in (
        ("pertama kali muncul pada era Perang Dingin", None),
        ("meredakan ketegangan", "green"),
        ("Amerika Serikat", "blue"),
    ):
        if _select(window, words):
            yield 0.1
            if colour is None:
                _key("h")
            else:
                toolbar = window.reader_view.toolbar  # type: ignore[attr-defined]
                button = toolbar.color_buttons[colour]
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            yield 0.2
    # Tag the last highlight: T, a new concept, then one from the completion list.
    window.panel.list_view.setFocus()  # type: ignore[attr-defined]
    _key("t")
    yield 0.2
    _key("Diplomasi")
    _key(Qt.Key.Key_Return)
    yield 0.2
    _key("diplo")
    yield 0.3
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Return)
    yield 0.2
    _key(Qt.Key.Key_Escape)
    yield 0.2
    # A note, then undo and redo, then the next and previous highlight.
    window.reader_view.setFocus()  # type: ignore[attr-defined]
    _key("j")
    _key("n")
    yield 0.2
    _key("Tanya dosen tentang ini.")
    yield 0.6
    window.reader_view.setFocus()  # type: ignore[attr-defined]
    _key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    yield 0.2
    _key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    yield 0.2
    _key("k")
    yield 0.2

    # Markdown and PDF export from the Export dialog.
    def export(dialog: QDialog) -> None:
        for fmt, name in (("md", "notes.md"), ("handout", "handout.md"), ("pdf", "handout.pdf")):
            combo = dialog.format  # type: ignore[attr-defined]
            combo.setCurrentIndex(combo.findData(fmt))
            dialog.refresh()  # type: ignore[attr-defined]
            dialog.write(out / name)  # type: ignore[attr-defined]
        dialog.reject()

    _answer_modal("ExportDialog", export)
    _key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    yield 0.5

    # Sepia, then dark.
    for theme in ("sepia", "dark"):
        for action in menus.theme_group.actions():
            if action.data() == theme:
                action.trigger()
        yield 0.3

    # The language, in Preferences.
    def to_indonesian(dialog: QDialog) -> None:
        combo = dialog.language  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData("id"))
        dialog.reject()

    _answer_modal("PreferencesDialog", to_indonesian)
    menus.edit_menu.actions()  # the menu exists
    for action in menus.edit_menu.actions():
        if action.text().replace("&", "").startswith("Preferences"):
            action.trigger()
    yield 0.3

    # Manage Concepts: choose one with the mouse, then close.
    concepts = window.concepts  # type: ignore[attr-defined]
    concepts.manage()
    yield 0.3
    manager = concepts.manager
    if manager is not None and manager.list_widget.count():
        item = manager.list_widget.item(0)
        rect = manager.list_widget.visualItemRect(item)
        QTest.mouseClick(
            manager.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        yield 0.2
        manager.close()
    yield 0.2

    # Print, then Cancel.
    _answer_modal("QPrintDialog", lambda dialog: dialog.reject())
    window.reader_view.setFocus()  # type: ignore[attr-defined]
    _key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    yield 0.5

    # Search the library, the find bar, the shortcuts sheet.
    _key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    yield 0.3
    _key("detente")
    yield 0.5
    _key(Qt.Key.Key_Escape)
    window.reader_view.setFocus()  # type: ignore[attr-defined]
    _key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    _key("diplomasi")
    yield 0.2
    _key(Qt.Key.Key_Escape)
    _answer_modal("ShortcutsSheet", lambda dialog: dialog.reject())
    _key(Qt.Key.Key_F1)
    yield 0.3

    # Another article, then Ctrl+U and H (refused there), and a selection's toolbar.
    _open_article(window, "Latar Belakang")
    yield 0.3
    window.reader_view.setFocus()  # type: ignore[attr-defined]
    _key(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    yield 0.3
    view = window.reader_view  # type: ignore[attr-defined]
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 6)
    view.setTextCursor(cursor)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    _key("h")
    yield 0.3
    # Quit as the student did.
    print("session: quitting", flush=True)
    _key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    yield 0.1


def _drive(out: Path) -> None:
    steps: list[Step] = []

    def tick() -> None:
        window = _main_window()
        if not steps:
            if window is None:
                QTimer.singleShot(100, tick)
                return
            print("session: window ready", flush=True)
            window.activateWindow()
            steps.append(session(window, out))
        try:
            wait = next(steps[0])
        except StopIteration:
            print("session: done", flush=True)
            return
        except Exception as error:  # said, and the window closed: the test fails on it
            print(f"session: failed: {error!r}", flush=True)
            QApplication.closeAllWindows()
            return
        QTimer.singleShot(int(wait * 1000), tick)

    QTimer.singleShot(100, tick)


def main() -> int:
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    from reader.ui.startup.app import create_application, run_app

    app = create_application()  # the driver's timers need it; run_app uses the same one
    del app
    _drive(out)
    return run_app(data_dir)


if __name__ == "__main__":
    sys.exit(main())
