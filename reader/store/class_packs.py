"""Class packs in the library: a teacher makes one, a student opens one.

Making a pack gathers the chosen articles (their clean Markdown and the text it came
from), the teacher's placed highlights as W3C annotations with the teacher as creator,
and the concepts' definitions. Its id and each article's key are derived from the
teacher's id and the articles, so the pack made again after an edit is a newer edition
of the same pack.

Opening a pack checks it whole first (reader.core.packs.pack_reader): a refused pack
changes nothing. Then, in one transaction: each article is found (the pack's earlier
edition, the same text, the same Markdown) or added; the teacher's layer on it is
replaced by the pack's annotations, anchored in this library's copy; concepts the user
lacks are added with the teacher's definitions. The user's own highlights and notes are
never touched: a newer edition whose article text changed re-anchors them, as
re-importing an edited file does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from reader import __version__
from reader.core.atomic_write import write_bytes_atomic
from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, UserError
from reader.core.exporting.web_annotation import ImportedAnnotation, annotation
from reader.core.importing import PreparedArticle
from reader.core.packs.layer_item import TEACHER
from reader.core.packs.pack_format import (
    MAX_ARTICLES,
    MAX_INSTRUCTION_CHARS,
    MAX_PACK_BYTES,
    MAX_TITLE_CHARS,
    ClassPack,
    PackArticle,
    PackConcept,
    Person,
    derived_id,
)
from reader.core.packs.pack_reader import (
    OpenedPack,
    check_pack_size,
    read_class_file,
    read_pack,
)
from reader.core.packs.pack_writer import write_pack
from reader.core.text_stats import count_words
from reader.store import articles as library
from reader.store import identity, models
from reader.store.concepts import create_concept, describe_concept, find_concept
from reader.store.exports import export_document
from reader.store.highlights import reanchor_article
from reader.store.layers import person_layer, replace_layer_items
from reader.store.library_files import refuse_library_files
from reader.store.models import (
    AnnotationLayer,
    Article,
    LayerArticle,
    LayerHighlight,
    database_proxy,
    utc_now,
)

# The tables, named apart from the pack's contents (reader.core.packs.pack_format).
PackRow = models.ClassPack
PackArticleRow = models.PackArticle

GENERATOR = f"Marginalia {__version__}"


class PackStatus(Enum):
    ADDED = "added"  # a pack new to this library
    UPDATED = "updated"  # a newer edition of a pack opened before
    UNCHANGED = "unchanged"  # this edition was opened before
    OLDER = "older"  # an earlier edition than the one opened before: nothing changed


@dataclass(frozen=True)
class PackImport:
    """What opening a pack did, for the window's message and the command line."""

    title: str
    teacher: str
    status: PackStatus
    article_ids: tuple[int, ...]
    placed: int  # the teacher's annotations anchored in the articles
    unplaced: int  # ... and those whose passage was not found
    path: Path

    def summary(self) -> str:
        if self.status is PackStatus.OLDER:
            return (
                f"{self.path}: an earlier edition of “{self.title}” than the one opened "
                "before; nothing changed"
            )
        if self.status is PackStatus.UNCHANGED:
            return f"{self.path}: “{self.title}” from {self.teacher} was opened before"
        verb = "updated" if self.status is PackStatus.UPDATED else "added"
        return (
            f"{self.path}: “{self.title}” from {self.teacher} {verb}: "
            f"{len(self.article_ids)} article(s), {self.placed} of the teacher's notes"
            + (f", {self.unplaced} not placed" if self.unplaced else "")
        )


# -- making a pack ---------------------------------------------------------------------


def article_key(teacher: Person, article_id: int) -> str:
    return derived_id("article", teacher.id, str(article_id))


def _source_name(article: Article) -> str:
    if not article.source_path:
        return ""
    return Path(str(article.source_path).split("#", 1)[0]).name


def _pack_article(
    article_id: int, teacher: Person
) -> tuple[PackArticle, list[dict[str, object]], tuple[PackConcept, ...]]:
    """One article of a pack, the teacher's notes on it and the concepts they use."""
    document = export_document(article_id)
    [exported] = document.articles
    article = library.get_article(article_id)
    notes: list[dict[str, object]] = []
    for highlight in exported.highlights:
        if highlight.placed:  # an unplaced one stands on no passage of this text
            notes.append(
                {**annotation(highlight, article.content_hash), "creator": teacher.as_creator()}
            )
    packed = PackArticle(
        key=article_key(teacher, article_id),
        title=article.title,
        content_hash=article.content_hash,
        source_format=article.source_format,
        cleaner_version=article.cleaner_version,
        source_name=_source_name(article),
        markdown=article.markdown,
        source_text=article.original_text,
    )
    concepts = tuple(PackConcept(c.name, c.definition) for c in document.concepts)
    return packed, notes, concepts


def make_pack(
    article_ids: list[int],
    instruction: str = "",
    name: str | None = None,
    title: str | None = None,
) -> ClassPack:
    """The pack of ``article_ids`` with the user's highlights, as ``name`` (or the saved name)."""
    if not article_ids:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A class pack needs at least one article."))
    if len(article_ids) > MAX_ARTICLES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A class pack holds at most {limit} articles."),
            limit=MAX_ARTICLES,
        )
    if len(instruction) > MAX_INSTRUCTION_CHARS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The instruction can be at most {limit} characters long."),
            limit=MAX_INSTRUCTION_CHARS,
        )
    teacher = identity.you(name)
    chosen = list(dict.fromkeys(article_ids))
    packed = [_pack_article(article_id, teacher) for article_id in chosen]
    concepts = {c.name: c for _p, _n, used in packed for c in used}
    titles = [p.title for p, _n, _c in packed]
    return ClassPack(
        id=derived_id("pack", teacher.id, *sorted(str(a) for a in chosen)),
        title=(" ".join((title or "").split()) or "; ".join(titles))[:MAX_TITLE_CHARS],
        created=datetime.now(UTC),
        creator=teacher,
        instruction=instruction.strip(),
        articles=tuple(p for p, _n, _c in packed),
        annotations=tuple(note for _p, notes, _c in packed for note in notes),
        concepts=tuple(sorted(concepts.values(), key=lambda c: c.name.casefold())),
    )


def export_pack(
    path: Path,
    article_ids: list[int],
    instruction: str = "",
    name: str | None = None,
    title: str | None = None,
) -> ClassPack:
    """Write the class pack of ``article_ids`` to ``path`` (whole or not at all); never
    over the library, its side files or a backup."""
    refuse_library_files(path)
    pack = make_pack(article_ids, instruction, name, title)
    data = write_pack(pack, GENERATOR)
    if len(data) > MAX_PACK_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The class pack would be larger than {limit} MB: choose fewer articles."
            ),
            limit=MAX_PACK_BYTES // (1024 * 1024),
        )
    write_bytes_atomic(path, data)
    return pack


# -- opening a pack --------------------------------------------------------------------


def read_pack_file(path: Path) -> OpenedPack:
    """The pack at ``path``, checked whole; DocumentError names the file and the problem."""
    return read_pack(read_class_file(path, check_pack_size, MAX_PACK_BYTES), path)


def _edition_seen(pack: ClassPack) -> PackStatus | None:
    """OLDER or UNCHANGED when this edition (or a newer one) was opened and is whole."""
    row = PackRow.get_or_none(PackRow.id == pack.id)
    if row is None:
        return None
    opened = row.created.replace(tzinfo=UTC)
    if pack.created < opened:
        return PackStatus.OLDER
    keys = {r.key for r in PackArticleRow.select().where(PackArticleRow.pack == pack.id)}
    if pack.created == opened and keys == {a.key for a in pack.articles}:
        return PackStatus.UNCHANGED
    return None


def _update_text(article: Article, packed: PackArticle) -> None:
    """A newer edition changed the article's text: change it in place, keep every note."""
    article.original_text = packed.source_text
    article.markdown = packed.markdown
    article.removed_lines = "[]"
    article.content_hash = packed.content_hash
    article.source_format = packed.source_format
    article.cleaner_version = packed.cleaner_version
    article.words = count_words(packed.markdown)
    article.page_map = ""
    if not article.title_edited:
        article.title = packed.title[: library.MAX_TITLE_LENGTH]
    article.save()
    reanchor_article(article)


def _article_for(packed: PackArticle, earlier: Article | None) -> Article:
    same_text = Article.get_or_none(Article.content_hash == packed.content_hash)
    if same_text is not None:
        return same_text
    same_markdown = Article.get_or_none(Article.markdown == packed.markdown)
    if same_markdown is not None:
        return same_markdown
    if earlier is not None:
        _update_text(earlier, packed)
        return earlier
    outcome = library.add_prepared(
        PreparedArticle(
            title=packed.title[: library.MAX_TITLE_LENGTH],
            source_format=packed.source_format,
            original_text=packed.source_text,
            markdown=packed.markdown,
            content_hash=packed.content_hash,
            words=count_words(packed.markdown),
            cleaner_version=packed.cleaner_version,
        )
    )
    return library.get_article(outcome.article_id)


def _add_concepts(concepts: tuple[PackConcept, ...]) -> None:
    """Concepts the user lacks, with the teacher's definitions; an empty definition of the
    user's is filled in, one they wrote is theirs and stays."""
    for concept in concepts:
        mine = find_concept(concept.name)
        if mine is None:
            create_concept(concept.name, concept.definition)
        elif not str(mine.definition).strip() and concept.definition.strip():
            describe_concept(mine.id, concept.definition)


def _drop_left_out(teacher: AnnotationLayer, pack_id: str, kept: set[int]) -> None:
    """Articles an earlier edition held and this one does not lose the teacher's notes,
    unless another of the teacher's packs holds them."""
    earlier = PackArticleRow.select().where(PackArticleRow.pack == pack_id)
    for row in earlier:
        if row.article_id in kept:
            continue
        elsewhere = (
            PackArticleRow.select()
            .join(PackRow)
            .where(
                (PackArticleRow.article == row.article_id)
                & (PackRow.teacher == teacher.id)
                & (PackRow.id != pack_id)
            )
            .exists()
        )
        if not elsewhere:
            for table in (LayerHighlight, LayerArticle):
                table.delete().where(
                    (table.layer == teacher.id) & (table.article == row.article_id)
                ).execute()


def _store_pack(opened: OpenedPack, path: Path, status: PackStatus) -> PackImport:
    pack = opened.pack
    earlier = {
        r.key: r.article for r in PackArticleRow.select().where(PackArticleRow.pack == pack.id)
    }
    teacher = person_layer(TEACHER, pack.creator)
    found = [(packed, _article_for(packed, earlier.get(packed.key))) for packed in pack.articles]
    placed = unplaced = 0
    for packed, article in found:
        items: list[ImportedAnnotation] = [
            i for i in opened.items if i.content_hash == packed.content_hash
        ]
        on, off = replace_layer_items(teacher, article, items, pack.id)
        placed, unplaced = placed + on, unplaced + off
    _drop_left_out(teacher, pack.id, {a.id for _p, a in found})
    PackRow.insert(
        id=pack.id,
        title=pack.title,
        teacher=teacher.id,
        instruction=pack.instruction,
        created=pack.created.astimezone(UTC).replace(tzinfo=None),
        imported_at=utc_now(),
    ).on_conflict_replace().execute()
    PackArticleRow.delete().where(PackArticleRow.pack == pack.id).execute()
    for position, (packed, article) in enumerate(found):
        PackArticleRow.insert(
            pack=pack.id,
            article=article.id,
            key=packed.key,
            content_hash=packed.content_hash,
            position=position,
        ).on_conflict_ignore().execute()
    _add_concepts(pack.concepts)
    ids = tuple(dict.fromkeys(a.id for _p, a in found))
    return PackImport(pack.title, pack.creator.name, status, ids, placed, unplaced, path)


def import_pack(path: Path) -> PackImport:
    """Open the class pack at ``path``: all of it, or (DocumentError) nothing at all."""
    opened = read_pack_file(path)
    if opened.pack.creator.id == identity.your_id():
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this class pack was made in this library: its notes are your own highlights here",
            ),
        )
    with database_proxy.atomic():
        seen = _edition_seen(opened.pack)
        if seen is not None:
            ids = tuple(
                int(r.article_id)
                for r in PackArticleRow.select().where(PackArticleRow.pack == opened.pack.id)
            )
            return PackImport(opened.pack.title, opened.pack.creator.name, seen, ids, 0, 0, path)
        status = (
            PackStatus.UPDATED
            if PackRow.get_or_none(PackRow.id == opened.pack.id)
            else PackStatus.ADDED
        )
        return _store_pack(opened, path, status)
