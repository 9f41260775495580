"""Shared checks for the cleaner tests: seed locations, Markdown-to-text, survival checks."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.cleaning import CleanedDocument, clean_text

SEEDS_DIR = Path(__file__).resolve().parents[3] / "seeds"
SEED_FILES = sorted(SEEDS_DIR.glob("*.txt"))
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
GOLDEN_DIR = Path(__file__).resolve().parents[2] / "_reference" / "cleaning"

_PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough")
_WORD = re.compile(r"\w+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " ")
_MARKER_GLYPH = re.compile(r"^\s*(?:[•·●▪◦‣∙○■□►▸✓✔➤–—*+]|(\d{1,3})[.)])(?=\s)")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|[•·●▪◦‣∙○■□►▸✓✔➤\-*+–—])\s+")


def tokens(markdown: str) -> list[Token]:
    return _PARSER.parse(markdown)


def _texts(stream: list[Token]) -> list[str]:
    out: list[str] = []
    for token in stream:
        if token.type == "inline" and token.children is not None:
            out.extend(_texts(token.children))
        elif token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type == "softbreak":
            out.append(" ")
        elif token.type in ("paragraph_close", "heading_close", "td_close", "th_close"):
            out.append("\n")
    return out


def plain_text_of(inline: Token) -> str:
    return "".join(_texts([inline]))


def plain_text(markdown: str) -> str:
    """What a reader sees: the rendered text of the Markdown, with the syntax stripped."""
    return " ".join("".join(_texts(tokens(markdown))).split())


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def headings(markdown: str, level: int | None = None) -> list[str]:
    stream = tokens(markdown)
    found: list[str] = []
    for index, token in enumerate(stream):
        if token.type == "heading_open" and (level is None or token.tag == f"h{level}"):
            found.append(plain_text_of(stream[index + 1]))
    return found


def missing_paragraphs(text: str, doc: CleanedDocument) -> list[str]:
    """Input paragraphs that were not removed but whose words do not appear in the output.

    Each paragraph's words (leading list marker aside) must appear as one contiguous run
    in the words of the rendered output, so a dropped or mangled paragraph is reported.
    """
    removed = {line.line_number for line in doc.removed}
    output = " " + " ".join(words(plain_text(doc.markdown))) + " "
    missing: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        paragraph = _LIST_MARKER.sub("", line.strip())
        if not paragraph or number in removed:
            continue
        needle = " " + " ".join(words(paragraph)) + " "
        if needle.strip() and needle not in output:
            missing.append(paragraph)
    return missing


def _squeezed(text: str) -> str:
    # Zero-width marks count as spacing: the cleaner trims them from line ends like spaces.
    return "".join(text.translate(_ZERO_WIDTH).split())


def unaccounted_lines(text: str, doc: CleanedDocument) -> list[str]:
    """Input lines whose characters are neither in the Markdown, in order, nor removed.

    The non-space characters of all kept lines must form a subsequence of the Markdown's
    non-space characters: the cleaner may add escapes and syntax, but may not drop or change
    a character. List markers are the exception: a bullet glyph becomes "-", and a "." or ")"
    after an item number may be swapped to keep two adjacent lists apart.
    """
    removed = {line.line_number: line.text for line in doc.removed}
    lines = re.split(r"\r\n|\r|\n", text)
    for number, original in removed.items():
        assert lines[number - 1] == original, (number, original)
    target = _squeezed(doc.markdown)
    position = 0
    lost: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number in removed:
            continue
        kept = _squeezed(_MARKER_GLYPH.sub(r"\1", line.translate(_ZERO_WIDTH)))
        for char in kept:
            found = target.find(char, position)
            if found < 0:
                lost.append(line)
                break
            position = found + 1
    return lost


def body(markdown: str) -> str:
    """The Markdown after the title line."""
    return markdown.split("\n", 1)[1].strip("\n") if "\n" in markdown else ""


def clean_body(text: str) -> str:
    return body(clean_text(text).markdown)


def removed_reasons(text: str) -> dict[str, str]:
    return {line.text: line.reason for line in clean_text(text).removed}
