"""Every theme keeps text readable on every highlight colour (WCAG AA, computed)."""

from __future__ import annotations

import pytest

from reader.core.highlight_colors import COLORS
from reader.core.themes import (
    HIGHLIGHT_ALPHA,
    THEMES,
    blend,
    contrast_ratio,
    highlight_background,
)

AA_BODY_TEXT = 4.5


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("color", COLORS)
def test_text_on_each_highlight_meets_wcag_aa(theme: str, color: str):
    t = THEMES[theme]
    assert contrast_ratio(t.text, highlight_background(t, color)) >= AA_BODY_TEXT


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_overlapping_highlights_stay_readable_too(theme: str):
    t = THEMES[theme]
    for first in COLORS:
        for second in COLORS:
            twice = blend(t.highlights[second], highlight_background(t, first), HIGHLIGHT_ALPHA)
            assert contrast_ratio(t.text, twice) >= AA_BODY_TEXT, (first, second)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_page_text_and_links_meet_aa(theme: str):
    t = THEMES[theme]
    assert contrast_ratio(t.text, t.page) >= 7  # body text: AAA
    assert contrast_ratio(t.link, t.page) >= AA_BODY_TEXT
    assert contrast_ratio(t.muted, t.page) >= AA_BODY_TEXT


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_highlights_are_visible_against_the_page(theme: str):
    t = THEMES[theme]
    for color in COLORS:
        assert contrast_ratio(highlight_background(t, color), t.page) > 1.1


def test_contrast_is_computed_like_wcag():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48
