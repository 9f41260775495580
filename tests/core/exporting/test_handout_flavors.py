"""The handout's pandoc flavour: ``[text]{.mark}``, which pandoc 2 and 3 read as a mark.

pandoc before 3 shows ``==text==`` literally; its ``markdown`` and ``commonmark_x``
readers take a bracketed span of class ``mark`` for highlighted text (``<mark>`` in
HTML, ``\\hl`` in LaTeX). Read by pandoc, the pandoc-flavoured handout must mark exactly
the highlighted words, and render otherwise exactly as the article did.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reader.core.exporting.handout_writer import mark_article, regions
from reader.core.exporting.mark_flavors import FLAVORS, PANDOC
from reader.core.importing import read_article_file
from reader.core.reading_text import reading_text
from tests.core.exporting.checks import marks_in, pandoc3, pandoc_html
from tests.core.exporting.test_handout_marks import TRICKY, _highlight

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
ARTICLES = {p.name[:3]: read_article_file(p).markdown for p in SEEDS} | {"tricky": TRICKY}
SEED_NAMES = {p.name[:3] for p in SEEDS}
# Brackets and a "!" in the text: a span must not end at a bracket of the article's own,
# nor turn into an image.
ARTICLES["brackets"] = (
    "# Brackets\n\nWow! this [aside] is long, a lone ] bracket and a lone [ one, "
    "a [link](https://x.org) and ![an image](i.png) here.\n\nThe end [1] of it.\n"
)


def _spans(text: str, seed: int) -> list[tuple[int, int]]:
    """Passages nobody chose, not overlapping, a few words long, some across blocks."""
    rng = random.Random(seed)
    spans, at = [], 0
    while at < len(text) - 2:
        start = at + rng.randint(0, 60)
        end = min(len(text), start + rng.choice([rng.randint(1, 40), rng.randint(1, 200)]))
        if start < end and text[start:end].strip():
            spans.append((start, end))
        at = end + 1
    return spans


def _squash(text: str) -> str:
    # The view shows an image as a placeholder of words; pandoc as an <img>.
    return "".join(re.sub(r"\[Image: [^\]]*\]", "", text).split())


def _without_marks(html: str) -> str:
    # pandoc wraps its HTML at 72 columns, so marks move line breaks around, and gives a
    # table column widths when a row of its source is longer than that.
    html = re.sub(r"<colgroup>.*?</colgroup>", "", html, flags=re.DOTALL)
    html = re.sub(r' class="(?:header|odd|even)"', "", html)
    return " ".join(re.sub(r"</?mark>", "", html).split())


READERS = {
    "pandoc 2 markdown": lambda m: pandoc_html(m, "markdown"),
    "pandoc 2 commonmark_x": lambda m: pandoc_html(m, "commonmark_x"),
    "pandoc 3 markdown": lambda m: pandoc_html(m, "markdown", pandoc3()),
    "pandoc 3 commonmark_x": lambda m: pandoc_html(m, "commonmark_x", pandoc3()),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("article", ARTICLES)
def test_pandoc_reads_every_mark_of_the_pandoc_flavour(article: str, reader: str):
    markdown = ARTICLES[article]
    text = reading_text(markdown).text
    highlights = [
        _highlight(text, s, e, n) for n, (s, e) in enumerate(_spans(text, seed=len(text)))
    ]
    marked = mark_article(markdown, highlights, PANDOC)
    assert "==" not in marked.markdown.replace(markdown, "")
    unmarked = {h.id for h in marked.unmarked}
    expected = [
        _squash(text[r.start : r.end])
        for r in regions(highlights)
        if not all(h.id in unmarked for h in r.highlights)
    ]
    render = READERS[reader]
    html = render(marked.markdown)
    marks = [_squash(m) for m in marks_in(html)]
    for passage in expected:
        # A passage across blocks has a mark in each.
        got = ""
        while marks and len(got) < len(passage):
            got += marks.pop(0)
        assert got == passage, marked.markdown
    assert marks == [], f"marks left over: {marks}"
    assert _without_marks(html) == _without_marks(render(markdown))
    if article in SEED_NAMES:
        # Most passages are marked; only a few edges no mark can take are listed instead.
        assert len(expected) >= 0.8 * len(regions(highlights))


def test_the_flavours_mark_the_same_passages():
    text = reading_text(TRICKY).text
    highlights = [_highlight(text, s, e, n) for n, (s, e) in enumerate(_spans(text, seed=3))]
    plain = {flavor: mark_article(TRICKY, highlights, flavor) for flavor in FLAVORS}
    unmarked = {flavor: [h.id for h in m.unmarked] for flavor, m in plain.items()}
    assert unmarked["obsidian"] == unmarked["pandoc"]
