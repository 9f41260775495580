"""Concepts a student tags passages with: unique names ignoring case and spacing.

"Détente" and "détente" are one concept, and so are "kerja  sama" and "kerja sama".
"""

from __future__ import annotations

import unicodedata

from reader.core.errors import UserError
from reader.store.models import Concept, ConceptAlias, database_proxy

MAX_NAME_LENGTH = 100


def tidy_name(name: str) -> str:
    """The name as shown: NFC, surrounding and repeated spaces removed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def concept_key(name: str) -> str:
    """What makes two names the same concept: the tidy name, case-folded."""
    return tidy_name(name).casefold()


def validate_name(name: str) -> str:
    tidy = tidy_name(name)
    if not tidy:
        raise UserError("A concept needs a name.")
    if len(tidy) > MAX_NAME_LENGTH:
        raise UserError(
            f"A concept name can be at most {MAX_NAME_LENGTH} characters; this one has {len(tidy)}."
        )
    return tidy


def find_concept(name: str) -> Concept | None:
    """The concept called ``name`` or with ``name`` as an alias, if any."""
    key = concept_key(name)
    concept = Concept.get_or_none(Concept.key == key)
    if concept is not None:
        return concept
    alias = ConceptAlias.get_or_none(ConceptAlias.key == key)
    return alias.concept if alias is not None else None


def get_or_create_concept(name: str) -> Concept:
    tidy = validate_name(name)
    with database_proxy.atomic():
        existing = find_concept(tidy)
        if existing is not None:
            return existing
        return Concept.create(name=tidy, key=concept_key(tidy))
