"""Exports the window and the command line share: notes, handouts, W3C JSON, one highlight.

This is the one walk over the library: it gathers the articles, their highlights in
reading order (each with its section, colour meaning and concepts) and the concepts'
definitions into an ExportDocument; the writers in reader.core.exporting only write it.
Bundled templates are found here (the store knows where resources live) and passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.document import (
    ExportArticle,
    ExportConcept,
    ExportDocument,
    ExportHighlight,
    article_urn,
)
from reader.core.exporting.handout_writer import write_handout
from reader.core.exporting.notes_writer import (
    BY_ARTICLE,
    BY_CONCEPT,
    GROUPINGS,
    write_highlight,
    write_notes,
)
from reader.core.exporting.web_annotation import annotation_collection
from reader.store.articles import get_article, list_articles
from reader.store.concepts import concept_named
from reader.store.highlights import (
    HighlightData,
    article_text,
    color_meanings,
    get_highlight,
    list_highlights,
)
from reader.store.location import bundled_path
from reader.store.models import Article, Concept

LIBRARY_SOURCE = "Marginalia library"


def templates_dir() -> Path:
    return bundled_path("resources") / "templates"


def _aware(moment: datetime) -> datetime:
    # The store keeps naive UTC; exports always say the timezone.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _export_highlight(
    data: HighlightData, article: Article, meanings: dict[str, str]
) -> ExportHighlight:
    text = article_text(article)
    section = text.heading_before(data.start) if data.placed else None
    proposed = ""
    if data.needs_look and data.proposed_end is not None:
        proposed = text.text[data.proposed_start : data.proposed_end]
    return ExportHighlight(
        id=data.id,
        article_id=article.id,
        article_title=article.title,
        section=section,
        start=data.start,
        end=data.end,
        exact=data.exact,
        prefix=data.prefix,
        suffix=data.suffix,
        color=data.color,
        color_meaning=meanings.get(data.color, ""),
        note=data.note,
        concepts=data.concepts,
        placed=data.placed,
        created_at=_aware(data.created_at),
        modified_at=_aware(data.modified_at),
        needs_look=data.needs_look,
        proposed_text=proposed,
    )


def _export_article(
    article: Article, meanings: dict[str, str], concept: str | None = None
) -> ExportArticle:
    highlights = [
        _export_highlight(h, article, meanings)
        for h in list_highlights(article.id)
        if concept is None or concept in h.concepts
    ]
    return ExportArticle(
        id=article.id,
        title=article.title,
        content_hash=article.content_hash,
        markdown=article.markdown,
        highlights=tuple(highlights),
    )


def _concepts_used(articles: Iterable[ExportArticle]) -> tuple[ExportConcept, ...]:
    names = {name for a in articles for h in a.highlights for name in h.concepts}
    rows = Concept.select().where(Concept.name.in_(sorted(names))) if names else []
    return tuple(
        sorted((ExportConcept(c.name, c.definition) for c in rows), key=lambda c: c.name.casefold())
    )


def export_document(article_id: int | None = None, concept: str | None = None) -> ExportDocument:
    """What an export holds: one article, one concept's passages, or the whole library."""
    meanings = color_meanings()
    concept_name = concept_named(concept).name if concept is not None else None
    if article_id is not None:
        article = get_article(article_id)
        articles = [_export_article(article, meanings, concept_name)]
        title, source = article.title, article_urn(article.content_hash)
    else:
        articles = [
            _export_article(get_article(s.id), meanings, concept_name) for s in list_articles()
        ]
        # A library or concept export lists only the articles it has something from.
        articles = [a for a in articles if a.highlights]
        title, source = "Marginalia library", LIBRARY_SOURCE
    if concept_name is not None:
        row = concept_named(concept_name)
        concepts: tuple[ExportConcept, ...] = (ExportConcept(row.name, row.definition),)
        title = f"{concept_name} ({title})" if article_id is not None else concept_name
    else:
        concepts = _concepts_used(articles)
    return ExportDocument(
        title=title,
        source=source,
        generated_at=datetime.now(UTC).replace(microsecond=0),
        articles=tuple(articles),
        concepts=concepts,
    )


def _template(template: Path | None, default: str) -> Path:
    return template if template is not None else templates_dir() / default


def notes_markdown(
    article_id: int | None = None,
    concept: str | None = None,
    by: str = BY_ARTICLE,
    template: Path | None = None,
) -> str:
    """Notes as Markdown: grouped by article (reading order) or by concept."""
    if by not in GROUPINGS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Notes can be grouped by {choices}, not by {by}."),
            choices=" or ".join(GROUPINGS),
            by=repr(by),
        )
    document = export_document(article_id, concept)
    document = replace(document, title=f"Notes: {document.title}")
    default = "notes-by-concept.md.j2" if by == BY_CONCEPT else "notes-by-article.md.j2"
    return write_notes(document, _template(template, default), by, [templates_dir()])


def handout_markdown(article_id: int, template: Path | None = None) -> str:
    """The article with its passages marked, notes as footnotes, a glossary at the end."""
    document = export_document(article_id)
    return write_handout(document, _template(template, "handout.md.j2"), [templates_dir()])


def annotations_json(article_id: int | None = None) -> dict[str, object]:
    """Every highlight (of one article, or all) as a W3C Web Annotation collection."""
    return annotation_collection(export_document(article_id), article_id)


def highlight_markdown(highlight_id: str) -> str:
    """One highlight as Markdown, as notes show it (for "Copy as Markdown")."""
    data = get_highlight(highlight_id)
    article = get_article(data.article_id)
    return write_highlight(_export_highlight(data, article, color_meanings()), templates_dir())
