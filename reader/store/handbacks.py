"""Notes for the teacher: a student writes theirs, the teacher reads a whole class's back.

A student's hand-back holds their own highlights on the articles of one class pack, as
W3C annotations with the student as creator, named by the article's id in the pack (so
the teacher's library finds it whatever this library's copy became). The teacher imports
many at once: each file is checked whole and refused alone, and each student becomes a
layer beside the others, replaced by that student's next hand-back, never mixed with
the teacher's own highlights. The class summary groups the students' marks into
passages and counts them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, UserError
from reader.core.exporting.web_annotation import annotation
from reader.core.exporting.wording import Translate, english, library_title
from reader.core.packs.handback import (
    MAX_HANDBACK_BYTES,
    HandbackArticle,
    check_notes_size,
    handback_collection,
    read_handback,
)
from reader.core.packs.layer_item import STUDENT
from reader.core.packs.pack_format import derived_id
from reader.core.packs.pack_reader import read_class_file
from reader.core.packs.passages import group_passages
from reader.core.packs.summary_writer import ClassArticle, write_summary
from reader.store import identity
from reader.store.article_text import article_text
from reader.store.articles import get_article
from reader.store.exports import export_document
from reader.store.layers import (
    articles_with_class_notes,
    class_marks,
    class_roster,
    person_layer,
    replace_layer_items,
)
from reader.store.models import (
    AnnotationLayer,
    Article,
    ClassPack,
    PackArticle,
    database_proxy,
)

HANDBACK_LABEL = QT_TRANSLATE_NOOP("Export", "Notes on “{pack}” from {name}")


@dataclass(frozen=True)
class PackSummary:
    """A class pack opened in this library, as a chooser lists it."""

    id: str
    title: str
    teacher: str
    created: datetime


@dataclass(frozen=True)
class HandbackImport:
    student: str
    pack_title: str
    article_ids: tuple[int, ...]
    placed: int
    unplaced: int
    replaced: bool  # the student had handed in notes on these articles before
    path: Path

    def summary(self) -> str:
        verb = "replaced" if self.replaced else "added"
        return (
            f"{self.path}: {self.student}'s notes on “{self.pack_title}” {verb}: "
            f"{self.placed} passage(s)" + (f", {self.unplaced} not placed" if self.unplaced else "")
        )


# -- the student's side ----------------------------------------------------------------


def packs_here() -> list[PackSummary]:
    """Every class pack opened in this library, the newest edition first."""
    rows: Any = (  # dicts() rows, which peewee's types do not know
        ClassPack.select(ClassPack, AnnotationLayer.name)
        .join(AnnotationLayer, on=ClassPack.teacher == AnnotationLayer.id)
        .order_by(ClassPack.created.desc())
        .dicts()
    )
    return [PackSummary(r["id"], r["title"], r["name"], r["created"]) for r in rows]


def pack_of_article(article_id: int) -> str | None:
    """The newest pack holding the article, if any."""
    row = (
        PackArticle.select(PackArticle.pack)
        .join(ClassPack)
        .where(PackArticle.article == article_id)
        .order_by(ClassPack.created.desc())
        .first()
    )
    return str(row.pack_id) if row is not None else None


def _chosen_pack(pack_id: str | None) -> ClassPack:
    if pack_id is not None:
        row = ClassPack.get_or_none(ClassPack.id == pack_id)
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "No class pack {pack} was opened in this library."),
                pack=pack_id,
            )
        return row
    newest = packs_here()
    if not newest:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No class pack was opened in this library: notes go back to the teacher "
                "whose pack you opened.",
            )
        )
    row = ClassPack.get_or_none(ClassPack.id == newest[0].id)
    assert row is not None
    return row


def find_pack(reference: str) -> str:
    """A pack named on the command line: its id, or part of its title (any case)."""
    needle = reference.strip().casefold()
    found = [p for p in packs_here() if p.id == reference.strip() or needle in p.title.casefold()]
    if len(found) != 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{reference}” names {count} class packs here; say which by its title."
            ),
            reference=reference,
            count=len(found),
        )
    return found[0].id


def handback_json(
    pack_id: str | None = None, name: str | None = None, translate: Translate = english
) -> dict[str, object]:
    """The user's highlights on the pack's articles as a hand-back (the newest pack if
    none is named), signed with ``name`` or the saved name."""
    student = identity.you(name)
    pack = _chosen_pack(pack_id)
    links = list(
        PackArticle.select().where(PackArticle.pack == pack.id).order_by(PackArticle.position)
    )
    articles: list[HandbackArticle] = []
    notes: list[dict[str, object]] = []
    for link in links:
        article = get_article(link.article_id)
        articles.append(HandbackArticle(link.key, link.content_hash, article.title))
        [exported] = export_document(article.id).articles
        notes += [
            {**annotation(h, link.content_hash), "creator": student.as_creator()}
            for h in exported.highlights
        ]
    if not notes:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "You have not highlighted anything in “{pack}” yet: there is nothing to hand back.",
            ),
            pack=pack.title,
        )
    label = translate("Export", HANDBACK_LABEL).format(pack=pack.title, name=student.name)
    generated = datetime.now(UTC).replace(microsecond=0)
    return handback_collection(student, pack.id, pack.title, articles, notes, generated, label)


def handback_text(
    pack_id: str | None = None, name: str | None = None, translate: Translate = english
) -> str:
    return json.dumps(handback_json(pack_id, name, translate), ensure_ascii=False, indent=2) + "\n"


# -- the teacher's side ----------------------------------------------------------------


class _TeacherArticles:
    """This library's copy of each pack article: the same text, or else (the teacher edited
    it since) the article the key names; keys are worked out only when needed."""

    def __init__(self) -> None:
        self._keys: dict[str, int] | None = None

    def find(self, listed: HandbackArticle) -> Article | None:
        same = Article.get_or_none(Article.content_hash == listed.content_hash)
        if same is not None:
            return same
        if self._keys is None:
            # Each article's key in the user's own packs (class_packs.article_key).
            me = identity.your_id()
            self._keys = {
                derived_id("article", me, str(a.id)): int(a.id) for a in Article.select(Article.id)
            }
        article_id = self._keys.get(listed.key)
        return Article.get_or_none(Article.id == article_id) if article_id is not None else None


def import_handback(path: Path) -> HandbackImport:
    """Import one student's notes: all of them, or (DocumentError) nothing at all."""
    handback = read_handback(read_class_file(path, check_notes_size, MAX_HANDBACK_BYTES), path)
    if handback.student.id == identity.your_id():
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "these notes were written in this library")
        )
    library = _TeacherArticles()
    found: list[tuple[HandbackArticle, Article]] = []
    for listed in handback.articles:
        article = library.find(listed)
        marked = any(i.content_hash == listed.content_hash for i in handback.items)
        if article is None and marked:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the notes are on “{title}”, which is not in this library"
                ),
                title=listed.title[:80],
            )
        if article is not None:
            found.append((listed, article))
    with database_proxy.atomic():
        existing = AnnotationLayer.get_or_none(
            (AnnotationLayer.kind == STUDENT) & (AnnotationLayer.person_id == handback.student.id)
        )
        layer = person_layer(STUDENT, handback.student)
        placed = unplaced = 0
        for listed, article in found:
            items = [i for i in handback.items if i.content_hash == listed.content_hash]
            on, off = replace_layer_items(layer, article, items, handback.pack_id)
            placed, unplaced = placed + on, unplaced + off
    ids = tuple(dict.fromkeys(a.id for _l, a in found))
    return HandbackImport(
        handback.student.name,
        handback.pack_title,
        ids,
        placed,
        unplaced,
        existing is not None,
        path,
    )


def class_summary(article_id: int | None = None, translate: Translate = english) -> str:
    """Markdown: each passage students marked, who marked it and their notes."""
    chosen = [article_id] if article_id is not None else articles_with_class_notes()
    articles = []
    for chosen_id in chosen:
        article = get_article(chosen_id)
        roster = class_roster(chosen_id)
        if not roster:
            continue
        articles.append(
            ClassArticle(
                title=article.title,
                text=article_text(article).text,
                students=tuple(name for _id, name in roster),
                passages=tuple(group_passages(class_marks(chosen_id))),
            )
        )
    title = get_article(article_id).title if article_id is not None else library_title(translate)
    return write_summary(title, articles, translate)
