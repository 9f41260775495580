"""How large the window and its panels are, on screens from 800x600 to 4K.

The docks were once never sized, so their width followed what they showed: a new
highlight, an undo or J changed the Annotations panel's width and the paragraph being
read re-wrapped; and at 800x600 the library list shrank to 80 pixels. Here the panels
are sized explicitly: in proportion to the window until the reader sizes them (a saved
layout, a dragged splitter), and after that never so wide that a narrowed window
squeezes the article. A first start takes most of the screen, never more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore

from reader.ui.startup.first_page import library_width

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

# The right-hand panels' share of the window's width, and its bounds (library_width
# gives the library list's): enough for a card at 800 pixels, not half a 4K screen.
PANEL_SHARE, PANEL_WIDTHS = 0.24, (230, 640)
PANEL_MOST = 0.4  # however the panels were sized, never more of a narrowed window


def fit_to_screen(window: QMainWindow, settings: QtCore.QSettings) -> None:
    """A first start's size: most of the screen, and never more than it (1200x800
    once overflowed a netbook's 800x600). A size the reader left is kept."""
    screen = window.screen()
    if settings.value("window/geometry") is not None or screen is None:
        return
    area = screen.availableGeometry()
    width = min(area.width(), max(1200, round(area.width() * 0.7)))
    height = min(area.height(), max(800, round(area.height() * 0.8)))
    window.resize(width, height)


class PanelSizes:
    """Sizes the library list (the splitter's left side) and the right-hand docks."""

    def __init__(
        self, window: QMainWindow, splitter: QSplitter, docks: Sequence[QDockWidget]
    ) -> None:
        self._window = window
        self._splitter = splitter
        self._docks = list(docks)
        self._chosen = False  # by the reader (a saved layout, a dragged splitter)
        splitter.splitterMoved.connect(self._was_chosen)

    def _was_chosen(self) -> None:
        self._chosen = True

    def restore(self, settings: QtCore.QSettings) -> None:
        """The layout the reader left, or one fitted to the window."""
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self._splitter.restoreState(splitter)
        state = settings.value("window/state")
        if state is not None:
            self._window.restoreState(state)
            self._chosen = True
        else:
            self.fit()

    def fit(self) -> None:
        """Size the panels for the window's width."""
        width = self._window.width()
        horizontal = QtCore.Qt.Orientation.Horizontal
        if not self._chosen:
            low, high = PANEL_WIDTHS
            panel = round(min(max(width * PANEL_SHARE, low), high))
            library = library_width(width)
            self._window.resizeDocks(self._docks, [panel] * len(self._docks), horizontal)
            self._splitter.setSizes([library, max(1, width - panel - library)])
            return
        most = round(width * PANEL_MOST)
        if any(d.isVisible() and not d.isFloating() and d.width() > most for d in self._docks):
            self._window.resizeDocks(self._docks, [most] * len(self._docks), horizontal)
        library, reading = self._splitter.sizes()
        if library > most:
            self._splitter.setSizes([most, reading + library - most])
