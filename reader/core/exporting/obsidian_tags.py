"""Concept names as Obsidian tags: ``Kerja sama bilateral`` → ``#kerja-sama-bilateral``.

Obsidian's tags hold letters of any script, digits, ``_`` and ``-``, use ``/`` only to
nest one tag in another, and cannot be digits alone. A name is lower-cased (Obsidian's
tags ignore case), spaces and punctuation become ``-``, and what would otherwise vanish
is spelled out so that names differing only in it keep different tags: ``C#`` is
``#c-sharp`` and ``C++`` is ``#c-plus-plus``; a symbol or emoji is spelled by its Unicode
name (``🕊️`` is ``#dove-of-peace``). ``_`` stays between letters (``#keamanan_siber`` is
not ``#keamanan-siber``) but never at the edge of a tag or beside a ``-``, where a
Markdown reader could take ``_x_`` for emphasis. A ``/`` between two words nests
(``NATO/PBB``); with spaces around it (``PBB / UN``) it separates, like a space.

Names that still meet on one tag (``Keamanan siber`` and ``keamanan-siber``) are told
apart by :func:`concept_tags`, which every export uses for the concepts it holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# ASCII signs that carry the meaning of a name (C#, C++, R&D): spelled, not dropped.
_SPELLED_ALWAYS = {"+": "plus", "&": "and", "%": "percent"}
# These only after a letter or digit: "#MeToo" is the tag "metoo", "C#" is "c-sharp".
_SPELLED_AFTER_WORD = {"#": "sharp", "@": "at"}
_MARKS = ("Mn", "Mc")  # combining marks: part of their letter (Devanagari, Thai...)
_DASHES = re.compile(r"[-_]*-[-_]*")
_NO_LETTER = "concept"


def _spelled(ch: str, previous: str) -> str | None:
    """The word(s) ``ch`` is spelled as, or None when it only separates words."""
    if ch in _SPELLED_ALWAYS:
        return _SPELLED_ALWAYS[ch]
    if ch in _SPELLED_AFTER_WORD:
        return _SPELLED_AFTER_WORD[ch] if previous.isalnum() else None
    if unicodedata.category(ch).startswith("S"):  # symbols and emoji: ©, €, =, 🕊
        name = unicodedata.name(ch, "") or f"u{ord(ch):04x}"
        return name.lower().replace(" ", "-")
    return None


def _words(name: str) -> str:
    """The name lower-cased, letters, digits and spelled symbols joined by ``-`` and ``/``."""
    text = unicodedata.normalize("NFC", name).casefold()
    out: list[str] = []
    previous = ""
    for index, ch in enumerate(text):
        following = text[index + 1 : index + 2]
        if ch.isalnum() or ch == "_":
            out.append(ch)
        elif unicodedata.category(ch) in _MARKS and previous.isalnum():
            out.append(ch)
            continue  # a mark is part of the letter before it
        elif ch == "/" and previous.isalnum() and following.isalnum():
            out.append("/")
        elif (word := _spelled(ch, previous)) is not None:
            out.append(f"-{word}-")
        else:
            out.append("-")  # spaces, punctuation, a spaced slash, a variation selector
        previous = ch
    return "".join(out)


def _tidy(part: str) -> str:
    # "_" touching "-" becomes "-", then edges lose their dashes and underscores.
    return _DASHES.sub("-", part).strip("-_")


def obsidian_tag(name: str) -> str:
    """``name`` as an Obsidian tag (with its ``#``); see the module's docstring."""
    parts = [p for p in (_tidy(part) for part in _words(name).split("/")) if p]
    slug = "/".join(parts)
    if not any(ch.isalpha() for ch in slug):
        slug = f"{_NO_LETTER}-{slug}" if slug else _NO_LETTER
    return f"#{slug}"


def concept_tags(names: Iterable[str]) -> dict[str, str]:
    """Each name's tag, no two alike: where names meet on one tag, the first by name
    keeps it and the others get ``-2``, ``-3``… (the same for the same names, always)."""
    ordered = sorted(set(names), key=lambda n: (n.casefold(), n))
    plain = {name: obsidian_tag(name) for name in ordered}
    taken = set(plain.values())
    tags: dict[str, str] = {}
    used: set[str] = set()
    for name in ordered:
        tag = plain[name]
        if tag in used:
            number = 2
            while f"{tag}-{number}" in taken:
                number += 1
            tag = f"{tag}-{number}"
            taken.add(tag)
        used.add(tag)
        tags[name] = tag
    return tags
