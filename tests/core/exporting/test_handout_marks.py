"""The handout marks exactly the highlighted words, on real articles and tricky Markdown.

Highlights are offsets into the reading text; marks go into the Markdown source. Rendered
again (markdown-it plus the ==mark== rule), every <mark> must hold exactly the words of a
highlight, in order, and the article must otherwise render exactly as it did.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.exporting.document import ExportHighlight
from reader.core.exporting.handout_writer import mark_article, marked_parser, regions
from reader.core.importing import read_article_file
from reader.core.reading_text import reading_text
from tests.core.exporting.checks import marks_in

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)

TRICKY = """# A *tricky* article

Plain words, then **bold words here**, then _emphasis_, a [link to NATO](https://nato.int)
and an autolink <https://example.org/path>, a `code span`, an escaped \\*star\\* and
AT&amp;T with an entity.

> A quoted paragraph
> over two lines.

1. **Item title** and its text
   continued on a second line.
2. Second item with a [link](https://x.org) inside.
   - nested bullet *one*
   - nested bullet two

| Column A | Column B |
| --- | --- |
| cell **one** | cell [two](https://two.org) |

Line with a hard break\\
after it, and an image ![a map](map.png) in the middle.

```
code block line
```

Last paragraph.
"""


def _highlight(text: str, start: int, end: int, number: int, note: str = "") -> ExportHighlight:
    return ExportHighlight(
        id=f"00000000-0000-4000-8000-{number:012d}",
        article_id=1,
        article_title="T",
        section=None,
        start=start,
        end=end,
        exact=text[start:end],
        prefix="",
        suffix="",
        color="yellow",
        color_meaning="",
        note=note,
        concepts=(),
        placed=True,
        created_at=NOW,
        modified_at=NOW,
    )


def _punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _unmarkable_edge(text: str, start: int, end: int) -> bool:
    """CommonMark's flanking rules: ``a==,`` cannot open a mark, nor ``-==a`` close one."""
    opens = start > 0 and _punct(text[start]) and text[start - 1].isalnum()
    closes = end < len(text) and _punct(text[end - 1]) and text[end].isalnum()
    return opens or closes


# Text no mark can go into: code, autolinks (a mark there would become part of the URL)
# and an image's placeholder, which the view makes up from its description.
_PROTECTED = re.compile(r"https?://\S+|code span|code block line|\[Image: [^\]]*\]")


def _protected(text: str, start: int, end: int) -> bool:
    """Whether the passage overlaps code or has an edge inside an autolink."""
    for match in _PROTECTED.finditer(text):
        if match.group().startswith("code") and start < match.end() and match.start() < end:
            return True
        if match.start() < start < match.end() or match.start() < end < match.end():
            return True
    return False


def _squash(text: str) -> str:
    return "".join(text.split())


def _without_marks(html: str) -> str:
    html = re.sub(r'<sup class="footnote-ref">.*?</sup>', "", html)
    html = re.sub(r'<hr class="footnotes-sep" />.*', "", html, flags=re.DOTALL)
    return html.replace("<mark>", "").replace("</mark>", "")


def check_marks(markdown: str, spans: list[tuple[int, int]], notes: bool = False) -> None:
    text = reading_text(markdown).text
    highlights = [
        _highlight(text, s, e, i, note=f"note {i}" if notes else "")
        for i, (s, e) in enumerate(spans)
    ]
    marked = mark_article(markdown, highlights)
    md = marked_parser()
    definitions = "".join(f"\n[^{label}]: {h.note}\n" for label, h in marked.footnotes)
    html = md.render(marked.markdown + definitions)
    marks = [_squash(m) for m in marks_in(html)]
    unmarked = {h.id for h in marked.unmarked}
    for region in regions(highlights):
        expected = _squash(text[region.start : region.end])
        if all(h.id in unmarked for h in region.highlights):
            # Listed after the article instead: a passage in code, or one whose edge
            # no mark can stand at (CommonMark's flanking rules).
            assert _protected(text, region.start, region.end) or _unmarkable_edge(
                text, region.start, region.end
            )
            continue
        assert not any(h.id in unmarked for h in region.highlights)
        got = ""
        while marks and len(got) < len(expected):
            got += marks.pop(0)
        assert got == expected, (region, marked.markdown)
    assert marks == [], f"marks left over: {marks}"
    # Nothing else changed: without the marks the article renders as it did.
    assert _without_marks(html) == _without_marks(md.render(markdown))
    if notes:
        labels = [label for label, _h in marked.footnotes]
        assert labels == [str(n) for n in range(1, len(labels) + 1)]
        for label in labels:
            assert f"[^{label}]" in marked.markdown


@st.composite
def _spans(draw: st.DrawFn, text: str) -> list[tuple[int, int]]:
    count = draw(st.integers(1, 6))
    chosen: list[tuple[int, int]] = []
    for _ in range(count):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 400)))
        if not text[start:end].strip():
            continue
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_marks_hold_exactly_the_highlighted_words_in_every_seed_article(seed: Path):
    markdown = read_article_file(seed).markdown
    text = reading_text(markdown).text

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(spans=_spans(text), notes=st.booleans())
    def check(spans: list[tuple[int, int]], notes: bool) -> None:
        check_marks(markdown, spans, notes)

    check()


def test_marks_survive_links_emphasis_escapes_quotes_lists_and_tables():
    text = reading_text(TRICKY).text

    @settings(max_examples=150, deadline=None)
    @given(spans=_spans(text), notes=st.booleans())
    def check(spans: list[tuple[int, int]], notes: bool) -> None:
        check_marks(TRICKY, spans, notes)

    check()


def _span_of(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "words here**, then",  # starts inside bold, ends after it
        "bold words",  # inside bold
        "to NATO and an",  # ends after a link that it starts inside
        "escaped *star* and",
        "AT&T with",
        "paragraph over two",  # a soft break inside a blockquote
        "Item title and its",
        "one | cell",  # not a real quote: replaced below
    ],
)
def test_a_passage_across_syntax_is_marked_without_breaking_it(quote: str):
    text = reading_text(TRICKY).text
    if quote == "one | cell":
        start = text.index("cell one")
        span = (start, text.index("cell two") + len("cell two"))  # across two table cells
    else:
        span = _span_of(text, quote.replace("**", ""))
    check_marks(TRICKY, [span], notes=True)


def test_overlapping_highlights_are_marked_once_with_both_notes():
    markdown = "# T\n\nOne two three four five six.\n"
    text = reading_text(markdown).text
    first, second = _span_of(text, "two three"), _span_of(text, "three four five")
    highlights = [
        _highlight(text, *first, 1, note="first note"),
        _highlight(text, *second, 2, note="second note"),
    ]
    marked = mark_article(markdown, highlights)
    assert "==two three four five==[^1][^2]" in marked.markdown
    assert [label for label, _h in marked.footnotes] == ["1", "2"]
    html = marked_parser().render(marked.markdown + "\n[^1]: a\n\n[^2]: b\n")
    assert marks_in(html) == ["two three four five"]


def test_a_passage_across_paragraphs_gets_one_mark_per_paragraph():
    markdown = "# T\n\nFirst paragraph ends here.\n\n## Heading\n\nSecond starts here.\n"
    text = reading_text(markdown).text
    start, end = text.index("ends"), text.index("Second") + len("Second")
    marked = mark_article(markdown, [_highlight(text, start, end, 1, note="n")])
    assert marked.markdown == (
        "# T\n\nFirst paragraph ==ends here.==\n\n## ==Heading==\n\n==Second==[^1] starts here.\n"
    )


def test_a_passage_in_a_code_block_is_listed_instead_of_marked():
    text = reading_text(TRICKY).text
    span = _span_of(text, "code block line")
    highlight = _highlight(text, *span, 1, note="in code")
    marked = mark_article(TRICKY, [highlight])
    assert marked.unmarked == [highlight]
    assert "==" not in marked.markdown and marked.footnotes == []


def test_an_articles_own_footnote_labels_are_not_reused():
    markdown = "# T\n\nSome text[^1] and more text.\n\n[^1]: The article's own note.\n"
    text = reading_text(markdown).text
    marked = mark_article(markdown, [_highlight(text, *_span_of(text, "more text"), 1, "mine")])
    assert marked.footnotes[0][0] == "note-1"
    assert "==more text==[^note-1]" in marked.markdown
