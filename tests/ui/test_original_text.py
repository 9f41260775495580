"""Show Original (Ctrl+U) says plainly what it is, and loses sight of nothing (issue #14).

A student who pressed Ctrl+U saw "No highlights yet" in the Annotations panel and feared
the work was lost; the colour toolbar still came up over a selection though H was
refused there, and nothing said which text was shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.store import articles, highlights
from reader.ui.window.main_window import MainWindow

QUOTE = "pertama kali muncul pada era Perang Dingin"


def _open_with_a_highlight(window: MainWindow) -> int:
    article = next(s.id for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    window.articles.select_article(article)
    start, end = highlights.find_quote(article, QUOTE)
    highlights.create_highlight(article, start, end, color="green")
    window.events.highlights_changed.emit(article)
    return article


def _select_by_mouse(window: MainWindow, words: int = 6) -> None:
    view = window.reader_view
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, words)
    view.setTextCursor(cursor)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, 40))


def test_the_original_text_says_what_it_is_and_keeps_the_highlights_listed(
    window: MainWindow, qtbot: QtBot
):
    _open_with_a_highlight(window)
    bar = window.original_bar
    assert not bar.isVisible()
    window.menus.original_action.setChecked(True)

    assert bar.isVisible()
    assert "highlights are hidden here" in bar.message.text()
    assert "Ctrl+U" in bar.back_button.text()
    # The work is all there: listed, counted, with its note editor.
    assert window.panel.model.total_count() == 1
    assert window.panel.count_label.text() == "1 highlight"
    # No colour toolbar where H is refused.
    _select_by_mouse(window)
    assert not window.reader_view.toolbar.isVisible()

    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    assert not window.menus.original_action.isChecked()
    assert not bar.isVisible()
    assert window.reader_view.highlights  # painted in the article again
    _select_by_mouse(window)
    assert window.reader_view.toolbar.isVisible()


def test_choosing_a_highlight_in_the_original_text_goes_back_to_it(
    window: MainWindow, qtbot: QtBot
):
    _open_with_a_highlight(window)
    window.menus.original_action.setChecked(True)
    (made,) = window.highlights.current
    window.panel.select_highlight(made.id)  # a click on its card selects it, then
    window.panel.highlight_activated.emit(made.id)  # asks for it in the article
    assert not window.menus.original_action.isChecked()
    assert not window.original_bar.isVisible()
    assert window.panel.selected_id() == made.id
    assert [h.id for h in window.reader_view.highlights] == [made.id]
