"""Long runs and paragraphs get invisible breaks for layout, and nothing else changes."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings

from reader.core.cleaning import clean_text
from reader.core.layout_bounds import (
    BLOCK_LIMIT,
    RUN_LIMIT,
    ZERO_WIDTH_SPACE,
    bound_layout,
    inserted_positions,
)
from reader.core.rendering import markdown_to_html
from tests.hostile.shapes import hostile_texts

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _text(fragment: str) -> str:
    """The text of an HTML fragment, each block on a line of its own, as the view has it."""
    lines = re.sub(r"</?(?:p|h\d|li|td|th|pre|tr|table|ul|ol|blockquote)\b[^>]*>", "\n", fragment)
    return html.unescape(re.sub(r"<[^>]*>", "", lines))


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_ordinary_articles_are_left_exactly_as_they_are(seed: str):
    body = markdown_to_html(clean_text((SEEDS / seed).read_text(encoding="utf-8")).markdown)
    assert bound_layout(body) == body


@pytest.mark.parametrize(
    "markdown",
    [
        "x" * 5000,
        "# " + "y" * 3000,
        "- " + "z" * 3000,
        "| a |\n|---|\n| " + "w" * 3000 + " |",
        "```\n" + "c" * 3000 + "\n```",
        "*a*" * 2000,
        "[" + "l" * 3000 + "](https://example.org)",
        "&amp;" * 2000,
        "a&b" * 2000,
    ],
)
def test_no_run_is_longer_than_the_limit_and_the_text_is_the_same(markdown: str):
    body = markdown_to_html(markdown)
    bounded = bound_layout(body)
    text = _text(bounded)
    assert max(len(run) for run in re.split(r"[\s\u200b]+", text)) <= RUN_LIMIT
    assert text.replace(ZERO_WIDTH_SPACE, "") == _text(body)
    assert inserted_positions(_text(body), text) is not None


def test_a_huge_paragraph_is_continued_in_blocks_cut_between_letters():
    words = " ".join(["kata"] * (BLOCK_LIMIT // 2))
    body = markdown_to_html(f"Awal {words} akhir *miring {words}* selesai.")
    bounded = bound_layout(body)
    pieces = re.split(r"<p[^>]*>", bounded)
    assert len(pieces) > 3
    assert all(len(_text(piece)) <= BLOCK_LIMIT + RUN_LIMIT for piece in pieces)
    # A cut never falls next to a space: the view would drop that space.
    for cut in re.finditer(r"</p><p[^>]*>(?:<em>)?", bounded):
        assert not bounded[cut.start() - 1].isspace() and not bounded[cut.end()].isspace()
    # The emphasis is closed before each cut and opened again after it.
    assert bounded.count("<em>") == bounded.count("</em>")


@pytest.mark.parametrize(
    ("reading", "shown", "expected"),
    [
        ("abc", "abc", []),
        ("abcdef", "abc\u200bdef", [3]),
        ("abcdef", "ab\ncd\u200bef", [2, 5]),
        ("a\u200bb", "a\u200b\u200bb", [2]),
        ("abc", "abd", None),
        ("abc", "ab", None),
        ("abc", "abcX", None),
    ],
)
def test_inserted_characters_are_found_again(reading: str, shown: str, expected: list[int] | None):
    assert inserted_positions(reading, shown) == expected


def test_finding_inserted_characters_in_a_long_text_is_exact():
    reading = "".join(chr(97 + (i * 7) % 26) for i in range(200_000))
    marks = list(range(150, len(reading), 201))
    shown = list(reading)
    for count, at in enumerate(marks):
        shown.insert(at + count, ZERO_WIDTH_SPACE)
    found = inserted_positions(reading, "".join(shown))
    assert found == [at + count for count, at in enumerate(marks)]


@settings(max_examples=60, deadline=None)
@given(markdown=hostile_texts)
def test_any_text_keeps_its_characters_and_bounds_its_runs(markdown: str):
    body = markdown_to_html(markdown)
    bounded = bound_layout(body, run_limit=50, block_limit=500)
    before, after = _text(body), _text(bounded)
    # Only breaks were added: zero-width spaces and block boundaries (a newline here).
    assert inserted_positions(before, after) is not None
    longest = max(len(run) for run in re.split(r"[\s\u200b]+", after))
    assert longest <= 50 or bounded == body
