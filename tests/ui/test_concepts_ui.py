"""Concepts in the window: tag from the keyboard, browse across articles, keep them tidy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.store import articles, concepts, highlights
from reader.ui.window.main_window import MainWindow
from tests.ui.selection import select_quote


def _article(title_start: str) -> int:
    return next(s.id for s in articles.list_articles() if s.title.startswith(title_start))


def _select(win: MainWindow, title_start: str, quote: str) -> None:
    win.articles.select_article(_article(title_start))
    select_quote(win, quote)


def _type(widget: QWidget, text: str) -> None:
    """Type text as key presses; QtTest's keyClicks aborts on non-ASCII letters like é."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _tag_by_keyboard(win: MainWindow, qtbot: QtBot, name: str) -> None:
    qtbot.keyClick(win.reader_view, Qt.Key.Key_T)
    assert win.concepts.tag_popup.isVisible()
    _type(win.concepts.tag_popup.field, name)
    qtbot.keyClick(win.concepts.tag_popup.field, Qt.Key.Key_Return)


QUOTE = "pertama kali muncul pada era Perang Dingin"


def test_select_t_type_enter_tags_and_the_browser_leads_back(window: MainWindow, qtbot: QtBot):
    _select(window, "Apa Itu", QUOTE)
    _tag_by_keyboard(window, qtbot, "Détente")
    [made] = highlights.list_highlights(_article("Apa Itu"))
    assert made.exact == QUOTE and made.concepts == ("Détente",)
    concept = concepts.concept_named("détente")
    assert concepts.summary(concept.id).passages == 1

    # The concept browser lists it; activating its passage opens the article there.
    window.articles.select_article(_article("Peran Aliansi"))
    window.concept_browser.select_concept(concept.id)
    window.concept_browser.passage_activated.emit(made.article_id, made.id)
    qtbot.waitUntil(lambda: window.open_article.article_id == made.article_id)
    view = window.reader_view
    qtbot.waitUntil(
        lambda: 0 <= view.range_rects(made.start, made.end)[0].top() < view.viewport().height()
    )
    assert window.panel.selected_id() == made.id


def test_the_popup_completes_suggests_and_removes(window: MainWindow, qtbot: QtBot):
    _select(window, "Apa Itu", QUOTE)
    _tag_by_keyboard(window, qtbot, "Perang  Dingin")
    # Enter kept the popup open, cleared for the next concept.
    assert window.concepts.tag_popup.isVisible() and window.concepts.tag_popup.field.text() == ""
    _select(window, "Apa Itu", "Uni Soviet saling bersaing untuk menjadi negara")
    qtbot.keyClick(window.reader_view, Qt.Key.Key_T)
    # "Perang Dingin" is not in this passage; a concept named in it would be suggested.
    assert "Perang Dingin" not in window.concepts.tag_popup.suggestion_label.text()
    _type(window.concepts.tag_popup.field, "perang dingin")
    qtbot.keyClick(window.concepts.tag_popup.field, Qt.Key.Key_Return)
    assert concepts.summary(concepts.concept_named("Perang Dingin").id).passages == 2
    assert [c.name for c in concepts.list_concepts()] == ["Perang Dingin"]


def test_bad_names_are_explained_in_the_popup(window: MainWindow, qtbot: QtBot):
    _select(window, "Apa Itu", QUOTE)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_T)
    qtbot.keyClick(window.concepts.tag_popup.field, Qt.Key.Key_Return)
    assert "Type a concept" in window.concepts.tag_popup.error.text()
    qtbot.keyClicks(window.concepts.tag_popup.field, "x" * 101)
    qtbot.keyClick(window.concepts.tag_popup.field, Qt.Key.Key_Return)
    assert "at most 100" in window.concepts.tag_popup.error.text()
    assert concepts.list_concepts() == []


def test_tagging_is_undoable_and_a_new_concept_goes_with_it(window: MainWindow, qtbot: QtBot):
    _select(window, "Apa Itu", QUOTE)
    _tag_by_keyboard(window, qtbot, "Détente")
    window.concepts.tag_popup.close()
    window.undo_stack.undo()  # the tag, and the concept it created
    assert concepts.list_concepts() == []
    window.undo_stack.redo()
    assert [c.name for c in concepts.list_concepts()] == ["Détente"]


def _tag_in(win: MainWindow, title_start: str, quote: str, name: str) -> None:
    article_id = _article(title_start)
    start, end = highlights.find_quote(article_id, quote, occurrence=1)
    made = highlights.create_highlight(article_id, start, end)
    concepts.tag(made.id, name)


@pytest.fixture
def three_articles(window: MainWindow) -> MainWindow:
    _tag_in(window, "Apa Itu", QUOTE, "Détente")
    _tag_in(window, "Peran Aliansi", "Pakta Pertahanan Atlantik Utara (NATO)", "NATO")
    _tag_in(window, "Latar Belakang", "Kerja sama bilateral lahir dari kebutuhan", "Detente")
    _tag_in(window, "Latar Belakang", "penandatanganan perjanjian", "NATO")
    window.events.concepts_changed.emit()
    return window


def test_merge_rename_delete_across_articles_with_undo(three_articles: MainWindow):
    win = three_articles
    plain, accented = concepts.concept_named("Detente"), concepts.concept_named("Détente")
    win.concepts.manage()
    assert win.concepts.manager is not None
    win.concepts.manager.merge_requested.emit(plain.id, accented.id)
    assert [c.name for c in concepts.list_concepts()] == ["Détente", "NATO"]
    assert concepts.summary(accented.id).articles == 2

    nato = concepts.concept_named("NATO")
    win.concepts.manager.rename_requested.emit(nato.id, "Pakta NATO")
    win.concepts.manager.rename_requested.emit(nato.id, "détente")  # a clash: refused
    assert [c.name for c in concepts.list_concepts()] == ["Détente", "Pakta NATO"]

    win.concepts.manager.delete_requested.emit(nato.id)
    assert [c.name for c in concepts.list_concepts()] == ["Détente"]

    win.undo_stack.undo()  # delete
    assert concepts.summary(nato.id).passages == 2
    win.undo_stack.undo()  # rename
    assert concepts.summary(nato.id).name == "NATO"
    win.undo_stack.undo()  # merge
    assert [c.name for c in concepts.list_concepts()] == ["Detente", "Détente", "NATO"]
    assert concepts.summary(plain.id).passages == 1
    assert concepts.summary(accented.id).passages == 1
    win.undo_stack.redo()
    assert [c.name for c in concepts.list_concepts()] == ["Détente", "NATO"]


def test_library_and_panel_filter_by_concept(three_articles: MainWindow):
    win = three_articles
    nato = concepts.concept_named("NATO")
    index = win.library.concept_filter.findData(nato.id)
    win.library.concept_filter.setCurrentIndex(index)
    shown = {win.library.proxy.index(r, 0).data() for r in range(win.library.proxy.rowCount())}
    assert len(shown) == 2 and all(t.startswith(("Peran", "Latar")) for t in shown)

    win.library.concept_filter.setCurrentIndex(0)
    assert win.library.proxy.rowCount() == 6  # the five seeds and the welcome article
    win.articles.select_article(_article("Latar Belakang"))
    assert win.panel.model.shown_count() == 2
    win.panel.show_concept("nato")
    assert win.panel.model.shown_count() == 1
    assert "1 of 2" in win.panel.count_label.text()


def _press(qtbot: QtBot, win: MainWindow, key: Qt.Key) -> None:
    """A key as the keyboard delivers it: to the completion list while it shows."""
    qtbot.keyClick(QApplication.activePopupWidget() or win.concepts.tag_popup.field, key)


def _choices(win: MainWindow) -> list[str]:
    """The rows the completion list offers, top first."""
    model = win.concepts.tag_popup.choices_model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_enter_takes_the_offered_concept_and_a_new_one_is_an_explicit_choice(
    window: MainWindow, qtbot: QtBot
):
    _select(window, "Apa Itu", QUOTE)
    _tag_by_keyboard(window, qtbot, "Diplomasi")
    window.concepts.tag_popup.close()
    concepts.create_concept("Diplomacy")  # before "Diplomasi" by name, but tags nothing
    window.events.concepts_changed.emit()

    _select(window, "Apa Itu", "Uni Soviet saling bersaing untuk menjadi negara")
    qtbot.keyClick(window.reader_view, Qt.Key.Key_T)
    popup = window.concepts.tag_popup
    _type(popup.field, "diplo")
    # The concept in use comes first; the unused one after it; a new one is named as such.
    assert _choices(window) == ["Diplomasi", "Diplomacy", "Create concept “diplo”"]
    _press(qtbot, window, Qt.Key.Key_Return)
    second = highlights.list_highlights(_article("Apa Itu"))[-1]
    assert second.concepts == ("Diplomasi",)
    assert concepts.find_concept("diplo") is None  # no junk concept
    assert popup.isVisible() and popup.field.text() == ""  # ready for the next one

    # Creating one is chosen in the list, where it says so.
    _type(popup.field, "diplo")
    for _ in range(2):
        _press(qtbot, window, Qt.Key.Key_Down)
    _press(qtbot, window, Qt.Key.Key_Return)
    assert concepts.concept_named("diplo").name == "diplo"
    assert popup.field.text() == ""


def test_the_filters_offer_only_concepts_that_tag_something(window: MainWindow, qtbot: QtBot):
    """A concept with no passages (say "diplo", made by mistake) once headed every list."""
    _select(window, "Apa Itu", QUOTE)
    _tag_by_keyboard(window, qtbot, "Diplomasi")
    window.concepts.tag_popup.close()
    concepts.create_concept("Aaa unused")
    window.events.concepts_changed.emit()
    for combo in (window.panel.concept_filter, window.library.concept_filter):
        offered = [combo.itemText(n) for n in range(combo.count())]
        assert any("Diplomasi" in text for text in offered), offered
        assert not any("Aaa" in text or "aaa" in text for text in offered), offered
