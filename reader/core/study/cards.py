"""What a study card asks and answers, made from a highlight or a concept: no typing.

Three kinds (``CardKind``):

- **definition**: a concept with a definition. Front: the concept's name. Back: the
  definition and two of its passages.
- **cloze**: a highlighted passage with words hidden, the passage's section heading as
  the cue. The words are the concept's (its name or an alias, whole words, any case or
  accents) or a phrase the student marked with Edit → Make Cloze.
- **note**: a highlight with a note. Front: the passage. Back: the note.

A card holds no copy of the passage or note: ``CardText`` is read afresh from the
highlight each time, so an edited note or a re-anchored passage is what the card shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reader.core.exporting.document import open_link
from reader.core.text_folding import find_in_text

Span = tuple[int, int]


class CardKind(StrEnum):
    DEFINITION = "definition"
    CLOZE = "cloze"
    NOTE = "note"


@dataclass(frozen=True)
class Passage:
    """A highlighted passage as a card shows it."""

    highlight_id: str
    article_id: int
    article_title: str
    section: str  # the heading it stands under, "" when none
    text: str
    note: str
    color: str

    @property
    def link(self) -> str:
        """marginalia://open/<article>/<highlight>: opens the passage in its article."""
        return open_link(self.article_id, self.highlight_id)


@dataclass(frozen=True)
class CardText:
    """Everything one card shows, read from the library just now."""

    card_id: int
    kind: CardKind
    concept: str = ""  # the concept's name: a definition card's front, a cloze's words
    definition: str = ""
    passage: Passage | None = None  # the highlight a cloze or note card is made from
    gaps: tuple[Span, ...] = ()  # what a cloze hides in passage.text
    examples: tuple[Passage, ...] = ()  # a definition card's passages
    concepts: tuple[str, ...] = ()  # every concept the card belongs to (decks, tags)
    # What the card is made of, from our ids: the same card in every export (Anki's guid).
    source_key: str = ""

    @property
    def link(self) -> str:
        """Where the card comes from: its passage, or a definition's first passage."""
        source = self.passage or (self.examples[0] if self.examples else None)
        return source.link if source else ""


def _whole_word(text: str, span: Span) -> bool:
    start, end = span
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def word_spans(text: str, names: tuple[str, ...] | list[str]) -> tuple[Span, ...]:
    """Where any of ``names`` stands in ``text`` as whole words (case and accents ignored).

    "Détente" hides "detente" and "DÉTENTE", never the "ASEAN" in which "AS" stands.
    Longer names win where two overlap ("kerja sama bilateral" over "kerja sama").
    """
    found = [span for name in names for span in find_in_text(text, name) if _whole_word(text, span)]
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return tuple(kept)


CONTEXT_WORDS = 3  # a cloze needs words around its gap to be answerable


def answerable(text: str, gaps: tuple[Span, ...]) -> bool:
    """A cloze leaves enough of the passage showing to recall the hidden words from:
    a highlight of the concept's name alone would hide everything and ask nothing."""
    shown = "".join(piece for piece, hidden in pieces(text, gaps) if not hidden)
    return bool(gaps) and len(shown.split()) >= CONTEXT_WORDS


def phrase_span(text: str, phrase: str, near: int) -> Span | None:
    """The occurrence of ``phrase`` in ``text`` closest to ``near`` (None when it is gone).

    The student marked one occurrence; after the passage was edited or re-anchored the
    same words are looked for again, by the place they had.
    """
    if not phrase.strip():
        return None
    spans: list[Span] = []
    at = text.find(phrase)
    while at >= 0:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    return min(spans, key=lambda s: abs(s[0] - near)) if spans else None


def pieces(text: str, gaps: tuple[Span, ...]) -> list[tuple[str, bool]]:
    """``text`` cut at the gaps: (piece, hidden) in order, for any writer of a cloze."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in gaps:
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


GAP = "[…]"


def question_text(card: CardText) -> str:
    """The card's question as one line of plain text (the command line, spoken names)."""
    if card.kind is CardKind.DEFINITION or card.passage is None:
        return card.concept
    text = "".join(
        GAP if hidden else piece for piece, hidden in pieces(card.passage.text, card.gaps)
    )
    return " ".join(text.split())
