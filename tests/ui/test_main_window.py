"""The main window as a reader meets it: a welcome and five articles, clean pages, resuming
where they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from reader.store import articles
from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.library.model import ARTICLE_ID_ROLE, LibraryModel
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow


def _titles(win: MainWindow) -> list[str]:
    proxy = win.library.proxy
    return [proxy.index(r, LibraryModel.TITLE).data() for r in range(proxy.rowCount())]


def _restart(qtbot: QtBot, win: MainWindow, data_dir: Path) -> MainWindow:
    win.close()
    close_library(database_proxy.obj)
    again = create_main_window(data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def test_a_new_user_sees_the_welcome_and_the_five_bundled_articles(window: MainWindow):
    assert "Marginalia" in window.windowTitle()
    titles = _titles(window)
    assert len(titles) == 6
    assert "Apa Itu Diplomasi Detente?" in titles
    # In the interface's language; tests/store/test_welcome.py checks each one.
    assert {"Welcome to Marginalia", "Selamat datang di Marginalia"} & set(titles)
    assert window.library_status.text() == "6 articles"


def test_choosing_an_article_shows_it_cleanly(window: MainWindow, qtbot: QtBot):
    row = _titles(window).index("Apa Itu Diplomasi Detente?")
    window.library.view.selectRow(row)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Apa Itu Diplomasi Detente?"))
    text = window.reader_view.toPlainText()
    assert text.startswith("Apa Itu Diplomasi Detente?")
    assert "Konsep diplomasi detente pertama kali muncul" in text
    assert "words" in window.article_status.text()


def test_the_list_sorts_by_words(window: MainWindow):
    window.library.view.sortByColumn(LibraryModel.WORDS, Qt.SortOrder.DescendingOrder)
    proxy = window.library.proxy
    words = [
        articles.get_article(proxy.index(r, 0).data(ARTICLE_ID_ROLE)).words
        for r in range(proxy.rowCount())
    ]
    assert words == sorted(words, reverse=True)


def test_the_filter_narrows_the_list(window: MainWindow):
    window.library.filter_edit.setText("detente")
    assert _titles(window) == ["Apa Itu Diplomasi Detente?"]


def test_renaming_in_the_list_changes_the_title_everywhere(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    proxy = window.library.proxy
    row = _titles(window).index("Apa Itu Diplomasi Detente?")
    assert proxy.setData(proxy.index(row, LibraryModel.TITLE), "Détente: catatan kuliah")
    assert "Détente: catatan kuliah" in _titles(window)
    again = _restart(qtbot, window, data_dir)
    assert "Détente: catatan kuliah" in _titles(again)


def test_an_empty_title_is_refused_with_a_message(window: MainWindow, qtbot: QtBot):
    messages: list[str] = []
    window.library.model.rename_failed.disconnect()
    window.library.model.rename_failed.connect(messages.append)
    proxy = window.library.proxy
    assert not proxy.setData(proxy.index(0, LibraryModel.TITLE), "   ")
    assert messages and "empty" in messages[0]
    assert all(t.strip() for t in _titles(window))


def test_reopening_returns_to_the_last_article_and_position(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    window.resize(900, 500)
    row = _titles(window).index(
        "Latar Belakang Kerja Sama Bilateral dan Strategi Diplomasi Internasional"
    )
    window.library.view.selectRow(row)
    view = window.reader_view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = view.top_position()
    assert position > 1000

    again = _restart(qtbot, window, data_dir)
    assert again.windowTitle().startswith("Latar Belakang Kerja Sama Bilateral")
    qtbot.waitUntil(lambda: abs(again.reader_view.top_position() - position) < 200)


def _left_mid_article(qtbot: QtBot, window: MainWindow) -> int:
    """Leave the longest bundled article open half-way down; its place."""
    row = _titles(window).index(
        "Latar Belakang Kerja Sama Bilateral dan Strategi Diplomasi Internasional"
    )
    window.library.view.selectRow(row)
    view = window.reader_view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    return view.top_position()


def test_closing_at_once_after_opening_keeps_the_reading_place(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    position = _left_mid_article(qtbot, window)
    window.close()
    close_library(database_proxy.obj)
    hasty = create_main_window(data_dir)
    qtbot.addWidget(hasty)
    hasty.show()
    hasty.close()  # before the window went back to its event loop even once

    again = _restart(qtbot, hasty, data_dir)
    qtbot.waitUntil(lambda: abs(again.reader_view.top_position() - position) < 200)


def test_the_window_opens_on_the_article_at_its_place_in_one_step(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    position = _left_mid_article(qtbot, window)
    window.close()
    close_library(database_proxy.obj)
    again = _start_in_two_steps(qtbot, data_dir, settle=False)
    # Already there when the window is built, not one turn of the event loop later: the
    # first frame of the finished window shows the reader's place, not the article's top.
    assert abs(again.reader_view.top_position() - position) < 200
    assert again.reader_view.verticalScrollBar().value() > 0


def test_position_survives_a_font_size_change(window: MainWindow, qtbot: QtBot):
    view = window.reader_view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    position = view.top_position()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    view.setFont(font)
    view.scroll_to_position(position)
    assert abs(view.top_position() - position) < 200


def test_original_text_shows_the_hidden_lines_struck_through(window: MainWindow, qtbot: QtBot):
    row = _titles(window).index("Apa Itu Diplomasi Detente?")
    window.library.view.selectRow(row)
    window.menus.original_action.setChecked(True)
    html = window.reader_view.toHtml()
    assert "Rate this post" in window.reader_view.toPlainText()
    assert "hidden:" in window.reader_view.toPlainText()
    assert "line-through" in html
    window.menus.original_action.setChecked(False)
    assert "Rate this post" not in window.reader_view.toPlainText()


def test_the_reading_view_loads_nothing_and_refuses_unsafe_links(window: MainWindow, qtbot: QtBot):
    view = window.reader_view
    assert view.loadResource(2, QUrl("http://127.0.0.1:9/x.png")) is None
    assert view.loadResource(2, QUrl("file:///etc/passwd")) is None
    with qtbot.waitSignal(view.link_refused) as refused:
        view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert "file:///etc/passwd" in refused.args[0]


def test_importing_through_the_window_adds_and_reports(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    good = tmp_path / "baru.txt"
    good.write_text("Artikel Baru\n\nIsi artikel baru yang penting.\n")
    bad = tmp_path / "kosong.txt"
    bad.write_text("")
    done = window.articles.import_paths([good, bad])
    assert [d.title for d in done] == ["Artikel Baru"]
    assert "Artikel Baru" in _titles(window)
    assert window.windowTitle().startswith("Artikel Baru")


def test_the_article_has_the_keyboard_focus_at_start(window: MainWindow, qtbot: QtBot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.reader_view.hasFocus())


def test_the_daily_backup_runs_after_start_or_at_close(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(MainWindow, "BACKGROUND_DELAY_MS", 50)
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    assert not list((data_dir / "backups").glob("*-daily.sqlite3"))  # not before the window
    qtbot.waitUntil(lambda: any(not t.is_alive() for t in win.background_work), timeout=10000)
    assert len(list((data_dir / "backups").glob("*-daily.sqlite3"))) == 1
    win.close()
    close_library(database_proxy.obj)


def test_a_short_session_still_makes_its_daily_backup_at_close(qtbot: QtBot, data_dir: Path):
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.close()  # well before the backup's delay
    close_library(database_proxy.obj)
    assert len(list((data_dir / "backups").glob("*-daily.sqlite3"))) == 1


def test_a_closed_window_goes_at_once_while_its_backup_finishes(qtbot: QtBot, data_dir: Path):
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    seen: list[bool] = []
    win.run_later(lambda: seen.append(win.isVisible()), "slow-backup")
    win.close()  # well before the backup's delay: the close runs it and waits for it
    close_library(database_proxy.obj)
    # The student saw the window go before that wait, not a window frozen until it ended.
    assert seen == [False]


def test_a_new_start_opens_its_own_window_while_the_closed_one_finishes_its_backup(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    import sys

    import shiboken6
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.startup.app import run_app
    from reader.ui.startup.single_instance import InstanceGuard

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    new_start_listens: list[bool] = []

    def new_start() -> None:
        guard = InstanceGuard(data_dir)
        new_start_listens.append(guard.listen(lambda _link: None))
        guard.close()

    closed: list[MainWindow] = []

    def close_when_built() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible() and w.built]
        if not shown:
            QTimer.singleShot(50, close_when_built)
            return
        window = shown[0]
        closed.append(window)
        # Started as the closed window's backup begins: after it has gone, before it ends.
        window.closed.connect(new_start)
        window.close()
        close_library(database_proxy.obj)

    QTimer.singleShot(50, close_when_built)
    never_hang = QTimer(singleShot=True, interval=30_000)
    never_hang.timeout.connect(QApplication.quit)
    never_hang.start()
    try:
        assert run_app(data_dir) == 0
    finally:
        never_hang.stop()  # a quit left pending would end a later test's event loop
        for window in closed:
            if shiboken6.isValid(window):  # run_app deletes its windows as it returns
                shiboken6.delete(window)  # not left for a later test to find
    assert new_start_listens == [True]


def test_library_columns_start_compact_and_a_shown_one_stays_shown(
    window: MainWindow, qtbot: QtBot, data_dir: Path
):
    view = window.library.view
    shown = [c for c in range(len(LibraryModel.HEADERS)) if not view.isColumnHidden(c)]
    # The title keeps most of the width: reading time and highlights beside it.
    assert shown == [LibraryModel.TITLE, LibraryModel.READING_TIME, LibraryModel.HIGHLIGHTS]
    window.library.show_column(LibraryModel.ADDED, True)
    window.library.show_column(LibraryModel.HIGHLIGHTS, False)

    again = _restart(qtbot, window, data_dir)
    assert not again.library.view.isColumnHidden(LibraryModel.ADDED)
    assert again.library.view.isColumnHidden(LibraryModel.HIGHLIGHTS)
    assert again.library.view.isColumnHidden(LibraryModel.WORDS)


def _start_in_two_steps(qtbot: QtBot, data_dir: Path, settle: bool = True) -> MainWindow:
    """The window as the app starts it: first page on screen, then built."""
    from reader.store.first_run import open_library_for_use
    from reader.ui.startup.app import library_settings

    win = MainWindow(library_settings(data_dir), data_dir, build=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not win.built
    open_library_for_use(data_dir)
    win.build()
    if settle:
        qtbot.wait(50)  # the layout settles on the next pass
    return win


def test_a_window_built_after_its_first_frame_keeps_the_panel_widths_it_was_left_with(
    qtbot: QtBot, data_dir: Path
):
    first = _start_in_two_steps(qtbot, data_dir)
    assert first.centralWidget() is first.splitter
    assert first.splitter.sizes()[1] > first.annotations_dock.width()  # the article is widest
    first.resizeDocks([first.annotations_dock], [420], Qt.Orientation.Horizontal)
    first.splitter.setSizes([300, 400])
    qtbot.wait(10)
    dock, library = first.annotations_dock.width(), first.splitter.sizes()[0]
    first.close()
    close_library(database_proxy.obj)

    again = _start_in_two_steps(qtbot, data_dir)
    # Within a few pixels: restoring rounds the splitter's handle width.
    assert abs(again.annotations_dock.width() - dock) <= 4
    assert abs(again.splitter.sizes()[0] - library) <= 4


def test_the_first_frame_names_the_same_defaults_as_the_finished_window():
    from reader.core.themes import MEASURE_CHARACTERS
    from reader.ui.controllers import comfort
    from reader.ui.reading import theming

    assert comfort.READING_DEFAULTS["measure"] == MEASURE_CHARACTERS
    assert comfort.SYSTEM_THEME == theming.SYSTEM


def test_a_reader_of_the_dark_theme_gets_a_dark_first_frame(qtbot: QtBot, data_dir: Path):
    from PySide6.QtWidgets import QApplication

    first = _start_in_two_steps(qtbot, data_dir)
    first.comfort.set_option("theme", "dark")
    first.close()
    close_library(database_proxy.obj)
    QApplication.setPalette(QApplication.style().standardPalette())  # as a new start

    from reader.ui.startup.app import library_settings

    again = MainWindow(library_settings(data_dir), data_dir, build=False)
    qtbot.addWidget(again)
    # Dark before the build: the application's palette, which every widget takes.
    assert QApplication.palette().window().color().lightness() < 100
    again.close()
    QApplication.setPalette(QApplication.style().standardPalette())


def test_a_link_that_fails_at_start_leaves_a_readable_status_bar(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """The message stands alone: the article's word count is hidden while it shows."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.startup.app import run_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    seen: list[tuple[str, bool]] = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        # The window on screen: a closed one another test left may still exist.
        shown = [w for w in windows if w.isVisible()]
        window = shown[-1] if shown else None
        if window is None or not window.built:
            QTimer.singleShot(100, look)
            return
        built = window
        QTimer.singleShot(300, lambda: finish(built))

    def finish(window: MainWindow) -> None:
        seen.append((window.statusBar().currentMessage(), window.article_status.isVisible()))
        window.close()
        close_library(database_proxy.obj)

    QTimer.singleShot(100, look)
    QTimer.singleShot(30_000, QApplication.quit)  # never hang the suite
    assert run_app(data_dir, "marginalia://open/3") == 0
    [(message, word_count_shown)] = seen
    assert "marginalia://open/3" in message
    assert not word_count_shown


def test_file_import_offers_every_kind_of_article_it_can_import(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    """HTML, Word, ODT, EPUB and PDF are advertised: the chooser must list them without
    "All files"."""
    import fnmatch

    from PySide6.QtWidgets import QFileDialog

    from reader.core.importing import importable_suffixes

    asked: list[str] = []

    def choose(_parent: object, _title: str, _folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.menus.import_action.trigger()
    (filters,) = asked
    first = filters.split(";;")[0]
    patterns = first[first.index("(") + 1 : first.rindex(")")].split()
    names = ["artikel.html", "artikel.htm", "catatan.md", "catatan.markdown", "teks.txt"]
    names += ["makalah.docx", "makalah.odt", "buku.epub", "jurnal.pdf"]
    names += [f"lain{suffix}" for suffix in importable_suffixes()]
    for name in names:
        assert any(fnmatch.fnmatch(name, p) for p in patterns), name
