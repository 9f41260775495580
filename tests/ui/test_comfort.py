"""Reading comfort: themes, text size, spacing and width persist; focus mode; shortcuts sheet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.core.themes import DARK, SEPIA
from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.dialogs.shortcuts_sheet import ShortcutsSheet, menu_shortcuts
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow


def _open(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = _open(qtbot, data_dir)
    yield win
    win.close()
    close_library(database_proxy.obj)
    win.comfort.set_option("theme", "light")


def _restart(qtbot: QtBot, win: MainWindow, data_dir: Path) -> MainWindow:
    win.close()
    close_library(database_proxy.obj)
    return _open(qtbot, data_dir)


def _trigger(group_actions: list[QAction], data: object) -> None:
    next(a for a in group_actions if a.data() == data).trigger()


def test_theme_size_spacing_and_width_survive_a_restart(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    _trigger(window.menus.theme_group.actions(), "sepia")
    window.comfort.change_text_size(+3)
    _trigger(window.menus.spacing_group.actions(), 150)
    _trigger(window.menus.width_group.actions(), 55)
    view = window.reader_view
    assert view.theme is SEPIA
    assert view.palette().base().color().name() == SEPIA.page
    size = view.font().pointSizeF()

    again = _restart(qtbot, window, data_dir)
    assert again.reader_view.theme is SEPIA
    assert again.reader_view.font().pointSizeF() == size == 16.0
    assert again.reader_view.style_options.line_height_percent == 150
    assert again.reader_view.measure == 55
    assert next(a for a in again.menus.theme_group.actions() if a.isChecked()).data() == "sepia"
    again.comfort.set_option("theme", "light")
    again.close()


def test_the_dark_theme_darkens_the_whole_window(window: MainWindow):
    _trigger(window.menus.theme_group.actions(), "dark")
    assert window.reader_view.theme is DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().base().color().name() == DARK.page
    assert window.reader_view.style_options.text_color == DARK.text
    _trigger(window.menus.theme_group.actions(), "light")
    assert app.palette().base().color().name() == "#ffffff"


def test_text_size_keys_change_the_size_within_limits(window: MainWindow, qtbot: QtBot):
    view = window.reader_view
    before = view.font().pointSizeF()
    window.comfort.change_text_size(+1)
    assert view.font().pointSizeF() == before + 1
    for _ in range(40):
        window.comfort.change_text_size(-1)
    assert view.font().pointSizeF() == 8.0


def test_focus_mode_hides_the_panels_and_brings_them_back(window: MainWindow, qtbot: QtBot):
    assert window.annotations_dock.isVisible()
    window.menus.focus_action.setChecked(True)
    assert not window.library.isVisible()
    assert not window.annotations_dock.isVisible()
    assert window.reader_view.isVisible()
    window.menus.focus_action.setChecked(False)
    assert window.library.isVisible() and window.annotations_dock.isVisible()


def test_the_shortcuts_sheet_lists_every_action_with_a_shortcut(window: MainWindow):
    listed = {(action, keys) for _menu, action, keys in menu_shortcuts(window)}
    in_menus = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        stack = list(menu.actions())
        while stack:
            action = stack.pop()
            sub = action.menu()
            if isinstance(sub, QMenu):
                stack += sub.actions()
            elif action.shortcuts():
                in_menus.append(action)
    assert len(in_menus) >= 15
    for action in in_menus:
        name = action.text().replace("&", "").rstrip(".…")
        keys = " or ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        assert (name, keys) in listed, name
    sheet = ShortcutsSheet(window)
    assert sheet.table.rowCount() == len(listed)
    cells = [sheet.table.item(r, 2) for r in range(sheet.table.rowCount())]
    shown = {cell.text() for cell in cells if cell is not None}
    assert {"H", "N", "T", "J", "K", "Ctrl+Z", "Ctrl+E"} <= {k.split(" or ")[0] for k in shown}


def test_the_reading_font_is_chosen_from_the_view_menu_and_remembered(
    window: MainWindow, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QFontDialog

    view = window.reader_view
    assert view.font().families()[0] == "Noto Serif"  # serif by default
    _trigger(window.menus.font_group.actions(), "sans")
    assert view.font().families()[0] == "Noto Sans"

    # Any installed family, from Qt's font dialog; cancelling it changes nothing.
    monkeypatch.setattr(QFontDialog, "getFont", lambda *_a: (False, QFont("DejaVu Sans Mono")))
    window.menus.other_font_action.trigger()
    assert view.font().families()[0] == "Noto Sans"
    assert next(a for a in window.menus.font_group.actions() if a.isChecked()).data() == "sans"
    monkeypatch.setattr(QFontDialog, "getFont", lambda *_a: (True, QFont("DejaVu Sans Mono")))
    window.menus.other_font_action.trigger()
    assert view.font().families()[0] == "DejaVu Sans Mono"
    assert "DejaVu Sans Mono" in window.menus.other_font_action.text()

    again = _restart(qtbot, window, data_dir)
    assert again.reader_view.font().families()[0] == "DejaVu Sans Mono"
    assert again.menus.other_font_action.isChecked()
    again.close()


def test_the_shortcuts_sheet_names_undo_and_redo_not_what_they_would_undo(window: MainWindow):
    from PySide6.QtGui import QUndoCommand

    window.undo_stack.push(QUndoCommand("Tag “Diplomasi”"))
    window.undo_stack.push(QUndoCommand("Highlight"))
    window.undo_stack.undo()  # something to redo too
    rows = {(action, keys.split(" or ")[0]) for _menu, action, keys in menu_shortcuts(window)}
    assert ("Undo", "Ctrl+Z") in rows
    assert ("Redo", "Ctrl+Shift+Z") in rows
    assert not [action for action, _keys in rows if "Diplomasi" in action or action == "Highlight"]
