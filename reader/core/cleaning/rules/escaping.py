"""Inline rule: backslash-escape the few characters that would turn text into Markdown.

Escaping is kept minimal so the Markdown source stays readable: ``*``, `````, ``[`` and ``~``
always (they open emphasis, code, links and strikethrough), ``_`` only at a word edge
(``snake_case`` is safe), ``<`` only before something that could be a tag or autolink,
``&`` only before something that could be an entity, ``\\`` only before punctuation,
``|`` only inside table cells. At the start of a line, block markers are escaped too:
``#``, ``>``, ``-``/``+`` bullets and ``1.``/``1)`` list numbers.
"""

from __future__ import annotations

import re

from ..state import InlineContext, Span

_INLINE = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])|[*`\[~]|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])|&(?=#?\w+;)"
)
_TABLE_INLINE = re.compile(_INLINE.pattern + r"|\|")
_LINE_START = re.compile(r"(?P<mark>[#>])|(?P<bullet>[-+])(?=\s|$|-)|(?P<num>\d{1,9})[.)](?=\s|$)")
# "## Foo #" would lose the trailing "#" as a closing sequence.
_HEADING_CLOSER = re.compile(r"(?:^|(?<=\s))#+(?=\s*$)")


def _escape_char(match: re.Match[str]) -> str:
    return "\\" + match.group(0)


def _escape_line_start(text: str) -> str:
    match = _LINE_START.match(text)
    if match is None:
        return text
    if match.group("num") is not None:
        cut = match.end("num")
        return text[:cut] + "\\" + text[cut:]
    return "\\" + text


def escape(text: str, context: InlineContext, at_start: bool) -> str:
    """Escape one piece of plain text; ``at_start`` says it begins a Markdown line."""
    pattern = _TABLE_INLINE if context.in_table else _INLINE
    escaped = pattern.sub(_escape_char, text)
    if at_start and context.at_line_start:
        escaped = _escape_line_start(escaped)
    return escaped


def run(spans: list[Span], context: InlineContext) -> list[Span]:
    """Escape every plain span, turning it into a raw one."""
    result: list[Span] = []
    for index, span in enumerate(spans):
        if span.raw:
            result.append(span)
            continue
        text = escape(span.text, context, at_start=index == 0)
        if context.in_heading and index == len(spans) - 1:
            text = _HEADING_CLOSER.sub(lambda m: "\\#" * len(m.group(0)), text)
        result.append(Span(text, raw=True))
    return result
