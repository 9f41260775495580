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

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase

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
    "visible_body",
]

# An lxml.etree._Element (lxml ships no types). Plain elements, not lxml.html's: those cost a
# Python call for every element touched.
Element: TypeAlias = Any

MAX_CHARACTERS = 20_000_000  # as importing's file limit: 20 MB
# Of the body, once what a reader never sees is gone. The largest of the 103 shared pages has
# 4,300, and a long encyclopedia article saved whole has tens of thousands: the limit is
# seven times the largest shared page, and where the time, linear in elements (three walks
# of each, about 12 microseconds of CPU an element, bench/reader_mode_html.py's hostile
# pages), stays well under a second on a busy machine. A larger page is refused at once.
MAX_ELEMENTS = 30_000
# libxml2 gives up on a page nested deeper than this (XML_PARSE_HUGE only moves it to 2,048).
MAX_DEPTH = 256


class PageRefused(ValueError):
    """A page the reader will not read, and why, in plain words on one line.

    ``reason`` is translated with the message that shows it; ``str()`` is the English text.
    """

    def __init__(self, reason: Phrase) -> None:
        super().__init__(f"this web page is not read: {reason}")
        self.reason = reason


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
_COUNT_ELEMENTS = lxml.etree.XPath("count(descendant::*)")
_COUNT_CONTROLS = lxml.etree.XPath(
    "count(descendant::input|descendant::button|descendant::select|descendant::textarea)"
)
FORM_CONTROLS_ATTRIBUTE = "data-marginalia-controls"
# A form with a box to write in: a comment, contact, newsletter, search or login form.
FORM_WRITES_ATTRIBUTE = "data-marginalia-writes"
_WRITING_CONTROLS = lxml.etree.XPath(
    "boolean(descendant::textarea|descendant::input[not(@type) or"
    " contains(' text email search tel url password ',"
    " concat(' ', translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
    " ' '))])"
)
_MAY_BE_HIDDEN = lxml.etree.XPath("descendant::*[@hidden or @aria-hidden or @style or @role]")


def parse_page(html: str) -> Element:
    """The page's tree, or :class:`PageRefused` when it is out of bounds."""
    if len(html) > MAX_CHARACTERS:
        raise PageRefused(
            Phrase(
                QT_TRANSLATE_NOOP("Errors", "it is {megabytes} MB; pages over 20 MB are refused"),
                megabytes=f"{len(html) / 1e6:.0f}",
            )
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
            Phrase(
                QT_TRANSLATE_NOOP("Errors", "it nests its parts more than {depth} levels deep"),
                depth=MAX_DEPTH,
            )
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


def visible_body(root: Element) -> Element:
    """The page's ``<body>`` without what a reader never sees, or :class:`PageRefused` when it
    holds more elements than the extractor reads in well under a second."""
    body = root.find("body")
    if body is None:
        raise ValueError("no article text found")
    # Far too many even before the unseen go: refused without looking at each one.
    if _COUNT_ELEMENTS(body) > 4 * MAX_ELEMENTS:
        raise _too_many_elements()
    remove_unseen(body)
    if _COUNT_ELEMENTS(body) > MAX_ELEMENTS:
        raise _too_many_elements()
    return body


def _too_many_elements() -> PageRefused:
    return PageRefused(
        Phrase(
            QT_TRANSLATE_NOOP("Errors", "it has more than {count} elements"),
            count=f"{MAX_ELEMENTS:,}",
        )
    )


def remove_unseen(body: Element) -> None:
    """Drop what a reader never sees: scripts, styles, form controls, hidden elements.

    The text after a dropped element (its tail) stays: it belongs to the parent.
    """
    # A form is judged later by how many controls it had: note them before they go.
    for form in body.iter("form"):
        form.set(FORM_CONTROLS_ATTRIBUTE, str(int(_COUNT_CONTROLS(form))))
        if _WRITING_CONTROLS(form):
            form.set(FORM_WRITES_ATTRIBUTE, "1")
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
