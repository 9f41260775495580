"""The dialogs and the reading view work for a screen reader and without a mouse.

Every control a user can reach in the export, search, import, backup and shortcuts
dialogs and in the find bar has a name a screen reader can say: its visible words, or an
accessible name. In the reading view the keyboard moves a caret, Shift with the arrows
selects, and H highlights what was selected.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.errors import DocumentError
from reader.store import articles, highlights
from reader.ui.dialogs.export_dialog import ExportDialog
from reader.ui.dialogs.import_progress import ImportProgressDialog, ImportSummary
from reader.ui.dialogs.search_dialog import SearchDialog
from reader.ui.dialogs.shortcuts_sheet import ShortcutsSheet
from reader.ui.reading.find_bar import FindBar
from reader.ui.startup.startup_check import (
    DamageReport,
    RestoreDialog,
    StartChoice,
    ask_with_dialog,
)
from reader.ui.window.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QAbstractSpinBox,
)


def _is_control(widget: QWidget) -> bool:
    # A scroll bar or a header is part of the view it belongs to, which has the name.
    return isinstance(widget, CONTROLS) and not isinstance(widget, QScrollBar | QHeaderView)


def _inside_a_control(widget: QWidget, root: QWidget) -> bool:
    """True for a control's own parts: a field's clear button, a combo box's list."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if _is_control(parent):
            return True
        parent = parent.parentWidget()
    return False


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    # "↑" or "×" alone says nothing: visible text counts when it has a word in it.
    return text.replace("&", "") if any(ch.isalnum() for ch in text) else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Each control under ``root`` that a screen reader could only call by its kind."""
    return [
        f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        for widget in root.findChildren(QWidget)
        if _is_control(widget) and not _inside_a_control(widget, root) and not _spoken_name(widget)
    ]


def test_the_check_finds_a_control_without_a_name(qtbot: QtBot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    named = QLineEdit()
    named.setAccessibleName("Title")
    layout.addWidget(named)
    unnamed = QLineEdit()
    unnamed.setObjectName("mystery")
    layout.addWidget(unnamed)
    assert unnamed_controls(page) == ["QLineEdit mystery"]


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    article = next(s for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    window.articles.select_article(article.id)
    return window


def test_export_dialog_names_every_control(window: MainWindow, qtbot: QtBot):
    assert window.open_article.article_id is not None
    title = articles.get_article(window.open_article.article_id).title
    dialog = ExportDialog(
        window, window.settings, (window.open_article.article_id, title), ["Détente"]
    )
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert unnamed_controls(dialog) == []


def test_shortcuts_sheet_names_every_control(window: MainWindow, qtbot: QtBot):
    sheet = ShortcutsSheet(window)
    qtbot.addWidget(sheet)
    assert sheet.table.rowCount() > 0
    assert unnamed_controls(sheet) == []


def test_search_dialog_and_find_bar_name_every_control(qtbot: QtBot):
    search = SearchDialog(searcher=lambda _text, _limit: [])
    qtbot.addWidget(search)
    find = FindBar()
    qtbot.addWidget(find)
    assert unnamed_controls(search) == []
    assert unnamed_controls(find) == []
    # The arrows and the cross are symbols: their names say what they do.
    assert find.next_button.accessibleName() == "Next match"
    assert find.close_button.accessibleName() != ""


def test_import_progress_names_every_control_before_and_after(qtbot: QtBot):
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    failure = DocumentError("rusak.txt", "not a text file")
    dialog.show_summary(ImportSummary((), (str(failure),), 1, cancelled=False))
    assert dialog.details.isVisibleTo(dialog)
    assert unnamed_controls(dialog) == []


def test_restore_dialog_names_every_control(qtbot: QtBot, library: Path):
    dialog = RestoreDialog(None, library)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_the_damaged_library_question_names_every_button(qtbot: QtBot, tmp_path: Path):
    report = DamageReport("database disk image is malformed", tmp_path / "x.sqlite3", None)
    problems: list[str] = []

    def inspect_and_quit() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        problems.extend(unnamed_controls(box))
        next(b for b in box.buttons() if b.text() == "Quit").click()

    QTimer.singleShot(100, inspect_and_quit)
    assert ask_with_dialog(report) is StartChoice.QUIT
    assert problems == []


# -- the reading view with the keyboard alone ----------------------------------------------


def test_shift_and_the_arrows_select_text_and_h_highlights_it(window: MainWindow, qtbot: QtBot):
    view = window.reader_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert not view.textCursor().hasSelection()
    for _ in range(8):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    shown = view.document().toPlainText()
    assert view.textCursor().selectedText() == shown[:8]
    assert view.reading_selection() == (0, 8)

    # Without Shift the arrows only move the caret: the selection goes.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert not view.textCursor().hasSelection()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.textCursor().position() == 9

    # Back, select again, and H highlights exactly that.
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(8):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert window.open_article.article_id is not None
    [made] = highlights.list_highlights(window.open_article.article_id)
    assert made.exact == shown[:8]
