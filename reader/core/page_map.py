"""Which page of the original document each part of an article came from.

An article imported from a PDF keeps a page map: the Markdown offsets where each page's
text begins, with the page's number (1-based, in the file: what a PDF viewer's
``#page=12`` opens) and its label (the number printed on it, which a citation uses: a
journal article's "p. 347"). Highlights are offsets into the reading text; exports find a
highlight's place in the Markdown through the source map, then its page here.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class PageStart:
    offset: int  # in the article's Markdown
    page: int  # 1-based index in the file
    label: str  # the printed page number, or str(page)


def page_map_json(pages: list[PageStart]) -> str:
    """The map as stored: ``[[offset, page, label], ...]``, or "" for an article without pages."""
    if not pages:
        return ""
    return json.dumps([[p.offset, p.page, p.label] for p in pages], ensure_ascii=False)


def read_page_map(stored: str | None) -> list[PageStart]:
    """The map back from its stored form; an empty list when there is none or it is damaged."""
    if not stored:
        return []
    try:
        rows = json.loads(stored)
        pages = [PageStart(int(o), int(p), str(label)) for o, p, label in rows]
    except (ValueError, TypeError):
        return []
    return sorted(pages, key=lambda p: p.offset)


def page_at(pages: list[PageStart], offset: int) -> PageStart | None:
    """The page the Markdown at ``offset`` came from, or None without a map."""
    if not pages:
        return None
    index = bisect.bisect_right([p.offset for p in pages], offset) - 1
    return pages[max(index, 0)]


def page_of_passage(
    markdown: str, reading: str, pages: list[PageStart], start: int
) -> PageStart | None:
    """The page a passage starting at reading-text offset ``start`` came from."""
    if not pages:
        return None
    from reader.core.exporting.source_map import build_source_map, normalise_source

    source_map = build_source_map(normalise_source(markdown), reading)
    segments = source_map.segments_in(start, start + 1)
    if not segments:
        return None
    segment = segments[0]
    index = min(max(start - segment.start, 0), len(segment.sources) - 1)
    offset = segment.sources[index] if segment.sources else -1
    return page_at(pages, offset if offset >= 0 else segment.source_start)
