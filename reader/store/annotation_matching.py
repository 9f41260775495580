"""Which article an imported annotation belongs to, when its source does not name one.

An annotation made in Marginalia names its article by content hash; one made elsewhere
(Apache Annotator, Hypothesis) names a URL or a file, or nothing, and its quote may stand
in several articles. Every article holding the quote is weighed on all of the
annotation's evidence, strongest first:

1. its ``source``: the article's file (same path, or same file name) or its title as the
   source's label;
2. how it anchors there (reader.core.anchoring): placed for certain beats a place that
   needs a look;
3. whether its TextPositionSelector still holds there: the quote at exactly its offsets;
4. how many characters of its stored prefix and suffix agree there.

The best article wins only if it is ahead of the next one on some of that evidence. When
two articles fit equally (Apache Annotator writes empty prefix and suffix for a quote it
found unique in its own document), the annotation is not given to either: it waits with
the pending ones, and the import report says how many did.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import unquote, urlparse

from reader.core.anchoring import (
    Selectors,
    TextPositionSelector,
    TextQuoteSelector,
    anchor,
    context_agreement,
)
from reader.core.exporting.web_annotation import ImportedAnnotation
from reader.store.article_text import article_text
from reader.store.models import Article

__all__ = ["ArticleChoice", "ArticleMatcher", "selectors_of"]


@dataclass(frozen=True)
class ArticleChoice:
    """The article an annotation belongs to, or None; ``tied`` when several fit equally."""

    article: Article | None
    tied: bool = False


def selectors_of(item: ImportedAnnotation) -> Selectors:
    """The annotation's selectors, its position defaulting to the quote's length at 0."""
    start = item.start if item.start is not None else 0
    end = item.end if item.end is not None else start + len(item.exact)
    return Selectors(
        quote=TextQuoteSelector(item.exact, item.prefix, item.suffix),
        position=TextPositionSelector(start, end),
    )


class ArticleMatcher:
    """The library's articles, read once per import, weighed for each annotation."""

    def __init__(self) -> None:
        self._all: list[Article] | None = None

    def articles(self) -> list[Article]:
        if self._all is None:
            self._all = list(Article.select().order_by(Article.id))
        return self._all

    def forget(self) -> None:
        """Read the articles again next time (one was added during the import)."""
        self._all = None

    def choose(self, item: ImportedAnnotation) -> ArticleChoice:
        """The one article that fits ``item`` best, if one does."""
        fits = sorted(
            ((fit, article) for article in self.articles() if (fit := _fit(article, item))),
            key=lambda pair: pair[0],
            reverse=True,
        )
        if not fits:
            return ArticleChoice(None)
        if len(fits) > 1 and fits[0][0] == fits[1][0]:
            return ArticleChoice(None, tied=True)
        return ArticleChoice(fits[0][1])


Fit = tuple[bool, int, bool, int]


def _fit(article: Article, item: ImportedAnnotation) -> Fit | None:
    """How well ``item`` fits ``article`` (greater is better), or None if its quote is not
    in the article at all."""
    text = article_text(article).text
    if item.exact not in text:
        return None
    selectors = selectors_of(item)
    found = anchor(text, selectors)
    if found is None:
        # The quote is there, but nowhere its context makes plausible.
        return (_source_matches(item, article), 0, False, 0)
    at_offsets = (item.start, item.end) == (found.start, found.end)
    agreeing = context_agreement(text, selectors.quote, found.start, found.end)
    return (_source_matches(item, article), 2 if found.certain else 1, at_offsets, agreeing)


def _source_matches(item: ImportedAnnotation, article: Article) -> bool:
    """The annotation's source names this article's file, or its label is the title."""
    if item.source_label and item.source_label.strip().casefold() == article.title.casefold():
        return True
    source = _source_id(item)
    if not source or not article.source_path:
        return False
    parsed = urlparse(source)
    path = unquote(parsed.path) if parsed.scheme in ("file", "http", "https") else source
    if path == article.source_path:
        return True
    name = PurePath(path.rstrip("/")).name
    return bool(name) and name == PurePath(article.source_path).name


def _source_id(item: ImportedAnnotation) -> str:
    targets = item.data.get("target")
    for target in targets if isinstance(targets, list) else [targets]:
        if isinstance(target, dict):
            source = target.get("source")
            if isinstance(source, dict):
                source = source.get("id")
            if isinstance(source, str):
                return source
        elif isinstance(target, str):
            return target
    return ""
