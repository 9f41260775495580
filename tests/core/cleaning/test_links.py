"""URLs become links, without the sentence punctuation that follows them."""

from __future__ import annotations

import pytest

from .support import clean_body, tokens


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Kunjungi http://www.lookupalliance.com/.",
            "Kunjungi <http://www.lookupalliance.com/>.",
        ),
        (
            "See https://example.org/a_b*c, then stop.",
            "See <https://example.org/a_b*c>, then stop.",
        ),
        (
            "(Source: https://en.wikipedia.org/wiki/Detente_(diplomacy))",
            "(Source: <https://en.wikipedia.org/wiki/Detente_(diplomacy)>)",
        ),
        (
            "Details on www.example.org/faq.",
            "Details on [www.example.org/faq](<http://www.example.org/faq>).",
        ),
        ("Is it https://x.org?", "Is it <https://x.org>?"),
    ],
)
def test_url_becomes_link(line: str, expected: str) -> None:
    assert clean_body(f"Judul\n{line}") == expected


def test_link_parses_with_correct_href() -> None:
    stream = tokens(clean_body("Judul\nLihat https://example.org/a_(b)_c! Sekarang."))
    links = [t for t in stream[1].children or [] if t.type == "link_open"]
    assert [t.attrGet("href") for t in links] == ["https://example.org/a_(b)_c"]


def test_scheme_without_host_is_plain_text() -> None:
    assert clean_body("Judul\nThe prefix http:// is old.") == "The prefix http:// is old."
