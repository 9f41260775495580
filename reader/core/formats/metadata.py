"""Titles and authors from a document's own metadata, when they are believable.

Metadata is often left as the software filled it in ("Microsoft Word - draft3.docx",
"Untitled", "Document1", a user account as the author), so a title is taken only when it
looks like one; otherwise the text's first heading, or the file's name, is used.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|tanpa judul|document\d*|dokumen\d*|title|judul|slide \d+|presentation\d*"
    r"|microsoft word\b.*|.*\.(?:docx?|odt|pdf|tex|dvi|rtf|indd|qxd|pages|wpd))$",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_DC = "{http://purl.org/dc/elements/1.1/}"


def plausible_title(title: str, path: Path | None = None) -> str:
    """``title`` tidied, or "" (or the file's stem, given ``path``) when it is no title."""
    title = _SPACE.sub(" ", title or "").strip()
    if len(title) < 2 or _PLACEHOLDER_TITLE.match(title) or not re.search(r"\w", title):
        return path.stem if path is not None else ""
    return title[:300]


def core_properties_title(xml: bytes) -> str:
    """``dc:title`` of an Office ``docProps/core.xml`` or OpenDocument ``meta.xml``."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = lxml.etree.fromstring(xml, parser)
    except lxml.etree.LxmlError:
        return ""
    element = root.find(f".//{_DC}title")
    return (element.text or "").strip() if element is not None else ""
