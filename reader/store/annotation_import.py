"""Reading W3C Web Annotations back into the library (``marginalia import-annotations``).

Each annotation finds its article in this order: the highlight it already is (same id:
it is updated, never added twice), the article with the same content hash (the
``urn:marginalia:article:sha256:`` source), then the one article that its source and
all its selectors fit best (reader.store.annotation_matching). It is then anchored in
that article like any highlight: placed, needing a look (a proposed place kept for the
user to confirm), or unplaced. An annotation whose article is not in the library - or
that fits two articles equally - waits in the PendingAnnotation table and becomes a
highlight when its article is imported (attach_pending, called by the article import).
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from reader.core.anchoring import Anchor, AnchorMethod, Selectors, anchor
from reader.core.anchoring import describe as describe_selectors
from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.web_annotation import (
    ImportedAnnotation,
    read_annotation,
    read_annotations,
)
from reader.core.file_reading import FileReadError, ReadProblem, read_regular_file
from reader.core.highlight_colors import DEFAULT_COLOR, is_color
from reader.store.annotation_matching import ArticleMatcher, selectors_of
from reader.store.article_text import article_text
from reader.store.concepts import get_or_create_concept
from reader.store.models import (
    Article,
    Highlight,
    HighlightConcept,
    PendingAnnotation,
    database_proxy,
    utc_now,
)

# Limits no real file reaches, each refusing with a message what would otherwise cost
# minutes or gigabytes (a 100 MB file took 4 min 42 s and left 98,387 annotations waiting,
# which then slowed every article import to 7.6 s; a 1 MB quote took up to 1 min 45 s).
MAX_FILE_BYTES = 10 * 1024 * 1024  # an export of 5,000 annotations is about 5 MB
MAX_ANNOTATIONS = 5_000  # in one file; an article's or a concept's are far fewer
# Quotes and notes are indexed for search as they are stored, at about a second for every
# two million characters: this bounds one file's share.
MAX_TEXT_CHARS = 5_000_000
MAX_JSON_OBJECTS = 200_000  # "{" in the file: an annotation has about ten objects
MAX_PENDING = 2_000  # waiting for their articles, in the whole library
MAX_QUOTE_CHARS = 50_000  # a highlighted passage of some 7,000 words
MAX_NOTE_CHARS = 100_000
MAX_CONCEPTS = 100  # on one annotation
MAX_CONTEXT_CHARS = 1_000  # prefix or suffix: context, not text; the rest is cut off
MAX_FUZZY_QUOTE_CHARS = 2_000  # longer quotes are placed where they stand verbatim


@dataclass(frozen=True)
class ImportReport:
    added: int  # new highlights
    updated: int  # highlights replaced by the file's newer copy (same id)
    pending: int  # waiting for their article
    skipped: int  # not usable: no text quote to anchor
    tied: int = 0  # of the pending: they fit two or more articles equally well
    unchanged: int = 0  # the same highlight, the same content: nothing to do
    kept_newer: int = 0  # the library's copy is newer: the file's was not applied
    kept_both: int = 0  # which is newer cannot be told: the file's is a new highlight
    refused: int = 0  # over a limit (see reasons)
    reasons: tuple[str, ...] = ()  # why annotations were refused, each once

    def summary(self) -> str:
        tied = (
            f" ({self.tied} of them fit more than one article equally, so none was chosen)"
            if self.tied
            else ""
        )
        parts = [
            f"{self.added} added, {self.updated} updated, "
            f"{self.pending} waiting for their article{tied}, {self.skipped} skipped"
        ]
        if self.unchanged:
            parts.append(f"{self.unchanged} already in the library")
        if self.kept_newer:
            parts.append(f"{self.kept_newer} not applied: the library's copy is newer")
        if self.kept_both:
            parts.append(
                f"{self.kept_both} kept beside the library's copy as new highlights "
                "(both were changed, and which is newer cannot be told)"
            )
        if self.refused:
            parts.append(f"{self.refused} refused ({'; '.join(self.reasons)})")
        return ", ".join(parts)


class _Articles(ArticleMatcher):
    """The library's articles, read once per import, for matching annotations to them."""

    def by_hash(self, content_hash: str) -> Article | None:
        found: Article | None = Article.get_or_none(Article.content_hash == content_hash)
        return found


@dataclass(frozen=True)
class _Placement:
    start: int
    end: int
    selectors: Selectors
    placed: bool
    proposed: tuple[int, int] | None = None  # a place that needs a look


def _place(article: Article, item: ImportedAnnotation) -> _Placement:
    """Where ``item`` stands in ``article``: placed, proposed (needs a look) or not found.

    Only a placement described afresh on the article's text; otherwise the selectors
    stay as the annotation gave them - the passage as it was highlighted.
    """
    text = article_text(article).text
    given = selectors_of(item)
    start, end = given.position.start, given.position.end
    if len(item.exact) <= MAX_FUZZY_QUOTE_CHARS:
        found = anchor(text, given)
    else:
        found = _exact_place(text, item.exact, start)
    if found is None:
        return _Placement(start, end, given, False)
    if not found.certain:
        return _Placement(start, end, given, False, (found.start, found.end))
    fresh = describe_selectors(text, found.start, found.end)
    return _Placement(found.start, found.end, fresh, True)


def _exact_place(text: str, quote: str, near: int) -> Anchor | None:
    """A long quote where it stands verbatim (nearest ``near``), without fuzzy matching:
    an approximate search costs time in proportion to the quote's length for every place
    it tries, and a quote of pages that is not in the text verbatim is left for the reader
    to place by hand."""
    if text[near : near + len(quote)] == quote:
        return Anchor(near, near + len(quote), AnchorMethod.POSITION, 1.0)
    found = [m.start() for m in re.finditer(re.escape(quote[:64]), text)]
    places = [at for at in found if text.startswith(quote, at)]
    if not places:
        return None
    at = min(places, key=lambda p: abs(p - near))
    return Anchor(at, at + len(quote), AnchorMethod.EXACT, 1.0)


class Outcome(Enum):
    """What an annotation whose id is already a highlight's does to it."""

    UPDATE = "update"  # the file's copy is newer
    UNCHANGED = "unchanged"  # same content
    KEEP_LIBRARY = "keep-library"  # the library's copy is newer
    KEEP_BOTH = "keep-both"  # it cannot be told which is newer


def _same_content(existing: Highlight, item: ImportedAnnotation) -> bool:
    color = item.color if item.color and is_color(item.color) else DEFAULT_COLOR
    names = {
        c.concept.name
        for c in HighlightConcept.select().where(HighlightConcept.highlight == existing.id)
    }
    return (existing.note, existing.color, existing.exact, names) == (
        item.note,
        color,
        item.exact,
        set(item.concepts),
    )


def existing_outcome(existing: Highlight, item: ImportedAnnotation) -> Outcome:
    """The newer copy wins and an older one never does; when the file's copy has no time
    or the same second as the library's, both are kept. (Times in files are to the
    second; the library keeps microseconds.)"""
    if _same_content(existing, item):
        return Outcome.UNCHANGED
    if item.modified is None:
        return Outcome.KEEP_BOTH
    library = existing.modified_at.replace(microsecond=0)
    if item.modified > library:
        return Outcome.UPDATE
    if item.modified < library:
        return Outcome.KEEP_LIBRARY
    return Outcome.KEEP_BOTH


_CONFLICT_IDS = uuid.UUID("9c0d7e4e-2b61-4f7a-8f0e-51a2c3d4e5f6")


def conflict_copy(item: ImportedAnnotation, origin: str) -> ImportedAnnotation:
    """The file's copy as a highlight of its own, beside the library's, saying where it came
    from. Its id follows from the original's and the content, so importing the same file
    again finds it instead of adding a third copy."""
    content = json.dumps([item.id, item.exact, item.note, item.color, item.concepts])
    marker = (
        f"(Imported from {origin}: this library's own copy of this highlight was changed "
        "too, and which is newer cannot be told, so both are kept.)"
    )
    return replace(
        item,
        id=str(uuid.uuid5(_CONFLICT_IDS, content)),
        note=f"{item.note}\n\n{marker}" if item.note else marker,
    )


def refusal(item: ImportedAnnotation) -> str | None:
    """Why ``item`` is over a limit, or None."""
    if len(item.exact) > MAX_QUOTE_CHARS:
        return f"a quote longer than {MAX_QUOTE_CHARS:,} characters"
    if len(item.note) > MAX_NOTE_CHARS:
        return f"a note longer than {MAX_NOTE_CHARS:,} characters"
    if len(item.concepts) > MAX_CONCEPTS:
        return f"more than {MAX_CONCEPTS} concepts on one passage"
    return None


def within_limits(item: ImportedAnnotation) -> ImportedAnnotation:
    """``item`` with its quote context cut to a sensible length (it only helps anchoring)."""
    if len(item.prefix) <= MAX_CONTEXT_CHARS and len(item.suffix) <= MAX_CONTEXT_CHARS:
        return item
    return replace(
        item, prefix=item.prefix[-MAX_CONTEXT_CHARS:], suffix=item.suffix[:MAX_CONTEXT_CHARS]
    )


def _store(article: Article, item: ImportedAnnotation) -> bool:
    """Make ``item`` a highlight of ``article``; True if it was new."""
    place = _place(article, item)
    selectors = place.selectors
    now = utc_now()
    fields = {
        "article": article.id,
        "start": place.start,
        "end": place.end,
        "exact": selectors.quote.exact,
        "prefix": selectors.quote.prefix,
        "suffix": selectors.quote.suffix,
        "color": item.color if item.color and is_color(item.color) else DEFAULT_COLOR,
        "note": item.note,
        "placed": place.placed,
        "proposed_start": place.proposed[0] if place.proposed else None,
        "proposed_end": place.proposed[1] if place.proposed else None,
        "created_at": item.created or now,
        "modified_at": item.modified or item.created or now,
    }
    is_new = not _has_row(Highlight, item.id)
    if is_new:
        _insert_highlight({"id": item.id, **fields})
    else:
        Highlight.update(**fields).where(Highlight.id == item.id).execute()
        # The file says which concepts the highlight has: those, no more and no fewer.
        HighlightConcept.delete().where(HighlightConcept.highlight == item.id).execute()
    for name in item.concepts:
        concept = get_or_create_concept(name)
        HighlightConcept.insert(
            highlight=item.id, concept=concept.id
        ).on_conflict_ignore().execute()
    if _has_row(PendingAnnotation, item.id):
        PendingAnnotation.delete().where(PendingAnnotation.id == item.id).execute()
    return is_new


def _insert_highlight(values: dict[str, object]) -> None:
    """``Highlight.insert(**values)`` in plain SQL, each value converted by its field as
    the ORM would: a file of thousands of annotations makes thousands of these."""
    fields = [Highlight._meta.fields[name] for name in values]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    database_proxy.execute_sql(
        f'INSERT INTO "{Highlight._meta.table_name}" ({columns}) VALUES ({marks})',
        [field.db_value(value) for field, value in zip(fields, values.values(), strict=True)],
    )


def _has_row(model: type[Highlight] | type[PendingAnnotation], key: str) -> bool:
    """Whether a row with id ``key`` exists: plain SQL, as an import asks this for each of
    thousands of annotations and building the query through the ORM costs ten times more."""
    table = model._meta.table_name
    found = database_proxy.execute_sql(f'SELECT 1 FROM "{table}" WHERE id = ? LIMIT 1', (key,))
    return found.fetchone() is not None


def _pending_is_full(item: ImportedAnnotation) -> bool:
    if _has_row(PendingAnnotation, item.id):
        return False  # replaces its own earlier copy
    table = PendingAnnotation._meta.table_name
    count = database_proxy.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    return bool(count >= MAX_PENDING)


def _keep_pending(item: ImportedAnnotation) -> None:
    PendingAnnotation.insert(
        id=item.id,
        content_hash=item.content_hash,
        data=json.dumps(item.data, ensure_ascii=False),
        imported_at=utc_now(),
    ).on_conflict_replace().execute()


def import_annotation_items(
    items: Iterable[ImportedAnnotation], skipped: int = 0, origin: str = "The file"
) -> ImportReport:
    counts: Counter[str] = Counter()
    reasons: dict[str, None] = {}  # each reason once, in the order met
    articles = _Articles()
    with database_proxy.atomic():
        for item in items:
            reason = refusal(item)
            if reason is None:
                try:
                    # A savepoint: a refused annotation leaves nothing half-made.
                    with database_proxy.atomic():
                        counts[_import_one(within_limits(item), articles, origin, counts)] += 1
                    continue
                except UserError as exc:
                    reason = str(exc).rstrip(".")
            counts["refused"] += 1
            reasons[reason] = None
    return ImportReport(
        added=counts["added"],
        updated=counts["updated"],
        pending=counts["pending"],
        skipped=skipped,
        tied=counts["tied"],
        unchanged=counts["unchanged"],
        kept_newer=counts["kept_newer"],
        kept_both=counts["kept_both"],
        refused=counts["refused"],
        reasons=tuple(reasons),
    )


def _import_one(
    item: ImportedAnnotation, articles: _Articles, origin: str, counts: Counter[str]
) -> str:
    """Import one annotation; returns what happened, as an ImportReport field's name
    (``counts`` also hears of a pending one that fits several articles equally)."""
    current = Highlight.get_by_id(item.id) if _has_row(Highlight, item.id) else None
    article: Article | None = None
    if current is not None:
        outcome = existing_outcome(current, item)
        if outcome is Outcome.UNCHANGED:
            return "unchanged"
        if outcome is Outcome.KEEP_LIBRARY:
            return "kept_newer"
        if outcome is Outcome.KEEP_BOTH:
            copy = conflict_copy(item, origin)
            if _has_row(Highlight, copy.id):
                return "unchanged"  # kept beside it by an earlier import of this file
            _store(current.article, copy)
            return "kept_both"
        article = current.article
    if article is None and item.content_hash:
        article = articles.by_hash(item.content_hash)
    if article is None:
        choice = articles.choose(item)
        article = choice.article
        counts["tied"] += choice.tied
    if article is None:
        if _pending_is_full(item):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the library already holds {count} annotations waiting for their articles",
                ),
                count=f"{MAX_PENDING:,}",
            )
        _keep_pending(item)
        return "pending"
    return "added" if _store(article, item) else "updated"


def import_annotation_data(data: object, origin: str = "The file") -> ImportReport:
    """Import a parsed W3C annotation document (collection, page, list or one annotation)."""
    items, skipped = read_annotations(data, origin)
    if len(items) + skipped > MAX_ANNOTATIONS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{origin} holds {count} annotations; at most {limit} are imported from one "
                "file. Nothing was imported.",
            ),
            origin=origin,
            count=f"{len(items) + skipped:,}",
            limit=f"{MAX_ANNOTATIONS:,}",
        )
    text = sum(len(item.exact) + len(item.note) for item in items)
    if text > MAX_TEXT_CHARS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{origin} holds {count} characters of quotes and notes; at most {limit} are "
                "imported from one file. Nothing was imported.",
            ),
            origin=origin,
            count=f"{text:,}",
            limit=f"{MAX_TEXT_CHARS:,}",
        )
    return import_annotation_items(items, skipped, origin)


def import_annotations(path: Path) -> ImportReport:
    """Import the W3C Web Annotation JSON(-LD) file at ``path``."""
    return import_annotation_data(read_annotation_file(path), str(path))


def read_annotation_file(path: Path) -> object:
    """The parsed JSON of an annotation file, or a UserError naming it and saying why not."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileReadError as exc:
        raise _unreadable(path, exc) from None
    if raw.count(b"{") > MAX_JSON_OBJECTS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: holds more than {limit} JSON objects; no annotation file is that "
                "large. Nothing was imported.",
            ),
            path=path,
            limit=f"{MAX_JSON_OBJECTS:,}",
        )
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: not UTF-8 text, so not a JSON annotation file."),
            path=path,
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: not valid JSON (line {line}: {problem})."),
            path=path,
            line=exc.lineno,
            problem=exc.msg,
        ) from None
    except RecursionError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the JSON is nested too deeply to be an annotation file."
            ),
            path=path,
        ) from None
    except ValueError as exc:  # a number of thousands of digits
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: not valid JSON ({problem})."),
            path=path,
            problem=str(exc).split(";")[0],
        ) from None


def _unreadable(path: Path, exc: FileReadError) -> UserError:
    """Why the annotation file at ``path`` was not read, in a sentence of its own."""
    if exc.problem is ReadProblem.MISSING:
        return UserError(QT_TRANSLATE_NOOP("Errors", "{path}: no such file."), path=path)
    if exc.problem is ReadProblem.FOLDER:
        return UserError(QT_TRANSLATE_NOOP("Errors", "{path}: is a folder, not a file."), path=path)
    if exc.problem is ReadProblem.NOT_REGULAR:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: not a regular file (a pipe, device or socket), so it is not read.",
            ),
            path=path,
        )
    if exc.problem is ReadProblem.TOO_LARGE:
        return UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the file is larger than 10 MB."), path=path
        )
    if exc.problem is ReadProblem.DENIED:
        return UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read (permission denied)."), path=path
        )
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({problem})."),
        path=path,
        problem=exc.detail,
    )


def attach_pending(article: Article) -> int:
    """Turn the pending annotations made on ``article`` into its highlights; returns how many.

    Called when an article is added, inside its transaction: an annotation waits for the
    article with its content hash, or, failing that, for an article that its source and
    selectors fit better than any other in the library.
    """
    attached = 0
    if not PendingAnnotation.select().exists():
        return 0  # the usual case; a long article's reading text takes seconds to build
    articles = ArticleMatcher()
    for row in PendingAnnotation.select():
        try:
            item = read_annotation(json.loads(row.data))
        except (ValueError, TypeError):
            continue
        if item is None:
            continue
        same_text = item.content_hash == article.content_hash
        if same_text or (not item.content_hash and _best_fit_is(articles, item, article)):
            _store(article, item)
            attached += 1
    return attached


def _best_fit_is(articles: ArticleMatcher, item: ImportedAnnotation, article: Article) -> bool:
    if item.exact not in article_text(article).text:
        return False  # the usual case, decided without weighing the whole library
    chosen = articles.choose(item).article
    return chosen is not None and chosen.id == article.id
