"""The reading text computed without Qt is exactly the text the reading view shows.

Highlights are anchored by offsets into reading_text(); the view places them by the
same offsets in its QTextDocument. If the two texts ever differed, highlights would
drift, so this is checked on the seeds and on every Markdown construct we render.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from reader.core.cleaning import clean_text
from reader.core.reading_text import BlockKind, reading_text
from reader.core.rendering import markdown_to_html

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Qt marks paragraph and line breaks and table frames with characters of its own;
# each is one position, as each block boundary is one "\n" in reading_text().
QT_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n"})

CONSTRUCTS = {
    "paragraphs": "# T\n\nA  b\nc  \nd\n\nSecond *em* **strong** `code  x` [link](http://a.b).",
    "lists": "- one\n- two\n  more\n\n1. a\n\n   b\n2. c",
    "nested lists": "- a\n  - b\n  - c\n- d\n\n1. **Lead** text\n   continued",
    "table": "x\n\n| A | B |\n|---|---|\n| 1 | 2 \\| 3 |\n| | empty |\n\ny",
    "table last": "x\n\n| A |\n|---|\n| 1 |",
    "code": "x\n\n```python\ndef f():\n    return  1\n```\n\n    indented\n    code\n\ny",
    "rule": "x\n\n---\n\ny\n\n***",
    "quote": "> a\n> b\n>\n> c\n\nd",
    "footnotes": "t[^1] and u[^2] and t again[^1]\n\n[^1]: n one\n\n[^2]: n *two*\n    more",
    "entities": "a &amp; b &nbsp; c &lt;d&gt; \\* e &copy;",
    "image": "a ![alt *x*](u.png) b ![](v.png)",
    "raw html": "<div>block</div>\n\npara <b>x</b> <!-- c -->",
    "astral": "😀 a 𝐀 b ✍🏽 done",
    "headings": "# One\n\n## Two ##\n\nSetext\n======\n\n###### Six",
    "empty": "",
    "whitespace": "   \n\n  \t \n",
    "links": "<https://example.org/a_b> and [x](javascript:alert(1)) and [y][r]\n\n[r]: http://r",
    "hard breaks": "a \\\nb  \nc\\\n d",
    "escapes": "\\# not heading\n\n1\\. not list\n\n\\> not quote",
}


def qt_text(markdown: str) -> str:
    document = QTextDocument()
    document.setHtml(markdown_to_html(markdown))
    return document.toRawText().translate(QT_SEPARATORS)


@pytest.mark.parametrize("name", sorted(CONSTRUCTS))
def test_constructs_read_the_same_in_core_and_view(qtbot: QtBot, name: str):
    markdown = CONSTRUCTS[name]
    assert reading_text(markdown).text == qt_text(markdown)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_articles_read_the_same_in_core_and_view(qtbot: QtBot, seed: str):
    markdown = clean_text((SEEDS / seed).read_text(encoding="utf-8")).markdown
    assert reading_text(markdown).text == qt_text(markdown)


def test_positions_in_the_view_are_offsets_in_the_reading_text(qtbot: QtBot):
    markdown = CONSTRUCTS["table"] + "\n\n" + CONSTRUCTS["lists"] + "\n\n" + CONSTRUCTS["code"]
    text = reading_text(markdown).text
    document = QTextDocument()
    document.setHtml(markdown_to_html(markdown))
    assert document.characterCount() == len(text) + 1  # Qt counts one closing separator
    seen = "".join(document.characterAt(i) for i in range(len(text)))
    assert seen.translate(QT_SEPARATORS) == text


# Backticks are left out: Qt keeps a whitespace-only code span at the end of a block
# ("a ` `"), a case too rare to model; the view maps offsets through a diff if it occurs.
_words = st.text(alphabet="abc dé*_[]()#>-+1.|\\!😀\n\t  ", min_size=0, max_size=40)


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_words, max_size=8))
def test_arbitrary_markdown_reads_the_same(qtbot: QtBot, pieces: list[str]):
    markdown = "\n\n".join(pieces)
    assert reading_text(markdown).text == qt_text(markdown)


def test_blocks_know_their_headings():
    text = reading_text(
        "# Title\n\n## Part one\n\nAlpha.\n\n### Detail\n\nBeta.\n\n## Part two\n\nGamma."
    )
    assert text.heading_before(text.text.index("Alpha")) == "Part one"
    assert text.heading_before(text.text.index("Beta")) == "Detail"
    assert text.heading_before(text.text.index("Beta"), min_level=2) == "Detail"
    assert text.heading_before(text.text.index("Gamma")) == "Part two"
    assert text.heading_before(0) is None
    assert [b.kind for b in text.blocks][:2] == [BlockKind.HEADING, BlockKind.HEADING]


def test_text_past_the_markup_budget_reads_the_same_in_core_and_view(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    from reader.core import rendering

    monkeypatch.setattr(rendering, "MAX_INLINE_MARKUP", 5)
    markdown = "Satu *dua* [tiga](x).\n\nEmpat *lima* [enam](x)\nsambung  \nakhir &amp; <b>"
    assert reading_text(markdown).text == qt_text(markdown)
