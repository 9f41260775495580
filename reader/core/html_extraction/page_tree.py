"""A saved page parsed into a tree within bounds, with what a reader never sees taken out.

libxml2's HTML parser (through lxml) reads the page with the network off: it resolves no
external entity and loads nothing. A page is refused, with a one-line reason, when it is larger
than the reader reads, nests its elements deeper than libxml2 parses (it stops there, and a cut
page would silently lose its end), or holds more elements than the extractor's linear passes get
through in well under a second.
"""

from __future__ import annotations

import re
from typing import Any, TypeAlias

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

__all__ = [
    "BLOCK_TAGS",
    "MAX_CHARACTERS",
    "MAX_ELEMENTS",
    "Element",
    "PageRefused",
    "drop",
    "is_hidden",
    "parse_page",
    "remove_unseen",
    "text_of",
]

# An lxml.etree._Element (lxml ships no types). Plain elements, not lxml.html's: those cost a
# Python call for every element touched.
Element: TypeAlias = Any

MAX_CHARACTERS = 20_000_000  # as importing's file limit: 20 MB
# The largest of the 103 shared pages has 4,300 elements; a long Wikipedia article about 30,000.
MAX_ELEMENTS = 150_000
# libxml2 gives up on a page nested deeper than this (XML_PARSE_HUGE only moves it to 2,048).
MAX_DEPTH = 256


class PageRefused(ValueError):
    """A page the reader will not read, with the reason in plain words (one line)."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason.format(**values))
        self.reason = reason  # a template, for translation
        self.values = values


# Elements that end a paragraph: text on either side of one belongs to different blocks.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# A reader never sees these: code, styles, embedded programs and documents, form controls.
UNSEEN_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "input",
        "button",
        "select",
        "option",
        "optgroup",
        "datalist",
        "textarea",
        "dialog",
        "link",
        "meta",
        "base",
        "annotation",  # MathML's source (TeX) beside the formula it describes
        "annotation-xml",
    ]
)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_ROLES = frozenset(["dialog", "alertdialog"])
_MAY_BE_HIDDEN = lxml.etree.XPath("descendant::*[@hidden or @aria-hidden or @style or @role]")


def parse_page(html: str) -> Element:
    """The page's tree, or :class:`PageRefused` when it is out of bounds."""
    if len(html) > MAX_CHARACTERS:
        raise PageRefused(
            "the page has {megabytes} MB of text; pages larger than 20 MB are refused",
            megabytes=f"{len(html) / 1e6:.0f}",
        )
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html[:1024]) + html[1024:]
    # Control characters are not text (and NUL would end the text early for libxml2).
    html = _CONTROL_CHARACTERS.sub("", html)
    parser = lxml.etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        root = lxml.etree.fromstring(html, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise ValueError("no article text found") from exc
    if root is None:
        raise ValueError("no article text found")
    root = root.getroottree().getroot()
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise PageRefused(
            "the page nests its parts more than {depth} levels deep, too deep to read",
            depth=MAX_DEPTH,
        )
    for count, _ in enumerate(root.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise PageRefused(
                "the page has more than {count} elements, too many to read",
                count=f"{MAX_ELEMENTS:,}",
            )
    return root


def is_hidden(element: Element) -> bool:
    """Whether the page hides ``element`` from a reader (and from screen readers)."""
    attributes = element.attrib
    if not attributes:
        return False
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if (attributes.get("role") or "").strip().casefold() in _HIDDEN_ROLES:
        return True
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def remove_unseen(body: Element) -> None:
    """Drop what a reader never sees: scripts, styles, form controls, hidden elements.

    The text after a dropped element (its tail) stays: it belongs to the parent.
    """
    lxml.etree.strip_elements(body, *UNSEEN_TAGS, with_tail=False)
    for element in _MAY_BE_HIDDEN(body):
        if is_hidden(element):
            drop(element)


def drop(element: Element) -> None:
    """Take ``element`` and its subtree out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def text_of(element: Element) -> str:
    """All the text inside ``element`` (not its tail), as it stands in the page."""
    return "".join(element.itertext())
