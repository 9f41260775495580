"""The ==mark== rule: pairs like strikethrough, nests with emphasis and links."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from reader.core.exporting.mark_rule import mark_plugin

MD = MarkdownIt("commonmark").use(mark_plugin)


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("a ==b== c", "a <mark>b</mark> c"),
        ("==a **b** c==", "<mark>a <strong>b</strong> c</mark>"),
        ("**Ra==sa==** ==x==", "<strong>Ra<mark>sa</mark></strong> <mark>x</mark>"),
        ("[==NA==TO](u)", '<a href="u"><mark>NA</mark>TO</a>'),
        ("in==side==word", "in<mark>side</mark>word"),
        ("a == b == c", "a == b == c"),  # spaced: no mark
        ("a =b= c", "a =b= c"),  # one = is not a mark
        ("\\==not\\==", "==not=="),
        ("`==code==`", "<code>==code==</code>"),
    ],
)
def test_marks(source: str, html: str):
    assert MD.renderInline(source) == html
