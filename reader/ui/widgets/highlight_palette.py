"""The shades the light theme paints each highlight colour with, and their names on screen.

Colours are stored by name (reader.core.highlight_colors); this is the one place that
turns a name into paint and into words, so the reading view and the annotations panel
always agree. Every shade is light enough that dark text on it keeps a high contrast.
Names are shown in the interface's language (translation context ``HighlightColors``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from reader.core.highlight_colors import COLORS, INK, shade_hex

__all__ = [
    "CLASS_COLOR",
    "INK",
    "TEACHER_COLOR",
    "color_label",
    "color_title",
    "edge",
    "shade",
    "swatch_icon",
]

# Other people's notes (class packs) in colours no highlight colour is near, so a
# teacher's or the class's mark is never taken for one's own; the reading view, the
# banner and the Annotations panel's rows all paint with these.
TEACHER_COLOR = "#c2410c"  # a burnt orange
CLASS_COLOR = "#0f766e"  # a deep teal

# The names a reader sees; color_title() translates them.
COLOR_NAMES: dict[str, str] = {
    "yellow": str(QT_TRANSLATE_NOOP("HighlightColors", "Yellow")),
    "green": str(QT_TRANSLATE_NOOP("HighlightColors", "Green")),
    "blue": str(QT_TRANSLATE_NOOP("HighlightColors", "Blue")),
    "pink": str(QT_TRANSLATE_NOOP("HighlightColors", "Pink")),
    "purple": str(QT_TRANSLATE_NOOP("HighlightColors", "Purple")),
}
assert set(COLOR_NAMES) == set(COLORS), "every colour needs a name"


def shade(color: str) -> QColor:
    """The QColor to paint highlights of ``color`` with."""
    return QColor(shade_hex(color))


def edge(color: str) -> QColor:
    """A darker tone of the shade, for bars and outlines that must stand out on white."""
    return shade(color).darker(135)


def color_title(color: str) -> str:
    """The colour's name as a label shows it, translated: ``"Yellow"``."""
    name = COLOR_NAMES.get(color)
    if name is None:
        # A colour from a newer library has no translation: its stored name still names it.
        return color[:1].upper() + color[1:]
    return QCoreApplication.translate("HighlightColors", name)


def color_label(color: str, meanings: Mapping[str, str]) -> str:
    """The name with the user's meaning, when there is one: ``"Yellow — definitions"``."""
    meaning = meanings.get(color, "").strip()
    if not meaning:
        return color_title(color)
    return QCoreApplication.translate("HighlightColors", "{color} — {meaning}").format(
        color=color_title(color), meaning=meaning
    )


def swatch_icon(color: str, size: int = 16) -> QIcon:
    """A small rounded square of the shade, outlined so it shows on any background."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge(color), 1))
    painter.setBrush(shade(color))
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)
