"""Concepts a student tags passages with: unique names ignoring case and spacing.

"Détente" and "détente" are one concept, and so are "kerja  sama" and "kerja sama".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from reader.core.concept_names import MAX_NAME_LENGTH, concept_key, tidy_name
from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.highlight_colors import COLORS, is_color
from reader.core.script_words import WORD
from reader.core.text_folding import fold
from reader.store.article_text import article_text
from reader.store.models import (
    Article,
    Concept,
    ConceptAlias,
    Highlight,
    HighlightConcept,
    database_proxy,
)


def validate_name(name: str) -> str:
    tidy = tidy_name(name)
    if not tidy:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A concept needs a name."))
    if len(tidy) > MAX_NAME_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "A concept name can be at most {limit} characters; this one has {length}."
            ),
            limit=MAX_NAME_LENGTH,
            length=len(tidy),
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


@dataclass(frozen=True)
class ConceptSummary:
    """A concept as lists show it: with how many passages and articles it tags."""

    id: int
    name: str
    definition: str
    color: str | None
    aliases: tuple[str, ...]
    passages: int
    articles: int


@dataclass(frozen=True)
class Passage:
    """One tagged passage, with what a reviewer needs to place it: article and section."""

    highlight_id: str
    article_id: int
    article_title: str
    section: str | None
    exact: str
    prefix: str
    suffix: str
    note: str
    color: str
    placed: bool
    start: int


@dataclass(frozen=True)
class ConceptSnapshot:
    """Everything about a concept, to put it back exactly (undo of delete or merge)."""

    id: int
    name: str
    key: str
    definition: str
    color: str | None
    created_at: datetime
    aliases: tuple[tuple[str, str], ...]  # (name, key)
    highlight_ids: tuple[str, ...]


def _by_id(concept_id: int) -> Concept:
    concept = Concept.get_or_none(Concept.id == concept_id)
    if concept is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no concept with id {concept_id}."),
            concept_id=concept_id,
        )
    return concept


def concept_named(name: str) -> Concept:
    """The concept called ``name`` (or with that alias), or a clear error."""
    concept = find_concept(name)
    if concept is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no concept called “{name}”."),
            name=tidy_name(name),
        )
    return concept


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's raw rows: plain tuples, without building a model for each."""
    return list(database_proxy.execute(query).fetchall())


def list_concepts() -> list[ConceptSummary]:
    counts: dict[int, tuple[int, int]] = {}
    count_rows = _rows(
        HighlightConcept.select(
            HighlightConcept.concept,
            fn.COUNT(HighlightConcept.highlight),
            fn.COUNT(Highlight.article.distinct()),
        )
        .join(Highlight)
        .group_by(HighlightConcept.concept)
    )
    for concept_id, passage_count, article_count in count_rows:
        counts[int(concept_id)] = (int(passage_count), int(article_count))
    aliases: dict[int, list[str]] = {}
    alias_rows = _rows(
        ConceptAlias.select(ConceptAlias.concept, ConceptAlias.name).order_by(ConceptAlias.name)
    )
    for concept_id, alias in alias_rows:
        aliases.setdefault(int(concept_id), []).append(str(alias))
    summaries = [
        ConceptSummary(
            id=c.id,
            name=c.name,
            definition=c.definition,
            color=c.color,
            aliases=tuple(aliases.get(c.id, [])),
            passages=counts.get(c.id, (0, 0))[0],
            articles=counts.get(c.id, (0, 0))[1],
        )
        for c in Concept.select()
    ]
    return sorted(summaries, key=lambda s: s.name.casefold())


def summary(concept_id: int) -> ConceptSummary:
    for item in list_concepts():
        if item.id == concept_id:
            return item
    raise UserError(
        QT_TRANSLATE_NOOP("Errors", "There is no concept with id {concept_id}."),
        concept_id=concept_id,
    )


def _taken_by_other(key: str, concept_id: int | None) -> Concept | None:
    """The other concept that already uses ``key`` as its name or an alias."""
    owner = Concept.get_or_none(Concept.key == key)
    if owner is None:
        alias = ConceptAlias.get_or_none(ConceptAlias.key == key)
        owner = alias.concept if alias is not None else None
    return owner if owner is not None and owner.id != concept_id else None


def create_concept(name: str, definition: str = "") -> Concept:
    tidy = validate_name(name)
    if _taken_by_other(concept_key(tidy), None) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A concept called “{name}” already exists."), name=tidy
        )
    return Concept.create(name=tidy, key=concept_key(tidy), definition=definition.strip())


def rename_concept(concept_id: int, new_name: str) -> Concept:
    """Rename; a name another concept already has is refused with the merge to use instead."""
    concept = _by_id(concept_id)
    tidy = validate_name(new_name)
    key = concept_key(tidy)
    other = _taken_by_other(key, concept.id)
    if other is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{other}” already exists, so “{name}” cannot take that name. "
                "To make them one concept, merge them: "
                'marginalia concepts merge "{name}" "{other}"',
            ),
            other=other.name,
            name=concept.name,
        )
    with database_proxy.atomic():
        # A former alias that becomes the name is no longer an alias.
        ConceptAlias.delete().where(
            (ConceptAlias.concept == concept.id) & (ConceptAlias.key == key)
        ).execute()
        Concept.update(name=tidy, key=key).where(Concept.id == concept.id).execute()
    return _by_id(concept.id)


def describe_concept(concept_id: int, definition: str) -> Concept:
    Concept.update(definition=definition.strip()).where(
        Concept.id == _by_id(concept_id).id
    ).execute()
    return _by_id(concept_id)


def set_concept_color(concept_id: int, color: str | None) -> None:
    if color is not None and not is_color(color):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown colour {color}; choose one of: {choices}."),
            color=repr(color),
            choices=", ".join(COLORS),
        )
    Concept.update(color=color).where(Concept.id == _by_id(concept_id).id).execute()


def set_aliases(concept_id: int, aliases: list[str]) -> tuple[str, ...]:
    """Replace a concept's aliases; an alias another concept uses is refused."""
    concept = _by_id(concept_id)
    tidy: dict[str, str] = {}
    for alias in aliases:
        if not alias.strip():
            continue
        name = validate_name(alias)
        key = concept_key(name)
        if key == concept.key:
            continue
        other = _taken_by_other(key, concept.id)
        if other is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "“{name}” is already used by the concept “{other}”."),
                name=name,
                other=other.name,
            )
        tidy.setdefault(key, name)
    with database_proxy.atomic():
        ConceptAlias.delete().where(ConceptAlias.concept == concept.id).execute()
        for key, name in tidy.items():
            ConceptAlias.create(concept=concept.id, name=name, key=key)
    return tuple(sorted(tidy.values(), key=str.casefold))


def snapshot(concept_id: int) -> ConceptSnapshot:
    concept = _by_id(concept_id)
    return ConceptSnapshot(
        id=concept.id,
        name=concept.name,
        key=concept.key,
        definition=concept.definition,
        color=concept.color,
        created_at=concept.created_at,
        aliases=tuple(
            (a.name, a.key) for a in ConceptAlias.select().where(ConceptAlias.concept == concept.id)
        ),
        highlight_ids=tuple(
            link.highlight_id
            for link in HighlightConcept.select().where(HighlightConcept.concept == concept.id)
        ),
    )


def restore(snap: ConceptSnapshot) -> None:
    """Put a concept back as it was: same id, name, aliases and passages (that still exist)."""
    with database_proxy.atomic():
        Concept.delete().where(Concept.id == snap.id).execute()
        ConceptAlias.delete().where(ConceptAlias.key.in_([k for _n, k in snap.aliases])).execute()
        Concept.insert(
            id=snap.id,
            name=snap.name,
            key=snap.key,
            definition=snap.definition,
            color=snap.color,
            created_at=snap.created_at,
        ).execute()
        for name, key in snap.aliases:
            ConceptAlias.create(concept=snap.id, name=name, key=key)
        existing = {
            h.id for h in Highlight.select(Highlight.id).where(Highlight.id.in_(snap.highlight_ids))
        }
        for highlight_id in snap.highlight_ids:
            if highlight_id in existing:
                HighlightConcept.insert(
                    highlight=highlight_id, concept=snap.id
                ).on_conflict_ignore().execute()


def delete_concept(concept_id: int) -> ConceptSnapshot:
    """Delete a concept (its passages stay highlighted); returns it for undo."""
    snap = snapshot(concept_id)
    Concept.delete().where(Concept.id == concept_id).execute()
    return snap


def merge_concepts(from_id: int, into_id: int) -> ConceptSnapshot:
    """Make ``from`` part of ``into``: its passages move (none twice), its names become aliases.

    Returns the ``from`` concept as it was, for undo.
    """
    source, target = _by_id(from_id), _by_id(into_id)
    if source.id == target.id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A concept cannot be merged into itself."))
    snap = snapshot(source.id)
    with database_proxy.atomic():
        for highlight_id in snap.highlight_ids:
            HighlightConcept.insert(
                highlight=highlight_id, concept=target.id
            ).on_conflict_ignore().execute()
        Concept.delete().where(Concept.id == source.id).execute()
        # The old name keeps finding the concept: in completion, search and the CLI.
        for name, key in ((source.name, source.key), *snap.aliases):
            if key != target.key:
                ConceptAlias.insert(
                    concept=target.id, name=name, key=key
                ).on_conflict_ignore().execute()
        if not target.definition and source.definition:
            Concept.update(definition=source.definition).where(Concept.id == target.id).execute()
    return snap


def tag(highlight_id: str, name: str) -> Concept:
    """Tag a highlight with a concept, creating the concept if it is new."""
    concept = get_or_create_concept(name)
    HighlightConcept.insert(
        highlight=highlight_id, concept=concept.id
    ).on_conflict_ignore().execute()
    return concept


def untag(highlight_id: str, concept_id: int) -> None:
    HighlightConcept.delete().where(
        (HighlightConcept.highlight == highlight_id) & (HighlightConcept.concept == concept_id)
    ).execute()


def passages(concept_id: int) -> list[Passage]:
    """Every passage tagged with the concept, by article title then reading order."""
    rows = (
        Highlight.select(Highlight, Article)
        .join(HighlightConcept)
        .switch(Highlight)
        .join(Article)
        .where(HighlightConcept.concept == _by_id(concept_id).id)
    )
    found = []
    for h in rows:
        article = h.article
        section = article_text(article).heading_before(h.start) if h.placed else None
        found.append(
            Passage(
                highlight_id=h.id,
                article_id=article.id,
                article_title=article.title,
                section=section,
                exact=h.exact,
                prefix=h.prefix,
                suffix=h.suffix,
                note=h.note,
                color=h.color,
                placed=h.placed,
                start=h.start,
            )
        )
    return sorted(found, key=lambda p: (p.article_title.casefold(), not p.placed, p.start))


def articles_with(concept_id: int) -> set[int]:
    rows = _rows(
        Highlight.select(Highlight.article)
        .join(HighlightConcept)
        .where(HighlightConcept.concept == concept_id)
        .distinct()
    )
    return {int(r[0]) for r in rows}


def suggest_for(passage: str, exclude: Iterable[str] = ()) -> list[str]:
    """Concepts whose name or an alias occurs in ``passage`` (ignoring case and accents)."""
    haystack = " " + " ".join(WORD.findall(fold(passage))) + " "
    skip = {concept_key(n) for n in exclude}
    names = {c.id: c.name for c in Concept.select()}
    labels = [(cid, name) for cid, name in names.items()]
    labels += [(int(a.concept_id), a.name) for a in ConceptAlias.select()]
    found = set()
    for concept_id, label in labels:
        words = " ".join(WORD.findall(fold(label)))
        if words and f" {words} " in haystack and concept_key(names[concept_id]) not in skip:
            found.add(names[concept_id])
    return sorted(found, key=str.casefold)
