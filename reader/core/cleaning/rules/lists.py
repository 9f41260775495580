"""Rule: rebuild numbered and bulleted lists, with item titles set apart in bold.

Three shapes are recognised:

* ``1. Item`` / ``• Item`` lines in a row become a list (bullets of any glyph become ``-``);
* an item that is only a short title, followed by its explanation as the next paragraph,
  becomes a bold title with the paragraph nested inside the item;
* when every item of a list opens with its own short capitalised title
  ("Mempertahankan Perdamaian Dunia Aliansi keamanan ..."), that title is set in bold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..shapes import is_heading_like, split_lead, word_count
from ..state import Block, CleanState, ListItem

_ORDERED = re.compile(r"(\d{1,3})([.)])\s+(\S.*)")
_BULLET = re.compile(r"([•·●▪◦‣∙○■□►▸✓✔➤\-*+–—])\s+(\S.*)")
# A dash at the start of a line may be a quotation's attribution; two make a list.
_WEAK_BULLETS = "–—"
_MIN_LEAD_BODY_WORDS = 3
_TITLE_ONLY_MAX_WORDS = 20


@dataclass
class _Marker:
    ordered: bool
    number: int | None
    digits: str
    glyph: str  # the bullet glyph, or an ordered list's delimiter
    text: str


def _marker(block: Block) -> _Marker | None:
    if block.kind != "paragraph":
        return None
    ordered = _ORDERED.fullmatch(block.text)
    if ordered:
        digits = ordered.group(1)
        return _Marker(True, int(digits), digits, ordered.group(2), ordered.group(3))
    bullet = _BULLET.fullmatch(block.text)
    if bullet:
        return _Marker(False, None, "", bullet.group(1), bullet.group(2))
    return None


def _is_title_only(text: str) -> bool:
    if text.endswith("?"):
        return word_count(text) <= _TITLE_ONLY_MAX_WORDS
    return is_heading_like(text)


def _is_body(block: Block) -> bool:
    return block.kind == "paragraph" and _marker(block) is None and not is_heading_like(block.text)


def _continues(first: _Marker, previous: _Marker, nxt: _Marker | None) -> bool:
    if nxt is None or nxt.ordered != first.ordered:
        return False
    if first.ordered and nxt.glyph != first.glyph:
        return False
    if not first.ordered:
        return True
    assert nxt.number is not None and previous.number is not None
    return nxt.number > previous.number


def _apply_leads(items: list[ListItem]) -> None:
    plain = [item for item in items if not item.body]
    if len(plain) < 2 or len(plain) != len(items):
        return
    splits = [split_lead(item.text) for item in plain]
    if any(s is None or word_count(s[1]) < _MIN_LEAD_BODY_WORDS for s in splits):
        return
    for item, split in zip(plain, splits, strict=True):
        assert split is not None
        item.lead, item.text = split


def _collect(blocks: list[Block], start: int) -> tuple[Block | None, int]:
    """The list starting at ``blocks[start]`` and the index after it (None if no list)."""
    first = _marker(blocks[start])
    if first is None:
        return None, start + 1
    items: list[ListItem] = []
    previous = first
    index = start
    while True:
        block = blocks[index]
        item = ListItem(
            previous.text, list(block.lines), number=previous.number, digits=previous.digits
        )
        items.append(item)
        index += 1
        body = blocks[index] if index < len(blocks) and _is_body(blocks[index]) else None
        if body is not None and _is_title_only(item.text):
            after = _marker(blocks[index + 1]) if index + 1 < len(blocks) else None
            earlier_had_bodies = len(items) > 1 and all(i.body for i in items[:-1])
            if _continues(first, previous, after) or earlier_had_bodies:
                item.lead, item.text = item.text, ""
                item.body.append(body.text)
                item.lines.extend(body.lines)
                index += 1
        nxt = _marker(blocks[index]) if index < len(blocks) else None
        if not _continues(first, previous, nxt):
            break
        assert nxt is not None
        previous = nxt
    if not first.ordered and len(items) < 2 and first.glyph in _WEAK_BULLETS:
        return None, start + 1
    _apply_leads(items)
    head = blocks[start]
    lines = [n for item in items for n in item.lines]
    return (
        Block(
            "list",
            head.text,
            lines,
            blank_before=head.blank_before,
            items=items,
            ordered=first.ordered,
            delimiter=first.glyph if first.ordered else ".",
        ),
        index,
    )


def run(state: CleanState) -> None:
    """Replace runs of item blocks (and their nested paragraphs) by list blocks."""
    result: list[Block] = []
    index = 0
    blocks = state.blocks
    while index < len(blocks):
        found, after = _collect(blocks, index)
        if found is None:
            result.append(blocks[index])
        else:
            result.append(found)
        index = after
    state.blocks = result
