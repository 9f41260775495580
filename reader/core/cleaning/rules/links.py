"""Inline rule: turn bare URLs into CommonMark links, leaving closing punctuation outside.

``https://example.com/a.`` becomes ``<https://example.com/a>.``; ``www.example.com`` becomes
``[www.example.com](<http://www.example.com>)`` so the reader sees the text as written.
"""

from __future__ import annotations

import re

from ..state import InlineContext, Span

# Characters an autolink may not contain (space, <, >, controls) end the URL; so do quotes,
# backticks and pipes, which in scraped text are punctuation, not part of the address.
_URL = re.compile(
    r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'`|\x00-\x1f\x7f\u00a0\u2000-\u200f\u2028-\u202f]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"’”)]}*_~…"


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _split(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for match in _URL.finditer(text):
        url = _trim(match.group(0))
        if not url or url.lower() in ("http://", "https://") or url.lower().endswith("://"):
            continue
        host = url.split("//", 1)[-1]
        if "." not in host and not url.lower().startswith("www."):
            continue
        start, end = match.start(), match.start() + len(url)
        if start > pos:
            spans.append(Span(text[pos:start]))
        if url.lower().startswith("www."):
            spans += [Span("[", raw=True), Span(url), Span(f"](<http://{url}>)", raw=True)]
        else:
            spans.append(Span(f"<{url}>", raw=True))
        pos = end
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return spans


def run(spans: list[Span], context: InlineContext) -> list[Span]:
    """Split plain spans around URLs, emitting the links as finished Markdown."""
    result: list[Span] = []
    for span in spans:
        result.extend([span] if span.raw else _split(span.text))
    return result
