"""The five highlight colours: their names, and the order menus and filters show them in.

A colour is always stored and exported by name, so it never depends on a theme; each
theme chooses the shade it paints (see reader/ui). Yellow is the default.
"""

from __future__ import annotations

COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOR = "yellow"


def is_color(name: str) -> bool:
    return name in COLORS
