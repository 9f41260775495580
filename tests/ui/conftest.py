"""Fixtures for the window tests: the main window over a fresh library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """The whole window on a new library (the welcome and the five bundled articles),
    shown; closed with its library afterwards."""
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    close_library(database_proxy.obj)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """A plain window on screen, for a dialog that needs a parent (the import dialog)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window
