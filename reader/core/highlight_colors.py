"""The five highlight colours: their names, and the order menus and filters show them in.

A colour is always stored and exported by name, so it never depends on a theme. The
shades below are what the light page paints (the window, the printed handout); dark text
on each keeps a high contrast. Yellow is the default.
"""

from __future__ import annotations

COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOR = "yellow"


HIGHLIGHT_SHADES: dict[str, str] = {
    "yellow": "#fde68a",
    "green": "#bbf7d0",
    "blue": "#bfdbfe",
    "pink": "#fbcfe8",
    "purple": "#ddd6fe",
}
assert set(HIGHLIGHT_SHADES) == set(COLORS), "every colour needs a shade"

# Text drawn on a shade: dark grey rather than black reads softer at the same contrast.
INK = "#1f2937"
# A stored colour this build does not know (a newer library): painted neutral, not dropped.
UNKNOWN_SHADE = "#e5e7eb"


def is_color(name: str) -> bool:
    return name in COLORS


def shade_hex(color: str) -> str:
    """The shade highlights of ``color`` are painted with, as ``#rrggbb``."""
    return HIGHLIGHT_SHADES.get(color, UNKNOWN_SHADE)
