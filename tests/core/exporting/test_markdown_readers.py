"""A note reads literally in every reader we claim: pandoc 2 and 3 (``markdown``,
``commonmark_x``, ``gfm``), GitHub (cmark-gfm) and markdown-it.

Each case is escaped as a note is, and every note of a batch is rendered in one run of
each reader, between headings of our own. What the reader shows must be the note's own
text (paragraphs and line breaks kept, spaces aside), in paragraphs only: no list,
definition list, heading, link, curled quote or dash.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable

import pytest
from markdown_it import MarkdownIt

from reader.core.exporting.markdown_text import escape_block
from tests.core.exporting.checks import github_html, pandoc3, pandoc_html

# Smart typography: pandoc's markdown and commonmark_x curl quotes and make dashes.
SMART = [
    "'single' and \"double\" quotes",
    "it's a 'x' isn't it",
    "en -- dash and em --- dash",
    "---",
    "-- at the start",
    "a---b and a--b",
    "<!-- a comment -->",
    "wait... and a....b",
    "'90s",
]
# Fancy list markers start ordered lists in pandoc's markdown and commonmark_x.
FANCY = [
    "a) item",
    "b. item",
    "(1) item",
    "(a) item",
    "i. item",
    "iv) item",
    "A.  item",
    "B) item",
    "(IV) item",
    "#. example",
    "(@) example",
    "(@good) example",
    "first line\na) second line",
    "first\n\n(2) after a blank line",
]
# Definition lists, divs and line blocks.
DEFINITIONS = [
    "term\n: definition",
    "term\n\n: definition after a blank line",
    ":   a colon alone",
    "term\n~ tilde definition",
    "::: div\ntext\n:::",
    "| a line block",
]
# GitHub links addresses found in the text after escapes are gone.
ADDRESSES = [
    "write to user@example.com today",
    "mailto:a@b.co",
    "x.y+z@sub.example.org.",
    "a_b-c@x-y.io, then more",
    "www.example.com and http://example.com/x",
    "@user, #123 and a@b",
]
OTHERS = [
    "$x$ and \\(y\\) and $$z$$",
    "^[inline note] and [^1] and [@cite]",
    "{.class} and [span]{.mark}",
    "H~2~O and 2^10^",
    "\\\\ two backslashes and one \\",
    "<b>raw</b> &amp; <img src=x>",
    "# heading\n> quote\n- list\n+ list\n1. list\n1) list",
    "*em* _em_ `code` ~~struck~~ ==mark==",
    "a | b\n--- | ---",
    "Setext\n===",
    "Setext\n---",
    "+---+---+\n| a | b |\n+---+---+",
    "----  ----\nsimple table\n----  ----",
]
CASES = SMART + FANCY + DEFINITIONS + ADDRESSES + OTHERS

_TOKENS = [
    "a", "b", "i", "iv", "A", "12", "kata", "x.y", "@", "user@host.org", "'", '"', "-", "--",
    "---", ".", "...", ")", "(", ":", ": ", "~", "#", "*", "_", "`", "<", ">", "<!--", "-->",
    "[", "]", "{", "}", "^", "$", "\\", "|", "+", "=", "==", "&", "&amp;", "!", "www.", "http:",
    " ", " ", " ", "\n", "\n",
]  # fmt: skip


def _random_notes(count: int, seed: int) -> list[str]:
    """Notes made of the characters readers care about, in an order nobody chose."""
    rng = random.Random(seed)
    return ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def _markdown_it(markdown: str) -> str:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    rendered: str = md.render(markdown)
    return rendered


READERS: dict[str, Callable[[str], str]] = {
    "markdown-it": _markdown_it,
    "pandoc 2 markdown": lambda m: pandoc_html(m, "markdown"),
    "pandoc 2 commonmark_x": lambda m: pandoc_html(m, "commonmark_x"),
    "pandoc 2 gfm": lambda m: pandoc_html(m, "gfm"),
    "pandoc 3 markdown": lambda m: pandoc_html(m, "markdown", pandoc3()),
    "pandoc 3 commonmark_x": lambda m: pandoc_html(m, "commonmark_x", pandoc3()),
    "pandoc 3 gfm": lambda m: pandoc_html(m, "gfm", pandoc3()),
    "GitHub (cmark-gfm)": github_html,
}

_HEADING = re.compile(r"<h6[^>]*>\s*case-(\d+)\s*</h6>")
_ALLOWED_TAGS = {"p", "br", "code"}


def _expected(note: str) -> str:
    """The note as a reader should show it: paragraphs, lines, words."""
    paragraphs = re.split(r"\n[ \t]*\n", note.strip("\n"))
    kept = [
        "\n".join(" ".join(line.split()) for line in p.split("\n") if line.strip())
        for p in paragraphs
    ]
    return "\n\n".join(p for p in kept if p)


def _shown(fragment: str) -> tuple[str, set[str]]:
    """The text a reader shows for ``fragment`` of HTML, and the tags it used."""
    tags = {t.lower() for t in re.findall(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)", fragment)}
    text = re.sub(r"</p>\s*<p[^>]*>", "\x00", fragment.strip())
    text = re.sub(r"<br\s*/?>\s*", "\x01", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    paragraphs = [
        "\n".join(" ".join(line.split()) for line in p.split("\x01")) for p in text.split("\x00")
    ]
    return "\n\n".join(paragraphs), tags


def _misread(notes: list[str], render: Callable[[str], str]) -> list[str]:
    """Each note the reader does not show literally, with what it showed."""
    document = "\n\n".join(
        f"###### case-{n}\n\n{escape_block(note)}" for n, note in enumerate(notes)
    )
    parts = _HEADING.split(render(document + "\n"))
    shown = {int(parts[i]): parts[i + 1] for i in range(1, len(parts) - 1, 2)}
    wrong = []
    for number, note in enumerate(notes):
        text, tags = _shown(shown.get(number, ""))
        if text != _expected(note) or tags - _ALLOWED_TAGS:
            wrong.append(f"{note!r} -> {escape_block(note)!r} shows {text!r} {sorted(tags)}")
    return wrong


@pytest.mark.parametrize("reader", READERS)
def test_notes_read_literally(reader: str):
    wrong = _misread(CASES, READERS[reader])
    assert not wrong, "\n".join([f"{reader} misreads {len(wrong)} note(s):", *wrong])


@pytest.mark.parametrize("reader", READERS)
def test_notes_nobody_chose_read_literally(reader: str):
    wrong = _misread(_random_notes(300, seed=14), READERS[reader])
    assert not wrong, "\n".join([f"{reader} misreads {len(wrong)} note(s):", *wrong[:20]])
