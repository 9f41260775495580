"""The article's tree written as Markdown: headings, paragraphs, lists, quotes, code, tables, links.

One walk over the tree with an explicit stack, so a deeply nested page cannot exhaust Python's
stack. Plain containers (``div``, ``section``, ``span``) add nothing of their own and write into
the blocks of the element around them; only lists, quotes, table cells and emphasis collect text
of their own, and list and quote levels past :data:`MAX_NESTING` are written flat, so no text is
copied more than a bounded number of times.

Pictures become ``![description](address)``: the reading view shows the description and never
loads the address. Links are made absolute against the page's address, as text only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

from reader.core.html_extraction.page_tree import BLOCK_TAGS, Element

__all__ = ["MAX_NESTING", "write_markdown"]

MAX_NESTING = 6  # list and quote levels that indent; deeper ones are written as paragraphs
_HEADING_LEVELS = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}  # "#" is the title's
_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*", "s": "~~", "del": "~~", "strike": "~~"}
_CODE = frozenset(["code", "kbd", "samp", "tt"])
_LISTS = frozenset(["ul", "ol", "menu", "dir"])
_TABLE_PARTS = frozenset(
    ["thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"]
)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_ESCAPED = re.compile(r"[\\`*\[\]<>|~]|(?<!\w)_|_(?!\w)|&(?=#?\w+;)")
_MAY_NEED_ESCAPE = re.compile(r"[\\`*\[\]<>|~_&]")
# What would open a Markdown block of its own at the start of a line.
_LINE_START = re.compile(
    r"^(?:[#>+\-=]|(?P<number>\d{1,9})(?P<delimiter>[.)])(?=\s|$))", re.MULTILINE
)
_LINE_START_CHARACTERS = frozenset("#>+-=")
_IMAGE_SOURCES = ("src", "data-src", "data-original", "data-lazy-src")
_BREAK = "\x00"  # a <br> until the paragraph is written; two or more end the paragraph
_NESTED_LIST = "\x01"  # marks a list's block so that it follows its item's text tightly
_MATH_TOKENS = frozenset(["mi", "mn", "mo", "mtext", "ms"])
# Frames in which a <p> is simply a paragraph of its own (not in a line, a cell or code).
_PARAGRAPH_FRAMES = frozenset(["block", "list", "item", "quote"])
_PARAGRAPH_BREAK = re.compile(" *\x00(?: *\x00)+ *")


def _escape(text: str) -> str:
    return _ESCAPED.sub(r"\\\g<0>", text) if _MAY_NEED_ESCAPE.search(text) else text


def _escape_line_start(match: re.Match[str]) -> str:
    # A number's marker is escaped at its full stop or bracket ("24\. März"): CommonMark
    # escapes punctuation only, so "\24." would show its backslash and still be a list.
    if match.group("number"):
        return f"{match.group('number')}\\{match.group('delimiter')}"
    return "\\" + match.group(0)


def _escape_line_starts(block: str) -> str:
    """Escape what would open a heading, quote or list at the start of any of its lines."""
    if "\n" not in block and not (block[0] in _LINE_START_CHARACTERS or block[0].isdigit()):
        return block
    return _LINE_START.sub(_escape_line_start, block)


@dataclass(slots=True)
class _Frame:
    """What an element with output of its own collects: finished blocks and the current run."""

    kind: str  # "block", "line", "pre", "list", "item", "quote", "table", "row", "cell",
    # "inline" or "link"
    blocks: list[str] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)
    depth: int = 0  # list and quote levels it sits in
    marker: str = ""  # a list item's "-" or "3.", an emphasis mark, a link's address
    number: int = 1  # an ordered list's next number
    rows: list[list[str]] = field(default_factory=list)


class _Writer:
    def __init__(self, address: str | None) -> None:
        self.address = address
        self.in_pre = 0
        self.in_code = 0
        self.emphasis: dict[str, int] = {}

    def write(self, root: Element) -> str:
        block_inlines, data_tables = _prepare(root)
        top = _Frame("block")
        # Per open element: its frame (a plain container shares its parent's) and its role.
        stack: list[tuple[_Frame, str]] = [(top, "block")]
        for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str) or element is root:
                if element is root and event == "start" and element.text:
                    self.text(top, element.text)
                continue
            if event == "start":
                role = self.role(element, tag, stack[-1], block_inlines, data_tables)
                frame = self.open(element, tag, role, stack[-1][0])
                stack.append((frame, role))
                if element.text:
                    self.text(frame, element.text)
            else:
                frame, role = stack.pop()
                self.close(element, tag, role, frame, stack[-1][0])
                if element.tail:
                    self.text(stack[-1][0], element.tail)
        self.flush(top)
        return "\n\n".join(top.blocks).replace(_NESTED_LIST, "")

    def role(
        self,
        element: Element,
        tag: str,
        parent: tuple[_Frame, str],
        block_inlines: set[Element],
        data_tables: set[Element],
    ) -> str:
        frame = parent[0]
        kind = frame.kind
        if tag == "p" and kind in _PARAGRAPH_FRAMES:
            return "block"  # most of an article: a paragraph in a plain container
        if tag in ("br", "img", "hr"):
            return tag
        if kind == "pre":
            return "plain"
        if tag == "table":
            one_line = kind in ("line", "row", "cell")
            return "table" if element in data_tables and not one_line else "block"
        if tag in _TABLE_PARTS and kind in ("table", "row"):
            if tag in ("td", "th"):
                return "cell" if kind == "row" else "block"
            if tag == "tr":
                return "row" if kind == "table" else "block"
            if tag == "caption":
                return "line"
            return "plain"  # thead, tbody, tfoot: their rows are the table's
        if tag in _MATH_TOKENS:
            return "space"
        if kind in ("line", "row", "cell"):
            # Inside a heading or a table cell everything is one line.
            return "space" if tag in BLOCK_TAGS or element in block_inlines else self.inline(tag)
        if tag in _HEADING_LEVELS or tag in ("dt", "figcaption", "caption", "summary"):
            return "line"
        if tag == "pre":
            return "pre"
        if tag in _LISTS:
            return "list" if frame.depth < MAX_NESTING else "block"
        if tag == "li":
            return "item" if kind == "list" else "block"
        if tag == "blockquote":
            return "quote" if frame.depth < MAX_NESTING else "block"
        if tag in BLOCK_TAGS or tag == "dd" or element in block_inlines:
            return "block"
        return self.inline(tag)

    def inline(self, tag: str) -> str:
        if self.in_pre:
            return "plain"
        if tag == "a" or tag in _EMPHASIS or tag in _CODE or tag in ("q", "math"):
            return "inline"
        return "plain"

    # -- opening and closing -----------------------------------------------------------------

    def open(self, element: Element, tag: str, role: str, parent: _Frame) -> _Frame:
        if role == "plain":
            return parent
        if role == "space":
            parent.inline.append(" ")
            return parent
        if role == "br":
            parent.inline.append("\n" if self.in_pre else _BREAK)
            return parent
        if role == "img":
            parent.inline.append(self.image(element))
            return parent
        if role == "inline":
            return self.open_inline(element, tag, parent)
        self.flush(parent)
        if role in ("block", "hr"):
            if role == "hr":
                parent.blocks.append("---")
            return parent
        if role == "pre":
            self.in_pre += 1
            return _Frame("pre", depth=parent.depth)
        if role == "list":
            start = element.get("start") or "1"
            number = int(start) if start.isdigit() and len(start) < 9 else 1
            marker = "1." if tag == "ol" else "-"
            return _Frame("list", depth=parent.depth + 1, marker=marker, number=number)
        if role == "item":
            marker = parent.marker
            if marker != "-":
                marker = f"{parent.number}."
                parent.number += 1
            return _Frame("item", depth=parent.depth, marker=marker)
        if role == "quote":
            return _Frame("quote", depth=parent.depth + 1)
        return _Frame(role, depth=parent.depth)  # line, table, row, cell

    def open_inline(self, element: Element, tag: str, parent: _Frame) -> _Frame:
        frame = _Frame("inline", depth=parent.depth)
        if tag == "a":
            href = element.get("href") or ""
            frame.marker = "" if href.startswith("#") or self.in_code else self.url(href)
            frame.kind = "link"
        elif tag in _CODE:
            self.in_code += 1
            frame.marker = "`" if self.in_code == 1 else ""
        elif tag in _EMPHASIS:
            mark = _EMPHASIS[tag]
            frame.marker = "" if self.emphasis.get(mark) or self.in_code else mark
            self.emphasis[mark] = self.emphasis.get(mark, 0) + 1
        elif tag == "q":
            frame.inline.append("“")
        return frame

    def close(self, element: Element, tag: str, role: str, frame: _Frame, parent: _Frame) -> None:
        if role in ("plain", "br", "img", "hr"):
            return
        if role == "space":
            parent.inline.append(" ")
            return
        if role == "inline":
            self.close_inline(tag, frame, parent)
            return
        if role == "block":
            self.flush(frame)
            return
        if role == "pre":
            self.in_pre -= 1
            code = "".join(frame.inline).strip("\n")
            fence = "```"
            while fence in code:
                fence += "`"
            if code.strip():
                parent.blocks.append(f"{fence}\n{code}\n{fence}")
            return
        if role == "line":
            text = _one_line(frame)
            if not text:
                return
            if tag in _HEADING_LEVELS:
                parent.blocks.append("#" * _HEADING_LEVELS[tag] + " " + text)
            elif tag == "dt":
                parent.blocks.append(f"**{text}**")
            else:
                parent.blocks.append(_LINE_START.sub(_escape_line_start, text))
            return
        if role == "cell":
            parent.rows.append([_one_line(frame)])
            span = element.get("colspan") or "1"
            if span.isdigit() and 1 < int(span) < 100:
                parent.rows.extend([""] for _ in range(int(span) - 1))
            return
        if role == "row":
            cells = [cell[0] for cell in frame.rows]
            if any(cells):
                parent.rows.append(cells)
            return
        if role == "table":
            parent.blocks.extend(_table(frame))
            return
        self.flush(frame)
        body = "\n\n".join(frame.blocks)
        if not body.strip():
            return
        if role == "list":
            parent.blocks.append(_NESTED_LIST + "\n".join(frame.blocks))
        elif role == "item":
            body = body.replace("\n\n" + _NESTED_LIST, "\n")
            indent = " " * (len(frame.marker) + 1)
            first, *rest = body.split("\n")
            lines = [f"{frame.marker} {first}"]
            lines += [f"{indent}{line}" if line else "" for line in rest]
            parent.blocks.append("\n".join(lines))
        elif role == "quote":
            lines = body.split("\n")
            parent.blocks.append("\n".join(f"> {line}" if line else ">" for line in lines))

    def close_inline(self, tag: str, frame: _Frame, parent: _Frame) -> None:
        if tag in _CODE:
            self.in_code -= 1
        elif tag in _EMPHASIS:
            self.emphasis[_EMPHASIS[tag]] -= 1
        elif tag == "q":
            frame.inline.append("”")
        content = "".join(frame.inline)
        stripped = content.strip()
        if not stripped or not (frame.marker or tag == "q"):
            parent.inline.append(content)
            return
        if frame.kind == "link":
            stripped = f"[{stripped}]({frame.marker})"
        elif frame.marker == "`":
            stripped = _code_span(" ".join(stripped.replace(_BREAK, " ").split()))
        elif frame.marker:
            stripped = f"{frame.marker}{stripped}{frame.marker}"
        lead = " " if content[:1].isspace() else ""
        trail = " " if content[-1:].isspace() else ""
        parent.inline.append(f"{lead}{stripped}{trail}")

    # -- text ---------------------------------------------------------------------------------

    def text(self, frame: _Frame, text: str) -> None:
        # White space is collapsed when the paragraph is written (see flush).
        if self.in_pre or self.in_code:
            frame.inline.append(text)
        else:
            frame.inline.append(_escape(text))

    def url(self, address: str) -> str:
        address = address.strip()
        if not address or address.casefold().startswith(("javascript:", "data:", "vbscript:")):
            return ""
        if self.address:
            try:
                address = urljoin(self.address, address)
            except ValueError:
                return ""
        for character, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("|", "%7C")):
            address = address.replace(character, code)
        return address

    def image(self, element: Element) -> str:
        """A picture as its description; one without a description is left out."""
        alt = _SPACES.sub(" ", element.get("alt") or "").strip()
        if not alt:
            return ""
        source = next((element.get(a) for a in _IMAGE_SOURCES if element.get(a)), "")
        alt = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
        return f" ![{alt}]({self.url(source or '')}) "

    def flush(self, frame: _Frame) -> None:
        """The inline run so far becomes ``frame``'s paragraph (two breaks: two paragraphs)."""
        if not frame.inline:
            return
        text = "".join(frame.inline)
        frame.inline.clear()
        if _BREAK not in text:
            block = " ".join(text.split())
            if block:
                frame.blocks.append(_escape_line_starts(block))
            return
        for paragraph in _PARAGRAPH_BREAK.split(text):
            lines = (" ".join(line.split()) for line in paragraph.split(_BREAK))
            block = "\\\n".join(line for line in lines if line)
            if block:
                frame.blocks.append(_escape_line_starts(block))


def _one_line(frame: _Frame) -> str:
    text = " ".join([*frame.blocks, "".join(frame.inline)]).replace(_BREAK, " ")
    return _SPACES.sub(" ", text).strip()


def _code_span(code: str) -> str:
    fence = "`"
    while fence in code:
        fence += "`"
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def _table(frame: _Frame) -> list[str]:
    """A pipe table, its first row the header (Markdown tables need one), after its caption."""
    rows = frame.rows
    blocks = list(frame.blocks)
    # A first row of one cell across the table (a picture, a title) is not a header.
    while len(rows) > 2 and sum(1 for cell in rows[0] if cell) == 1 and len(rows[1]) > 1:
        blocks.append(_escape_line_starts(next(cell for cell in rows[0] if cell)))
        rows = rows[1:]
    if not rows:
        return blocks
    width = max(len(row) for row in rows)
    if width == 1:
        return [*blocks, *(_escape_line_starts(row[0]) for row in rows if row[0])]
    lines = []
    for index, row in enumerate(rows):
        cells = row + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "---|" * width)
    return [*blocks, "\n".join(lines)]


def _prepare(root: Element) -> tuple[set[Element], set[Element]]:
    """Inline elements that hold blocks (written as blocks), and tables that hold data.

    A table holding another table, a single cell or a presentation role lays the page out:
    its cells are written as paragraphs, since Markdown tables cannot nest. Each element is
    looked at once: every block marks the inline elements around it, up to one seen before.
    """
    block_inlines: set[Element] = set()
    seen: set[Element] = set()
    for block in root.iter(*BLOCK_TAGS):
        around = block.getparent()
        while around is not None and around is not root and around not in seen:
            seen.add(around)
            if around.tag not in BLOCK_TAGS and around.tag != "dd":
                block_inlines.add(around)
            around = around.getparent()
    data_tables = set()
    for table in root.iter("table"):
        if table.get("role") == "presentation" or table.find(".//table") is not None:
            continue
        cells = table.iterdescendants("td", "th")
        if next(cells, None) is not None and next(cells, None) is not None:
            data_tables.add(table)
    return block_inlines, data_tables


def write_markdown(root: Element, url: str | None = None, base: str | None = None) -> str:
    """``root``'s content as Markdown, links made absolute against ``base`` and ``url``."""
    address = url
    if base:
        try:
            address = urljoin(url, base) if url else base
        except ValueError:
            address = url
    return _Writer(address).write(root)
