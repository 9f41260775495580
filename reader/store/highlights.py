"""What a user does with highlights: create, recolour, annotate, resize, delete, restore.

Every function commits at once, so a highlight the user saw created survives a crash a
moment later. The window (through undo commands) and the command line both call these.
Positions are offsets into the article's reading text (reader.core.reading_text).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from peewee import Expression, Model

from reader.core.anchoring import (
    Anchor,
    Selectors,
    TextPositionSelector,
    TextQuoteSelector,
    anchor_all,
)
from reader.core.anchoring import describe as describe_selectors
from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.highlight_colors import COLORS, DEFAULT_COLOR, is_color
from reader.core.highlight_record import HighlightData
from reader.core.reading_text import ReadingText
from reader.store.article_text import article_text, markdown_text, require_article
from reader.store.concepts import get_or_create_concept
from reader.store.layers import reanchor_layers
from reader.store.models import (
    Article,
    ColorMeaning,
    Concept,
    Highlight,
    HighlightConcept,
    database_proxy,
    utc_now,
)


@dataclass(frozen=True)
class ReanchorReport:
    kept: int  # still where they were
    moved: int  # found again elsewhere or after an edit
    orphaned: int  # could not be placed
    to_check: int = 0  # placed nowhere yet: a plausible place waits for the user's look


def _concept_names(where: Expression, *joined: type[Model]) -> dict[str, tuple[str, ...]]:
    """Concept names per highlight, in name order, for the highlight-concept links that
    match ``where`` (with ``joined`` models joined to the links for it): one query."""
    query = HighlightConcept.select(HighlightConcept.highlight, Concept.name).join(Concept)
    for model in joined:
        query = query.switch(HighlightConcept).join(model)
    cursor = database_proxy.execute(query.where(where).order_by(Concept.name))
    found: dict[str, list[str]] = {}
    for highlight_id, name in cursor.fetchall():
        found.setdefault(highlight_id, []).append(name)
    return {key: tuple(names) for key, names in found.items()}


def _concepts_of(highlight_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Concept names per highlight, in one query however many highlights there are."""
    return _concept_names(HighlightConcept.highlight.in_(list(highlight_ids)))


def _concepts_of_article(article_id: int) -> dict[str, tuple[str, ...]]:
    """Concept names per highlight of one article: one query with one parameter (building
    an IN list of a thousand ids cost more than opening the article itself)."""
    return _concept_names(Highlight.article == article_id, Highlight)


def _snapshot(row: Highlight, concepts: tuple[str, ...] | None = None) -> HighlightData:
    if concepts is None:
        concepts = _concepts_of([row.id]).get(row.id, ())
    return HighlightData(
        id=row.id,
        # The foreign key's raw value: reading row.article would load the whole article.
        article_id=int(row.article_id),
        start=row.start,
        end=row.end,
        exact=row.exact,
        prefix=row.prefix,
        suffix=row.suffix,
        color=row.color,
        note=row.note,
        placed=row.placed,
        created_at=row.created_at,
        modified_at=row.modified_at,
        concepts=concepts,
        proposed_start=row.proposed_start,
        proposed_end=row.proposed_end,
    )


def _row(highlight_id: str) -> Highlight:
    row = Highlight.get_or_none(Highlight.id == highlight_id)
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no highlight with id {highlight_id}."),
            highlight_id=highlight_id,
        )
    return row


def _check_color(color: str) -> str:
    if not is_color(color):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown colour {color}; choose one of: {choices}."),
            color=repr(color),
            choices=", ".join(COLORS),
        )
    return color


def _check_range(text: ReadingText, start: int, end: int) -> None:
    if not 0 <= start < end <= len(text.text):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A highlight needs some text selected inside the article.")
        )
    if not text.text[start:end].strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A highlight cannot be made of spaces alone."))


def get_highlight(highlight_id: str) -> HighlightData:
    return _snapshot(_row(highlight_id))


_LIST_COLUMNS = (
    Highlight.id,
    Highlight.article,
    Highlight.start,
    Highlight.end,
    Highlight.exact,
    Highlight.prefix,
    Highlight.suffix,
    Highlight.color,
    Highlight.note,
    Highlight.placed,
    Highlight.created_at,
    Highlight.modified_at,
    Highlight.proposed_start,
    Highlight.proposed_end,
)


def _stored_time(value: object) -> datetime:
    # Raw rows skip peewee's strptime-based conversion, which dominated opening an
    # article with a thousand highlights; SQLite hands back the ISO text peewee wrote.
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def list_highlights(article_id: int) -> list[HighlightData]:
    """The article's highlights in reading order; then those that need a look, in the order
    of their proposed places; orphans (unplaced) last."""
    cursor = database_proxy.execute(
        Highlight.select(*_LIST_COLUMNS)
        .where(Highlight.article == article_id)
        .order_by(Highlight.placed.desc(), Highlight.start, Highlight.end, Highlight.created_at)
    )
    rows = list(cursor.fetchall())
    # Those needing a look (unplaced, with a proposal) before the other orphans, by their
    # proposed place. Sorted here, not by SQLite: that order defeats the list's index.
    placed = [r for r in rows if r[9]]
    asking = sorted((r for r in rows if not r[9] and r[12] is not None), key=lambda r: r[12])
    rows = placed + asking + [r for r in rows if not r[9] and r[12] is None]
    concepts = _concepts_of_article(article_id)
    return [
        HighlightData(
            id=r[0],
            article_id=int(r[1]),
            start=int(r[2]),
            end=int(r[3]),
            exact=r[4],
            prefix=r[5],
            suffix=r[6],
            color=r[7],
            note=r[8],
            placed=bool(r[9]),
            created_at=_stored_time(r[10]),
            modified_at=_stored_time(r[11]),
            concepts=concepts.get(r[0], ()),
            proposed_start=r[12],
            proposed_end=r[13],
        )
        for r in rows
    ]


def create_highlight(
    article_id: int,
    start: int,
    end: int,
    color: str = DEFAULT_COLOR,
    note: str = "",
    concepts: Iterable[str] = (),
    highlight_id: str | None = None,
) -> HighlightData:
    """Highlight ``[start, end)`` of the article's reading text; committed when it returns."""
    article = require_article(article_id)
    text = article_text(article)
    _check_range(text, start, end)
    _check_color(color)
    selectors = describe_selectors(text.text, start, end)
    now = utc_now()
    with database_proxy.atomic():
        row = Highlight.create(
            id=highlight_id or str(uuid.uuid4()),
            article=article_id,
            start=start,
            end=end,
            exact=selectors.quote.exact,
            prefix=selectors.quote.prefix,
            suffix=selectors.quote.suffix,
            color=color,
            note=note,
            created_at=now,
            modified_at=now,
        )
        for name in concepts:
            _link(row.id, name)
    return _snapshot(row)


def _link(highlight_id: str, name: str) -> None:
    concept = get_or_create_concept(name)
    HighlightConcept.insert(
        highlight=highlight_id, concept=concept.id
    ).on_conflict_ignore().execute()


def add_concepts(highlight_id: str, names: Iterable[str]) -> HighlightData:
    row = _row(highlight_id)
    with database_proxy.atomic():
        for name in names:
            _link(row.id, name)
        Highlight.update(modified_at=utc_now()).where(Highlight.id == row.id).execute()
    return get_highlight(highlight_id)


def find_quote(article_id: int, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """Where ``quote`` stands in the article's reading text; whitespace runs match any run.

    A quote found more than once needs ``occurrence`` (1-based) to say which.
    """
    article = require_article(article_id)
    words = quote.split()
    if not words:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The quote to highlight is empty."))
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [(m.start(), m.end()) for m in pattern.finditer(article_text(article).text)]
    if not found:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The quote was not found in “{title}”: {quote}"),
            title=article.title,
            quote=repr(quote),
        )
    if occurrence is None:
        if len(found) > 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The quote occurs {count} times in “{title}”; say which with --occurrence N.",
                ),
                count=len(found),
                title=article.title,
            )
        return found[0]
    if not 1 <= occurrence <= len(found):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "--occurrence {occurrence} is out of range: the quote occurs {count} time(s).",
            ),
            occurrence=occurrence,
            count=len(found),
        )
    return found[occurrence - 1]


def set_color(highlight_id: str, color: str) -> HighlightData:
    _check_color(color)
    Highlight.update(color=color, modified_at=utc_now()).where(
        Highlight.id == _row(highlight_id).id
    ).execute()
    return get_highlight(highlight_id)


def set_note(highlight_id: str, note: str) -> HighlightData:
    Highlight.update(note=note, modified_at=utc_now()).where(
        Highlight.id == _row(highlight_id).id
    ).execute()
    return get_highlight(highlight_id)


def set_extent(highlight_id: str, start: int, end: int) -> HighlightData:
    """Move a highlight's ends (or place an orphan by hand); note, colour, concepts stay.

    A proposed place it had (it needed a look) is settled by this: it is placed here.
    """
    row = _row(highlight_id)
    text = article_text(row.article)
    _check_range(text, start, end)
    selectors = describe_selectors(text.text, start, end)
    Highlight.update(
        start=start,
        end=end,
        exact=selectors.quote.exact,
        prefix=selectors.quote.prefix,
        suffix=selectors.quote.suffix,
        placed=True,
        proposed_start=None,
        proposed_end=None,
        modified_at=utc_now(),
    ).where(Highlight.id == row.id).execute()
    return get_highlight(highlight_id)


def delete_highlight(highlight_id: str) -> HighlightData:
    """Delete a highlight; returns what it was, so it can be restored exactly."""
    snapshot = get_highlight(highlight_id)
    Highlight.delete().where(Highlight.id == highlight_id).execute()
    return snapshot


def restore_highlight(data: HighlightData) -> HighlightData:
    """Put back a highlight exactly as it was: same id, text, note and concepts.

    Whatever stands under that id now (say, the result of a merge) is replaced whole,
    its concept links included.
    """
    with database_proxy.atomic():
        Highlight.delete().where(Highlight.id == data.id).execute()
        Highlight.insert(
            id=data.id,
            article=data.article_id,
            start=data.start,
            end=data.end,
            exact=data.exact,
            prefix=data.prefix,
            suffix=data.suffix,
            color=data.color,
            note=data.note,
            placed=data.placed,
            created_at=data.created_at,
            modified_at=data.modified_at,
            proposed_start=data.proposed_start,
            proposed_end=data.proposed_end,
        ).execute()
        for name in data.concepts:
            _link(data.id, name)
    return get_highlight(data.id)


def overlapping(article_id: int, start: int, end: int) -> list[HighlightData]:
    """Placed highlights of the article that share some text with ``[start, end)``."""
    rows = Highlight.select().where(
        (Highlight.article == article_id)
        & Highlight.placed
        & (Highlight.start < end)
        & (Highlight.end > start)
    )
    return [_snapshot(r) for r in rows.order_by(Highlight.start)]


def merge_into(keep_id: str, others: Sequence[str], start: int, end: int) -> HighlightData:
    """One highlight over ``[start, end)`` from several: notes joined, concepts united."""
    keep = get_highlight(keep_id)
    merged_from = [get_highlight(o) for o in others]
    notes = [keep.note] + [m.note for m in merged_from]
    concepts = {c for h in [keep, *merged_from] for c in h.concepts}
    with database_proxy.atomic():
        set_extent(keep_id, start, end)
        set_note(keep_id, "\n\n".join(n for n in notes if n.strip()))
        for other in merged_from:
            Highlight.delete().where(Highlight.id == other.id).execute()
        for name in sorted(concepts):
            _link(keep_id, name)
    return get_highlight(keep_id)


def reanchor_article(article: Article, old_markdown: str | None = None) -> ReanchorReport:
    """Place every highlight again on the article's current text (after it changed).

    ``old_markdown`` is the article's Markdown before the change, when known (a re-import,
    a re-cleaning): its reading text, compared with the new one, says where each placed
    passage went. Each highlight ends placed (its selectors described afresh on the new
    text), needing a look (unplaced, with the proposed place stored and the selectors of
    the passage as it was highlighted kept) or unplaced - never attached on a guess.
    """
    reanchor_layers(article)  # a teacher's or the class's notes on it move with the text
    rows = list(Highlight.select().where(Highlight.article == article.id))
    if not rows:
        return ReanchorReport(0, 0, 0)
    text = article_text(article).text
    old_text = markdown_text(old_markdown).text if old_markdown is not None else None
    found = _anchor_rows(text, rows, old_text)
    kept = moved = orphaned = to_check = 0
    with database_proxy.atomic():
        for row in rows:
            place = found[row.id]
            if place is None:
                orphaned += 1
                if row.placed or row.proposed_start is not None:
                    Highlight.update(placed=False, proposed_start=None, proposed_end=None).where(
                        Highlight.id == row.id
                    ).execute()
            elif not place.certain:
                to_check += 1
                # The selectors stay those of the passage as highlighted: they are what the
                # user is asked about, and what the next re-anchoring starts from.
                Highlight.update(
                    placed=False, proposed_start=place.start, proposed_end=place.end
                ).where(Highlight.id == row.id).execute()
            elif place.start == row.start and place.end == row.end and row.placed:
                kept += 1
            else:
                moved += 1
                fresh = describe_selectors(text, place.start, place.end)
                Highlight.update(
                    start=place.start,
                    end=place.end,
                    exact=fresh.quote.exact,
                    prefix=fresh.quote.prefix,
                    suffix=fresh.quote.suffix,
                    placed=True,
                    proposed_start=None,
                    proposed_end=None,
                ).where(Highlight.id == row.id).execute()
    return ReanchorReport(kept, moved, orphaned, to_check)


def _anchor_rows(
    text: str, rows: Sequence[Highlight], old_text: str | None
) -> dict[str, Anchor | None]:
    """Anchor stored highlights on ``text``. The diff with the old text is evidence only
    for highlights whose selectors describe that text: placed ones whose quote stands at
    its offsets there. The others (unplaced, or needing a look) were described on some
    earlier text, so their selectors alone decide."""

    def selectors(row: Highlight) -> Selectors:
        return Selectors(
            TextQuoteSelector(row.exact, row.prefix, row.suffix),
            TextPositionSelector(row.start, row.end),
        )

    current = [
        r
        for r in rows
        if old_text is not None and r.placed and old_text[r.start : r.end] == r.exact
    ]
    current_ids = {r.id for r in current}
    earlier = [r for r in rows if r.id not in current_ids]
    found: dict[str, Anchor | None] = {}
    if current:
        placed = anchor_all(text, [selectors(r) for r in current], old_text)
        found.update(zip([r.id for r in current], placed, strict=True))
    if earlier:
        placed = anchor_all(text, [selectors(r) for r in earlier])
        found.update(zip([r.id for r in earlier], placed, strict=True))
    return found


def color_meanings() -> dict[str, str]:
    """What each colour means to the user; colours without a meaning are left out."""
    return {row.color: row.meaning for row in ColorMeaning.select()}


def set_color_meaning(color: str, meaning: str) -> None:
    _check_color(color)
    tidy = " ".join(meaning.split())
    if tidy:
        ColorMeaning.insert(color=color, meaning=tidy).on_conflict_replace().execute()
    else:
        ColorMeaning.delete().where(ColorMeaning.color == color).execute()


def with_concepts(data: HighlightData, concepts: Iterable[str]) -> HighlightData:
    return replace(data, concepts=tuple(sorted(set(concepts))))
