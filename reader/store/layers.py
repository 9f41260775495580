"""Other people's annotation layers in this library: kept, anchored, listed, never edited.

A layer is a person (a teacher from a class pack, a student from the notes they handed
back). Its annotations are anchored in this library's copy of each article with the same
code as highlights (position, quote, fuzzy), and again whenever the article's text
changes (reanchor_layers); a passage that is gone leaves the annotation unplaced, never
guessed. The user's own highlights are never touched here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.anchoring import (
    Anchor,
    Selectors,
    TextPositionSelector,
    TextQuoteSelector,
    anchor_all,
)
from reader.core.anchoring import describe as describe_selectors
from reader.core.highlight_colors import DEFAULT_COLOR, is_color
from reader.core.packs.layer_item import STUDENT, TEACHER, LayerItem
from reader.core.packs.pack_format import Person
from reader.core.packs.passages import StudentMark
from reader.store.article_text import article_text
from reader.store.models import (
    AnnotationLayer,
    Article,
    BaseModel,
    ClassPack,
    LayerArticle,
    LayerHighlight,
    PackArticle,
    database_proxy,
    utc_now,
)

# A type only: class_packs and handbacks hand these records in. Showing layers (every
# start) does not load the W3C reader and the export records behind it.
if TYPE_CHECKING:
    from reader.core.exporting.web_annotation import ImportedAnnotation


@dataclass(frozen=True)
class LayerSnapshot:
    """An article's place in other people's layers and packs, to put back exactly (undo)."""

    rows: tuple[tuple[type[BaseModel], dict[str, object]], ...]


def snapshot_layers(article_id: int) -> LayerSnapshot:
    """Every layer and pack row of the article, as deleting it would lose them."""
    rows: list[tuple[type[BaseModel], dict[str, object]]] = []
    for table in (LayerArticle, LayerHighlight, PackArticle):
        for row in table.select().where(table.article == article_id):
            rows.append((table, dict(row.__data__)))
    return LayerSnapshot(tuple(rows))


def restore_layers(snapshot: LayerSnapshot) -> None:
    """Put the rows back (their layers and packs still exist unless the user removed them)."""
    for table, data in snapshot.rows:
        table.insert(**data).on_conflict_ignore().execute()


def person_layer(kind: str, person: Person) -> AnnotationLayer:
    """The layer of ``person`` (made on first sight; the name follows the latest file)."""
    layer = AnnotationLayer.get_or_none(
        (AnnotationLayer.kind == kind) & (AnnotationLayer.person_id == person.id)
    )
    if layer is None:
        return AnnotationLayer.create(kind=kind, person_id=person.id, name=person.name)
    if layer.name != person.name:
        layer.name = person.name
        layer.save()
    return layer


def _selectors(item: ImportedAnnotation) -> Selectors:
    start = item.start if item.start is not None else 0
    end = item.end if item.end is not None else start + len(item.exact)
    return Selectors(
        TextQuoteSelector(item.exact, item.prefix, item.suffix), TextPositionSelector(start, end)
    )


def _certain(found: Sequence[Anchor | None]) -> list[Anchor | None]:
    """Only the places anchoring is sure of: someone else's read-only note is never shown
    on a proposed place, as no one here can confirm it (it stays unplaced instead)."""
    return [where if where is not None and where.certain else None for where in found]


def replace_layer_items(
    layer: AnnotationLayer, article: Article, items: Sequence[ImportedAnnotation], pack_id: str
) -> tuple[int, int]:
    """Make ``items`` the layer's annotations on ``article``, anchored in its text; the
    layer now covers the article. Returns how many were placed and how many not."""
    text = article_text(article).text
    found = _certain(anchor_all(text, [_selectors(item) for item in items]))
    now = utc_now()
    LayerHighlight.delete().where(
        (LayerHighlight.layer == layer.id) & (LayerHighlight.article == article.id)
    ).execute()
    placed = 0
    for item, where in zip(items, found, strict=True):
        if where is None:
            given = _selectors(item)
            start, end, quote = given.position.start, given.position.end, given.quote
        else:
            start, end = where.start, where.end
            quote = describe_selectors(text, start, end).quote
            placed += 1
        LayerHighlight.insert(
            layer=layer.id,
            article=article.id,
            annotation_id=item.id,
            start=start,
            end=end,
            exact=quote.exact,
            prefix=quote.prefix,
            suffix=quote.suffix,
            color=item.color if item.color and is_color(item.color) else DEFAULT_COLOR,
            note=item.note,
            concepts=json.dumps(list(item.concepts), ensure_ascii=False),
            placed=where is not None,
            created_at=item.created or now,
            modified_at=item.modified or item.created or now,
        ).on_conflict_replace().execute()
    LayerArticle.insert(
        layer=layer.id, article=article.id, pack_id=pack_id, updated_at=now
    ).on_conflict_replace().execute()
    return placed, len(items) - placed


def reanchor_layers(article: Article) -> int:
    """Place every layer annotation of ``article`` again on its current text; returns how
    many could not be placed. Called wherever the user's highlights are re-anchored."""
    rows = list(LayerHighlight.select().where(LayerHighlight.article == article.id))
    if not rows:
        return 0
    text = article_text(article).text
    given = [
        Selectors(
            TextQuoteSelector(r.exact, r.prefix, r.suffix), TextPositionSelector(r.start, r.end)
        )
        for r in rows
    ]
    orphaned = 0
    with database_proxy.atomic():
        for row, found in zip(rows, _certain(anchor_all(text, given)), strict=True):
            if found is None:
                orphaned += 1
                if row.placed:
                    LayerHighlight.update(placed=False).where(LayerHighlight.id == row.id).execute()
            elif (found.start, found.end) != (row.start, row.end) or not row.placed:
                fresh = describe_selectors(text, found.start, found.end).quote
                LayerHighlight.update(
                    start=found.start,
                    end=found.end,
                    exact=fresh.exact,
                    prefix=fresh.prefix,
                    suffix=fresh.suffix,
                    placed=True,
                ).where(LayerHighlight.id == row.id).execute()
    return orphaned


def anchor_layers_again(article_id: int) -> int:
    """Anchor the article's layer annotations again if some no longer stand on their quote
    (its text changed since); returns how many could not be placed. An article without
    layers, the usual case, costs one query and never loads its text."""
    rows = list(
        LayerHighlight.select(LayerHighlight.start, LayerHighlight.end, LayerHighlight.exact).where(
            (LayerHighlight.article == article_id) & LayerHighlight.placed
        )
    )
    if not rows:
        return 0
    article = Article.get_by_id(article_id)
    text = article_text(article).text
    if all(text[r.start : r.end] == r.exact for r in rows):
        return 0
    return reanchor_layers(article)


def _items(rows: Iterable[LayerHighlight], names: dict[int, tuple[str, str]]) -> list[LayerItem]:
    items = []
    for row in rows:
        kind, name = names[int(row.layer_id)]
        try:
            concepts = tuple(str(c) for c in json.loads(row.concepts))
        except (ValueError, TypeError):
            concepts = ()
        items.append(
            LayerItem(
                key=f"{row.layer_id}:{row.annotation_id}",
                layer_id=int(row.layer_id),
                kind=kind,
                person=name,
                start=row.start,
                end=row.end,
                exact=row.exact,
                note=row.note,
                concepts=concepts,
                color=row.color,
                placed=row.placed,
            )
        )
    return items


def layer_items(article_id: int, kind: str) -> list[LayerItem]:
    """The ``kind`` layers' annotations on the article: reading order, unplaced last."""
    layers = AnnotationLayer.select().where(AnnotationLayer.kind == kind)
    names = {int(layer.id): (kind, str(layer.name)) for layer in layers}
    if not names:
        return []
    rows = (
        LayerHighlight.select()
        .where((LayerHighlight.article == article_id) & LayerHighlight.layer.in_(list(names)))
        .order_by(LayerHighlight.placed.desc(), LayerHighlight.start, LayerHighlight.end)
    )
    return _items(rows, names)


def teacher_items(article_id: int) -> list[LayerItem]:
    return layer_items(article_id, TEACHER)


def class_roster(article_id: int) -> list[tuple[str, str]]:
    """(person id, name) of every student who handed in notes on the article, by name."""
    rows = (
        AnnotationLayer.select(AnnotationLayer.person_id, AnnotationLayer.name)
        .join(LayerArticle, on=LayerArticle.layer == AnnotationLayer.id)
        .where((LayerArticle.article == article_id) & (AnnotationLayer.kind == STUDENT))
        .order_by(AnnotationLayer.name, AnnotationLayer.person_id)
    )
    return [(str(r.person_id), str(r.name)) for r in rows]


def class_marks(article_id: int) -> list[StudentMark]:
    """Every student's placed marks on the article, for the class view."""
    people = {
        int(layer.id): (str(layer.person_id), str(layer.name))
        for layer in AnnotationLayer.select().where(AnnotationLayer.kind == STUDENT)
    }
    marks = []
    for item in layer_items(article_id, STUDENT):
        if not item.placed:
            continue
        person_id, name = people[item.layer_id]
        marks.append(
            StudentMark(person_id, name, item.start, item.end, item.exact, item.note, item.concepts)
        )
    return marks


def articles_with_class_notes() -> list[int]:
    """The articles some student handed in notes on."""
    rows = (
        LayerArticle.select(LayerArticle.article)
        .join(AnnotationLayer)
        .where(AnnotationLayer.kind == STUDENT)
        .distinct()
    )
    return sorted(int(r.article_id) for r in rows)


def instruction_for(article_id: int) -> tuple[str, str] | None:
    """(teacher's name, instruction) of the newest pack holding the article that has one."""
    row = (
        ClassPack.select(ClassPack.instruction, AnnotationLayer.name)
        .join(PackArticle, on=PackArticle.pack == ClassPack.id)
        .switch(ClassPack)
        .join(AnnotationLayer, on=ClassPack.teacher == AnnotationLayer.id)
        .where((PackArticle.article == article_id) & (ClassPack.instruction != ""))
        .order_by(ClassPack.created.desc())
        .dicts()
        .first()
    )
    if row is None:
        return None
    return str(row["name"]), str(row["instruction"])
