"""Rendering Markdown for the reading view: safe, offline, structured."""

from __future__ import annotations

import pytest

from reader.core.rendering import (
    ReadingStyle,
    markdown_to_html,
    original_text_html,
    reading_stylesheet,
)


def test_raw_html_in_an_article_is_shown_as_text_not_run():
    html = markdown_to_html("Hello <script>alert(1)</script> <b>bold</b>")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>" not in html


def test_dangerous_link_schemes_are_not_links():
    html = markdown_to_html(
        "[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](https://ok.example)"
    )
    assert 'href="javascript' not in html
    assert 'href="data:' not in html
    assert 'href="vbscript' not in html
    assert 'href="https://ok.example"' in html


def test_images_are_never_fetched_only_described():
    html = markdown_to_html("![Peta ASEAN](http://127.0.0.1:9/x.png)")
    assert "<img" not in html
    assert "127.0.0.1" not in html
    assert "Peta ASEAN" in html


def test_headings_tables_and_lists_keep_their_structure():
    html = markdown_to_html(
        "# T\n\n## Bagian\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n1. satu\n2. dua\n"
    )
    assert "<h1>T</h1>" in html
    assert "<h2>Bagian</h2>" in html
    assert html.count("<td>") == 2
    assert "<ol>" in html


def test_fenced_code_is_coloured():
    html = markdown_to_html("```python\nprint('x')\n```\n")
    assert 'style="color' in html
    assert "print" in html


def test_stylesheet_sets_a_heading_hierarchy_and_line_spacing():
    css = reading_stylesheet(ReadingStyle(font_size_pt=10))
    assert "h1 { font-size: 20.0pt" in css
    assert "h2 { font-size: 14.5pt" in css
    assert "line-height: 125%" in css


def test_original_text_strikes_through_the_hidden_lines_with_their_reason():
    html = original_text_html("Title\nBACA JUGA: x\nBody <b>", {2: "related-article link"})
    assert "<s>BACA JUGA: x</s>" in html
    assert "related-article link" in html
    assert "Body &lt;b&gt;" in html
    assert html.count("<s>") == 1


def test_inline_markup_past_the_documents_budget_is_shown_as_written(
    monkeypatch: pytest.MonkeyPatch,
):
    """A megabyte of "[" took half a minute to parse; past the budget, text stays text."""
    from reader.core import rendering

    monkeypatch.setattr(rendering, "MAX_INLINE_MARKUP", 4)
    html = markdown_to_html("Satu *dua* [tiga](http://a.b).\n\nEmpat *lima* [enam](x)\nsambung")
    assert "<em>dua</em>" in html and '<a href="http://a.b">tiga</a>' in html
    assert "Empat *lima* [enam](x) sambung" in html


def test_past_the_budget_of_other_syntax_characters_inline_text_is_shown_as_written(
    monkeypatch: pytest.MonkeyPatch,
):
    """A megabyte of "](" has no "[" or "*", yet each of its characters still stops
    markdown-it's text rule and is tried by every inline rule: 5 s to open in the window."""
    from reader.core import rendering

    monkeypatch.setattr(rendering, "MAX_INLINE_SYNTAX", 6)
    html = markdown_to_html("Satu *dua* ](\n\nEmpat *lima* ](](](](")
    assert "<em>dua</em>" in html
    assert "Empat *lima* ](](](](" in html
