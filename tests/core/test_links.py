"""Ids and addresses from outside: read strictly, shown as they really are."""

from __future__ import annotations

import pytest

from reader.core.links import MAX_ID, display_address, parse_id, parse_open_link


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", 1),
        (" 42 ", 42),
        (str(MAX_ID), MAX_ID),
        (str(MAX_ID + 1), None),
        ("0", None),
        ("-1", None),
        ("²", None),
        ("١", None),
        ("1e3", None),
        ("9" * 5000, None),
        ("", None),
    ],
)
def test_an_id_is_plain_ascii_digits_that_fit_sqlite(text: str, expected: int | None):
    assert parse_id(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "marginalia://open/3/8b150d61-a765-48f2-808b-9a9f02cfb0d1",
            (3, "8b150d61-a765-48f2-808b-9a9f02cfb0d1"),
        ),
        ("marginalia://open/3/abc/", (3, "abc")),
        ("marginalia://open/²/abc", None),
        ("marginalia://open/99999999999999999999/abc", None),
        ("marginalia://open/" + "9" * 5000 + "/abc", None),
        ("marginalia://open/3", None),
        ("marginalia://open/3/a/b", None),
        ("marginalia://open/3/a b", None),
        ("marginalia://close/3/abc", None),
        ("https://example.org", None),
    ],
)
def test_an_open_link_names_an_article_and_a_highlight(url: str, expected: tuple[int, str] | None):
    assert parse_open_link(url) == expected


def test_a_mixed_script_host_is_shown_in_punycode():
    shown = display_address("https://аpple.com/login")  # a Cyrillic "а"
    assert shown == "https://xn--pple-43d.com/login"


def test_a_host_of_latin_lookalikes_in_one_other_script_is_shown_in_punycode():
    assert display_address("https://раураl.com/").startswith("https://xn--")


@pytest.mark.parametrize(
    "url",
    [
        "https://id.wikipedia.org/wiki/Détente",
        "https://例え.テスト/パス",
        "https://кремль.рф/",
        "https://example.org/a?b=c#d",
        "mailto:guru@example.org",
    ],
)
def test_ordinary_addresses_are_shown_as_they_are(url: str):
    assert display_address(url) == url


@pytest.mark.parametrize("hidden", ["\u202e", "\u202d", "\u200b", "\u2066", "\x07", "\n", "\u2028"])
def test_invisible_and_reordering_characters_are_written_out(hidden: str):
    shown = display_address(f"https://example.org/invoice{hidden}fdp.exe")
    assert hidden not in shown
    assert f"\\u{ord(hidden):04x}" in shown
    assert shown.startswith("https://example.org/invoice")


def test_a_user_name_and_port_stay_visible():
    assert display_address("https://user@аpple.com:8443/x") == (
        "https://user@xn--pple-43d.com:8443/x"
    )
