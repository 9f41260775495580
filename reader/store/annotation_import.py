"""Reading W3C Web Annotations back into the library (``marginalia import-annotations``).

Each annotation finds its article in this order: the highlight it already is (same id:
it is updated, never added twice), the article with the same content hash (the
``urn:marginalia:article:sha256:`` source), then the article whose reading text holds
the quote, preferring the one where prefix and suffix agree too. It is then anchored
in that article like any highlight (position, quote, fuzzy), and kept unplaced if its
passage is not there. An annotation whose article is not in the library waits in the
PendingAnnotation table and becomes a highlight when that article is imported
(attach_pending, called by the article import).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.anchoring import Selectors, TextPositionSelector, TextQuoteSelector, anchor
from reader.core.anchoring import describe as describe_selectors
from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.web_annotation import (
    ImportedAnnotation,
    read_annotation,
    read_annotations,
)
from reader.core.highlight_colors import DEFAULT_COLOR, is_color
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

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImportReport:
    added: int  # new highlights
    updated: int  # highlights that were there already (same id)
    pending: int  # waiting for their article
    skipped: int  # not usable: no text quote to anchor

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, "
            f"{self.pending} waiting for their article, {self.skipped} skipped"
        )


def _quote_score(text: str, item: ImportedAnnotation) -> int:
    """How well ``text`` holds the quote: 0 not at all, 1 the quote, up to 3 with context."""
    best, at = 0, text.find(item.exact)
    while at >= 0:
        score = 1
        score += bool(item.prefix) and text[max(0, at - len(item.prefix)) : at] == item.prefix
        score += bool(item.suffix) and text[at + len(item.exact) :].startswith(item.suffix)
        best = max(best, score)
        if best == 3:
            break
        at = text.find(item.exact, at + 1)
    return best


class _Articles:
    """The library's articles, read once per import, for matching annotations to them."""

    def __init__(self) -> None:
        self._all: list[Article] | None = None

    def by_hash(self, content_hash: str) -> Article | None:
        found: Article | None = Article.get_or_none(Article.content_hash == content_hash)
        return found

    def by_quote(self, item: ImportedAnnotation) -> Article | None:
        if self._all is None:
            self._all = list(Article.select().order_by(Article.id))
        scored = [(_quote_score(article_text(a).text, item), a) for a in self._all]
        best = max((score for score, _a in scored), default=0)
        if best == 0:
            return None
        return next(a for score, a in scored if score == best)


def _place(article: Article, item: ImportedAnnotation) -> tuple[int, int, Selectors, bool]:
    """Where ``item`` stands in ``article``: offsets, selectors, and whether it was found."""
    text = article_text(article).text
    start = item.start if item.start is not None else 0
    end = item.end if item.end is not None else start + len(item.exact)
    given = Selectors(
        quote=TextQuoteSelector(item.exact, item.prefix, item.suffix),
        position=TextPositionSelector(start, end),
    )
    found = anchor(text, given)
    if found is None:
        return start, end, given, False
    return found.start, found.end, describe_selectors(text, found.start, found.end), True


def _store(article: Article, item: ImportedAnnotation) -> bool:
    """Make ``item`` a highlight of ``article``; True if it was new."""
    start, end, selectors, placed = _place(article, item)
    now = utc_now()
    fields = {
        "article": article.id,
        "start": start,
        "end": end,
        "exact": selectors.quote.exact,
        "prefix": selectors.quote.prefix,
        "suffix": selectors.quote.suffix,
        "color": item.color if item.color and is_color(item.color) else DEFAULT_COLOR,
        "note": item.note,
        "placed": placed,
        "created_at": item.created or now,
        "modified_at": item.modified or item.created or now,
    }
    existing = Highlight.get_or_none(Highlight.id == item.id)
    if existing is None:
        Highlight.insert(id=item.id, **fields).execute()
    else:
        Highlight.update(**fields).where(Highlight.id == item.id).execute()
    # The file says which concepts the highlight has: those, no more and no fewer.
    HighlightConcept.delete().where(HighlightConcept.highlight == item.id).execute()
    for name in item.concepts:
        concept = get_or_create_concept(name)
        HighlightConcept.insert(
            highlight=item.id, concept=concept.id
        ).on_conflict_ignore().execute()
    PendingAnnotation.delete().where(PendingAnnotation.id == item.id).execute()
    return existing is None


def _keep_pending(item: ImportedAnnotation) -> None:
    PendingAnnotation.insert(
        id=item.id,
        content_hash=item.content_hash,
        data=json.dumps(item.data, ensure_ascii=False),
        imported_at=utc_now(),
    ).on_conflict_replace().execute()


def import_annotation_items(items: Iterable[ImportedAnnotation], skipped: int = 0) -> ImportReport:
    added = updated = pending = 0
    articles = _Articles()
    with database_proxy.atomic():
        for item in items:
            current = Highlight.get_or_none(Highlight.id == item.id)
            article: Article | None = current.article if current is not None else None
            if article is None and item.content_hash:
                article = articles.by_hash(item.content_hash)
            if article is None:
                article = articles.by_quote(item)
            if article is None:
                _keep_pending(item)
                pending += 1
            elif _store(article, item):
                added += 1
            else:
                updated += 1
    return ImportReport(added, updated, pending, skipped)


def import_annotation_data(data: object, origin: str = "The file") -> ImportReport:
    """Import a parsed W3C annotation document (collection, page, list or one annotation)."""
    items, skipped = read_annotations(data, origin)
    return import_annotation_items(items, skipped)


def import_annotations(path: Path) -> ImportReport:
    """Import the W3C Web Annotation JSON(-LD) file at ``path``."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{path}: the file is larger than 200 MB."), path=path
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{path}: no such file."), path=path) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({problem})."),
            path=path,
            problem=exc.strerror or exc,
        ) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
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
    return import_annotation_data(data, str(path))


def attach_pending(article: Article) -> int:
    """Turn the pending annotations made on ``article`` into its highlights; returns how many.

    Called when an article is added, inside its transaction: an annotation waits for the
    article with its content hash, or, failing that, one holding its quote with context.
    """
    attached = 0
    if not PendingAnnotation.select().exists():
        return 0  # the usual case; a long article's reading text takes seconds to build
    text = article_text(article).text
    for row in PendingAnnotation.select():
        try:
            item = read_annotation(json.loads(row.data))
        except (ValueError, TypeError):
            continue
        if item is None:
            continue
        same_text = item.content_hash == article.content_hash
        holds_quote = _quote_score(text, item) == 1 + bool(item.prefix) + bool(item.suffix)
        if same_text or holds_quote:
            _store(article, item)
            attached += 1
    return attached
