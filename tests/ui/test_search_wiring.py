"""The window's search: Ctrl+K opens an article at the match, Ctrl+F finds in it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.store import articles, highlights
from reader.ui.window.main_window import MainWindow


def test_search_opens_an_article_at_the_match(qtbot: QtBot, window: MainWindow):
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.search_for("soviet")
    result = next(
        dialog.model.result_at(n)
        for n in range(dialog.result_count())
        if dialog.model.result_at(n).kind == "article"  # type: ignore[union-attr]
    )
    assert result is not None and result.article_id is not None
    dialog.article_chosen.emit(result.article_id, "soviet")
    qtbot.waitUntil(lambda: window.find_bar.isVisible())
    assert window.open_article.article_id == result.article_id
    assert window.find_bar.isVisible()
    assert window.reader_view.textCursor().selectedText().casefold() == "soviet"


def test_a_highlight_result_opens_the_passage(qtbot: QtBot, window: MainWindow):
    target = articles.find_article("Detente")
    start, end = highlights.find_quote(target.id, "Perang Dingin", 1)
    hid = highlights.create_highlight(target.id, start, end, note="zebra catatan").id
    window.open_search()
    assert window.search_dialog is not None
    window.search_dialog.search_for("zebra")
    with qtbot.waitSignal(window.search_dialog.highlight_chosen):
        window.search_dialog.open_current()
    assert window.open_article.article_id == target.id
    assert window.panel.selected_id() == hid


def test_ctrl_f_finds_in_the_open_article(qtbot: QtBot, window: MainWindow):
    window.articles.select_article(articles.find_article("Detente").id)
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "DETENTE")
    assert window.find_bar.count_label.text().startswith("1 of ")
