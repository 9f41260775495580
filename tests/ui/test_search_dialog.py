"""Ctrl+K as a student uses it: type a few letters, arrow down, Enter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.store import highlights
from reader.store.database import close_library, open_library
from reader.store.models import Article
from reader.store.search import MARK_END, MARK_START, SearchResult, create_search_index
from reader.ui.dialogs.search_dialog import (
    EMPTY_QUERY,
    SNIPPET_HTML_ROLE,
    SearchDialog,
    no_results_text,
    snippet_html,
)

TITLE = "Apa Itu Diplomasi Détente?"


@pytest.fixture
def library_ids(data_dir: Path) -> Iterator[dict[str, object]]:
    db = open_library(data_dir)
    create_search_index(db)
    article = Article.create(
        title=TITLE,
        source_format="md",
        content_hash="detente",
        original_text="",
        markdown="# Détente\n\nDétente adalah pelonggaran ketegangan Perang Dingin.",
    )
    for n in range(6):
        Article.create(
            title=f"Catatan {n}",
            source_format="md",
            content_hash=f"filler-{n}",
            original_text="",
            markdown=f"Ekonomi bagian {n}.",
        )
    start, end = highlights.find_quote(article.id, "pelonggaran ketegangan")
    hid = highlights.create_highlight(article.id, start, end, note="penting untuk ujian").id
    yield {"article": article.id, "highlight": hid}
    close_library(db)


@pytest.fixture
def dialog(qtbot: QtBot, library_ids: dict[str, object]) -> SearchDialog:
    box = SearchDialog()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_typing_lists_results_after_a_pause(qtbot: QtBot, dialog: SearchDialog):
    assert dialog.results.empty_message == EMPTY_QUERY
    qtbot.keyClicks(dialog.field, "detente")
    assert dialog.result_count() == 0  # debounced: nothing yet while typing
    qtbot.waitUntil(lambda: dialog.result_count() > 0, timeout=2000)
    first = dialog.current_result()
    assert first is not None and first.kind == "article" and first.title == TITLE
    html_text = dialog.model.index(0, 0).data(SNIPPET_HTML_ROLE)
    assert "<b>Détente</b>" in html_text
    assert dialog.status.text().endswith("results") or dialog.status.text() == "1 result"


def test_enter_opens_the_article_with_the_query(qtbot: QtBot, dialog, library_ids):
    qtbot.keyClicks(dialog.field, "diplom")
    # Enter right away, before the debounce fired: the results are made for it.
    with qtbot.waitSignal(dialog.article_chosen, timeout=1000) as blocker:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert blocker.args == [library_ids["article"], "diplom"]
    assert not dialog.isVisible()


def test_down_then_enter_opens_a_highlight(qtbot: QtBot, dialog, library_ids):
    qtbot.keyClicks(dialog.field, "pelonggaran")
    qtbot.waitUntil(lambda: dialog.result_count() == 2, timeout=2000)
    kinds = [dialog.model.result_at(n).kind for n in range(2)]
    steps = kinds.index("highlight")
    for _ in range(steps):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == steps
    assert dialog.field.hasFocus()  # the cursor stayed in the field
    with qtbot.waitSignal(dialog.highlight_chosen, timeout=1000) as blocker:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Enter)
    assert blocker.args == [library_ids["article"], library_ids["highlight"]]


def test_up_and_down_stop_at_the_ends(qtbot: QtBot, dialog):
    dialog.search_for("pelonggaran")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.results.currentIndex().row() == 0
    for _ in range(5):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == dialog.result_count() - 1


def test_no_results_says_so(qtbot: QtBot, dialog):
    qtbot.keyClicks(dialog.field, "zzzzq")
    qtbot.waitUntil(lambda: dialog.results.empty_message == no_results_text("zzzzq"), timeout=2000)
    assert dialog.result_count() == 0
    assert no_results_text("zzzzq") == "No results for “zzzzq”"
    with qtbot.assertNotEmitted(dialog.article_chosen, wait=50):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)


def test_a_concept_result_emits_concept_chosen(qtbot: QtBot):
    concept = SearchResult("concept", None, None, None, 7, "Détente", "x", 1.0)
    box = SearchDialog(searcher=lambda _q, _n: [concept])
    qtbot.addWidget(box)
    box.search_for("det")
    with qtbot.waitSignal(box.concept_chosen, timeout=1000) as blocker:
        box.open_current()
    assert blocker.args == [7]


def test_a_result_list_paints(qtbot: QtBot, dialog):
    dialog.search_for("detente")
    dialog.results.viewport().repaint()  # the delegate draws every kind without error
    assert dialog.results.sizeHintForRow(0) > 0


def test_snippet_html_escapes_and_balances():
    assert snippet_html(f"a <b> & {MARK_START}x{MARK_END}") == "a &lt;b&gt; &amp; <b>x</b>"
    assert snippet_html(f"{MARK_START}open") == "<b>open</b>"
    assert snippet_html(f"stray{MARK_END} end") == "stray end"


def test_reopening_searches_again(qtbot: QtBot, dialog):
    dialog.search_for("pelonggaran")
    count = dialog.result_count()
    dialog.hide()
    Article.create(
        title="Pelonggaran kedua",
        source_format="md",
        content_hash="second",
        original_text="",
        markdown="Pelonggaran lagi.",
    )
    dialog.show()
    assert dialog.result_count() == count + 1
    assert dialog.field.selectedText() == "pelonggaran"
