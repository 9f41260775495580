"""Ctrl+F in an article: "3 of 12", Next and Previous wrap, the match is selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.core.reading_text import reading_text
from reader.core.rendering import markdown_to_html
from reader.ui.reading.find_bar import NO_MATCHES, FindBar
from reader.ui.reading.reader_view import ReaderView
from reader.ui.translation import LANGUAGE_KEY, install_translator, translations_folder

# An emoji before the matches: Qt counts it as two positions, the reading text as one.
MARKDOWN = (
    "# Diplomasi 😀 Détente\n\n"
    "Détente adalah pelonggaran ketegangan.\n\n"
    + "Paragraf pengisi tentang ekonomi dan pasar. " * 40
    + "\n\nAkhir masa DETENTE datang pada 1979, dan detente pun usai.\n"
)


@pytest.fixture(autouse=True)
def english(qapp: QApplication, tmp_path: Path) -> None:
    """English as the app speaks it: its plural forms ("1 match", "12 matches") come from
    marginalia_en.qm, which `make translations` builds."""
    assert (translations_folder() / "marginalia_en.qm").exists(), "run: make translations"
    settings = QSettings(str(tmp_path / "language.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    install_translator(qapp, settings)


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.view = ReaderView()
        self.bar = FindBar()
        layout.addWidget(self.view)
        layout.addWidget(self.bar)
        self.resize(700, 300)


@pytest.fixture
def page(qtbot: QtBot) -> Page:
    widget = Page()
    qtbot.addWidget(widget)
    reading = reading_text(MARKDOWN).text
    widget.view.show_html(markdown_to_html(MARKDOWN), 0, reading)
    widget.bar.set_target(widget.view, reading)
    widget.bar.hide()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def selected(page: Page) -> str:
    return page.view.textCursor().selectedText()


def test_typing_counts_matches_across_accents_and_selects_the_first(qtbot: QtBot, page: Page):
    page.bar.open_bar()
    qtbot.keyClicks(page.bar.field, "detente")
    assert page.bar.count_label.text() == "1 of 4"
    assert selected(page) == "Détente"
    assert (
        page.view.positions.to_qt(page.bar.matches[0][0]) == page.view.textCursor().selectionStart()
    )


def test_next_and_previous_wrap_around(qtbot: QtBot, page: Page):
    page.bar.open_bar()
    qtbot.keyClicks(page.bar.field, "detente")
    seen = []
    for _ in range(4):
        qtbot.keyClick(page.bar.field, Qt.Key.Key_Return)
        seen.append((page.bar.count_label.text(), selected(page)))
    assert seen == [
        ("2 of 4", "Détente"),
        ("3 of 4", "DETENTE"),
        ("4 of 4", "detente"),
        ("1 of 4", "Détente"),
    ]
    qtbot.keyClick(page.bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.bar.count_label.text() == "4 of 4"
    qtbot.keyClick(page.bar.field, Qt.Key.Key_F3)
    assert page.bar.count_label.text() == "1 of 4"
    qtbot.keyClick(page.bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert page.bar.count_label.text() == "4 of 4"
    page.bar.previous_button.click()
    assert page.bar.count_label.text() == "3 of 4"


def test_a_match_far_down_is_scrolled_into_view(qtbot: QtBot, page: Page):
    page.bar.open_bar()
    qtbot.keyClicks(page.bar.field, "1979")
    assert page.bar.count_label.text() == "1 of 1"
    assert selected(page) == "1979"
    assert page.view.verticalScrollBar().value() > 0
    rect = page.view.cursorRect(page.view.textCursor())
    assert 0 <= rect.top() <= page.view.viewport().height()


def test_every_match_is_tinted_while_the_bar_is_open(qtbot: QtBot, page: Page):
    page.bar.open_bar()
    qtbot.keyClicks(page.bar.field, "detente")
    assert len(page.view.extraSelections()) == 4
    qtbot.keyClick(page.bar.field, Qt.Key.Key_Escape)
    assert not page.bar.isVisible()
    assert page.view.extraSelections() == []
    assert selected(page) == "Détente"  # kept, so H can highlight it


def test_no_matches_and_an_empty_field(qtbot: QtBot, page: Page):
    page.bar.open_bar()
    qtbot.keyClicks(page.bar.field, "zzz")
    assert page.bar.count_label.text() == NO_MATCHES
    assert not page.bar.next_button.isEnabled()
    page.bar.field.clear()
    assert page.bar.count_label.text() == ""
    qtbot.keyClick(page.bar.field, Qt.Key.Key_Return)  # nothing to go to: no error


def test_show_match_for_a_search_query(qtbot: QtBot, page: Page):
    page.bar.show_match_for("detente")
    assert page.bar.isVisible()
    assert page.bar.count_label.text() == "1 of 4"
    assert selected(page) == "Détente"
    # The words of a library search need not stand together: the longest one found is.
    page.bar.show_match_for("pasar diplomasi")
    assert page.bar.field.text() == "diplomasi"
    assert selected(page) == "Diplomasi"
    # The deferred scroll runs without error and keeps the match selected.
    qtbot.waitUntil(lambda: selected(page) == "Diplomasi")


def test_a_selection_becomes_the_query(qtbot: QtBot, page: Page):
    page.bar.show_match_for("pelonggaran")
    page.bar.close_bar()
    page.bar.field.clear()
    page.bar.open_bar()
    assert page.bar.field.text() == "pelonggaran"


def test_a_new_target_recounts(qtbot: QtBot, page: Page):
    page.bar.open_bar()
    qtbot.keyClicks(page.bar.field, "detente")
    other = "Satu detente saja."
    page.view.show_html(markdown_to_html(other), 0, reading_text(other).text)
    page.bar.set_target(page.view, reading_text(other).text)
    assert page.bar.count_label.text() == "1 match"
    page.bar.find_next()
    assert selected(page) == "detente"
    # Without a reading text (the original-text view), the view's own text is searched.
    page.bar.set_target(page.view)
    assert page.bar.count_label.text() == "1 match"


def test_count_text(page: Page):
    assert page.bar.count_text(-1, 0) == NO_MATCHES
    assert page.bar.count_text(-1, 1) == "1 match"
    assert page.bar.count_text(-1, 12) == "12 matches"
    assert page.bar.count_text(2, 12) == "3 of 12"


def test_f3_after_closing_brings_the_bar_back(qtbot: QtBot, page: Page):
    page.bar.show_match_for("detente")
    page.bar.close_bar()
    page.bar.find_next()
    assert page.bar.isVisible()
    assert page.bar.count_label.text() == "2 of 4"
    assert len(page.view.extraSelections()) == 4
