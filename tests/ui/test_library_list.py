"""The library list stays lazy and sorts the whole library; deleting asks and can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.importing import prepare_text
from reader.store import articles, highlights
from reader.store.articles import _store_prepared
from reader.store.models import database_proxy
from reader.ui.library.model import ARTICLE_ID_ROLE, PAGE_SIZE, LibraryModel
from reader.ui.window.main_window import MainWindow
from tests.ui.selection import select_quote

MANY = PAGE_SIZE * 2 + 50
FIRST_START = 6  # a new library: the five seeds and the welcome article


@pytest.fixture
def big(window: MainWindow) -> MainWindow:
    # Reading the first article by title: the list then needs only its first page to
    # show the current article (a new library opens on its welcome article, sorted last).
    window.articles.select_article(articles.page_of_articles(0, 1)[0].id)
    with database_proxy.atomic():
        for n in range(MANY):
            words = " ".join(["kata"] * (2000 + n))  # longer than every bundled article
            text = f"Artikel {n:04d}\n\n{words}.\n"
            _store_prepared(prepare_text(text, "txt", f"a{n}"), None)
    window.events.articles_changed.emit()
    return window


def _ids(win: MainWindow) -> list[int]:
    model = win.library.proxy
    return [int(model.data(model.index(r, 0), ARTICLE_ID_ROLE)) for r in range(model.rowCount())]


def test_the_list_loads_a_page_not_the_whole_library(big: MainWindow):
    total = MANY + FIRST_START
    assert big.library.model.total() == total
    assert big.library.model.rowCount() < total
    assert big.library_status.text() == f"{total} articles"
    while big.library.model.canFetchMore():
        big.library.model.fetchMore()
    assert big.library.model.rowCount() == total


def test_sorting_orders_the_whole_library_not_just_the_loaded_page(big: MainWindow):
    big.library.view.sortByColumn(LibraryModel.WORDS, Qt.SortOrder.DescendingOrder)
    top = articles.get_article(_ids(big)[0])
    assert top.title == f"Artikel {MANY - 1:04d}"  # the longest, though it was never loaded
    big.library.sort_by(LibraryModel.ADDED, Qt.SortOrder.DescendingOrder)
    assert articles.get_article(_ids(big)[0]).title == f"Artikel {MANY - 1:04d}"


def test_sorting_by_highlights_and_filtering(big: MainWindow):
    target = next(s for s in articles.page_of_articles(0, 5) if s.title.startswith("Apa"))
    start, end = highlights.find_quote(target.id, "Perang Dingin", occurrence=1)
    highlights.create_highlight(target.id, start, end)
    big.library.view.sortByColumn(LibraryModel.HIGHLIGHTS, Qt.SortOrder.DescendingOrder)
    assert _ids(big)[0] == target.id
    # Every word must be in the title, anywhere, in any case.
    big.library.filter_edit.setText("0449 ARTIKEL")
    assert big.library.model.total() == 1
    assert big.library_status.text() == f"1 of {MANY + FIRST_START} articles"


def test_selecting_an_article_far_down_fetches_until_it_is_there(big: MainWindow):
    far = articles.page_of_articles(MANY, 1)[0]
    big.articles.select_article(far.id)
    assert big.open_article.article_id == far.id
    assert far.id in _ids(big)


def test_deleting_asks_says_how_many_annotations_and_can_be_undone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    article = next(s for s in articles.page_of_articles(0, 10) if s.title.startswith("Apa"))
    for quote in ("Perang Dingin", "ketegangan"):
        start, end = highlights.find_quote(article.id, quote, occurrence=1)
        made = highlights.create_highlight(article.id, start, end, note="catatan")
    highlights.add_concepts(made.id, ["Détente"])
    asked: list[tuple[str, int]] = []

    def refuse(title: str, annotations: int) -> bool:
        asked.append((title, annotations))
        return False

    monkeypatch.setattr(window.articles, "confirm_delete", refuse)
    window.articles.select_article(article.id)
    window.articles.delete_current_article()
    assert asked == [(article.title, 2)] and articles.count_articles() == FIRST_START  # cancelled

    monkeypatch.setattr(window.articles, "confirm_delete", lambda t, n: True)
    window.articles.delete_current_article()
    assert articles.count_articles() == FIRST_START - 1
    assert article.id not in _ids(window)
    window.undo_stack.undo()
    assert articles.count_articles() == FIRST_START
    restored = highlights.list_highlights(article.id)
    assert [h.note for h in restored] == ["catatan", "catatan"]
    assert any(h.concepts == ("Détente",) for h in restored)
    assert window.open_article.article_id == article.id


def test_dropping_a_folder_imports_it_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    folder = tmp_path / "kuliah"
    folder.mkdir()
    for n in range(6):
        (folder / f"bab{n}.txt").write_text(f"Bab {n} Hubungan Internasional\n\nIsi bab {n}.\n")
    (folder / "rusak.txt").write_bytes(b"\x00\x01")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl("https://example.org/x.txt")])
    drop = QDropEvent(
        QPointF(window.reader_view.mapTo(window, window.reader_view.rect().center())),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drop events only inside a real drag session, so the handler is called
    # as Qt would call it.
    window.dropEvent(drop)
    assert drop.isAccepted()
    assert window.articles._import is not None
    with qtbot.waitSignal(window.articles._import.finished, timeout=30000):
        pass
    assert articles.count_articles() == FIRST_START + 6
    assert window.library_status.text() == f"{FIRST_START + 6} articles"
    assert "6 imported, 1 not imported" in window.statusBar().currentMessage()


def _highlights_shown(win: MainWindow, article_id: int) -> str:
    """The Highlights column of the article's row, as the list shows it."""
    model = win.library.model
    row = model.row_of(article_id)
    assert row is not None
    return str(model.index(row, LibraryModel.HIGHLIGHTS).data() or "")


def test_the_highlights_column_follows_highlights_added_deleted_and_undone(
    window: MainWindow, qtbot: QtBot
):

    article = next(s.id for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    window.articles.select_article(article)
    assert _highlights_shown(window, article) == ""
    for quote in ("pertama kali muncul", "meredakan ketegangan"):
        select_quote(window, quote)
        window.highlights.highlight_selection()
    assert _highlights_shown(window, article) == "2"
    window.highlights.delete(highlights.list_highlights(article)[0].id)
    assert _highlights_shown(window, article) == "1"
    window.undo_stack.undo()
    assert _highlights_shown(window, article) == "2"
