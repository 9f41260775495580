"""Property tests: any text at all is cleaned without crashing and without losing text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.cleaning import MAX_TEXT_LINES, TextTooLong, clean_text
from reader.core.cleaning.mojibake import repair_mojibake

from .support import tokens, unaccounted_lines

_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\u00a0",
        "\u200b",
        "\t",
        "# ",
        "1. ",
        "10) ",
        "- ",
        "• ",
        "* ",
        "> ",
        "|",
        "`",
        "***",
        "_",
        "[x](y)",
        "<b>",
        "&amp;",
        "\\",
        "https://example.org/a_b).",
        "www.x.org",
        "Share",
        "Baca juga: ",
        "Happy\n0 %\nSad\n0 %\n",
        "Leave a Reply\nName\n",
        "Aspek Deskripsi\nTujuan Meningkatkan kesejahteraan\nManfaat Pertumbuhan ekonomi\n",
        "FAQ\n1. Apa?\n",
        "Judul Pendek",
        "Kalimat biasa yang berakhir titik.",
        "مرحبا بالعالم",  # right-to-left text
        "\u202eRTL override",
        "\x00\x01\x1b\x7f",
        "\u2028\u2029\x85\x0b\x0c",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=40).map("".join)


def _check(text: str) -> None:
    doc = clean_text(text)
    assert doc.markdown.startswith("# ")
    assert doc.markdown.endswith("\n")
    assert doc.title and "\n" not in doc.title
    # Mojibake is put back before cleaning (test_mojibake.py): lines are accounted for as
    # the cleaner reads them.
    assert unaccounted_lines(repair_mojibake(text), doc) == []
    stream = tokens(doc.markdown)
    assert [t.tag for t in stream if t.type == "heading_open"].count("h1") == 1
    assert not any(t.type in ("html_block", "code_block", "fence") for t in stream)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_is_cleaned_and_accounted_for(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=10, deadline=None)
@given(st.text(min_size=1, max_size=5), st.integers(min_value=10_000, max_value=60_000))
def test_very_long_lines(chunk: str, length: int) -> None:
    text = (chunk * (length // len(chunk) + 1))[:length]
    try:
        _check(text)
    except TextTooLong:
        # Past 10,000 lines a text is refused, with a message, rather than cleaned.
        assert text.count("\n") + text.count("\r") >= MAX_TEXT_LINES
