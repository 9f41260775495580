"""The keyboard shortcuts sheet (F1), generated from the window's own actions.

Made from the menus every time it opens, so it cannot go stale: an action added to a
menu with a shortcut appears here without anyone remembering to list it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import QT_TRANSLATE_NOOP
from reader.ui.widgets.screen_fit import resize_within_screen


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {_plain(action.text())}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k]
            if keys and not action.isSeparator():
                # The icon text: Qt's short name of the command, without its mnemonic,
                # where Undo's text would say what it undoes now.
                rows.append((path, action.iconText().rstrip(".…"), _either(keys)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return rows


def _either(keys: list[str]) -> str:
    """ "F1 or ?": each further key joined by the translated "or"."""
    text = keys[0]
    for key in keys[1:]:
        text = QCoreApplication.translate("ShortcutsSheet", "{keys} or {key}").format(
            keys=text, key=key
        )
    return text


COLUMNS = (
    QT_TRANSLATE_NOOP("ShortcutsSheet", "Menu"),
    QT_TRANSLATE_NOOP("ShortcutsSheet", "Action"),
    QT_TRANSLATE_NOOP("ShortcutsSheet", "Keys"),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


class ShortcutsSheet(QDialog):
    """Every menu command that has a key, as a table: menu, command, keys."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        resize_within_screen(self, 560, 620)
        rows = menu_shortcuts(window)
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ShortcutsSheet", name) for name in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
