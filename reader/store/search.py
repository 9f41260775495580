"""Full-text search over the whole library: articles, highlights and notes, concepts.

Three SQLite FTS5 tables hold the searchable text, and SQL triggers keep them in step
with the library's own tables, so every writer (the window, the command line, an undo, a
cascade of deletes) updates the index without knowing it exists. The tokenizer folds case
and accents ("detente" finds "Détente") and prefix indexes make search-as-you-type fast.

Its in-article counterpart (Ctrl+F) is ``reader.core.text_folding.find_in_text``: the
same folding, over an article's reading text, with no database.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from peewee import DatabaseError, SqliteDatabase

from reader.store.models import database_proxy

Kind = Literal["article", "highlight", "concept"]

MARK_START = "\u0002"  # opens the matched words in a snippet
MARK_END = "\u0003"  # closes them
ELLIPSIS = "…"

# One tokenizer for the three tables: Unicode-aware, case-folded, accents removed (mode 2
# also folds the accents mode 1 leaves, such as in "ǹ"). Prefix indexes of 2 and 3
# characters answer the first keystrokes of a word without scanning every term.
_TABLE_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

# bm25 column weights: a word in an article's title says more than one in its body; a
# passage's own words more than the note about it, the note more than its concept tags.
ARTICLE_WEIGHTS = (10.0, 1.0)  # title, body
HIGHLIGHT_WEIGHTS = (4.0, 2.0, 1.0)  # quote, note, concepts
CONCEPT_WEIGHTS = (8.0, 2.0)  # name, about

MAX_TERMS = 32  # more words than anyone types; bounds the cost of a pasted paragraph
MAX_QUERY_CHARS = 1000
SNIPPET_TOKENS = 16

# -- index definition ------------------------------------------------------------------


def _concept_names_of(highlight_id: str) -> str:
    """SQL: the concept names a highlight is tagged with, as one searchable string."""
    return (
        "coalesce((SELECT group_concat(c.name, '; ') FROM highlight_concept hc "
        f"JOIN concept c ON c.id = hc.concept_id WHERE hc.highlight_id = {highlight_id}), '')"
    )


def _about(concept_id: str, definition: str) -> str:
    """SQL: what a concept is known by besides its name: its definition, then its aliases."""
    aliases = (
        "(SELECT group_concat(a.name, ', ') FROM concept_alias a "
        f"WHERE a.concept_id = {concept_id})"
    )
    return (
        f"CASE WHEN {aliases} IS NULL THEN {definition} "
        f"WHEN {definition} = '' THEN {aliases} "
        f"ELSE {definition} || ' — ' || {aliases} END"
    )


def _rewrite_highlight_concepts(highlight_id: str) -> str:
    # UPDATE, never INSERT: when a highlight is being deleted its row is gone (or about
    # to go) and must not come back through the cascade that removes its concept links.
    return (
        f"UPDATE highlight_fts SET concepts = {_concept_names_of(highlight_id)} "
        f"WHERE rowid = (SELECT rowid FROM highlight WHERE id = {highlight_id});"
    )


def _rewrite_concept_about(concept_id: str) -> str:
    return (
        "UPDATE concept_fts SET about = "
        f"(SELECT {_about('c.id', 'c.definition')} FROM concept c WHERE c.id = {concept_id}) "
        f"WHERE rowid = {concept_id};"
    )


def _rewrite_passages_of(concept_id: str, condition: str) -> str:
    """SQL: refresh the concept names of every passage tagged with a concept."""
    # A correlated subquery rather than UPDATE … FROM, which needs SQLite 3.33 (Ubuntu
    # 20.04 ships 3.31).
    names = (
        "coalesce((SELECT group_concat(c.name, '; ') FROM highlight h "
        "JOIN highlight_concept hc ON hc.highlight_id = h.id "
        "JOIN concept c ON c.id = hc.concept_id WHERE h.rowid = highlight_fts.rowid), '')"
    )
    return (
        f"UPDATE highlight_fts SET concepts = {names} WHERE {condition} AND rowid IN "
        "(SELECT h.rowid FROM highlight h JOIN highlight_concept hc ON hc.highlight_id = h.id "
        f"WHERE hc.concept_id = {concept_id});"
    )


_INSERT_ARTICLE = (
    "INSERT INTO article_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.markdown);"
)
_INSERT_HIGHLIGHT = (
    "INSERT INTO highlight_fts(rowid, quote, note, concepts) "
    f"VALUES (NEW.rowid, NEW.exact, NEW.note, {_concept_names_of('NEW.id')});"
)
_INSERT_CONCEPT = (
    "INSERT INTO concept_fts(rowid, name, about) "
    f"VALUES (NEW.id, NEW.name, {_about('NEW.id', 'NEW.definition')});"
)

_TABLES = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, body, {_TABLE_OPTIONS})",
    "CREATE VIRTUAL TABLE IF NOT EXISTS highlight_fts "
    f"USING fts5(quote, note, concepts, {_TABLE_OPTIONS})",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS concept_fts USING fts5(name, about, {_TABLE_OPTIONS})",
)

# Own rows are rewritten by delete-then-insert rather than UPDATE, so a row that were
# ever missing comes back on the next edit instead of staying unfindable.
_TRIGGERS = (
    # Articles.
    f"""CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON article BEGIN
        {_INSERT_ARTICLE}
    END""",
    # peewee's save() writes every column; the WHEN spares re-indexing a whole article
    # when only, say, its source path changed.
    f"""CREATE TRIGGER IF NOT EXISTS article_fts_update AFTER UPDATE OF title, markdown ON article
    WHEN OLD.title IS NOT NEW.title OR OLD.markdown IS NOT NEW.markdown BEGIN
        DELETE FROM article_fts WHERE rowid = OLD.id;
        {_INSERT_ARTICLE}
    END""",
    """CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON article BEGIN
        DELETE FROM article_fts WHERE rowid = OLD.id;
    END""",
    # Highlights: their quote and note; concept names come from the links below.
    f"""CREATE TRIGGER IF NOT EXISTS highlight_fts_insert AFTER INSERT ON highlight BEGIN
        {_INSERT_HIGHLIGHT}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS highlight_fts_update AFTER UPDATE OF exact, note ON highlight
    WHEN OLD.exact IS NOT NEW.exact OR OLD.note IS NOT NEW.note BEGIN
        DELETE FROM highlight_fts WHERE rowid = OLD.rowid;
        {_INSERT_HIGHLIGHT}
    END""",
    """CREATE TRIGGER IF NOT EXISTS highlight_fts_delete AFTER DELETE ON highlight BEGIN
        DELETE FROM highlight_fts WHERE rowid = OLD.rowid;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS highlight_concept_fts_insert
    AFTER INSERT ON highlight_concept BEGIN
        {_rewrite_highlight_concepts("NEW.highlight_id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS highlight_concept_fts_delete
    AFTER DELETE ON highlight_concept BEGIN
        {_rewrite_highlight_concepts("OLD.highlight_id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS highlight_concept_fts_update
    AFTER UPDATE ON highlight_concept BEGIN
        {_rewrite_highlight_concepts("OLD.highlight_id")}
        {_rewrite_highlight_concepts("NEW.highlight_id")}
    END""",
    # Concepts: their own row, and the rows of the passages they tag (which show the name).
    f"""CREATE TRIGGER IF NOT EXISTS concept_fts_insert AFTER INSERT ON concept BEGIN
        {_INSERT_CONCEPT}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS concept_fts_update
    AFTER UPDATE OF name, definition ON concept
    WHEN OLD.name IS NOT NEW.name OR OLD.definition IS NOT NEW.definition BEGIN
        DELETE FROM concept_fts WHERE rowid = OLD.id;
        {_INSERT_CONCEPT}
        {_rewrite_passages_of("NEW.id", "OLD.name IS NOT NEW.name")}
    END""",
    # With foreign keys on, deleting a concept cascades to its links, whose trigger
    # rewrites each passage; the UPDATE here covers a database opened without them.
    f"""CREATE TRIGGER IF NOT EXISTS concept_fts_delete AFTER DELETE ON concept BEGIN
        DELETE FROM concept_fts WHERE rowid = OLD.id;
        {_rewrite_passages_of("OLD.id", "1")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS concept_alias_fts_insert AFTER INSERT ON concept_alias BEGIN
        {_rewrite_concept_about("NEW.concept_id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS concept_alias_fts_delete AFTER DELETE ON concept_alias BEGIN
        {_rewrite_concept_about("OLD.concept_id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS concept_alias_fts_update AFTER UPDATE ON concept_alias BEGIN
        {_rewrite_concept_about("OLD.concept_id")}
        {_rewrite_concept_about("NEW.concept_id")}
    END""",
)

_FILL = (
    "DELETE FROM article_fts",
    "INSERT INTO article_fts(rowid, title, body) SELECT id, title, markdown FROM article",
    "DELETE FROM highlight_fts",
    "INSERT INTO highlight_fts(rowid, quote, note, concepts) "
    f"SELECT h.rowid, h.exact, h.note, {_concept_names_of('h.id')} FROM highlight h",
    "DELETE FROM concept_fts",
    "INSERT INTO concept_fts(rowid, name, about) "
    f"SELECT c.id, c.name, {_about('c.id', 'c.definition')} FROM concept c",
    # One b-tree per table after a bulk fill: the fastest shape to query.
    "INSERT INTO article_fts(article_fts) VALUES ('optimize')",
    "INSERT INTO highlight_fts(highlight_fts) VALUES ('optimize')",
    "INSERT INTO concept_fts(concept_fts) VALUES ('optimize')",
)

SEARCH_TABLES = ("article_fts", "highlight_fts", "concept_fts")


def _execute(db: SqliteDatabase, statement: str) -> None:
    db.execute_sql(statement)  # type: ignore[no-untyped-call]


def create_search_index(db: SqliteDatabase) -> None:
    """Create the search tables and triggers (if missing) and fill them from the library.

    Safe to call again: it rebuilds the index from the library's rows, which also repairs
    an index that got out of step. Runs in one transaction (a savepoint when nested).
    """
    with db.atomic():
        for statement in (*_TABLES, *_TRIGGERS):
            _execute(db, statement)
        rebuild_search_index(db)


def rebuild_search_index(db: SqliteDatabase) -> None:
    """Refill the (existing) search tables from the library's rows."""
    with db.atomic():
        for statement in _FILL:
            _execute(db, statement)


# -- queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchResult:
    """One hit; ``snippet`` marks the matched words between MARK_START and MARK_END."""

    kind: Kind
    article_id: int | None
    article_title: str | None
    highlight_id: str | None
    concept_id: int | None
    title: str
    snippet: str
    score: float  # higher is better; comparable within one search


def _is_word_char(ch: str) -> bool:
    # What unicode61 keeps inside a token: letters, numbers, private-use characters, and
    # (with remove_diacritics) the combining marks it then strips.
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Co", "Mn", "Mc")


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what the user typed; None when there is nothing to search.

    Each whitespace-separated chunk becomes one quoted string, so no character the user
    types can act as FTS5 syntax ("-", ":", "*", "(", NEAR, AND/OR are plain text); the
    tokenizer splits a chunk like "anti-communism" into a phrase. Every chunk is required.
    The last one is a prefix while the user is still typing it (no trailing space).
    """
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    chunks = [c for c in text.split() if any(_is_word_char(ch) for ch in c)][:MAX_TERMS]
    if not chunks:
        return None
    parts = ['"' + chunk.replace('"', '""') + '"' for chunk in chunks]
    last_word = re.findall(r"[^\W_]+", chunks[-1])
    # A one-letter prefix would match a good part of the vocabulary and has no prefix
    # index; the second letter narrows it to something worth ranking.
    if not text[-1:].isspace() and last_word and len(last_word[-1]) >= 2:
        parts[-1] += "*"
    return " ".join(parts)


def _rows(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, params).fetchall())


def _weights(weights: tuple[float, ...]) -> str:
    return f"bm25({', '.join(str(w) for w in weights)})"


# Ranked and cut inside FTS5 (ORDER BY rank LIMIT), so snippets are made only for the
# rows returned, not for every match of a common word in a large library.
_ARTICLE_SQL = f"""
    SELECT r.id, a.title, r.body_snippet, r.rank FROM (
        SELECT rowid AS id, rank,
               snippet(article_fts, 1, ?, ?, '{ELLIPSIS}', {SNIPPET_TOKENS}) AS body_snippet
        FROM article_fts WHERE article_fts MATCH ? AND rank MATCH ?
        ORDER BY rank LIMIT ?
    ) AS r JOIN article a ON a.id = r.id
"""
_HIGHLIGHT_SQL = f"""
    SELECT h.id, h.article_id, a.title, r.quote, r.note, r.concepts, r.rank FROM (
        SELECT rowid AS id, rank,
               snippet(highlight_fts, 0, ?, ?, '{ELLIPSIS}', {SNIPPET_TOKENS}) AS quote,
               snippet(highlight_fts, 1, ?, ?, '{ELLIPSIS}', {SNIPPET_TOKENS}) AS note,
               highlight(highlight_fts, 2, ?, ?) AS concepts
        FROM highlight_fts WHERE highlight_fts MATCH ? AND rank MATCH ?
        ORDER BY rank LIMIT ?
    ) AS r JOIN highlight h ON h.rowid = r.id JOIN article a ON a.id = h.article_id
"""
_CONCEPT_SQL = f"""
    SELECT r.id, c.name, r.name, r.about, r.rank FROM (
        SELECT rowid AS id, rank, highlight(concept_fts, 0, ?, ?) AS name,
               snippet(concept_fts, 1, ?, ?, '{ELLIPSIS}', {SNIPPET_TOKENS}) AS about
        FROM concept_fts WHERE concept_fts MATCH ? AND rank MATCH ?
        ORDER BY rank LIMIT ?
    ) AS r JOIN concept c ON c.id = r.id
"""

_MARKS = (MARK_START, MARK_END)


def _has_match(snippet: str) -> bool:
    return MARK_START in snippet


def search(query: str, limit: int = 50) -> list[SearchResult]:
    """Articles, passages and concepts matching every word of ``query``, best first.

    An empty or punctuation-only query finds nothing; no input makes this raise.
    """
    match = fts_query(query)
    if match is None or limit <= 0:
        return []
    try:
        articles = _rows(_ARTICLE_SQL, (*_MARKS, match, _weights(ARTICLE_WEIGHTS), limit))
        passages = _rows(_HIGHLIGHT_SQL, (*_MARKS * 3, match, _weights(HIGHLIGHT_WEIGHTS), limit))
        concepts = _rows(_CONCEPT_SQL, (*_MARKS * 2, match, _weights(CONCEPT_WEIGHTS), limit))
    except (sqlite3.OperationalError, DatabaseError) as exc:
        # fts_query cannot produce a syntax error; should FTS5 still refuse a query (a
        # tokenizer corner case), a search box shows nothing rather than a crash. A
        # missing index is a programming error and is not hidden.
        if "fts5" in str(exc).lower() and "no such table" not in str(exc).lower():
            return []
        raise
    results = [
        SearchResult(
            kind="article",
            article_id=int(article_id),
            article_title=str(title),
            highlight_id=None,
            concept_id=None,
            title=str(title),
            snippet=strip_markdown(str(body)),
            score=-float(rank),
        )
        for article_id, title, body, rank in articles
    ]
    for highlight_id, article_id, title, quote, note, tags, rank in passages:
        # The passage is always shown; its note and concepts only when they matched.
        parts = [_one_line(str(quote))]
        if _has_match(str(note)):
            parts.append("Note: " + _one_line(str(note)))
        if _has_match(str(tags)):
            parts.append("#" + _one_line(str(tags)).replace("; ", " #"))
        results.append(
            SearchResult(
                kind="highlight",
                article_id=int(article_id),
                article_title=str(title),
                highlight_id=str(highlight_id),
                concept_id=None,
                title=str(title),
                snippet=" — ".join(parts),
                score=-float(rank),
            )
        )
    for concept_id, name, marked_name, about, rank in concepts:
        about_text = _one_line(str(about))
        if _has_match(about_text) or not about_text:
            snippet = about_text or _one_line(str(marked_name))
        else:
            snippet = _one_line(str(marked_name)) + " — " + about_text
        results.append(
            SearchResult(
                kind="concept",
                article_id=None,
                article_title=None,
                highlight_id=None,
                concept_id=int(concept_id),
                title=str(name),
                snippet=snippet,
                score=-float(rank),
            )
        )
    results.sort(key=lambda r: r.score, reverse=True)
    return results[:limit]


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Markdown that shows in a snippet of an article's source but not on the page. A snippet
# may cut a construct in half, so the ends of links are handled on their own too.
_MARKDOWN_CLEANUP = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url), ![alt](src)
    (re.compile(r"\]\([^)]*(\)|$)"), ""),  # the end of a link cut at its start
    (re.compile(r"^(…?)[^\s\x02\x03]*\)"), r"\1"),  # a URL's tail cut at its start
    (re.compile(r"<[^>\x02\x03]*>"), ""),  # HTML tags and autolinks
    (re.compile(r"(?m)^\s*(#{1,6}|>+|[-*+]|\d+[.)])\s+"), ""),  # headings, quotes, lists
    (re.compile(r"(?<!\S)[-:*_=|]{3,}(?!\S)"), " "),  # rules, table alignment rows
    (re.compile(r"\*\*|__|~~|`+|[*\[\]]|(?<!\w)_|_(?!\w)"), ""),  # emphasis, code, brackets
    (re.compile(r"\s*\|\s*|#+"), " "),  # table cells, stray heading marks
)


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_PROTECTED = 0xE000  # private use: a rare icon-font character would show as punctuation
_PROTECTED_CHAR = re.compile("[\ue000-\ue07f]")


def strip_markdown(snippet: str) -> str:
    """An article snippet as the reader sees the text: Markdown syntax removed."""
    # Escaped characters ("\\*") are literal text: kept out of the way of the cleanup.
    text = _ESCAPED.sub(lambda m: chr(_PROTECTED + ord(m.group(1))), snippet)
    for pattern, replacement in _MARKDOWN_CLEANUP:
        text = pattern.sub(replacement, text)
    text = _PROTECTED_CHAR.sub(lambda m: chr(ord(m.group(0)) - _PROTECTED), text)
    # A marker pair left empty (its words were inside a removed URL) marks nothing.
    text = text.replace(MARK_START + MARK_END, "")
    return _one_line(text)


def marked(snippet: str, opening: str, closing: str) -> str:
    """``snippet`` with its match markers replaced (``[``/``]`` for a terminal)."""
    return snippet.replace(MARK_START, opening).replace(MARK_END, closing)


def plain(snippet: str) -> str:
    return marked(snippet, "", "")


# -- command line ----------------------------------------------------------------------


def search_command(query: str, as_json: bool) -> str:
    """What ``marginalia search QUERY [--json]`` prints ("" when nothing is found as text).

    Text: one result a line, ``kind<TAB>article title<TAB>snippet`` with the match in
    [brackets]; a concept stands in the title column by its name.
    """
    return results_text(search(query), as_json)


def results_text(results: Sequence[SearchResult], as_json: bool) -> str:
    """Search results as ``marginalia search`` prints them (see search_command)."""
    if as_json:
        payload = []
        for result in results:
            item = asdict(result)
            item["snippet"] = marked(result.snippet, "[", "]")
            payload.append(item)
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for result in results:
        heading = result.article_title if result.article_title is not None else result.title
        snippet = marked(result.snippet, "[", "]")
        lines.append("\t".join(_one_line(part) for part in (result.kind, heading, snippet)))
    return "".join(line + "\n" for line in lines)
