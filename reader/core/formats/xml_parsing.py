"""Parsing a document's XML without trusting it: no entities, no DTDs, no network.

Document archives carry XML written by anyone. lxml is asked not to expand entities
(the "billion laughs" attack), never to load a DTD or anything over the network, and to
recover from small damage, as readers of real-world files must.
"""

from __future__ import annotations

from pathlib import Path

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase

_XML = lxml.etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    recover=True,
)
_HTML = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, path: Path, kind_name: Phrase, member: str) -> lxml.etree._Element:
    """The root element of ``data``, or DocumentError naming the damaged member."""
    try:
        root = lxml.etree.fromstring(data, _XML)
    except lxml.etree.LxmlError:
        root = None
    if root is None:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "the {kind} is damaged (“{member}” cannot be read)"),
            kind=kind_name,
            member=member[:80],
        )
    return root


def parse_xhtml(data: bytes) -> lxml.html.HtmlElement | None:
    """An (X)HTML chapter as an HTML tree, namespaces dropped; None if it holds nothing.

    XHTML is read as XML first (it is meant to be well formed); a chapter that is not is
    read by the forgiving HTML parser, as browsers and e-readers do.
    """
    try:
        root = lxml.etree.fromstring(data, _XML)
    except lxml.etree.LxmlError:
        root = None
    if root is not None:
        for element in root.iter():
            if isinstance(element.tag, str) and "}" in element.tag:
                element.tag = element.tag.split("}", 1)[1]
            for name in [n for n in element.attrib if "}" in n]:
                local = name.split("}", 1)[1]
                # epub:type keeps its meaning under a plain name.
                element.attrib[f"epub-{local}" if local == "type" else local] = element.attrib.pop(
                    name
                )
        lxml.etree.cleanup_namespaces(root)
        data = lxml.etree.tostring(root, encoding="utf-8", method="html")
    try:
        document = lxml.html.document_fromstring(data, parser=_HTML)
    except (lxml.etree.LxmlError, ValueError):
        return None
    return document
