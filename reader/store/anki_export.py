"""The library's study cards as Anki decks: one deck for the library, or one per concept.

The same cards the Review window asks (reader.store.study_cards), written by
reader.core.exporting.anki_writer. In a deck per concept, a card goes to the deck of
the concept it asks about, else of its passage's first concept; a card of an untagged
passage stays in the parent deck, "Marginalia".
"""

from __future__ import annotations

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.anki_writer import ROOT_DECK, AnkiDeck, apkg_bytes
from reader.core.study.cards import CardText
from reader.store.concepts import concept_named
from reader.store.study_cards import active_cards, card_text

BY_LIBRARY = "library"
BY_CONCEPT = "concept"


def study_cards(concept: str | None = None) -> list[CardText]:
    """Every studied card (of one concept's passages), as it reads now."""
    concept_id = concept_named(concept).id if concept is not None else None
    texts = (card_text(card_id) for card_id in active_cards(concept_id))
    return [text for text in texts if text is not None]


def _deck_of(card: CardText) -> str:
    return card.concept or (card.concepts[0] if card.concepts else "")


def anki_decks(concept: str | None = None, by: str = BY_LIBRARY) -> list[AnkiDeck]:
    """The decks an export holds: one concept's, the library's, or one per concept."""
    if by not in (BY_LIBRARY, BY_CONCEPT):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Decks are made by {choices}, not by {by}."),
            choices=f"{BY_LIBRARY} or {BY_CONCEPT}",
            by=repr(by),
        )
    cards = study_cards(concept)
    if not cards:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There are no cards to export yet: write a note on a highlight, define a "
                "concept, or mark a cloze with Edit → Make Cloze.",
            )
        )
    if concept is not None:
        row = concept_named(concept)
        return [AnkiDeck(f"{ROOT_DECK}::{row.name}", f"concept:{row.id}", tuple(cards))]
    if by == BY_LIBRARY:
        return [AnkiDeck(ROOT_DECK, "library", tuple(cards))]
    groups: dict[str, list[CardText]] = {}
    for card in cards:
        groups.setdefault(_deck_of(card), []).append(card)
    decks = []
    for name in sorted(groups, key=str.casefold):
        if name:
            row = concept_named(name)
            decks.append(
                AnkiDeck(f"{ROOT_DECK}::{row.name}", f"concept:{row.id}", tuple(groups[name]))
            )
        else:
            decks.append(AnkiDeck(ROOT_DECK, "library", tuple(groups[name])))
    return decks


def anki_package(concept: str | None = None, by: str = BY_LIBRARY) -> bytes:
    """The .apkg bytes, for an atomic write (reader.core.atomic_write)."""
    return apkg_bytes(anki_decks(concept, by))
