"""Escaping a user's text so that it shows literally in any CommonMark reader."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from reader.core.exporting.mark_rule import mark_plugin
from reader.core.exporting.markdown_text import (
    blockquote,
    escape_block,
    escape_inline,
    obsidian_tag,
    yaml_string,
)

MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(mark_plugin)


@pytest.mark.parametrize(
    "text",
    [
        "# heading",
        "> quote",
        "- item",
        "+ item",
        "1. item",
        "1) item",
        "a | b\n--- | ---",
        "*a* _b_ `c` ~~d~~ ==e==",
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "![i](http://x)",
        "<http://x>",
        "&amp; &#60;",
        "Title\n===",
        "    code?",
        "\\*already escaped\\*",
        "trailing backslash \\",
    ],
)
def test_escaped_text_renders_as_one_paragraph_of_the_same_text(text: str):
    rendered = MD.render(escape_block(text))
    assert rendered.startswith("<p>") and rendered.count("<p>") == 1, rendered
    inner = rendered[3 : -len("</p>\n")]
    assert "<" not in inner.replace("<br />", "").replace("&lt;", ""), rendered
    shown = inner.replace("<br />\n", "\n").replace("&lt;", "<").replace("&gt;", ">")
    shown = shown.replace("&quot;", '"').replace("&amp;", "&")
    expected = "\n".join(line.strip() for line in text.split("\n"))
    assert shown == expected


def test_paragraphs_stay_paragraphs_and_lines_stay_lines():
    assert escape_block("one\ntwo\n\n\n\nthree") == "one\\\ntwo\n\nthree"
    assert blockquote("one\\\ntwo\n\nthree") == "> one\\\n> two\n>\n> three"


def test_inline_text_is_one_line():
    assert escape_inline("a\nb") == "a b"


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("Kerja sama bilateral", "#kerja-sama-bilateral"),
        ("Détente", "#détente"),
        ("NATO/PBB", "#nato/pbb"),
        ("snake_case name!", "#snake-case-name"),
        ("1945", "#concept-1945"),
        ("???", "#concept"),
    ],
)
def test_concept_names_become_obsidian_tags(name: str, tag: str):
    assert obsidian_tag(name) == tag


def test_yaml_strings_are_quoted():
    assert yaml_string('a "b": #c') == '"a \\"b\\": #c"'


def test_a_missing_tool_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch):
    from _pytest.outcomes import Failed, Skipped

    from tests.core.exporting.checks import need

    monkeypatch.setenv("CI", "1")
    with pytest.raises(Failed):
        need(False, "pandoc")
    monkeypatch.delenv("CI")
    with pytest.raises(Skipped):
        need(False, "pandoc")
