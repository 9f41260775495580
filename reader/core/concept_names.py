"""Concept names: how one is tidied for showing, and what makes two names one concept.

"Détente" and "détente", "kerja  sama" and "kerja sama" are one concept: case and
spacing never split one (accents do, on purpose). The store keys concepts by
``concept_key``; the panels filter and compare with the same function.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 100


def tidy_name(name: str) -> str:
    """The name as shown: NFC, surrounding and repeated spaces removed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def concept_key(name: str) -> str:
    """What makes two names the same concept: the tidy name, case-folded."""
    return tidy_name(name).casefold()
