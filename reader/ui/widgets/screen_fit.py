"""A window's or dialog's size, never larger than the screen it opens on.

Dialogs are given a comfortable size in pixels (the Export dialog 900x640); on a small
screen (a netbook's 800x600) that size ran off the screen with the dialog's buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or to its screen's free area where
    that is smaller (room for the frame's title bar is the window manager's)."""
    screen = widget.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width()), min(height, area.height())
    widget.resize(width, height)
