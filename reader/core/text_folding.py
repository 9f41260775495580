"""Folding text for matching: case and accents ignored, so "detente" finds "Détente".

Students often type without accents; search, find-in-article, concept suggestions and
the concept lists all compare text folded the same way, here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def fold(text: str) -> str:
    """``text`` with case and accents removed ("Détente" -> "detente", "Straße" -> "strasse").

    Works character by character as well as on whole strings (find-in-article folds one
    character at a time to map matches back to the original offsets).
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_fold_char = fold  # one character at a time, to map matches back to offsets


@lru_cache(maxsize=8)
def _folded_text(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded, and for each folded character the offset it came from.

    Folding can change the length ("ß" → "ss", "é" decomposed → "e"), so matches found in
    the folded text are carried back to the original through this map. Cached: the find
    bar folds the same article on every keystroke.
    """
    pieces: list[str] = []
    origin: list[int] = []
    cache: dict[str, str] = {}
    for index, ch in enumerate(text):
        folded = cache.get(ch)
        if folded is None:
            folded = cache[ch] = _fold_char(ch)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), tuple(origin)


def find_in_text(text: str, query: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` (code points) where ``query`` stands in ``text``.

    Case and accents are ignored as in search, and any run of whitespace in the query
    matches any run in the text (a phrase may wrap onto the next block).
    """
    words = [fold(w) for w in query.split()]
    words = [w for w in words if w]
    if not words or not text:
        return []
    haystack, origin = _folded_text(text)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found: list[tuple[int, int]] = []
    for m in pattern.finditer(haystack):
        if m.end() == m.start():
            continue
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        # Decomposed accents belong to the letter before them: never cut one off.
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if found and start < found[-1][1]:
            continue  # one character folded to several, matched twice
        found.append((start, end))
    return found
