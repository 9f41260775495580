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
from reader.core.exporting.mark_flavors import FLAVORS, OBSIDIAN
from reader.core.exporting.notes_writer import (
    BY_ARTICLE,
    BY_CONCEPT,
    GROUPINGS,
    write_highlight,
    write_notes,
)
from reader.core.exporting.web_annotation import annotation_collection
from reader.core.exporting.wording import Translate, english, library_title, notes_title
from reader.core.highlight_record import HighlightData
from reader.core.page_map import page_of_passage, read_page_map
from reader.store.article_text import article_text
from reader.store.articles import get_article, list_articles
from reader.store.concepts import concept_named
from reader.store.highlights import (
    color_meanings,
    get_highlight,
    list_highlights,
)
from reader.store.location import bundled_path
from reader.store.models import Article, Concept


def templates_dir() -> Path:
    return bundled_path("resources") / "templates"


def _aware(moment: datetime) -> datetime:
    # The store keeps naive UTC; exports always say the timezone.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _export_highlight(
    data: HighlightData, article: Article, meanings: dict[str, str]
) -> ExportHighlight:
    reading = article_text(article)
    section = reading.heading_before(data.start) if data.placed else None
    pages = read_page_map(article.page_map)
    page = (
        page_of_passage(article.markdown, reading.text, pages, data.start)
        if data.placed and pages
        else None
    )
    proposed = ""
    if data.needs_look and data.proposed_end is not None:
        proposed = reading.text[data.proposed_start : data.proposed_end]
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
        page=page.page if page else None,
        page_label=page.label if page else "",
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


def export_document(
    article_id: int | None = None, concept: str | None = None, translate: Translate = english
) -> ExportDocument:
    """What an export holds: one article, one concept's passages, or the whole library
    (titled in ``translate``'s language)."""
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
        title = source = library_title(translate)
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
    translate: Translate = english,
) -> str:
    """Notes as Markdown: grouped by article (reading order) or by concept.

    ``translate`` gives the export's own words (headings, labels, colour names) in the
    reader's language: the window passes ``QCoreApplication.translate``.
    """
    if by not in GROUPINGS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Notes can be grouped by {choices}, not by {by}."),
            choices=" or ".join(GROUPINGS),
            by=repr(by),
        )
    document = export_document(article_id, concept, translate)
    document = replace(document, title=notes_title(document.title, translate))
    default = "notes-by-concept.md.j2" if by == BY_CONCEPT else "notes-by-article.md.j2"
    return write_notes(document, _template(template, default), by, [templates_dir()], translate)


def handout_markdown(
    article_id: int,
    template: Path | None = None,
    flavor: str = OBSIDIAN,
    translate: Translate = english,
) -> str:
    """The article with its passages marked, notes as footnotes, a glossary at the end.

    ``flavor`` chooses how marks are written: ``obsidian`` (``==text==``) or ``pandoc``
    (``[text]{.mark}``, for pandoc's ``markdown`` reader); ``translate`` gives the
    handout's own words (glossary, labels) in the reader's language.
    """
    if flavor not in FLAVORS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A handout's flavour is {choices}, not {flavor}."),
            choices=" or ".join(FLAVORS),
            flavor=repr(flavor),
        )
    document = export_document(article_id, translate=translate)
    template = _template(template, "handout.md.j2")
    return write_handout(document, template, [templates_dir()], flavor, translate)


def annotations_json(
    article_id: int | None = None, translate: Translate = english
) -> dict[str, object]:
    """Every highlight (of one article, or all) as a W3C Web Annotation collection; the
    collection's label is in ``translate``'s language, colours stay names (``yellow``)."""
    return annotation_collection(export_document(article_id, translate=translate), article_id)


def highlight_markdown(highlight_id: str, translate: Translate = english) -> str:
    """One highlight as Markdown, as notes show it (for "Copy as Markdown")."""
    data = get_highlight(highlight_id)
    article = get_article(data.article_id)
    highlight = _export_highlight(data, article, color_meanings())
    return write_highlight(highlight, templates_dir(), translate=translate)
