"""Turning a user's text into Markdown that shows it literally, and nothing more.

Notes, quotes, titles and concept names are the user's words, not Markdown: a note that
starts with ``#`` must not become a heading, ``<script>`` must not become an element and
``[x](javascript:...)`` must not become a link, in any CommonMark or GFM reader
(markdown-it, pandoc's gfm and commonmark_x, Obsidian, GitHub). Every ASCII punctuation
character may be backslash-escaped in CommonMark, so escaping more than strictly needed
is always safe; these functions escape what any of those readers could take as syntax:

* everywhere: ``\\ ` * _ [ ] < > | ~ = # $ ^ { } & @`` (``$`` for pandoc's maths, ``^``
  and ``~`` for its super/subscript, ``@`` for e-mail autolinks, ``&`` for entities);
* ``:`` before a non-space (``:emoji:`` shortcodes, ``http://`` bare autolinks) and the
  dot of ``www.``;
* at the start of a line: ``-`` and ``+`` (lists, rules, setext underlines) and the
  ``.``/``)`` after digits (ordered lists); indentation is dropped so no line turns into
  a code block.

Line breaks inside a paragraph become hard breaks (a trailing backslash), so a note
reads as it was typed; blank lines separate paragraphs.
"""

from __future__ import annotations

import json
import re

_ALWAYS = frozenset("\\`*_[]<>|~=#$^{}&@")
_COLON_BEFORE_TEXT = re.compile(r":(?=\S)")
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _escape_line(line: str) -> str:
    line = _CONTROL.sub("", line).strip(" \t")
    escaped = "".join("\\" + ch if ch in _ALWAYS else ch for ch in line)
    escaped = _COLON_BEFORE_TEXT.sub(r"\\:", escaped)
    escaped = _WWW.sub(r"\1\\.", escaped)
    if escaped[:1] in ("-", "+"):
        escaped = "\\" + escaped
    return _ORDERED_START.sub(r"\1\\\2", escaped)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


_TAG_JUNK = re.compile(r"[^\w/-]+")


def obsidian_tag(name: str) -> str:
    """A concept name as an Obsidian tag: ``Kerja sama bilateral`` → ``#kerja-sama-bilateral``.

    Obsidian tags hold letters, digits, ``-``, ``_`` and ``/`` but no spaces, and cannot be
    all digits. ``_`` becomes ``-`` too, since ``#_x_`` could read as emphasis elsewhere.
    """
    slug = _TAG_JUNK.sub("-", name.casefold()).replace("_", "-")
    slug = re.sub(r"-{2,}", "-", slug).strip("-/")
    if not slug or slug.replace("/", "").isdigit():
        slug = f"concept-{slug}".rstrip("-")
    return f"#{slug}"


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar: JSON strings are valid YAML, escapes and all."""
    return json.dumps(value, ensure_ascii=False)
