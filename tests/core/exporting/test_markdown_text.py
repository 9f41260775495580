"""Escaping a user's text so that it shows literally in any CommonMark reader."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.core.exporting.mark_rule import mark_plugin
from reader.core.exporting.markdown_text import (
    blockquote,
    escape_block,
    escape_inline,
    yaml_string,
)
from reader.core.exporting.obsidian_tags import concept_tags, obsidian_tag

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
        ("snake_case name!", "#snake_case-name"),
        ("1945", "#concept-1945"),
        ("???", "#concept"),
        ("C#", "#c-sharp"),
        ("C++", "#c-plus-plus"),
        ("Keamanan_siber", "#keamanan_siber"),
        ("🕊️", "#dove-of-peace"),
        ("PBB / UN", "#pbb-un"),
        ("_x_", "#x"),
    ],
)
def test_concept_names_become_obsidian_tags(name: str, tag: str):
    assert obsidian_tag(name) == tag


# Obsidian's rules: letters (any script), digits, "_" and "-"; "/" only between the parts
# of a nested tag; not digits alone. Marks, as in Devanagari, belong to their letters.
def _is_obsidian_tag(tag: str) -> bool:
    if not tag.startswith("#") or len(tag) < 2:
        return False
    parts = tag[1:].split("/")
    allowed = all(
        ch.isalnum() or ch in "_-" or unicodedata.category(ch) in ("Mn", "Mc")
        for part in parts
        for ch in part
    )
    # Never a part that is empty or starts or ends with "-"/"_" (``#_x_`` is emphasis).
    tidy = all(part and part[0] not in "-_" and part[-1] not in "-_" for part in parts)
    return allowed and tidy and not tag[1:].replace("/", "").isdigit()


COLLIDING = [
    ["C#", "C++", "C"],
    ["Keamanan siber", "Keamanan_siber", "keamanan-siber", "KEAMANAN  SIBER!"],
    ["🕊️", "???", "!!!", "1945", "concept-1945"],
    ["PBB / UN", "PBB/UN", "PBB-UN", "pbb un"],
    ["R&D", "R & D", "r-and-d"],
]


@pytest.mark.parametrize("names", COLLIDING)
def test_two_concepts_never_share_a_tag(names: list[str]):
    tags = concept_tags(names)
    assert set(tags) == set(names)
    assert len(set(tags.values())) == len(names), tags
    assert all(_is_obsidian_tag(t) for t in tags.values()), tags
    # The same names give the same tags, in whatever order they come.
    assert concept_tags(reversed(names)) == tags


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8, unique=True))
def test_any_concept_names_get_distinct_valid_tags(names: list[str]):
    tags = concept_tags(names)
    assert len(set(tags.values())) == len(names), tags
    assert all(_is_obsidian_tag(t) for t in tags.values()), tags


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
