"""Reading comfort: theme, font, text size, line spacing and width, remembered per library.

The choices live in the library's settings (``reading/…``). Applying them colours the
window, styles the reading view and checks the View menu's choices; the place in the
article is kept. ``apply_window_theme`` also serves the first frame, before anything else
of the window is loaded, so this module imports only Qt's core at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from reader.ui.startup.lazy_modules import lazy

if TYPE_CHECKING:
    from reader.core import rendering, themes
    from reader.core.themes import Theme
    from reader.ui.reading import reader_view, theming
    from reader.ui.reading.reader_view import ReaderView
    from reader.ui.window.menus import MainMenu
else:
    rendering = lazy("reader.core.rendering")
    themes = lazy("reader.core.themes")
    theming = lazy("reader.ui.reading.theming")
    reader_view = lazy("reader.ui.reading.reader_view")

DEFAULT_FONT_PT = 13.0
SYSTEM_THEME = "system"  # follow the system's light or dark (theming.SYSTEM)
# Whether the window was dark when last coloured: the first frame needs the theme's
# colours only then (a new application's palette is light), and following the system
# otherwise means asking Qt, whose namespace costs a third of the first frame's budget.
WINDOW_WAS_DARK_KEY = "reading/window_was_dark"
READING_DEFAULTS: dict[str, object] = {
    "theme": SYSTEM_THEME,
    "font": "serif",  # reader_view.FONT_CHOICES, or a family the reader chose
    "font_size": DEFAULT_FONT_PT,
    "line_height": 125,
    "measure": 70,  # themes.MEASURE_CHARACTERS, a test checks; named here for the first frame
}


def reading_option(settings: QSettings, name: str) -> object:
    return settings.value(f"reading/{name}", READING_DEFAULTS[name])


def apply_window_theme(settings: QSettings, *, ask_system: bool = True) -> Theme:
    """Colour the window for the chosen theme (the reading view is styled apart).

    ``ask_system=False`` (the first frame) takes whether the system was dark from the
    last time instead of asking Qt; the built window asks again.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    choice = str(reading_option(settings, "theme"))
    if choice == SYSTEM_THEME and not ask_system:
        was_dark = str(settings.value(WINDOW_WAS_DARK_KEY, "false")) == "true"
        theme = themes.DARK if was_dark else themes.LIGHT
    else:
        theme = theming.resolve_theme(choice, app)
    settings.setValue(WINDOW_WAS_DARK_KEY, "true" if theme.dark else "false")
    theming.apply_window_palette(app, theme)
    return theme


def window_was_dark(settings: QSettings) -> bool:
    return str(settings.value(WINDOW_WAS_DARK_KEY, "false")) == "true"


class ComfortController(QObject):
    """Answers the View menu's reading choices; the only writer of ``reading/…`` settings."""

    def __init__(
        self,
        settings: QSettings,
        view: ReaderView,
        menus: MainMenu,
        keep_place: Callable[[], None],
        show_again: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self.settings = settings
        self.view = view
        self.menus = menus
        self.keep_place = keep_place  # saves the reading position before a restyle
        self.show_again = show_again  # shows the open article again, restyled

    def option(self, name: str) -> object:
        return reading_option(self.settings, name)

    def set_option(self, name: str, value: object) -> None:
        self.settings.setValue(f"reading/{name}", value)
        self.apply()

    def change_text_size(self, steps: int) -> None:
        """``steps`` larger (or smaller, when negative); 0 goes back to the default size."""
        if steps == 0:
            self.set_option("font_size", DEFAULT_FONT_PT)
            return
        size = float(str(self.option("font_size")))
        self.set_option("font_size", min(32.0, max(8.0, size + steps)))

    def choose_font(self) -> None:
        """Read in any installed font family (Qt's font dialog; its size is ignored, the
        text size has its own keys)."""
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QFontDialog

        current = QFont(reader_view.reading_families(str(self.option("font"))))
        chosen, font = QFontDialog.getFont(current, self.view.window(), self.tr("Reading Font"))
        if chosen:
            self.set_option("font", font.family())
        else:
            self.apply()  # puts the check mark back where it was

    def apply(self) -> None:
        """Apply the remembered theme, text size, spacing and width, keeping the place."""
        theme = apply_window_theme(self.settings)
        style = rendering.ReadingStyle(
            font_size_pt=float(str(self.option("font_size"))),
            line_height_percent=int(str(self.option("line_height"))),
        )
        self.keep_place()
        font = str(self.option("font"))
        self.view.set_comfort(theme, style, int(str(self.option("measure"))), font)
        self.menus.show_reading_options(
            font,
            str(self.option("theme")),
            style.line_height_percent,
            self.view.measure,
            None if font in reader_view.FONT_CHOICES else font,
        )
        self.show_again()
