"""What an export is made of: articles, their highlights and the concepts used, gathered once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


def open_link(article_id: int, highlight_id: str | None = None) -> str:
    """The address that opens an article (at a highlight) in Marginalia."""
    tail = f"/{highlight_id}" if highlight_id else ""
    return f"marginalia://open/{article_id}{tail}"


def article_urn(content_hash: str) -> str:
    """A stable name for an article's text: the same text is the same article anywhere."""
    return f"urn:marginalia:article:sha256:{content_hash}"


@dataclass(frozen=True)
class ExportHighlight:
    """One highlight with everything an export shows of it; times are timezone-aware."""

    id: str
    article_id: int
    article_title: str
    section: str | None  # the heading it stands under; None for an orphan or no heading
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    color: str
    color_meaning: str  # what the user said the colour means, or ""
    note: str
    concepts: tuple[str, ...]
    placed: bool
    created_at: datetime
    modified_at: datetime
    # The page of the original document (a PDF) the passage is on: its number in the
    # file (1-based) and the label a citation uses ("347" in a journal); None without one.
    page: int | None = None
    page_label: str = ""
    # Unplaced since its article changed, with a proposed place awaiting the user's look:
    # the text there now ("" for other highlights).
    needs_look: bool = False
    proposed_text: str = ""

    @property
    def link(self) -> str:
        return open_link(self.article_id, self.id)


@dataclass(frozen=True)
class ExportArticle:
    id: int
    title: str
    content_hash: str
    markdown: str
    highlights: tuple[ExportHighlight, ...]  # reading order, orphans last

    @property
    def urn(self) -> str:
        return article_urn(self.content_hash)


@dataclass(frozen=True)
class ExportConcept:
    name: str
    definition: str


@dataclass(frozen=True)
class ExportDocument:
    title: str
    source: str
    generated_at: datetime
    articles: tuple[ExportArticle, ...]
    concepts: tuple[ExportConcept, ...]  # the concepts exported, by name

    def highlights(self) -> list[ExportHighlight]:
        return [h for a in self.articles for h in a.highlights]
