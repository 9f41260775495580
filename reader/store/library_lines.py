"""Lines other articles of the library hold word for word: the sites' templates.

Every copied (``txt``) article's distinct lines are kept as 64-bit hashes of their words
(:func:`reader.core.cleaning.line_key`). Before an article is cleaned, :func:`line_counts`
says for each of its lines how many *other* articles hold it; the cleaner hides a line that
two or more do ("the same line is in 3 other articles of your library"), since a menu item,
a footer or a "Share this" row repeats on every page of a site while an article's sentences
do not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import cast

from peewee import fn

from reader.core.cleaning import line_key
from reader.store.models import Article, ArticleLine, database_proxy

# SQLite limits the variables of one statement; hashes are looked up in slices of this.
_BATCH = 500


def line_hash(key: str) -> int:
    """A line key as a signed 64-bit integer, as SQLite stores it."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def text_keys(text: str) -> dict[str, int]:
    """Each distinct non-empty line key of ``text``, with its hash."""
    keys: dict[str, int] = {}
    for line in text.splitlines():
        key = line_key(line)
        if key and key not in keys:
            keys[key] = line_hash(key)
    return keys


def line_counts(text: str, exclude: int | None = None) -> dict[str, int]:
    """For each line of ``text`` that other articles hold, how many of them do.

    ``exclude`` is the article being cleaned again, so it does not count itself.
    """
    keys = text_keys(text)
    by_hash = {value: key for key, value in keys.items()}
    hashes = list(by_hash)
    counts: dict[str, int] = {}
    for start in range(0, len(hashes), _BATCH):
        query = ArticleLine.select(
            ArticleLine.line_hash, fn.COUNT(ArticleLine.article).alias("articles")
        ).where(ArticleLine.line_hash.in_(hashes[start : start + _BATCH]))
        if exclude is not None:
            query = query.where(ArticleLine.article != exclude)
        rows = cast("Iterable[tuple[int, int]]", query.group_by(ArticleLine.line_hash).tuples())
        for value, articles in rows:
            counts[by_hash[int(value)]] = int(articles)
    return counts


def index_article(article_id: int, text: str) -> None:
    """Record the lines of an article (replacing what was recorded for it before)."""
    hashes = set(text_keys(text).values())
    with database_proxy.atomic():
        ArticleLine.delete().where(ArticleLine.article == article_id).execute()
        rows = [{"article": article_id, "line_hash": value} for value in hashes]
        for start in range(0, len(rows), _BATCH):
            ArticleLine.insert_many(rows[start : start + _BATCH]).execute()


def unindexed_articles() -> Iterable[int]:
    """Copied articles whose lines are not recorded yet (from before schema 6)."""
    indexed = ArticleLine.select(ArticleLine.article).distinct()
    query = Article.select(Article.id).where(
        (Article.source_format == "txt") & Article.id.not_in(indexed)
    )
    return [row.id for row in query]


def index_unindexed() -> int:
    """Record the lines of every copied article that has none recorded; returns how many."""
    done = 0
    for article_id in unindexed_articles():
        article = Article.get_by_id(article_id)
        index_article(article_id, article.original_text)
        done += 1
    return done
