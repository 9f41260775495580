"""Folding text for matching: case and accents ignored, so "detente" finds "Détente".

Students often type without accents; search, find-in-article, concept suggestions and
the concept lists all compare text folded the same way, here.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` with case and accents removed ("Détente" -> "detente", "Straße" -> "strasse").

    Works character by character as well as on whole strings (find-in-article folds one
    character at a time to map matches back to the original offsets).
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
