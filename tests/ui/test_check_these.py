"""A highlight that needs a look, as the reader meets it after an article changed: listed
under "Check these" with the passage then and the text now, dashed at its proposed place in
the text, and settled with one key (Y: yes, here; R: not here), each undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from reader.core.highlight_record import HighlightData
from reader.store import articles, highlights
from reader.store.article_text import article_text
from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.annotations.highlight_model import (
    CHECK_ROLE,
    CHECK_SECTION,
    HIGHLIGHT_ID_ROLE,
    SECTION_ROLE,
    UNPLACED_SECTION,
)
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow
from tests.store.test_placement_checks import ARTICLE


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on an article whose text changed under two highlights: one placed for
    certain, one ("menangani krisis", reworded) only proposed."""
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    source = tmp_path / "artikel.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    article_id = articles.import_file(source).article_id
    for quote in ("menangani krisis", "strategi jangka panjang"):
        start, end = highlights.find_quote(article_id, quote, 1)
        highlights.create_highlight(article_id, start, end, note=f"catatan: {quote}")
    source.write_text(
        ARTICLE.replace("dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan"),
        encoding="utf-8",
    )
    articles.import_file(source)
    win.events.articles_changed.emit()
    win.articles.select_article(article_id)
    yield win
    win.close()
    close_library(database_proxy.obj)


def _asked(win: MainWindow) -> HighlightData:
    [asked] = [h for h in win.highlights.current if h.needs_look]
    return asked


def _rows(win: MainWindow) -> list[tuple[str, str]]:
    """The panel's rows as (section header or highlight's quote, what kind of row)."""
    model = win.panel.model
    rows = []
    for n in range(model.rowCount()):
        index = model.index(n)
        section = index.data(SECTION_ROLE)
        if section is not None:
            rows.append((str(index.data()), "header:" + str(section)))
        else:
            kind = "check" if index.data(CHECK_ROLE) is not None else "card"
            rows.append((str(index.data()), kind))
    return rows


def test_a_highlight_needing_a_look_is_listed_under_check_these_with_then_and_now(
    window: MainWindow,
):
    assert _rows(window) == [
        ("strategi jangka panjang", "card"),
        ("Check these", "header:" + CHECK_SECTION),
        ("menangani krisis", "check"),
    ]
    model = window.panel.model
    check = model.index(2).data(CHECK_ROLE)
    assert (check.old_text, check.new_text) == ("menangani krisis", "membantu korban")
    tip = str(model.index(2).data(Qt.ItemDataRole.ToolTipRole))
    assert "menangani krisis" in tip and "membantu korban" in tip
    spoken = str(model.index(2).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "needs a look" in spoken and "membantu korban" in spoken
    assert "1 to check" in window.panel.count_label.text()


def test_the_proposed_place_is_dashed_in_the_text_and_never_a_placed_highlight(
    window: MainWindow,
):
    view = window.reader_view
    asked = _asked(window)
    text = article_text(articles.get_article(asked.article_id)).text
    assert text[asked.proposed_start : asked.proposed_end] == "membantu korban"
    # Not among the placed marks: nothing is attached before the reader says so.
    assert asked.id not in {h.id for h in view.highlights}
    assert [p.id for p in view.proposals] == [asked.id]
    assert view.range_rects(asked.proposed_start or 0, asked.proposed_end or 0)


def test_clicking_the_dashed_place_chooses_it_and_y_says_yes_here_undoably(
    window: MainWindow, qtbot: QtBot
):
    view = window.reader_view
    asked = _asked(window)
    view.scroll_to_highlight(asked)
    [rect, *_] = view.range_rects(asked.proposed_start or 0, asked.proposed_end or 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.panel.selected_id() == asked.id
    assert window.panel.confirm_button.isVisibleTo(window.panel)

    window.panel.list_view.setFocus()
    qtbot.keyClick(window.panel.list_view, Qt.Key.Key_Y)
    placed = highlights.get_highlight(asked.id)
    assert placed.placed and not placed.needs_look and placed.exact == "membantu korban"
    assert placed.note == "catatan: menangani krisis"  # the note stays with it
    assert "Check these" not in [label for label, _kind in _rows(window)]
    assert {h.id for h in view.highlights} == {h.id for h in window.highlights.current}
    assert not view.proposals

    window.undo_stack.undo()
    back = highlights.get_highlight(asked.id)
    assert back.needs_look and back.exact == "menangani krisis"
    assert ("menangani krisis", "check") in _rows(window)
    window.undo_stack.redo()
    assert highlights.get_highlight(asked.id).placed


def test_r_says_not_here_and_the_highlight_stays_unplaced_until_undone(
    window: MainWindow, qtbot: QtBot
):
    asked = _asked(window)
    window.panel.select_highlight(asked.id)
    window.panel.list_view.setFocus()
    qtbot.keyClick(window.panel.list_view, Qt.Key.Key_R)
    kept = highlights.get_highlight(asked.id)
    assert not kept.placed and not kept.needs_look and kept.exact == "menangani krisis"
    assert _rows(window)[1:] == [
        ("Unplaced", "header:" + UNPLACED_SECTION),
        ("menangani krisis", "card"),
    ]
    assert not window.reader_view.proposals

    window.undo_stack.undo()
    assert highlights.get_highlight(asked.id).needs_look
    assert [p.id for p in window.reader_view.proposals] == [asked.id]


def test_the_panel_buttons_answer_only_for_a_highlight_needing_a_look(
    window: MainWindow, qtbot: QtBot
):
    panel = window.panel
    placed = next(h for h in window.highlights.current if h.placed)
    panel.select_highlight(placed.id)
    assert not panel.confirm_button.isVisibleTo(panel)
    # Y on a placed highlight changes nothing and says where to look.
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Y)
    assert highlights.get_highlight(placed.id) == placed
    assert "Check these" in window.statusBar().currentMessage()

    asked = _asked(window)
    panel.select_highlight(asked.id)
    assert panel.confirm_button.isVisibleTo(panel) and panel.reject_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert highlights.get_highlight(asked.id).placed
    ids = [window.panel.model.index(n).data(HIGHLIGHT_ID_ROLE) for n in range(2)]
    assert set(ids) == {placed.id, asked.id}


def test_y_pressed_twice_goes_through_the_whole_list(qtbot: QtBot, data_dir: Path, tmp_path: Path):
    """After each answer the next highlight waiting is chosen, so a list is gone through
    with the keyboard alone, each answer undone one at a time."""
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        source = tmp_path / "dua.txt"
        source.write_text(ARTICLE, encoding="utf-8")
        article_id = articles.import_file(source).article_id
        for quote in ("menangani krisis", "perubahan iklim"):
            start, end = highlights.find_quote(article_id, quote, 1)
            highlights.create_highlight(article_id, start, end)
        edited = ARTICLE.replace(
            "dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan"
        )
        source.write_text(
            edited.replace("seperti perubahan iklim dan", "seperti pemanasan global dan"),
            encoding="utf-8",
        )
        articles.import_file(source)
        win.events.articles_changed.emit()
        win.articles.select_article(article_id)
        first, second = [h.id for h in win.highlights.current if h.needs_look]
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)  # the keys go where the focus is

        win.panel.select_highlight(first)
        win.panel.list_view.setFocus()
        qtbot.keyClick(win.panel.list_view, Qt.Key.Key_Y)
        assert win.panel.selected_id() == second  # the next one waiting, chosen
        qtbot.keyClick(win.panel.list_view, Qt.Key.Key_Y)
        now = {h.id: h for h in highlights.list_highlights(article_id)}
        assert (now[first].exact, now[second].exact) == ("membantu korban", "pemanasan global")
        assert not win.reader_view.proposals

        win.undo_stack.undo()
        assert highlights.get_highlight(second).needs_look
        assert highlights.get_highlight(first).placed
    finally:
        win.close()
        close_library(database_proxy.obj)
