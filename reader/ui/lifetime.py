"""When the window's Qt objects die: modal dialogs at once, everything else before the
application, in a fixed order.

PySide6 hands a dialog back to Python when its ``exec()`` returns, although the dialog
is still a child of the window it was opened over: two owners. A dialog whose own
buttons hold a lambda over ``self`` (a cycle through Qt that Python's collector cannot
see) then lives until the interpreter ends, where PySide deletes what is left in any
order: the button first, which frees the lambda, which frees the dialog, which deletes
the button again. That double delete is Qt's "shared QObject was deleted directly"
warning and the segmentation fault after it (issue #14). So a modal dialog is deleted
as soon as it has been answered (``modal``), and the app deletes its windows itself,
dialogs before the main window, while the application still stands
(``delete_windows``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

DialogT = TypeVar("DialogT", bound=QDialog)


def delete_now(widget: QWidget) -> None:
    """Delete ``widget`` (and its children) now, whoever owns it; its wrapper goes invalid."""
    if shiboken6.isValid(widget):
        shiboken6.delete(widget)


@contextmanager
def modal(dialog: DialogT) -> Iterator[DialogT]:
    """``with modal(Dialog(parent)) as dialog: dialog.exec()`` — read what the dialog
    holds inside the block; it is deleted when the block ends."""
    try:
        yield dialog
    finally:
        delete_now(dialog)


def _is_dialog(widget: QWidget) -> bool:
    return isinstance(widget, QDialog)


def _is_main_window(widget: QWidget) -> bool:
    return isinstance(widget, QMainWindow)


def delete_windows(app: QApplication) -> None:
    """Delete every window after the event loop has ended: dialogs first, then the main
    window, each asked of Qt afresh, so nothing already gone is deleted twice. What
    remains (menus, popups) goes with what owns it: a completer's list, say, has no
    parent widget but is its completer's to delete."""
    deferred = QEvent.Type.DeferredDelete
    QCoreApplication.sendPostedEvents(None, deferred.value)  # pending deleteLater()s
    tried: set[int] = set()  # by address: one Qt would still list is not tried again
    for wanted in (_is_dialog, _is_main_window):
        while True:
            found = next(
                (
                    w
                    for w in app.topLevelWidgets()
                    if wanted(w) and shiboken6.getCppPointer(w)[0] not in tried
                ),
                None,
            )
            if found is None:
                break
            tried.add(shiboken6.getCppPointer(found)[0])
            delete_now(found)
    QCoreApplication.sendPostedEvents(None, deferred.value)
