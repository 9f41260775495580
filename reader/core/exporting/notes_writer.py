"""Markdown notes: an export document as template values, rendered by a notes template.

The values are escaped here, before any template sees them, so a template (bundled or the
user's own) cannot forget to; each value's unescaped text is under ``raw`` for templates
that escape it themselves with the ``md`` filter. Highlights come grouped both ways, by
article and by concept, so one user template can choose either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from reader.core.exporting.document import ExportDocument, ExportHighlight
from reader.core.exporting.markdown_text import (
    escape_block,
    escape_inline,
)
from reader.core.exporting.obsidian_tags import concept_tags, obsidian_tag
from reader.core.exporting.templates import render_template
from reader.core.exporting.wording import Translate, color_name, english, layout_labels

BY_ARTICLE = "article"
BY_CONCEPT = "concept"
GROUPINGS = (BY_ARTICLE, BY_CONCEPT)
HIGHLIGHT_TEMPLATE = "highlight.md.j2"


def iso(moment: datetime) -> str:
    """ISO 8601 with the timezone, to the second."""
    return moment.isoformat(timespec="seconds")


def quote_markdown(exact: str) -> str:
    """A quote as escaped paragraphs: each block of the reading text is one paragraph."""
    return "\n\n".join(escape_inline(part) for part in exact.split("\n") if part.strip())


def document_tags(document: ExportDocument) -> dict[str, str]:
    """The tag of every concept in the document, no two alike (see obsidian_tags)."""
    names = {c.name for c in document.concepts}
    return concept_tags(names | {name for h in document.highlights() for name in h.concepts})


def concept_values(
    name: str, definition: str = "", tags: Mapping[str, str] | None = None
) -> dict[str, object]:
    return {
        "name": escape_inline(name),
        "tag": tags[name] if tags and name in tags else obsidian_tag(name),
        "definition": escape_block(definition),
        "raw": {"name": name, "definition": definition},
    }


def highlight_values(
    h: ExportHighlight, tags: Mapping[str, str] | None = None, translate: Translate = english
) -> dict[str, object]:
    return {
        "id": h.id,
        "link": h.link,
        "quote": quote_markdown(h.exact),
        "note": escape_block(h.note),
        "article_id": h.article_id,
        "article_title": escape_inline(h.article_title),
        "section": escape_inline(h.section) if h.section else "",
        "page": escape_inline(h.page_label),  # the page to cite, "" when not from a PDF
        "color": h.color,
        "color_name": escape_inline(color_name(h.color, translate)),
        "color_meaning": escape_inline(h.color_meaning),
        "concepts": [concept_values(name, tags=tags) for name in h.concepts],
        "placed": h.placed,
        # Unplaced, with a proposed place not yet confirmed: the text there now.
        "needs_look": h.needs_look,
        "proposed": escape_inline(h.proposed_text) if h.needs_look else "",
        "created": iso(h.created_at),
        "modified": iso(h.modified_at),
        "raw": {
            "quote": h.exact,
            "note": h.note,
            "article_title": h.article_title,
            "section": h.section or "",
            "color_meaning": h.color_meaning,
            "proposed": h.proposed_text,
        },
    }


def _concept_sort_key(name: str) -> str:
    return name.casefold()


def notes_values(
    document: ExportDocument, by: str, translate: Translate = english
) -> dict[str, object]:
    """Everything a notes template may use; its own words in ``translate``'s language."""
    tags = document_tags(document)
    articles = [
        {
            "id": a.id,
            "title": escape_inline(a.title),
            "urn": a.urn,
            "highlights": [highlight_values(h, tags, translate) for h in a.highlights],
            "raw": {"title": a.title},
        }
        for a in document.articles
    ]
    # By concept: every passage of every article under each of its concepts, articles by
    # title and passages in reading order (orphans last), as the concept browser shows them.
    ordered = sorted(
        document.highlights(),
        key=lambda h: (h.article_title.casefold(), h.article_id, not h.placed, h.start, h.end),
    )
    concepts = []
    for concept in sorted(document.concepts, key=lambda c: _concept_sort_key(c.name)):
        values = concept_values(concept.name, concept.definition, tags)
        values["highlights"] = [
            highlight_values(h, tags, translate) for h in ordered if concept.name in h.concepts
        ]
        concepts.append(values)
    exported = {c.name for c in document.concepts}
    untagged = [
        highlight_values(h, tags, translate) for h in ordered if not set(h.concepts) & exported
    ]
    return {
        "title": escape_inline(document.title),
        "source": document.source,
        "exported_at": iso(document.generated_at),
        "by": by,
        "articles": articles,
        "concepts": concepts,
        "untagged": untagged,
        "highlight_count": len(document.highlights()),
        "raw": {"title": document.title},
    }


_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(markdown: str) -> str:
    """One blank line between blocks and one newline at the end, whatever the template did."""
    return _EXTRA_BLANK_LINES.sub("\n\n", markdown).strip("\n") + "\n"


def write_notes(
    document: ExportDocument,
    template: Path,
    by: str,
    search_path: Sequence[Path] = (),
    translate: Translate = english,
) -> str:
    values = notes_values(document, by, translate)
    shared = {"labels": layout_labels(translate)}
    return tidy(render_template(template, values, search_path, shared))


def write_highlight(
    highlight: ExportHighlight,
    templates: Path,
    extra: Iterable[Path] = (),
    translate: Translate = english,
) -> str:
    """One highlight as Markdown (for "Copy as Markdown"), through the bundled layout."""
    values = {"h": highlight_values(highlight, concept_tags(highlight.concepts), translate)}
    shared = {"labels": layout_labels(translate)}
    return tidy(
        render_template(templates / HIGHLIGHT_TEMPLATE, values, [templates, *extra], shared)
    )
