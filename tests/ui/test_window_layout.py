"""The window laid out for the screens students have: 800×600 netbooks to 4K monitors.

At 800×600 the library list once shrank to ~80 px with a scrollbar while the right panel
kept its width, and in the find bar the clear button ran into the count ("⊗2 matches").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow

TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def sized(qtbot: QtBot, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    """A new library's window at the screen size the test names: (width, height)."""
    width, height = request.param
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    yield win
    win.close()
    close_library(database_proxy.obj)


def in_window(win: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(win, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("sized", [(800, 600), (1024, 700), (1366, 768)], indirect=True)
def test_at_small_sizes_every_pane_keeps_a_usable_width(sized: MainWindow):
    win = sized
    width = win.width()
    library, reading = win.library.view, win.reader_view.viewport()
    assert library.width() >= 170, "the library list is squeezed"
    assert not library.horizontalScrollBar().isVisible()
    assert win.annotations_dock.width() <= 0.32 * width, "the right panel takes too much"
    assert reading.width() >= 0.38 * width
    # The three share the width, left to right, without overlapping.
    parts = [in_window(win, w) for w in (win.library, win.reader_view, win.annotations_dock)]
    assert parts[0].right() < parts[1].left() and parts[1].right() < parts[2].left()
    # A column whose name is cut short ("Readin…") says it whole on hover.
    model, header = win.library.model, library.horizontalHeader()
    for column in range(1, model.columnCount()):
        name = model.header_text(column)
        if not library.isColumnHidden(column) and header.sectionSize(column) < (
            header.fontMetrics().horizontalAdvance(name)
        ):
            assert model.headerData(column, Qt.Orientation.Horizontal, TOOLTIP) == name


@pytest.mark.parametrize("sized", [(800, 600), (3840, 2160)], indirect=True)
def test_the_find_bar_shows_its_count_beside_the_field_not_under_its_clear_button(
    sized: MainWindow, qtbot: QtBot
):
    win = sized
    bar = win.find_bar
    win.reader_view.setFocus()
    bar.open_bar()
    bar.field.setText("Marginalia")  # in the welcome article, in either language
    QApplication.processEvents()
    assert bar.count_label.text() and bar.count_label.text() != "No matches"
    field = in_window(win, bar.field)
    count = in_window(win, bar.count_label)
    assert field.right() + 4 <= count.left(), "the count runs into the field"
    assert count.width() >= bar.count_label.sizeHint().width(), "the count is cut"
    for child in (bar.field, bar.count_label, bar.next_button, bar.close_button):
        box = in_window(win, child)
        assert in_window(win, bar).contains(box), child.accessibleName()


@pytest.mark.parametrize("sized", [(3840, 2160), (2560, 1440)], indirect=True)
def test_on_a_large_screen_the_panels_grow_too(sized: MainWindow):
    win = sized
    width = win.width()
    assert win.library.view.width() >= 0.15 * width
    assert win.annotations_dock.width() >= 0.12 * width
    assert win.reader_view.viewport().width() >= 0.45 * width


def test_a_first_start_fits_the_screen(qtbot: QtBot, data_dir: Path):
    """The app's first window is as large as suits the screen, never larger."""
    from reader.ui.startup.app import library_settings

    win = MainWindow(library_settings(data_dir), data_dir, build=False)
    qtbot.addWidget(win)
    screen = win.screen().availableGeometry()
    win.fit_to_screen()
    assert win.width() <= screen.width() and win.height() <= screen.height()
    assert win.width() >= min(800, screen.width())


@pytest.mark.parametrize("which", ["export", "manage concepts", "search", "shortcuts"])
def test_every_dialog_fits_the_screen(window: MainWindow, qtbot: QtBot, which: str):
    """On a small screen a dialog once ran off it, its Save and Close buttons with it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    sizes: list[tuple[int, int]] = []

    def measure_and_close() -> None:
        dialog = QApplication.activeModalWidget() or window.findChild(QDialog)
        assert isinstance(dialog, QDialog) and dialog.isVisible()
        sizes.append((dialog.width(), dialog.height()))
        dialog.reject()

    QTimer.singleShot(100, measure_and_close)
    {
        "export": window.articles.export,
        "manage concepts": window.concepts.manage,
        "search": window.open_search,
        "shortcuts": window.show_shortcuts,
    }[which]()
    qtbot.waitUntil(lambda: bool(sizes))
    area = window.screen().availableGeometry()
    assert sizes[0][0] <= area.width() and sizes[0][1] <= area.height()
