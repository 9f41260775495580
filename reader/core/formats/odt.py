"""OpenDocument text (.odt) as articles: its XML read directly into HTML, then Markdown.

OpenDocument's body is already semantic — ``text:h`` carries its outline level, lists
and tables are elements, a footnote sits where it is cited — so a walk over
``content.xml`` gives the same HTML that mammoth gives for Word, with no dependency
(odfpy's XHTML export carries every layout style along as CSS, which would have to be
taken apart again). Styles matter only to tell a numbered list from a bulleted one, bold
and italic spans, and the Title, Subtitle and Quotations paragraph styles.

Left out: comments (``office:annotation``), the deleted text of tracked changes (kept
apart in ``text:tracked-changes``), a generated table of contents or index (it repeats
the headings), and page furniture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase
from reader.core.formats import html_document
from reader.core.formats.metadata import core_properties_title, plausible_title
from reader.core.formats.xml_parsing import parse_xml
from reader.core.formats.zip_reading import DocumentArchive

KIND_NAME = Phrase(QT_TRANSLATE_NOOP("Errors", "OpenDocument text"))

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_SKIPPED = {
    _q(n)
    for n in (
        "office:annotation",
        "office:annotation-end",
        "text:tracked-changes",
        "text:table-of-content",
        "text:alphabetical-index",
        "text:illustration-index",
        "text:table-index",
        "text:object-index",
        "text:user-index",
        "text:note-citation",
        "text:soft-page-break",
        "text:sequence-decls",
        "text:variable-decls",
        "text:user-field-decls",
        "table:table-columns",
        "table:table-column",
        "table:covered-table-cell",
        "draw:object",
        "draw:object-ole",
    )
}


@dataclass
class _Styles:
    """What the converter needs of the styles: parents, bold/italic, numbered lists."""

    parent: dict[str, str] = field(default_factory=dict)
    bold: set[str] = field(default_factory=set)
    italic: set[str] = field(default_factory=set)
    numbered_lists: dict[str, set[int]] = field(default_factory=dict)
    paragraph_list: dict[str, str] = field(default_factory=dict)

    def read(self, root: lxml.etree._Element) -> None:
        for style in root.iter(_q("style:style")):
            name = style.get(_q("style:name"), "")
            parent = style.get(_q("style:parent-style-name"))
            if parent:
                self.parent[name] = parent
            listed = style.get(_q("style:list-style-name"))
            if listed:
                self.paragraph_list[name] = listed
            props = style.find(_q("style:text-properties"))
            if props is not None:
                if props.get(_q("fo:font-weight")) in ("bold", "600", "700", "800", "900"):
                    self.bold.add(name)
                if props.get(_q("fo:font-style")) in ("italic", "oblique"):
                    self.italic.add(name)
        for list_style in root.iter(_q("text:list-style")):
            name = list_style.get(_q("style:name"), "")
            levels = {
                int(level.get(_q("text:level"), "1"))
                for level in list_style.iter(_q("text:list-level-style-number"))
                if level.get(_q("style:num-format"), "1")
            }
            self.numbered_lists[name] = levels

    def lineage(self, name: str) -> list[str]:
        """The style and its ancestors, nearest first, as display names ("Heading 1")."""
        chain: list[str] = []
        while name and name not in chain and len(chain) < 20:
            chain.append(name)
            name = self.parent.get(name, "")
        return [n.replace("_20_", " ") for n in chain]

    def has(self, name: str, wanted: set[str]) -> bool:
        seen = 0
        while name and seen < 20:
            if name in wanted:
                return True
            name = self.parent.get(name, "")
            seen += 1
        return False


class _Builder:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.notes: list[tuple[str, lxml.html.HtmlElement]] = []
        self.title = ""

    def element(self, tag: str, parent: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
        child: lxml.html.HtmlElement = lxml.html.Element(tag)
        parent.append(child)
        return child

    def append_text(self, parent: lxml.html.HtmlElement, text: str) -> None:
        if not text:
            return
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def children(self, source: lxml.etree._Element, target: lxml.html.HtmlElement) -> None:
        self.append_text(target, source.text or "")
        for child in source:
            if isinstance(child.tag, str):
                self.convert(child, target)
            self.append_text(target, child.tail or "")

    def convert(
        self, node: lxml.etree._Element, out: lxml.html.HtmlElement, level: int = 0
    ) -> None:
        tag = node.tag
        if tag in _SKIPPED:
            return
        style = node.get(_q("text:style-name"), "")
        if tag == _q("text:h"):
            outline = int(node.get(_q("text:outline-level"), "1") or 1)
            self.children(node, self.element(f"h{min(max(outline, 1), 6)}", out))
        elif tag == _q("text:p"):
            names = set(self.styles.lineage(style))
            if "Title" in names and not self.title:
                holder: lxml.html.HtmlElement = lxml.html.Element("p")
                self.children(node, holder)
                self.title = html_document.text_of(holder)
                return
            if names & {"Quotations", "Quote"}:
                quote = out[-1] if len(out) and out[-1].tag == "blockquote" else None
                self.children(node, self.element("p", quote or self.element("blockquote", out)))
                return
            self.children(node, self.element("p", out))
        elif tag == _q("text:list"):
            list_style = style or self._inherited_list_style(node)
            numbered = level + 1 in self.styles.numbered_lists.get(list_style, set())
            target = self.element("ol" if numbered else "ul", out)
            for item in node:
                if item.tag in (_q("text:list-item"), _q("text:list-header")):
                    li = self.element("li", target)
                    for part in item:
                        if part.tag == _q("text:list"):
                            self.convert(part, li, level + 1)
                        elif isinstance(part.tag, str):
                            self.convert(part, li, level)
        elif tag == _q("text:span"):
            inner = out
            if self.styles.has(style, self.styles.bold):
                inner = self.element("strong", inner)
            if self.styles.has(style, self.styles.italic):
                inner = self.element("em", inner)
            self.children(node, inner)
        elif tag == _q("text:a"):
            link = self.element("a", out)
            link.set("href", node.get(_q("xlink:href"), ""))
            self.children(node, link)
        elif tag == _q("text:s"):
            self.append_text(out, " " * min(int(node.get(_q("text:c"), "1") or 1), 8))
        elif tag == _q("text:tab"):
            self.append_text(out, " ")
        elif tag == _q("text:line-break"):
            self.element("br", out)
        elif tag == _q("text:note"):
            self._note(node, out)
        elif tag == _q("table:table"):
            self._table(node, out)
        elif tag == _q("draw:frame"):
            self._frame(node, out)
        elif tag in (_q("text:section"), _q("text:index-body"), _q("draw:text-box")):
            self.children(node, self.element("div", out))
        else:
            # Fields, bookmarks, reference marks and the like: their text, if any, counts.
            self.children(node, out)

    def _inherited_list_style(self, node: lxml.etree._Element) -> str:
        for paragraph in node.iter(_q("text:p"), _q("text:h")):
            name = paragraph.get(_q("text:style-name"), "")
            for style in [name, *self.styles.parent.get(name, "").split()]:
                if style in self.styles.paragraph_list:
                    return self.styles.paragraph_list[style]
        return ""

    def _note(self, node: lxml.etree._Element, out: lxml.html.HtmlElement) -> None:
        name = f"odt-note-{len(self.notes) + 1}"
        citation = node.find(_q("text:note-citation"))
        link = self.element("a", out)
        link.set("href", f"#{name}")
        link.set("epub-type", "noteref")
        link.text = (citation.text if citation is not None else "") or str(len(self.notes) + 1)
        body: lxml.html.HtmlElement = lxml.html.Element("aside")
        body.set("id", name)
        body.set("class", "footnote")
        note_body = node.find(_q("text:note-body"))
        if note_body is not None:
            self.children(note_body, body)
        self.notes.append((name, body))

    def _table(self, node: lxml.etree._Element, out: lxml.html.HtmlElement) -> None:
        table = self.element("table", out)
        for part in node.iter(_q("table:table-row")):
            if next(part.iterancestors(_q("table:table")), None) is not node:
                continue  # a row of a table nested in a cell
            header = part.getparent().tag == _q("table:table-header-rows")
            row = self.element("tr", table)
            for cell in part:
                if cell.tag == _q("table:table-cell"):
                    self.children(cell, self.element("th" if header else "td", row))

    def _frame(self, node: lxml.etree._Element, out: lxml.html.HtmlElement) -> None:
        described = False
        for child in node:
            if child.tag == _q("draw:image") and not described:
                words = [
                    (e.text or "").strip()
                    for e in (node.find(_q("svg:title")), node.find(_q("svg:desc")))
                    if e is not None
                ]
                image = self.element("img", out)
                image.set("alt", " ".join(w for w in words if w))
                described = True
            elif child.tag == _q("draw:text-box"):
                self.convert(child, out)


def prepare_odt(data: bytes, path: Path) -> tuple[str, str, str]:
    """(title, Markdown, HTML kept as the original) for an OpenDocument text's bytes."""
    archive = DocumentArchive(data, path, KIND_NAME)
    content = parse_xml(archive.read("content.xml"), path, KIND_NAME, "content.xml")
    styles_xml = archive.read_optional("styles.xml")
    styles_root = parse_xml(styles_xml, path, KIND_NAME, "styles.xml") if styles_xml else None
    styles = _Styles()
    if styles_root is not None:
        styles.read(styles_root)
    styles.read(content)  # automatic styles, which refer to the named ones
    builder = _Builder(styles)
    root: lxml.html.HtmlElement = lxml.html.Element("div")
    text = content.find(f".//{_q('office:body')}/{_q('office:text')}")
    if text is None:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "the {kind} holds no text (a spreadsheet or slides?)"),
            kind=KIND_NAME,
        )
    for child in text:
        if isinstance(child.tag, str):
            builder.convert(child, root)
    notes_holder = builder.element("div", root)
    for _name, body in builder.notes:
        notes_holder.append(body)
    html = lxml.html.tostring(root, encoding="unicode")
    title = builder.title
    if not title:
        meta = archive.read_optional("meta.xml")
        title = core_properties_title(meta) if meta else ""
    title = plausible_title(title, path)
    return title, html_document.article_markdown(root, title), html
