"""Rule: remove links to other articles ("Baca juga: ...", "Related posts" and their lists).

Two shapes occur. A single line names the other article after a label
("BACA JUGA: Aliansi Kesehatan Global"). Or a label stands alone ("Artikel Terkait",
"You may also like") and the titles follow on their own lines; those are only taken when
the layout shows they belong to the label, because a heading may just as well follow it.
"""

from __future__ import annotations

import re

from ..matching import EDGE
from ..shapes import capitalised_share, is_heading_like, word_count
from ..state import CleanState, Line

_REASON = "related articles"
_LABEL = (
    r"baca juga|baca pula|bacaan lainnya|baca selengkapnya|baca selanjutnya|baca|read also"
    r"|also read|read more|read next|see also|lihat juga|simak juga|simak pula|simak"
    r"|artikel terkait|berita terkait|konten terkait|postingan terkait|pos terkait|terkait"
    r"|related(?: posts?| articles?| stories| news| content| reading)?"
    r"|you (?:may|might) also like|more (?:stories|news|articles|from .{1,30})"
    r"|recommended(?: for you| articles?| stories)?|direkomendasikan(?: untuk anda)?"
    r"|rekomendasi(?: untuk anda| artikel| berita)?|berita lainnya|artikel lainnya"
    r"|(?:paling |ter)?populer|most (?:popular|read|viewed)|trending(?: now)?"
    r"|editor'?s'? picks?|pilihan editor|berita (?:terkini|terbaru|pilihan)|terkini"
    r"|latest (?:news|posts|stories|articles)|recent posts|postingan terbaru|artikel terbaru"
)
# "BACA JUGA: <title>" - the separator makes the label unmistakable.
_LABELLED_LINK = re.compile(
    EDGE + rf"(?:{_LABEL})\s*(?::|»|>>|›|-|–|—|\|)\s*(?P<title>.{{1,200}})", re.IGNORECASE
)
# "Baca Juga Pertumbuhan Ekonomi Vietnam" - no separator, so the rest must read as a title.
_BARE_LINK = re.compile(
    r"(?:baca juga|baca pula|read also|also read|lihat juga|simak juga|simak pula)\s+"
    r"(?P<title>.{1,200})",
    re.IGNORECASE,
)
_HEADER = re.compile(EDGE + rf"(?:{_LABEL})" + EDGE, re.IGNORECASE)
# "Baca juga artikel lainnya:", "Read more stories like this:" - a label with a few words
# more; the closing colon says a list follows.
_LONG_HEADER = re.compile(
    r"[\s|•·»«›‹>→←\-–—*#\[\]()]*" + rf"(?:{_LABEL})(?:\s+[\w'’\-]+){{1,3}}\s*:\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[•·●▪◦‣∙○■►▸\-*–—+]\s")
_MAX_ITEMS = 10
_ITEM_MAX_WORDS = 20


def _is_link_line(text: str) -> bool:
    if len(text) > 250:
        return False
    labelled = _LABELLED_LINK.fullmatch(text)
    if labelled is not None:
        title = labelled.group("title")
        return not title.endswith(".") and word_count(title) <= _ITEM_MAX_WORDS + 5
    bare = _BARE_LINK.fullmatch(text)
    if bare is None:
        return False
    title = bare.group("title")
    return not title.endswith(".") and capitalised_share(title.split()) >= 0.5


def _is_item(text: str) -> bool:
    if word_count(text) > _ITEM_MAX_WORDS or text.endswith((".", ",", ";", ":")):
        return False
    return bool(_BULLET.match(text)) or is_heading_like(text)


def _following_run(state: CleanState, header: Line) -> tuple[list[Line], bool]:
    """The lines after a header that could be its list, and whether a gap preceded them."""
    run: list[Line] = []
    gap = False
    for line in state.lines[header.number :]:
        if line.blank:
            if run:
                if state.blank_separated:
                    break
                continue
            if gap and state.blank_separated:
                break
            gap = True
            continue
        if not line.live or not _is_item(line.text) or len(run) >= _MAX_ITEMS:
            break
        run.append(line)
    return run, gap


def _items_of(state: CleanState, header: Line) -> list[Line]:
    run, gap = _following_run(state, header)
    if not run:
        return []
    if all(_BULLET.match(line.text) for line in run):
        return run
    if state.blank_separated:
        # Titles packed together without blank lines, on a page that otherwise spaces its
        # paragraphs, are a link list; a lone line after a gap is more likely a heading.
        return run if len(run) >= 2 or not gap else []
    # Lines follow each other anyway: a last title glued to the paragraph after it is
    # probably that section's heading, so it stays.
    after = state.lines[run[-1].number :]
    nxt = next((line for line in after if line.live or line.blank), None)
    if nxt is not None and not nxt.blank and not _is_item(nxt.text):
        run = run[:-1]
    return run


def run(state: CleanState) -> None:
    """Remove "Baca juga: X" lines, and lone related-article labels with their title lists."""
    for line in state.live_lines():
        if line.removed is not None or state.wraps_on(line):
            continue
        label = _HEADER.fullmatch(line.text) or _LONG_HEADER.fullmatch(line.text)
        if label and len(line.text) <= 60:
            state.remove(line, _REASON)
            for item in _items_of(state, line):
                state.remove(item, _REASON)
        elif _is_link_line(line.text):
            state.remove(line, _REASON)
