"""Rule: remove breadcrumb trails ("Home » News » Politics", "Beranda > Berita")."""

from __future__ import annotations

import re

from ..shapes import is_capitalised
from ..state import CleanState

_ARROWS = re.compile(r"\s*[»›→]\s*|\s+>\s+|\s+/\s+")
_HOME = re.compile(r"home|homepage|beranda|halaman utama|index|indeks|main|utama", re.IGNORECASE)
# "«...»" is a quotation (French, Russian, ...): its closing "»" is no arrow.
_QUOTED = re.compile(r"«[^«»]*»")
_MAX_CHARS = 150
_MAX_SEGMENT_WORDS = 5


def _is_breadcrumb(text: str) -> bool:
    if len(text) > _MAX_CHARS:
        return False
    text = _QUOTED.sub("", text)
    parts = [part.strip() for part in _ARROWS.split(text)]
    if len(parts) < 2 or (parts[-1] == "" and len(parts) < 3):
        return False
    parts = [part for part in parts if part]
    if not parts or any(len(part.split()) > _MAX_SEGMENT_WORDS for part in parts):
        return False
    if any(part[-1] in ".!?," for part in parts):
        return False
    # "»" and "›" are navigation glyphs; a plain ">" or "/" could be prose or maths,
    # so those trails must start at the site's home page.
    fancy = any(glyph in text for glyph in "»›→")
    if _HOME.fullmatch(parts[0]):
        return True
    return fancy and len(parts) >= 2 and all(is_capitalised(part) for part in parts)


def run(state: CleanState) -> None:
    """Remove short lines of link labels joined by breadcrumb arrows."""
    for line in state.live_lines():
        if _is_breadcrumb(line.text) and not state.wraps_on(line):
            state.remove(line, "breadcrumbs")
