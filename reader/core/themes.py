"""Reading themes: the page, ink and highlight colours of light, sepia and dark.

Highlights are painted translucently over the page, so the colour text sits on is the
blend of the two; every theme's shades are chosen so that text on each blended
highlight keeps at least WCAG AA contrast (4.5:1), which a test computes.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.highlight_colors import COLORS

# The default reading column, in characters a line: the long-standing typographic
# comfort range is 45-75; 70 keeps Indonesian's long words from breaking lines badly.
MEASURE_CHARACTERS = 70
# Font families to try, in order, for reading on screen and on paper.
READING_FONTS = ["Noto Serif", "DejaVu Serif", "Georgia", "Liberation Serif", "serif"]
SANS_FONTS = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif"]

HIGHLIGHT_ALPHA = 170  # of 255: see-through enough that overlapping highlights both show


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    page: str
    text: str
    muted: str
    link: str
    rule: str
    code_background: str
    quote: str
    highlights: dict[str, str]
    dark: bool = False


LIGHT = Theme(
    key="light",
    label="Light",
    page="#ffffff",
    text="#1f1f1f",
    muted="#5f5f5f",
    link="#1a5fb4",
    rule="#d0d0d0",
    code_background="#f3f1ec",
    quote="#4a4a4a",
    highlights={
        "yellow": "#fde68a",
        "green": "#bbf7d0",
        "blue": "#bfdbfe",
        "pink": "#fbcfe8",
        "purple": "#ddd6fe",
    },
)

SEPIA = Theme(
    key="sepia",
    label="Sepia",
    page="#f4ecd8",
    text="#3b2f20",
    muted="#6b5a45",
    link="#7a3e0f",
    rule="#d8caa8",
    code_background="#ebe0c6",
    quote="#54432f",
    highlights={
        "yellow": "#f5d76e",
        "green": "#b5dfa8",
        "blue": "#b4cfe8",
        "pink": "#efbfd2",
        "purple": "#d2c4ec",
    },
)

DARK = Theme(
    key="dark",
    label="Dark",
    page="#1c1c1e",
    text="#e4e4e7",
    muted="#a1a1aa",
    link="#8ab4f8",
    rule="#3f3f46",
    code_background="#27272a",
    quote="#c4c4cc",
    highlights={
        "yellow": "#7a6414",
        "green": "#1f6a3d",
        "blue": "#1f4f86",
        "pink": "#7f2a58",
        "purple": "#55408c",
    },
    dark=True,
)

THEMES: dict[str, Theme] = {t.key: t for t in (LIGHT, SEPIA, DARK)}
assert all(set(t.highlights) == set(COLORS) for t in THEMES.values())


def _rgb(hex_color: str) -> tuple[float, float, float]:
    value = hex_color.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def blend(top: str, bottom: str, alpha: int) -> str:
    """``top`` painted at ``alpha`` (0..255) over ``bottom``, as a hex colour."""
    a = alpha / 255
    mixed = [t * a + b * (1 - a) for t, b in zip(_rgb(top), _rgb(bottom), strict=True)]
    return "#" + "".join(f"{round(c * 255):02x}" for c in mixed)


def relative_luminance(hex_color: str) -> float:
    """WCAG 2 relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(hex_color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def highlight_background(theme: Theme, color: str) -> str:
    """What the reader sees behind highlighted text: the shade blended onto the page."""
    return blend(theme.highlights[color], theme.page, HIGHLIGHT_ALPHA)
