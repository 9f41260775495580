"""Applying a reading theme to the whole window, and following the system's dark mode.

The reading view paints the page itself; the rest of the window (lists, panels, menus)
takes a palette made from the same theme, so a dark page never sits in a white frame.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.themes import DARK, LIGHT, THEMES, Theme

SYSTEM = "system"


def system_prefers_dark(app: QApplication) -> bool:
    # Naming Qt's namespace costs ~15 ms at start (its enums are made on first use), so
    # it is named only when this is asked.
    return app.styleHints().colorScheme() == QtCore.Qt.ColorScheme.Dark


def resolve_theme(choice: str, app: QApplication) -> Theme:
    """The theme for a setting: a named one, or the system's light or dark."""
    if choice in THEMES:
        return THEMES[choice]
    return DARK if system_prefers_dark(app) else LIGHT


def apply_window_palette(app: QApplication, theme: Theme) -> None:
    if not theme.dark:
        style = app.style()
        app.setPalette(style.standardPalette())
        return
    palette = QPalette()
    window, base, text = QColor("#26262a"), QColor(theme.page), QColor(theme.text)
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#232327")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#2f2f34")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#303036")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(theme.muted)),
        (QPalette.ColorRole.Highlight, QColor("#3b6ea8")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor(theme.link)),
    ):
        palette.setColor(role, colour)
    disabled = QColor(theme.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
