"""What a user does with articles: import, list, open, rename, remember where they were.

The window and the command line both call these functions; there is no second copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any

from peewee import SQL, fn

from reader.core.cleaning import CLEANER_VERSION, RemovedLine, TextTooLong
from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, UserError
from reader.core.formats import NO_PROGRESS, ImportProgress
from reader.core.highlight_record import HighlightData
from reader.core.importing import (
    PreparedArticle,
    find_article_files,
    prepare_text,
    read_articles,
)
from reader.core.links import parse_id
from reader.core.page_map import page_map_json
from reader.store.article_text import no_such_article, require_article
from reader.store.highlights import (
    ReanchorReport,
    list_highlights,
    reanchor_article,
    restore_highlight,
)
from reader.store.layers import LayerSnapshot, restore_layers, snapshot_layers
from reader.store.library_lines import (
    index_article,
    index_unindexed,
    line_counts,
)
from reader.store.location import bundled_path
from reader.store.models import (
    Article,
    Highlight,
    HighlightConcept,
    LibraryFlag,
    database_proxy,
    utc_now,
)
from reader.store.welcome import DEFAULT_LANGUAGE, welcome_article_path

MAX_TITLE_LENGTH = 300
SEEDED_FLAG = "bundled_articles_offered"


class ImportStatus(Enum):
    ADDED = "added"
    UPDATED = "updated"  # a changed file at a path we know
    UNCHANGED = "unchanged"  # the same content was already in the library


@dataclass(frozen=True)
class ImportOutcome:
    article_id: int
    title: str
    status: ImportStatus
    path: Path


@dataclass(frozen=True)
class ArticleSummary:
    """A library-list row: what the list shows, without the article's text."""

    id: int
    title: str
    words: int
    added_at: datetime
    opened_at: datetime | None
    highlights: int = 0


class SortKey(Enum):
    """What the library list can be ordered by."""

    TITLE = "title"
    WORDS = "words"
    ADDED = "added"
    OPENED = "opened"
    HIGHLIGHTS = "highlights"


@dataclass(frozen=True)
class ArticleSnapshot:
    """An article as it was, with its highlights, to bring it back exactly (undo)."""

    row: dict[str, object]
    highlights: tuple[HighlightData, ...]
    layers: LayerSnapshot | None = None  # a teacher's or the class's notes on it


def _removed_json(removed: list[RemovedLine]) -> str:
    return json.dumps(
        [{"line": r.line_number, "text": r.text, "reason": r.reason} for r in removed],
        ensure_ascii=False,
    )


def _store_prepared(prepared: PreparedArticle, path: Path | None) -> ImportOutcome:
    source = str(path.resolve()) if path else None
    if source and prepared.part:
        source = f"{source}#{prepared.part}"  # one article of several in the file
    removed = _removed_json(prepared.removed)
    page_map = page_map_json(list(prepared.pages))
    with database_proxy.atomic():
        same_content = Article.get_or_none(Article.content_hash == prepared.content_hash)
        if same_content is not None:
            # Same text from a moved or renamed file: it is the same article, annotations and all.
            if source and same_content.source_path != source:
                same_content.source_path = source
                same_content.save()
            return ImportOutcome(
                same_content.id, same_content.title, ImportStatus.UNCHANGED, path or Path()
            )
        known_path = (
            Article.select().where(Article.source_path == source).first() if source else None
        )
        if known_path is not None:
            old_markdown = known_path.markdown
            known_path.original_text = prepared.original_text
            known_path.markdown = prepared.markdown
            known_path.removed_lines = removed
            known_path.content_hash = prepared.content_hash
            known_path.source_format = prepared.source_format
            known_path.cleaner_version = prepared.cleaner_version
            known_path.words = prepared.words
            known_path.page_map = page_map
            if not known_path.title_edited:
                known_path.title = prepared.title
            known_path.save()
            _index_lines(known_path)
            reanchor_article(known_path, old_markdown)
            return ImportOutcome(
                known_path.id, known_path.title, ImportStatus.UPDATED, path or Path()
            )
        article = Article.create(
            title=prepared.title[:MAX_TITLE_LENGTH],
            source_path=source,
            source_format=prepared.source_format,
            content_hash=prepared.content_hash,
            original_text=prepared.original_text,
            markdown=prepared.markdown,
            removed_lines=removed,
            cleaner_version=prepared.cleaner_version,
            words=prepared.words,
            page_map=page_map,
        )
        _index_lines(article)
        # Annotations imported before their article was: they become its highlights now.
        from reader.store.annotation_import import attach_pending

        attach_pending(article)
        return ImportOutcome(article.id, article.title, ImportStatus.ADDED, path or Path())


def _index_lines(article: Article) -> None:
    """Record a copied article's lines, so later articles from its site see the template."""
    if article.source_format == "txt":
        index_article(article.id, article.original_text)


def add_prepared(prepared: PreparedArticle) -> ImportOutcome:
    """Store an article prepared elsewhere (a class pack's); the same text already in the
    library is that article, as for any import."""
    return _store_prepared(prepared, None)


def import_document(path: Path, progress: ImportProgress = NO_PROGRESS) -> list[ImportOutcome]:
    """Import every article in one file (several for an EPUB collection), all or none.

    Raises DocumentError (and changes nothing) when the file cannot be imported, and
    ImportCancelled when ``progress`` says the user cancelled: reading comes first, so a
    cancelled import has stored nothing.
    """
    prepared = read_articles(path, progress, line_counts)
    with database_proxy.atomic():
        return [_store_prepared(article, path) for article in prepared]


def import_file(path: Path, progress: ImportProgress = NO_PROGRESS) -> ImportOutcome:
    """Import one file; raises DocumentError (and changes nothing) when it cannot be.

    For a file holding several articles, every one is imported and the first returned.
    A copied text is cleaned knowing which of its lines other articles of the library
    hold: those are its site's template.
    """
    return import_document(path, progress)[0]


def import_paths(
    paths: Iterable[Path], progress: Callable[[Path], ImportProgress] | None = None
) -> Iterator[ImportOutcome | DocumentError]:
    """Import files and folders (recursively), yielding each file's outcome or its error.

    One bad file never stops the batch: its error is yielded and the next file goes on.
    ``progress(file)`` gives the progress callbacks for one file, if wanted.
    """
    for path in paths:
        if path.is_dir():
            files = list(find_article_files(path))
            if not files:
                yield DocumentError(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Errors", "the folder holds no articles (.txt, .md or .html files)"
                    ),
                )
                continue
        elif not path.exists():
            yield DocumentError(path, QT_TRANSLATE_NOOP("Errors", "no such file or folder"))
            continue
        else:
            files = [path]
        for file in files:
            try:
                yield from import_document(file, progress(file) if progress else NO_PROGRESS)
            except DocumentError as exc:
                yield exc


def bundled_articles_offered() -> bool:
    """Whether the library had its first-run set-up (offer_bundled_articles) already."""
    return LibraryFlag.get_or_none(LibraryFlag.key == SEEDED_FLAG) is not None


def offer_bundled_articles(
    seed_dir: Path | None = None, language: str = DEFAULT_LANGUAGE
) -> list[ImportOutcome]:
    """On a library's first start, import the bundled articles and the welcome article, once.

    The welcome article is in ``language`` (a code such as "id" or a locale name such as
    "id_ID"; English when there is no version in it) and comes first in the list returned,
    so the window can open it. A flag remembers it was done, so a user who deletes them
    does not get them back.
    """
    if bundled_articles_offered():
        return []
    folder = seed_dir or bundled_path("seeds")
    seeds = [o for o in import_paths([folder]) if isinstance(o, ImportOutcome)]
    # Imported last, the welcome article is the newest: sorting by date added shows it on top.
    welcome = [
        o for o in import_paths([welcome_article_path(language)]) if isinstance(o, ImportOutcome)
    ]
    LibraryFlag.insert(key=SEEDED_FLAG, value=utc_now().isoformat()).on_conflict_replace().execute()
    return welcome + seeds


def has_outdated_articles() -> bool:
    """Whether some article was cleaned by an older cleaner (an index makes this cheap)."""
    return bool(
        Article.select(Article.id)
        .where((Article.source_format == "txt") & (Article.cleaner_version < CLEANER_VERSION))
        .exists()
    )


@dataclass(frozen=True)
class RecleanReport:
    """What cleaning the library again did."""

    cleaned: int  # articles cleaned by the current cleaner
    left: int  # articles still to do: the run was cancelled, the next start goes on
    highlights_moved: int  # found again at a new place in the new text
    highlights_unplaced: int  # their passage is hidden now: kept, with their quote, unplaced


# progress(done, total) first with 0, then after each article; cancelled() is asked
# before each one.
Progress = Callable[[int, int], None]


def outdated_article_ids() -> list[int]:
    """The copied articles an older cleaner produced, oldest first."""
    query = Article.select(Article.id).where(
        (Article.source_format == "txt") & (Article.cleaner_version < CLEANER_VERSION)
    )
    return [row.id for row in query.order_by(Article.id)]


def reclean_outdated(
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> RecleanReport:
    """Clean again the articles an older cleaner produced, one transaction each.

    The original text is always kept, so a better cleaner improves old articles too.
    Every highlight is anchored again on the new text; one whose passage the new cleaner
    hides stays, unplaced, with its quote, for the user to place by hand. The window runs
    this in the background with ``progress``; ``cancelled`` stops it between two articles,
    and what is left is done at the next start (each article is saved as it is done).
    """
    index_unindexed()  # every article's lines first, so each sees the whole library
    outdated = outdated_article_ids()
    if progress is not None and outdated:
        progress(0, len(outdated))  # the count, before the first (perhaps long) article
    cleaned = moved = unplaced = 0
    for number, article_id in enumerate(outdated):
        if cancelled is not None and cancelled():
            break
        article = Article.get_or_none(Article.id == article_id)
        prepared = None  # stored by a cleaner that took longer texts: kept as it was
        if article is not None:
            with suppress(TextTooLong):
                prepared = prepare_text(
                    article.original_text,
                    "txt",
                    article.title,
                    partial(line_counts, exclude=article_id),
                )
            with database_proxy.atomic():
                report = _store_cleaned_again(article_id, article.original_text, prepared)
            if report is not None:
                moved += report.moved
                unplaced += report.orphaned + report.to_check  # kept, with their quotes
        cleaned += 1
        if progress is not None:
            progress(number + 1, len(outdated))
    return RecleanReport(cleaned, len(outdated) - cleaned, moved, unplaced)


def _store_cleaned_again(
    article_id: int, original: str, prepared: PreparedArticle | None
) -> ReanchorReport | None:
    """Save what cleaning again decided, and anchor the highlights on the new text.

    The article is read again here, inside the transaction: the window may have renamed
    it or saved its reading position while it was being cleaned (on another thread), and
    only what cleaning decides is written back. One deleted or imported anew meanwhile
    needs nothing from this run (None).
    """
    article = Article.get_or_none(Article.id == article_id)
    if article is None or article.original_text != original:
        return None
    old_markdown = article.markdown
    changed: list[Any] = [Article.cleaner_version]
    if prepared is not None:
        article.markdown = prepared.markdown
        article.removed_lines = _removed_json(prepared.removed)
        article.words = prepared.words
        changed += [Article.markdown, Article.removed_lines, Article.words]
        if not article.title_edited:
            article.title = prepared.title[:MAX_TITLE_LENGTH]
            changed.append(Article.title)
    article.cleaner_version = CLEANER_VERSION
    article.save(only=changed)
    return reanchor_article(article, old_markdown)


def list_articles() -> list[ArticleSummary]:
    """Every article by title, with its number of highlights."""
    query = _summary_query().order_by(fn.lower(Article.title))
    return [_summary(row) for row in query]


def _summary_query() -> Any:
    return Article.select(
        Article.id,
        Article.title,
        Article.words,
        Article.added_at,
        Article.opened_at,
        _highlight_counts(),
    )


def _summary(row: Any) -> ArticleSummary:
    return ArticleSummary(
        row.id, row.title, row.words, row.added_at, row.opened_at, row.highlight_count
    )


def _highlight_counts() -> Any:
    return (
        Highlight.select(fn.COUNT(Highlight.id))
        .where(Highlight.article == Article.id)
        .alias("highlight_count")
    )


def _filtered(query: Any, text: str = "", concept_id: int | None = None) -> Any:
    if text.strip():
        # LIKE folds ASCII case; the list filter is a quick narrowing, search is Ctrl+K.
        for word in text.split():
            query = query.where(Article.title.contains(word))
    if concept_id is not None:
        holding = (
            Highlight.select(Highlight.article)
            .join(HighlightConcept)
            .where(HighlightConcept.concept == concept_id)
        )
        query = query.where(Article.id.in_(holding))
    return query


def count_articles(text: str = "", concept_id: int | None = None) -> int:
    query = _filtered(Article.select(Article.id), text, concept_id)
    return int(query.count())


def page_of_articles(
    offset: int,
    limit: int,
    sort: SortKey = SortKey.TITLE,
    descending: bool = False,
    text: str = "",
    concept_id: int | None = None,
) -> list[ArticleSummary]:
    """One page of the library list, sorted and filtered by SQLite: the list never loads
    every row, however large the library grows."""
    columns: dict[SortKey, Any] = {
        SortKey.TITLE: fn.lower(Article.title),
        SortKey.WORDS: Article.words,
        SortKey.ADDED: Article.added_at,
        SortKey.OPENED: fn.COALESCE(Article.opened_at, ""),
        # Ordered by the counted column's alias: a subquery object cannot be ordered on.
        SortKey.HIGHLIGHTS: SQL("highlight_count"),
    }
    key = columns[sort]
    query = _filtered(_summary_query(), text, concept_id)
    ordered = query.order_by(
        key.desc() if descending else key.asc(), fn.lower(Article.title), Article.id
    )
    return [_summary(row) for row in ordered.offset(offset).limit(limit)]


def delete_article(article_id: int) -> ArticleSnapshot:
    """Delete an article and its highlights; returns them so they can be restored."""
    article = get_article(article_id)
    snapshot = ArticleSnapshot(
        row=dict(article.__data__),
        highlights=tuple(list_highlights(article_id)),
        layers=snapshot_layers(article_id),
    )
    with database_proxy.atomic():
        article.delete_instance()  # highlights and their concept links go by cascade
    return snapshot


def restore_article(snapshot: ArticleSnapshot) -> int:
    """Put a deleted article back: same id, text, reading place and highlights."""
    with database_proxy.atomic():
        Article.insert(**snapshot.row).execute()
        for item in snapshot.highlights:
            restore_highlight(item)
        if snapshot.layers is not None:
            restore_layers(snapshot.layers)
        _index_lines(get_article(int(str(snapshot.row["id"]))))
    return int(str(snapshot.row["id"]))


def annotation_count(article_id: int) -> int:
    return int(Highlight.select().where(Highlight.article == article_id).count())


def get_article(article_id: int) -> Article:
    return require_article(article_id)


def find_article(reference: str) -> Article:
    """An article named on the command line: its id, or part of one title (any case)."""
    reference = reference.strip()
    number = parse_id(reference)
    if number is not None:
        return get_article(number)
    if reference.isascii() and reference.isdigit():  # all digits, but too many
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no article with id {article_id} in this library."
            ),
            article_id=_shortened(reference),
        )
    needle = reference.casefold()
    matches = [s for s in list_articles() if needle in s.title.casefold()]
    if not matches:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "No article's title contains “{reference}”."),
            reference=_shortened(reference),
        )
    if len(matches) > 1:
        exact = [m for m in matches if m.title.casefold() == needle]
        if len(exact) == 1:
            return get_article(exact[0].id)
        names = "; ".join(f"{m.id}: {m.title}" for m in matches[:5])
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{reference}” matches {count} articles ({names}); use the id or more words.",
            ),
            reference=reference,
            count=len(matches),
            names=names,
        )
    return get_article(matches[0].id)


def _shortened(text: str, limit: int = 40) -> str:
    """A value the user typed, cut short for a message: a 5,000-digit id fills no screen."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def removed_lines(article: Article) -> list[RemovedLine]:
    return [
        RemovedLine(r["line"], r["text"], r["reason"]) for r in json.loads(article.removed_lines)
    ]


def rename_article(article_id: int, title: str) -> str:
    """Give an article a new title; returns the title as stored."""
    clean = " ".join(title.split())
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "An article's title cannot be empty."))
    if len(clean) > MAX_TITLE_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A title can be at most {limit} characters long."),
            limit=MAX_TITLE_LENGTH,
        )
    updated = (
        Article.update(title=clean, title_edited=True).where(Article.id == article_id).execute()
    )
    if not updated:
        raise no_such_article(article_id)
    return clean


def mark_opened(article_id: int) -> None:
    Article.update(opened_at=utc_now()).where(Article.id == article_id).execute()


def save_reading_position(article_id: int, position: int) -> None:
    Article.update(reading_position=max(0, position)).where(Article.id == article_id).execute()


def last_opened_article() -> int | None:
    """The article the user was reading when they last closed the app."""
    row = (
        Article.select(Article.id)
        .where(Article.opened_at.is_null(False))
        .order_by(Article.opened_at.desc())
        .first()
    )
    return int(row.id) if row else None
