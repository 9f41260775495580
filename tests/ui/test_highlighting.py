"""Highlighting as a reader does it: select, H, note, colours, undo, and it all comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.highlight_record import HighlightData
from reader.store import articles, highlights
from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow
from tests.ui.selection import select_quote

DETENTE = "Apa Itu Diplomasi Detente?"


def _open(qtbot: QtBot, data_dir: Path, title: str = DETENTE) -> MainWindow:
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    article = next(s for s in articles.list_articles() if s.title == title)
    win.articles.select_article(article.id)
    return win


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = _open(qtbot, data_dir)
    yield win
    win.close()
    close_library(database_proxy.obj)


def _restart(qtbot: QtBot, win: MainWindow, data_dir: Path) -> MainWindow:
    win.close()
    close_library(database_proxy.obj)
    return _open(qtbot, data_dir)


def _select(win: MainWindow, quote: str, occurrence: int = 1) -> None:
    """Select ``quote`` in the reading view as a reader would with the mouse."""
    select_quote(win, quote, occurrence)


def _painted(win: MainWindow) -> list[str]:
    """The words under each highlight the view paints, read back from the document."""
    view = win.reader_view
    return sorted(view._cursor_for(h.start, h.end).selectedText() for h in view.highlights)


def _stored(win: MainWindow) -> list[HighlightData]:
    assert win.open_article.article_id is not None
    return highlights.list_highlights(win.open_article.article_id)


QUOTE = "pertama kali muncul pada era Perang Dingin"


def test_select_and_press_h_highlights_in_yellow(window: MainWindow, qtbot: QtBot):
    _select(window, QUOTE)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_H)
    [made] = _stored(window)
    assert (made.exact, made.color) == (QUOTE, "yellow")
    assert _painted(window) == [QUOTE]
    assert window.panel.selected_id() == made.id


def test_highlights_come_back_exactly_after_a_restart(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    _select(window, QUOTE)
    window.highlights.highlight_selection("green")
    _select(window, "Diplomasi detente", occurrence=3)
    window.highlights.highlight_selection("blue")
    before = _painted(window)
    again = _restart(qtbot, window, data_dir)
    assert _painted(again) == before == sorted([QUOTE, "Diplomasi detente"])
    assert {h.color for h in _stored(again)} == {"green", "blue"}
    again.close()


def test_highlights_stay_on_their_words_when_font_and_theme_change(
    window: MainWindow, qtbot: QtBot
):
    _select(window, QUOTE)
    window.highlights.highlight_selection()
    view = window.reader_view
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(font)
    assert _painted(window) == [QUOTE]
    # A theme change re-renders the article; the highlights follow their words, in the
    # new theme's shade.
    window.comfort.set_option("theme", "dark")
    assert view.theme.key == "dark"
    assert _painted(window) == [QUOTE]
    window.comfort.set_option("theme", "sepia")
    window.comfort.change_text_size(+2)
    assert _painted(window) == [QUOTE]
    window.comfort.set_option("theme", "light")


def test_overlapping_highlights_both_show_or_merge(window: MainWindow, qtbot: QtBot, monkeypatch):
    _select(window, "muncul pada era Perang Dingin")
    window.highlights.highlight_selection("yellow")
    monkeypatch.setattr(window.highlights, "ask_merge", lambda count: "both")
    _select(window, "pertama kali muncul pada era")
    window.highlights.highlight_selection("pink")
    assert len(_stored(window)) == 2
    assert len(window.reader_view.highlights) == 2

    monkeypatch.setattr(window.highlights, "ask_merge", lambda count: "merge")
    _select(window, "kali muncul")
    window.highlights.highlight_selection()
    [merged] = _stored(window)
    assert merged.exact == QUOTE
    window.undo_stack.undo()
    assert len(_stored(window)) == 2


def test_undoing_a_merge_gives_the_kept_highlight_back_its_words_and_note(
    window: MainWindow, monkeypatch
):
    _select(window, "muncul pada era")
    window.highlights.highlight_selection("yellow")
    [first] = _stored(window)
    window.highlights.note_edited(first.id, "catatan pertama")
    monkeypatch.setattr(window.highlights, "ask_merge", lambda count: "merge")
    _select(window, "pada era Perang Dingin")
    window.highlights.highlight_selection()
    [merged] = _stored(window)
    assert merged.id == first.id and merged.exact == "muncul pada era Perang Dingin"
    window.undo_stack.undo()
    [back] = _stored(window)
    assert (back.exact, back.note) == ("muncul pada era", "catatan pertama")


def test_every_change_can_be_undone_and_redone(window: MainWindow, qtbot: QtBot):
    _select(window, QUOTE)
    window.highlights.highlight_selection()
    [made] = _stored(window)
    window.highlights.recolor(made.id, "purple")
    window.highlights.note_edited(made.id, "Asal mula détente")
    window.highlights.delete(made.id)
    assert _stored(window) == []

    stack = window.undo_stack
    stack.undo()  # delete
    assert [h.note for h in _stored(window)] == ["Asal mula détente"]
    stack.undo()  # note
    assert [h.note for h in _stored(window)] == [""]
    stack.undo()  # colour
    assert [h.color for h in _stored(window)] == ["yellow"]
    stack.undo()  # create
    assert _stored(window) == []
    assert _painted(window) == []
    for _ in range(4):
        stack.redo()
    assert _stored(window) == []
    stack.undo()
    [back] = _stored(window)
    assert (back.id, back.color, back.note) == (made.id, "purple", "Asal mula détente")


def test_keyboard_undo_and_redo(window: MainWindow, qtbot: QtBot):
    _select(window, QUOTE)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_H)
    assert len(_stored(window)) == 1
    qtbot.keyClick(window.reader_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window) == []
    qtbot.keyClick(
        window.reader_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(_stored(window)) == 1


def test_n_highlights_the_selection_and_opens_the_note_editor(window: MainWindow, qtbot: QtBot):
    _select(window, QUOTE)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_N)
    [made] = _stored(window)
    assert made.exact == QUOTE
    qtbot.keyClicks(window.panel.note_editor, "Ditanyakan di ujian")
    window.panel.flush_note()
    assert _stored(window)[0].note == "Ditanyakan di ujian"


def test_single_letter_shortcuts_do_nothing_while_typing_elsewhere(
    window: MainWindow, qtbot: QtBot
):
    _select(window, QUOTE)
    window.library.filter_edit.setFocus()
    qtbot.keyClick(window.library.filter_edit, Qt.Key.Key_H)
    assert _stored(window) == []
    assert window.library.filter_edit.text() == "h"


def test_clicking_a_highlight_selects_it_in_the_panel(window: MainWindow, qtbot: QtBot):
    _select(window, QUOTE)
    window.highlights.highlight_selection()
    [made] = _stored(window)
    window.panel.select_highlight(None)
    view = window.reader_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().toPlainText().index("Perang Dingin"))
    view.setTextCursor(cursor)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.panel.selected_id() == made.id


def test_hover_text_names_the_colour_note_and_concepts(window: MainWindow):
    _select(window, QUOTE)
    window.highlights.highlight_selection("green")
    [made] = _stored(window)
    highlights.add_concepts(made.id, ["Détente"])
    window.highlights.note_edited(made.id, "asal <mula>")
    [item] = _stored(window)
    text = window.reader_view._describe(item)
    assert "Green" in text and "asal &lt;mula&gt;" in text and "#Détente" in text


def test_an_orphan_is_listed_and_can_be_placed_by_hand(window: MainWindow, qtbot: QtBot):
    _select(window, QUOTE)
    window.highlights.highlight_selection()
    [made] = _stored(window)
    from reader.store.models import Highlight

    Highlight.update(placed=False).where(Highlight.id == made.id).execute()
    assert window.open_article.article_id is not None
    window.events.highlights_changed.emit(window.open_article.article_id)
    assert _painted(window) == []
    _select(window, "era Perang Dingin")
    window.highlights.place_at_selection(made.id)
    [placed] = _stored(window)
    assert placed.placed and placed.exact == "era Perang Dingin"
    assert _painted(window) == ["era Perang Dingin"]


def test_j_and_k_step_through_highlights(window: MainWindow, qtbot: QtBot):
    _select(window, "Diplomasi detente", occurrence=2)
    window.highlights.highlight_selection()
    _select(window, QUOTE)
    window.highlights.highlight_selection()
    first, second = _stored(window)
    window.reader_view.setFocus()
    window.panel.select_highlight(None)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_J)
    assert window.panel.selected_id() == first.id
    qtbot.keyClick(window.reader_view, Qt.Key.Key_J)
    assert window.panel.selected_id() == second.id
    qtbot.keyClick(window.reader_view, Qt.Key.Key_K)
    assert window.panel.selected_id() == first.id


def test_a_highlight_is_visibly_painted_under_its_words(window: MainWindow, qtbot: QtBot):
    from PySide6.QtGui import QColor

    from reader.ui.widgets.highlight_palette import shade

    view = window.reader_view
    _select(window, QUOTE)
    window.highlights.highlight_selection("green")
    [made] = _stored(window)
    view.scroll_to_highlight(made)
    [first_line, *_] = view.range_rects(made.start, made.end)
    image = view.viewport().grab().toImage()
    # Sample just below the top edge of the line box, where no glyph ink is.
    x, y = int(first_line.center().x()), int(first_line.top() + 2)
    painted = QColor(image.pixel(x, y))
    green = shade("green")
    assert abs(painted.green() - green.green()) < 40 and painted.red() < 235
    blank = QColor(image.pixel(x, int(first_line.top() - 20)))
    assert blank.name() != painted.name()


@pytest.mark.parametrize("lines", [2, 4, 7])
@pytest.mark.parametrize("upward", [False, True])
def test_the_colour_toolbar_never_covers_the_selection(
    window: MainWindow, qtbot: QtBot, lines: int, upward: bool
):
    """A selection of several lines, dragged down or up: the toolbar stands above or
    below it, never on the words being highlighted."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtTest import QTest

    window.resize(1100, 760)
    article = next(s.id for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    window.articles.select_article(article)
    view = window.reader_view
    qtbot.wait(20)
    middle = QPoint(view.viewport().width() // 2, view.viewport().height() // 3)
    cursor = view.cursorForPosition(middle)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, lines - 1)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    if upward:  # the drag ends at the top: the cursor stands at the selection's start
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.setPosition(end)
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    release = view.cursorRect(cursor).center()
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=release)

    toolbar = view.toolbar
    assert toolbar.isVisible()
    selection = view.reading_selection()
    assert selection is not None
    covered = [r.toAlignedRect() for r in view.range_rects(*selection)]
    assert len(covered) >= lines
    box = QRect(toolbar.pos(), toolbar.size())
    assert view.viewport().rect().contains(box)
    assert not [r for r in covered if r.intersects(box)], (box, covered)
