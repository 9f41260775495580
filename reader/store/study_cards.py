"""Study cards made from the library's highlights and concepts, kept in step with them.

Which cards exist follows from the annotations (reader.core.study.cards says what each
kind asks): a highlight with a note has a note card; each concept it is tagged with,
when the concept is studied and its words stand in the passage, a cloze card; each
phrase marked with Make Cloze, a cloze card; a studied concept with a definition, a
definition card. ``sync`` brings the cards of whatever changed (study_schema.py's
triggers list it) up to date: a card whose source is gone or no longer asks anything is
made inactive, never deleted, so undoing the change brings it back with its history.

"Study this" is a ``StudyChoice``: without one a highlight is studied, and a concept is
when it has a definition.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.reading_text import ReadingText
from reader.core.study.cards import (
    CardKind,
    CardText,
    Passage,
    answerable,
    phrase_span,
    word_spans,
)
from reader.core.study.scheduling import new_schedule
from reader.core.study.times import stamp, utc_now
from reader.store.article_text import article_text
from reader.store.models import (
    Article,
    StudyCard,
    StudyChoice,
    StudyPending,
    database_proxy,
)

HIGHLIGHT = "highlight"
CONCEPT = "concept"
CARD = "card"  # a choice about one card: a marked cloze taken back (undo of Make Cloze)
_CHUNK = 500  # SQLite limits the parameters of one query

# (kind, highlight id, concept id, concept born, phrase): what makes a card one card.
CardKey = tuple[str, str, int, str, str]


@dataclass(frozen=True)
class _Concept:
    id: int
    name: str
    born: str
    definition: str
    aliases: tuple[str, ...]
    studied: bool

    @property
    def source(self) -> str:
        return concept_source(self.id, self.born)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def concept_source(concept_id: int, born: str) -> str:
    """How a choice names a concept: its id and birth, since ids can be given again."""
    return f"{concept_id}@{born}"


def _rows(sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, params).fetchall())


def _chunks(items: Iterable[Any]) -> Iterable[list[Any]]:
    listed = list(items)
    for at in range(0, len(listed), _CHUNK):
        yield listed[at : at + _CHUNK]


def _marks(count: int) -> str:
    return ",".join("?" * count)


# -- choices -----------------------------------------------------------------------------
def _choices(kind: str, sources: Iterable[str]) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for chunk in _chunks(sources):
        for source, studied in _rows(
            f"SELECT source, studied FROM study_choice WHERE kind = ? AND source IN "
            f"({_marks(len(chunk))})",
            [kind, *chunk],
        ):
            found[str(source)] = bool(studied)
    return found


def _concepts(concept_id: int | None = None) -> dict[int, _Concept]:
    """Every concept (or one) with its names, birth and whether it is studied."""
    where, params = (" WHERE concept_id = ?", [concept_id]) if concept_id is not None else ("", [])
    aliases: dict[int, list[str]] = {}
    for alias_of, name in _rows(f"SELECT concept_id, name FROM concept_alias{where}", params):
        aliases.setdefault(int(alias_of), []).append(str(name))
    rows = _rows(
        "SELECT id, name, created_at, definition FROM concept"
        + (" WHERE id = ?" if concept_id is not None else ""),
        params,
    )
    choices = _choices(CONCEPT, (concept_source(int(r[0]), str(r[2])) for r in rows))
    found = {}
    for concept_id, name, born, definition in rows:
        source = concept_source(int(concept_id), str(born))
        studied = choices.get(source, bool(str(definition).strip()))
        found[int(concept_id)] = _Concept(
            int(concept_id),
            str(name),
            str(born),
            str(definition),
            tuple(aliases.get(int(concept_id), [])),
            studied,
        )
    return found


def _set_choice(kind: str, source: str, studied: bool | None) -> None:
    if studied is None:
        StudyChoice.delete().where(
            (StudyChoice.kind == kind) & (StudyChoice.source == source)
        ).execute()
    else:
        StudyChoice.insert(
            kind=kind, source=source, studied=studied
        ).on_conflict_replace().execute()


def highlight_choice(highlight_id: str) -> bool | None:
    """The student's own choice for a highlight (None: they made none)."""
    return _choices(HIGHLIGHT, [highlight_id]).get(highlight_id)


def set_highlight_studied(highlight_id: str, studied: bool | None) -> None:
    """ "Study this" for a highlight; None goes back to the default (studied)."""
    with database_proxy.atomic():
        _set_choice(HIGHLIGHT, highlight_id, studied)
        _sync_highlights({highlight_id}, _concepts(), utc_now())


def studied_highlights(highlight_ids: Iterable[str]) -> set[str]:
    """Which of these highlights are studied (opted in, or left as they were)."""
    ids = list(highlight_ids)
    choices = _choices(HIGHLIGHT, ids)
    return {h for h in ids if choices.get(h, True)}


def _concept_row(concept_id: int) -> _Concept:
    concept = _concepts().get(concept_id)
    if concept is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no concept with id {concept_id}."),
            concept_id=concept_id,
        )
    return concept


def concept_choice(concept_id: int) -> bool | None:
    concept = _concept_row(concept_id)
    return _choices(CONCEPT, [concept.source]).get(concept.source)


def set_concept_studied(concept_id: int, studied: bool | None) -> None:
    """ "Study this" for a concept; None goes back to the default (studied when defined)."""
    with database_proxy.atomic():
        _set_choice(CONCEPT, _concept_row(concept_id).source, studied)
        _sync_concepts({concept_id}, utc_now())


def studied_concepts() -> set[int]:
    return {c.id for c in _concepts().values() if c.studied}


# -- keeping cards in step ---------------------------------------------------------------
def sync(now: datetime | None = None) -> None:
    """Bring the cards of every highlight and concept changed since last time up to date.

    Cheap when nothing changed (one look at a small table); study mode calls it before
    it reads cards, so a change made anywhere (the command line too) is seen.
    """
    if StudyPending.select().limit(1).count() == 0:
        return
    moment = now or utc_now()
    with database_proxy.atomic():
        pending = _rows("SELECT kind, source FROM study_pending")
        database_proxy.execute_sql("DELETE FROM study_pending")
        kinds = {str(kind) for kind, _source in pending}
        if "all" in kinds:
            concept_ids = {int(r[0]) for r in _rows("SELECT id FROM concept")}
            concept_ids |= {
                int(r[0]) for r in _rows("SELECT DISTINCT concept_id FROM study_card") if r[0]
            }
            highlight_ids = {str(r[0]) for r in _rows("SELECT id FROM highlight")}
        else:
            concept_ids = {int(s) for k, s in pending if k == CONCEPT}
            highlight_ids = {str(s) for k, s in pending if k == HIGHLIGHT}
        highlight_ids |= _sync_concepts(concept_ids, moment, resync_highlights=False)
        # Cards of highlights that are gone: only the cards still remember them.
        if "all" in kinds:
            highlight_ids |= {
                str(r[0]) for r in _rows("SELECT DISTINCT highlight_id FROM study_card") if r[0]
            }
        _sync_highlights(highlight_ids, _concepts(), moment)


def _cards_where(column: str, values: Sequence[object]) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    for chunk in _chunks(values):
        found += _rows(
            "SELECT id, kind, highlight_id, concept_id, concept_born, phrase, phrase_at, "
            f"section, active FROM study_card WHERE {column} IN ({_marks(len(chunk))})",
            chunk,
        )
    return found


def _sync_concepts(
    concept_ids: set[int], now: datetime, resync_highlights: bool = True
) -> set[str]:
    """Definition cards of these concepts; returns the highlights whose clozes may change."""
    if not concept_ids:
        return set()
    concepts = _concepts()
    desired: set[CardKey] = set()
    for concept_id in concept_ids:
        concept = concepts.get(concept_id)
        if concept is not None and concept.studied and concept.definition.strip():
            desired.add((CardKind.DEFINITION, "", concept.id, concept.born, ""))
    existing = [
        card
        for card in _cards_where("concept_id", sorted(concept_ids))
        if card[1] == CardKind.DEFINITION
    ]
    _apply(existing, desired, {}, now)
    affected = {
        str(r[0])
        for chunk in _chunks(sorted(concept_ids))
        for r in _rows(
            f"SELECT highlight_id FROM highlight_concept WHERE concept_id IN "
            f"({_marks(len(chunk))}) UNION SELECT highlight_id FROM study_card WHERE "
            f"concept_id IN ({_marks(len(chunk))}) AND highlight_id != ''",
            [*chunk, *chunk],
        )
    }
    if resync_highlights:
        _sync_highlights(affected, concepts, now)
    return affected


class _Sections:
    """Section headings of passages, reading each article's text once per sync."""

    def __init__(self) -> None:
        self._texts: dict[int, ReadingText | None] = {}

    def of(self, highlights: Sequence[tuple[Any, ...]]) -> dict[str, str]:
        found: dict[str, str] = {}
        for highlight_id, article_id, start, _exact, _note, placed in highlights:
            text = self._text(int(article_id)) if placed else None
            if text is not None:
                found[str(highlight_id)] = text.heading_before(int(start)) or ""
        return found

    def _text(self, article_id: int) -> ReadingText | None:
        if article_id not in self._texts:
            if len(self._texts) > 64:  # highlights come by article: older ones are done
                self._texts.clear()
            rows = _rows("SELECT markdown FROM article WHERE id = ?", [article_id])
            self._texts[article_id] = (
                article_text(Article(id=article_id, markdown=rows[0][0])) if rows else None
            )
        return self._texts[article_id]


def _by_article(highlight_ids: set[str]) -> list[str]:
    """The ids in reading order, article by article (headings are then read once per
    article, and new cards come as the passages do, not by their random ids); ids of
    highlights that are gone come last."""
    placed: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(sorted(highlight_ids)):
        placed.update(
            (str(h), (int(a), int(s)))
            for h, a, s in _rows(
                f"SELECT id, article_id, start FROM highlight WHERE id IN ({_marks(len(chunk))})",
                chunk,
            )
        )
    gone = (1 << 62, 0)
    return sorted(highlight_ids, key=lambda h: (placed.get(h, gone), h))


def _sync_highlights(highlight_ids: set[str], concepts: dict[int, _Concept], now: datetime) -> None:
    sections = _Sections()
    for chunk in _chunks(_by_article(highlight_ids)):
        marks = _marks(len(chunk))
        rows = _rows(
            f"SELECT id, article_id, start, exact, note, placed FROM highlight WHERE id IN "
            f"({marks})",
            chunk,
        )
        links: dict[str, list[int]] = {}
        for highlight_id, concept_id in _rows(
            f"SELECT highlight_id, concept_id FROM highlight_concept WHERE highlight_id IN "
            f"({marks})",
            chunk,
        ):
            links.setdefault(str(highlight_id), []).append(int(concept_id))
        existing = _cards_where("highlight_id", chunk)
        marked: dict[str, list[tuple[Any, ...]]] = {}
        for card in existing:
            if card[5]:
                marked.setdefault(str(card[2]), []).append(card)
        taken_back = _choices(CARD, (str(card[0]) for cards in marked.values() for card in cards))
        choices = _choices(HIGHLIGHT, chunk)
        desired: set[CardKey] = set()
        for highlight_id, _article, _start, exact, note, _placed in rows:
            if not choices.get(highlight_id, True):
                continue
            if str(note).strip():
                desired.add((CardKind.NOTE, highlight_id, 0, "", ""))
            for concept_id in links.get(highlight_id, []):
                concept = concepts.get(concept_id)
                if (
                    concept is not None
                    and concept.studied
                    and answerable(exact, word_spans(exact, concept.names))
                ):
                    desired.add((CardKind.CLOZE, highlight_id, concept.id, concept.born, ""))
            for card in marked.get(highlight_id, []):
                found = phrase_span(exact, str(card[5]), int(card[6]))
                if (
                    found is not None
                    and answerable(exact, (found,))
                    and taken_back.get(str(card[0])) is not False
                ):
                    desired.add(_key(card))
        wanted = {key[1] for key in desired}
        _apply(existing, desired, sections.of([r for r in rows if r[0] in wanted]), now, chunk)


def _key(card: tuple[Any, ...]) -> CardKey:
    return (str(card[1]), str(card[2]), int(card[3]), str(card[4]), str(card[5]))


def _apply(
    existing: Sequence[tuple[Any, ...]],
    desired: set[CardKey],
    sections: dict[str, str],
    now: datetime,
    reading_order: Sequence[str] = (),
) -> None:
    """Make the cards in ``desired`` active (creating those missing), the others not.

    New cards are made (and so asked, oldest first) in ``reading_order`` of their
    highlights, the passages' order in the article.
    """
    rank = {highlight_id: n for n, highlight_id in enumerate(reading_order)}
    have = {_key(card) for card in existing}
    changes = []
    for card in existing:
        active = _key(card) in desired
        section = sections.get(str(card[2]), str(card[7])) if active else str(card[7])
        if bool(card[8]) != active or section != card[7]:
            changes.append((active, section, card[0]))
    cursor = database_proxy.cursor()
    cursor.executemany("UPDATE study_card SET active = ?, section = ? WHERE id = ?", changes)
    fresh = new_schedule(now)
    due, made = stamp(fresh.due), stamp(now)
    cursor.executemany(
        "INSERT INTO study_card (kind, highlight_id, concept_id, concept_born, phrase, "
        "phrase_at, section, active, state, step, due, created_at) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, 1, ?, ?, ?, ?)",
        [
            (*key, sections.get(key[1], ""), int(fresh.state), fresh.step, due, made)
            for key in sorted(desired - have, key=lambda k: (rank.get(k[1], -1), k))
        ],
    )


# -- marked clozes -----------------------------------------------------------------------
def make_cloze(highlight_id: str, start: int, end: int) -> int:
    """Hide ``[start, end)`` of the article's text, inside the highlight, as a cloze card.

    Returns the card's id; the same phrase marked again is the same card.
    """
    row = _rows('SELECT start, "end", exact, placed FROM highlight WHERE id = ?', [highlight_id])
    if not row or not row[0][3] or not (row[0][0] <= start < end <= row[0][1]):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Select words inside one highlighted passage to make a cloze."
            )
        )
    h_start, _h_end, exact, _placed = row[0]
    phrase = str(exact)[start - h_start : end - h_start]
    if not phrase.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A cloze hides words, not only spaces."))
    lead = len(phrase) - len(phrase.lstrip())
    phrase = phrase.strip()
    at = start - h_start + lead
    if not answerable(str(exact), ((at, at + len(phrase)),)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A cloze needs a few words of the passage left showing to be answered: "
                "select fewer words.",
            )
        )
    now = utc_now()
    with database_proxy.atomic():
        card = StudyCard.get_or_none(
            (StudyCard.kind == CardKind.CLOZE)
            & (StudyCard.highlight_id == highlight_id)
            & (StudyCard.concept_id == 0)
            & (StudyCard.phrase == phrase)
        )
        if card is None:
            fresh = new_schedule(now)
            card = StudyCard.create(
                kind=CardKind.CLOZE,
                highlight_id=highlight_id,
                phrase=phrase,
                phrase_at=at,
                active=False,
                state=int(fresh.state),
                step=fresh.step,
                due=stamp(fresh.due),
                created_at=stamp(now),
            )
        _set_choice(CARD, str(card.id), None)
        _sync_highlights({highlight_id}, _concepts(), now)
    return int(card.id)


def take_back_cloze(card_id: int) -> None:
    """Undo of Make Cloze: the card stops being studied; its history stays."""
    with database_proxy.atomic():
        _set_choice(CARD, str(card_id), False)
        StudyCard.update(active=False).where(StudyCard.id == card_id).execute()


def restore_cloze(card_id: int) -> None:
    """Redo of Make Cloze."""
    card = StudyCard.get_by_id(card_id)
    with database_proxy.atomic():
        _set_choice(CARD, str(card_id), None)
        _sync_highlights({str(card.highlight_id)}, _concepts(), utc_now())


# -- what a card shows -------------------------------------------------------------------
def _passages(highlight_ids: Sequence[str]) -> dict[str, Passage]:
    found: dict[str, Passage] = {}
    for chunk in _chunks(highlight_ids):
        for hid, article_id, title, exact, note, color, section in _rows(
            "SELECT h.id, h.article_id, a.title, h.exact, h.note, h.color, "
            "coalesce((SELECT s.section FROM study_card s WHERE s.highlight_id = h.id "
            "LIMIT 1), '') FROM highlight h JOIN article a ON a.id = h.article_id "
            f"WHERE h.id IN ({_marks(len(chunk))})",
            chunk,
        ):
            found[str(hid)] = Passage(
                str(hid),
                int(article_id),
                str(title),
                str(section),
                str(exact),
                str(note),
                str(color),
            )
    return found


def _concepts_of(highlight_id: str) -> tuple[str, ...]:
    return tuple(
        str(r[0])
        for r in _rows(
            "SELECT c.name FROM highlight_concept hc JOIN concept c ON c.id = hc.concept_id "
            "WHERE hc.highlight_id = ? ORDER BY c.name",
            [highlight_id],
        )
    )


def _examples(concept_id: int, count: int = 2) -> tuple[Passage, ...]:
    """A definition card's passages: the concept's first ones, by article then place."""
    ids = [
        str(r[0])
        for r in _rows(
            "SELECT h.id FROM highlight_concept hc JOIN highlight h ON h.id = hc.highlight_id "
            "JOIN article a ON a.id = h.article_id WHERE hc.concept_id = ? "
            "ORDER BY h.placed DESC, lower(a.title), h.start LIMIT ?",
            [concept_id, count],
        )
    ]
    passages = _passages(ids)
    return tuple(passages[i] for i in ids if i in passages)


def card_text(card_id: int) -> CardText | None:
    """What the card shows now, read from its highlight or concept; None when the card
    is inactive or no longer asks anything (its words were edited out)."""
    rows = _rows(
        "SELECT kind, highlight_id, concept_id, concept_born, phrase, phrase_at, active "
        "FROM study_card WHERE id = ?",
        [card_id],
    )
    if not rows or not rows[0][6]:
        return None
    kind, highlight_id, concept_id, born, phrase, phrase_at, _active = rows[0]
    key = "|".join(
        (
            str(kind),
            str(highlight_id),
            concept_source(concept_id, born) if concept_id else "",
            phrase,
        )
    )
    concept = None
    if concept_id:
        concept = _concepts(int(concept_id)).get(int(concept_id))
        if concept is None or concept.born != born:
            return None
    if kind == CardKind.DEFINITION:
        assert concept is not None
        return CardText(
            card_id,
            CardKind.DEFINITION,
            concept=concept.name,
            definition=concept.definition,
            examples=_examples(concept.id),
            concepts=(concept.name,),
            source_key=key,
        )
    passage = _passages([str(highlight_id)]).get(str(highlight_id))
    if passage is None:
        return None
    tags = _concepts_of(passage.highlight_id)
    if kind == CardKind.NOTE:
        return CardText(card_id, CardKind.NOTE, passage=passage, concepts=tags, source_key=key)
    if concept is not None:
        gaps = word_spans(passage.text, concept.names)
    else:
        span = phrase_span(passage.text, str(phrase), int(phrase_at))
        gaps = (span,) if span else ()
    if not answerable(passage.text, gaps):
        return None
    return CardText(
        card_id,
        CardKind.CLOZE,
        concept=concept.name if concept else "",
        passage=passage,
        gaps=gaps,
        concepts=tags,
        source_key=key,
    )


def active_cards(concept_id: int | None = None) -> list[int]:
    """Every studied card's id (of one concept's passages), oldest first."""
    sync()
    if concept_id is None:
        return [int(r[0]) for r in _rows("SELECT id FROM study_card WHERE active ORDER BY id")]
    return [int(r[0]) for r in _rows(f"{CONCEPT_CARDS} ORDER BY id", [concept_id, concept_id])]


# The cards of one concept: its definition and clozes, and every card of its passages.
CONCEPT_CARDS = (
    "SELECT id FROM study_card WHERE active AND (concept_id = ? OR highlight_id IN "
    "(SELECT highlight_id FROM highlight_concept WHERE concept_id = ?))"
)


def cards_of_highlight(highlight_id: str) -> list[int]:
    sync()
    return [
        int(r[0])
        for r in _rows(
            "SELECT id FROM study_card WHERE active AND highlight_id = ? ORDER BY id",
            [highlight_id],
        )
    ]
