"""Running headers, footers and page numbers: lines a PDF repeats at the edge of its pages.

A line is furniture when it stands in the top or bottom band of its page (among the two
lines nearest that edge) and the same text — digits counted as one kind, so "Page 3" and
"Page 4" are the same — stands there on many pages: at least two, and at least
:data:`REPEATED_SHARE` of the pages with text (a journal alternates two headers, each on
half the pages). A lone number at the foot or head of a page is its page number. Hidden
lines are kept with their reason, which Show Original displays.

The printed numbers also tell which page a reader would cite: when the numbers found run
in step with the pages (a journal article's pages 345–360), citations use them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from reader.core.formats.pdf_text import NOTE_OPEN, PageText, TextLine

REPEATED_SHARE = 0.4
EDGE_LINES = 2
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—|\[(]\s*)?(?:(?:page|halaman|hal\.|p\.|s\.)\s*)?(\d{1,5}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|dari|/)\s*\d{1,5})?(?:\s*[-–—|\])])?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Furniture:
    """The lines to hide, each with its reason, and the page numbers to cite."""

    hidden: dict[int, str]  # id() of the TextLine -> reason
    labels: dict[int, str]  # 0-based page -> printed page number


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.casefold())).strip()


def _gap(line: TextLine, lines: list[TextLine], downwards: bool) -> float:
    """Whether a gap separates ``line`` from the text beside it towards the page's middle.

    Headers and footers stand apart from the text; the last line of a footnote block at
    the foot of a page, however alike on every page, sits right under its neighbour.
    """
    gaps = [
        (other.top - line.bottom) if downwards else (line.top - other.bottom)
        for other in lines
        if other is not line
        and min(other.x1, line.x1) - max(other.x0, line.x0) > 0
        and ((other.top >= line.bottom - 1) if downwards else (other.bottom <= line.top + 1))
    ]
    return min(gaps) / line.height if gaps else 99.0


def _edge_lines(page: PageText) -> list[TextLine]:
    if not page.lines:
        return []
    by_top = sorted(page.lines, key=lambda line: line.top)
    band = page.height * 0.15
    # A line starting with a raised number is a footnote, however alike its neighbours.
    by_top = [line for line in by_top if not line.text.startswith(NOTE_OPEN)]
    top = [
        line
        for line in by_top[:EDGE_LINES]
        if line.top < band and _gap(line, page.lines, downwards=True) > 0.5
    ]
    bottom = [
        line
        for line in by_top[-EDGE_LINES:]
        if line.bottom > page.height - band and _gap(line, page.lines, downwards=False) > 0.5
    ]
    return top + [line for line in bottom if line not in top]


def find_furniture(pages: list[PageText]) -> Furniture:
    with_text = [p for p in pages if p.lines]
    edges: dict[int, list[TextLine]] = {}
    places: defaultdict[str, list[float]] = defaultdict(list)
    for page in with_text:
        edges[page.number] = _edge_lines(page)
        for line in edges[page.number]:
            places[_key(line.text)].append(line.top)
    # Furniture stands at one height on every page it is on; the last line of a
    # footnote that happens to read alike ("Ibid., p. 4.") does not.
    counts: Counter[str] = Counter()
    for key, tops in places.items():
        tops.sort()
        middle = tops[len(tops) // 2]
        counts[key] = sum(1 for top in tops if abs(top - middle) < 3)
    # A running head whose words change (the chapter's title, alternating with the
    # book's) is still set at one height, apart from the text, on page after page.
    # It takes more than a paragraph's spacing to count: a line's worth of space.
    heights: defaultdict[int, set[int]] = defaultdict(set)  # rounded top -> pages
    far_apart: set[int] = set()
    for number, lines in edges.items():
        page = pages[number]
        for line in lines:
            downwards = line.top < page.height / 2
            if _gap(line, page.lines, downwards) >= 1.2:
                far_apart.add(id(line))
        for line in lines:
            if id(line) in far_apart:
                heights[round(line.top)].add(number)
    needed = max(2, int(len(with_text) * REPEATED_SHARE + 0.999))
    hidden: dict[int, str] = {}
    printed: dict[int, int] = {}
    for number, lines in edges.items():
        for line in lines:
            key = _key(line.text)
            number_match = _PAGE_NUMBER.match(line.text.strip())
            if number_match:
                hidden[id(line)] = "page number"
                if number_match.group(1).isdigit():
                    printed[number] = int(number_match.group(1))
            elif counts[key] >= needed:
                hidden[id(line)] = (
                    f"running header or footer (on {counts[key]} of {len(with_text)} pages)"
                )
            elif id(line) in far_apart:
                at_height = len(set().union(*(heights[round(line.top) + d] for d in (-1, 0, 1))))
                if at_height >= needed:
                    hidden[id(line)] = (
                        f"running header or footer (at this place on {at_height} "
                        f"of {len(with_text)} pages)"
                    )
    return Furniture(hidden, _page_labels(printed, len(pages)))


def _page_labels(printed: dict[int, int], pages: int) -> dict[int, str]:
    """Printed page numbers for every page, when most of them agree on one offset."""
    offsets: defaultdict[int, int] = defaultdict(int)
    for page, value in printed.items():
        offsets[value - page] += 1
    if not offsets:
        return {}
    offset, agreeing = max(offsets.items(), key=lambda item: item[1])
    if agreeing < max(2, len(printed) * 0.6):
        return {}
    return {page: str(page + offset) for page in range(pages) if page + offset > 0}
