"""An article by its id, and the reading text its highlights are anchored to.

Both are needed by highlights, concepts, exports and printing; they live here, below
all of them, so none of those modules has to import another for them.
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.links import MAX_ID
from reader.core.reading_text import ReadingText, reading_text
from reader.store.models import Article


def require_article(article_id: int) -> Article:
    """The article with ``article_id``; a UserError naming the id when there is none."""
    # An id SQLite cannot hold names no article; asking would overflow instead.
    in_range = 0 < article_id <= MAX_ID
    article = Article.get_or_none(Article.id == article_id) if in_range else None
    if article is None:
        raise no_such_article(article_id)
    return article


def no_such_article(article_id: int) -> UserError:
    """The error for an id that names no article (also for an update that found none)."""
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "There is no article with id {article_id} in this library."),
        article_id=article_id,
    )


@lru_cache(maxsize=32)
def _reading_text_of(markdown: str) -> ReadingText:
    return reading_text(markdown)


def article_text(article: Article) -> ReadingText:
    """The reading text highlights of ``article`` are anchored to."""
    return _reading_text_of(article.markdown)


def markdown_text(markdown: str) -> ReadingText:
    """The reading text of an article's Markdown (also of its Markdown before a change)."""
    return _reading_text_of(markdown)
