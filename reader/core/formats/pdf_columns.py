"""Reading order on a page: across the full width, then down each column in turn.

A page has two columns when some vertical strip near its middle is crossed by almost no
line while plenty of lines stand wholly on either side of it (the gutter). Lines that do
cross it — a title, an abstract, a full-width figure caption — cut the page into bands;
within a band the left column is read before the right one. Lines on one baseline within
one column (a justified line the PDF drew in pieces) are joined again.

Each line returned carries the left and right edges of the column it belongs to, which
paragraph detection needs (is the line indented? did it stop short of the edge?).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.formats.pdf_text import PageText, TextLine

MIN_COLUMN_LINES = 4


@dataclass(eq=False)
class PlacedLine:
    line: TextLine
    column_x0: float
    column_x1: float
    column: int  # 0 for full width or the first column, 1 for the next one, …
    band: int  # which band of the page, counted from the top


def _gutter(lines: list[TextLine], left: float, right: float) -> float | None:
    """The x of a gutter between two columns of ``left``..``right``, or None for one."""
    if len(lines) < 2 * MIN_COLUMN_LINES:
        return None
    width = right - left
    step = max(width / 200, 1.0)
    start = left + width * 0.3
    count = int(width * 0.4 / step) + 1
    # How many lines cross each candidate x: +1 where a line begins, -1 where it ends.
    changes = [0] * (count + 1)
    for line in lines:
        first = max(0, int((line.x0 - start) / step) + 1)
        last = min(
            count, int((line.x1 - start) / step) + (0 if (line.x1 - start) % step else -1) + 1
        )
        if first < last:
            changes[first] += 1
            changes[last] -= 1
    crossing_at = []
    running = 0
    for n in range(count):
        running += changes[n]
        crossing_at.append(running)
    crossing = min(crossing_at)
    x = start + crossing_at.index(crossing) * step
    left = sum(1 for line in lines if line.x1 <= x)
    right = sum(1 for line in lines if line.x0 >= x)
    if crossing > len(lines) * 0.15 or min(left, right) < max(MIN_COLUMN_LINES, len(lines) * 0.2):
        return None
    # The middle of the empty strip, not its edge, so ragged lines do not cross it.
    lo = max((line.x1 for line in lines if line.x1 <= x), default=x)
    hi = min((line.x0 for line in lines if line.x0 >= x), default=x)
    return (lo + hi) / 2


def _rows(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines grouped by baseline: each group's lines overlap vertically by half or more."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda item: (item.top, item.x0)):
        if rows:
            last = rows[-1][-1]
            overlap = min(last.bottom, line.bottom) - max(last.top, line.top)
            if overlap >= 0.5 * min(last.height, line.height):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda item: item.x0) for row in rows]


def _joined(row: list[TextLine]) -> list[TextLine]:
    """Pieces of one line close together become one line again."""
    out = [row[0]]
    for piece in row[1:]:
        last = out[-1]
        if piece.x0 - last.x1 < 2.5 * last.height:
            out[-1] = TextLine(
                f"{last.text} {piece.text}",
                last.x0,
                piece.x1,
                min(last.top, piece.top),
                max(last.bottom, piece.bottom),
                max(last.height, piece.height),
                max(last.size, piece.size),
                last.bold and piece.bold,
                last.italic and piece.italic,
                last.page,
            )
        else:
            out.append(piece)
    return out


def _gutters(lines: list[TextLine], left: float, right: float, depth: int = 0) -> list[float]:
    """Every gutter of the page, left to right: two columns, or three (a gutter is looked
    for again on each side of the first one found)."""
    found = _gutter(lines, left, right)
    if found is None or depth >= 2:
        return [] if found is None else [found]
    left_lines = [line for line in lines if line.x1 <= found]
    right_lines = [line for line in lines if line.x0 >= found]
    return [
        *_gutters(left_lines, left, found, depth + 1),
        found,
        *_gutters(right_lines, found, right, depth + 1),
    ]


def page_gutters(page: PageText, hidden: set[int]) -> list[float]:
    """The gutters between the page's columns, left to right (none for one column)."""
    lines = [line for line in page.lines if id(line) not in hidden]
    return _gutters(lines, 0.0, page.width)


def usual_gutters(found: list[list[float]]) -> list[float]:
    """The gutters most pages of the document have (a short last page may show none)."""
    counts: dict[tuple[int, ...], int] = {}
    for gutters in found:
        if gutters:
            key = tuple(round(g / 4) for g in gutters)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return []
    key = max(counts, key=lambda k: counts[k])
    matching = [g for g in found if tuple(round(x / 4) for x in g) == key]
    return [sum(column) / len(column) for column in zip(*matching, strict=True)]


def reading_order(
    page: PageText, hidden: set[int], usual: list[float] | None = None
) -> list[PlacedLine]:
    """The page's lines in reading order, furniture (``hidden``, by id) left out.

    ``usual`` are the document's usual gutters, used on a page too sparse to show its
    own (the last page of an article, half empty) when hardly any line crosses them.
    """
    lines = [line for line in page.lines if id(line) not in hidden]
    if not lines:
        return []
    page_x0 = min(line.x0 for line in lines)
    page_x1 = max(line.x1 for line in lines)
    gutters = _gutters(lines, 0.0, page.width)
    if not gutters and usual:
        crossing = sum(1 for line in lines if any(line.x0 < g < line.x1 for g in usual))
        if crossing <= len(lines) * 0.15:
            gutters = list(usual)
    if not gutters:
        ordered = [piece for row in _rows(lines) for piece in _joined(row)]
        return [PlacedLine(line, page_x0, page_x1, 0, 0) for line in ordered]
    placed: list[PlacedLine] = []
    band = 0
    columns: list[list[TextLine]] = [[] for _ in range(len(gutters) + 1)]

    def flush() -> None:
        for column, members in enumerate(columns):
            if not members:
                continue
            ordered = [piece for row in _rows(members) for piece in _joined(row)]
            x0 = min(line.x0 for line in ordered)
            x1 = max(line.x1 for line in ordered)
            placed.extend(PlacedLine(line, x0, x1, column, band) for line in ordered)
            members.clear()

    for line in sorted(lines, key=lambda item: (item.top, item.x0)):
        if any(line.x0 < gutter < line.x1 for gutter in gutters):
            flush()
            band += 1
            placed.append(PlacedLine(line, page_x0, page_x1, 0, band))
            band += 1
        else:
            columns[sum(1 for gutter in gutters if line.x0 >= gutter)].append(line)
    flush()
    return placed
