"""A saved page parsed into a tree within bounds, with what a reader never sees taken out.

libxml2's HTML parser (through lxml) reads the page with the network off: it resolves no
external entity and loads nothing. A page is refused, with a one-line reason, when it is larger
than the reader reads, nests its elements deeper than libxml2 parses (it stops there, and a cut
page would silently lose its end), or holds more elements than the extractor's linear passes get
through in well under a second.
"""

from __future__ import annotations

import re

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]

__all__ = [
    "MAX_CHARACTERS",
    "MAX_ELEMENTS",
    "PageRefused",
    "is_hidden",
    "parse_page",
    "remove_unseen",
]

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
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_ROLES = frozenset(["dialog", "alertdialog"])


def parse_page(html: str) -> lxml.html.HtmlElement:
    """The page's tree, or :class:`PageRefused` when it is out of bounds."""
    if len(html) > MAX_CHARACTERS:
        raise PageRefused(
            "the page has {megabytes} MB of text; pages larger than 20 MB are refused",
            megabytes=f"{len(html) / 1e6:.0f}",
        )
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html[:1024]) + html[1024:]
    parser = lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise ValueError("no article text found") from exc
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise PageRefused(
            "the page nests its parts more than {depth} levels deep, too deep to read",
            depth=MAX_DEPTH,
        )
    count = 0
    for _ in root.iter():
        count += 1
        if count > MAX_ELEMENTS:
            raise PageRefused(
                "the page has more than {count} elements, too many to read",
                count=f"{MAX_ELEMENTS:,}",
            )
    return root


def is_hidden(element: lxml.html.HtmlElement) -> bool:
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


def remove_unseen(body: lxml.html.HtmlElement) -> None:
    """Drop what a reader never sees: scripts, styles, form controls, hidden elements.

    The text after a dropped element (its tail) stays: it belongs to the parent.
    """
    unseen = []
    for element in body.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in UNSEEN_TAGS or is_hidden(element):
            unseen.append(element)
    for element in unseen:
        if element.getparent() is not None:
            element.drop_tree()
