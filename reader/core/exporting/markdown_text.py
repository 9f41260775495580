"""Turning a user's text into Markdown that shows it literally, and nothing more.

Notes, quotes, titles and concept names are the user's words, not Markdown: a note that
starts with ``#`` must not become a heading, ``<script>`` must not become an element and
``[x](javascript:...)`` must not become a link, in any reader we claim: CommonMark and GFM
(markdown-it, Obsidian, pandoc's ``gfm``), GitHub (cmark-gfm), and pandoc's ``markdown``
and ``commonmark_x`` with their extensions (smart typography, fancy lists, definition
lists). Every ASCII punctuation character may be backslash-escaped in all of them, so
escaping more than strictly needed is always safe; these functions escape what any of
those readers could take as syntax:

* everywhere: ``\\ ` * _ [ ] < > | ~ = # $ ^ { } & @`` (``$`` for pandoc's maths, ``^``
  and ``~`` for its super/subscript, ``@`` for citations, ``&`` for entities) and the
  quotes ``' "`` (pandoc's smart typography curls them);
* runs of ``--`` and ``...`` (smart typography makes dashes and ellipses of them);
* ``:`` before a non-space (``:emoji:`` shortcodes, ``http://`` bare autolinks) and the
  dot of ``www.``;
* at the start of a line: ``-`` and ``+`` (lists, rules, setext underlines), ``:``
  (pandoc's definition lists and divs) and the ``.``/``)`` after a list marker, numbers
  (``1.``) as well as pandoc's fancy ones (``a)``, ``(1)``, ``iv.``, ``B.``); indentation
  is dropped so no line turns into a code block.

An e-mail address is the one thing escapes cannot protect: GitHub's autolinker runs on
the text after escapes are resolved, so ``user\\@example.com`` is still a mailto link. An
address is written as a code span instead, which every reader shows literally.

Line breaks inside a paragraph become hard breaks (a trailing backslash), so a note
reads as it was typed; blank lines separate paragraphs.
"""

from __future__ import annotations

import json
import re

_ALWAYS = frozenset("\\`*_[]<>|~=#$^{}&@'\"")
_COLON_BEFORE_TEXT = re.compile(r":(?=\S)")
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)
_SMART_RUN = re.compile(r"-{2,}|\.{3,}")
# A list marker at the start of a line: a number (CommonMark), or one of pandoc's fancy
# ones (a letter or roman numeral, perhaps in parentheses) followed by a space.
_ORDERED_START = re.compile(r"^(\(?\d{1,9})([.)])")
_FANCY_START = re.compile(r"^(\(?(?:[ivxlcdm]+|[IVXLCDM]+|[A-Za-z]))([.)])(?=\s|$)")
# What GitHub's autolinker reads as an address (ASCII, as cmark-gfm scans it).
_ADDRESS_RUN = re.compile(r"[A-Za-z0-9.+\-_@]+")
_ADDRESS = re.compile(r"[A-Za-z0-9.+\-_]@[A-Za-z0-9\-_]")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _escape_text(text: str) -> str:
    escaped = "".join("\\" + ch if ch in _ALWAYS else ch for ch in text)
    escaped = _SMART_RUN.sub(lambda run: "".join("\\" + ch for ch in run.group()), escaped)
    escaped = _COLON_BEFORE_TEXT.sub(r"\\:", escaped)
    return _WWW.sub(r"\1\\.", escaped)


def _escape_addresses(line: str) -> str:
    """``line`` escaped, with every e-mail address in it as a code span."""
    parts, done = [], 0
    for run in _ADDRESS_RUN.finditer(line):
        # A full stop after an address ends the sentence, not the address.
        address = run.group().rstrip(".-_")
        if not _ADDRESS.search(address):
            continue
        parts += [_escape_text(line[done : run.start()]), f"`{address}`"]
        done = run.start() + len(address)
    parts.append(_escape_text(line[done:]))
    return "".join(parts)


def _escape_line(line: str) -> str:
    escaped = _escape_addresses(_CONTROL.sub("", line).strip(" \t"))
    if escaped[:1] in ("-", "+", ":"):
        escaped = "\\" + escaped
    escaped = _ORDERED_START.sub(r"\1\\\2", escaped)
    return _FANCY_START.sub(r"\1\\\2", escaped)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def escape_within_line(text: str) -> str:
    """``text`` on one line that never starts one (a label after other words): only the
    escapes that hold anywhere in a line, so "p. 12" stays "p. 12", not "p\\. 12"."""
    return _escape_addresses(_CONTROL.sub("", " ".join(_normalise_newlines(text).split("\n"))))


def escape_inline(text: str) -> str:
    """``text`` on one line (titles, names, table cells): line breaks become spaces."""
    return _escape_line(" ".join(_normalise_newlines(text).split("\n")))


def paragraphs(text: str) -> list[str]:
    """``text`` as escaped Markdown paragraphs; lines inside one end in hard breaks."""
    text = _normalise_newlines(text).strip("\n")
    found = []
    for chunk in _BLANK_RUN.split(text):
        lines = [_escape_line(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            found.append("\\\n".join(lines))
    return found


def escape_block(text: str) -> str:
    """``text`` as escaped Markdown, paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs(text))


def blockquote(markdown: str) -> str:
    """Already-escaped Markdown inside a blockquote: every line prefixed, blank ones too."""
    return "\n".join(f"> {line}" if line else ">" for line in markdown.split("\n"))


def indent(markdown: str, spaces: int = 4) -> str:
    """Continuation lines of a footnote or list item: indented, first line untouched."""
    pad = " " * spaces
    lines = markdown.split("\n")
    return "\n".join([lines[0], *(pad + line if line else "" for line in lines[1:])])


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar: JSON strings are valid YAML, escapes and all."""
    return json.dumps(value, ensure_ascii=False)
