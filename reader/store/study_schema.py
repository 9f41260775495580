"""Study mode's part of the schema (version 6): its tables, indexes and triggers.

The triggers note every highlight, concept link, concept and alias that changes, from
any writer (the window, the command line, an import, an article deleted with its
highlights), in ``study_pending``; ``study_cards.sync`` then brings the cards of just
those up to date. Nothing is ever deleted from a card or the review log by a trigger.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from reader.store.models import ReviewLog, StudyCard, StudyChoice, StudyPending


def _pending(kind: str, value: str) -> str:
    return f"INSERT OR IGNORE INTO study_pending (kind, source) VALUES ('{kind}', {value});"


_INDEXES = (
    # Today's queue, in two partial indexes so neither walks the other's cards: cards
    # reviewed before, by due time (with their state, so no table row is read); and new
    # cards (never reviewed), in the order made. The queries repeat these WHERE terms
    # word for word, as SQLite needs to use a partial index.
    "CREATE INDEX IF NOT EXISTS study_card_due ON study_card (due, state) "
    "WHERE active = 1 AND last_review IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS study_card_new ON study_card (id) "
    "WHERE active = 1 AND last_review IS NULL",
    "CREATE INDEX IF NOT EXISTS study_card_highlight ON study_card (highlight_id)",
    "CREATE INDEX IF NOT EXISTS study_card_concept ON study_card (concept_id)",
    # One card per thing it asks: a passage's note, a concept's words in it, a phrase.
    "CREATE UNIQUE INDEX IF NOT EXISTS study_card_source ON study_card "
    "(kind, highlight_id, concept_id, concept_born, phrase)",
)

_TRIGGERS = tuple(
    f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} BEGIN {body} END"
    for name, event, body in (
        ("highlight_study_insert", "INSERT ON highlight", _pending("highlight", "NEW.id")),
        (
            "highlight_study_update",
            'UPDATE OF note, exact, start, "end", placed ON highlight',
            _pending("highlight", "NEW.id"),
        ),
        ("highlight_study_delete", "DELETE ON highlight", _pending("highlight", "OLD.id")),
        (
            "highlight_concept_study_insert",
            "INSERT ON highlight_concept",
            _pending("highlight", "NEW.highlight_id"),
        ),
        (
            "highlight_concept_study_delete",
            "DELETE ON highlight_concept",
            _pending("highlight", "OLD.highlight_id"),
        ),
        ("concept_study_insert", "INSERT ON concept", _pending("concept", "NEW.id")),
        ("concept_study_update", "UPDATE ON concept", _pending("concept", "NEW.id")),
        ("concept_study_delete", "DELETE ON concept", _pending("concept", "OLD.id")),
        (
            "concept_alias_study_insert",
            "INSERT ON concept_alias",
            _pending("concept", "NEW.concept_id"),
        ),
        (
            "concept_alias_study_delete",
            "DELETE ON concept_alias",
            _pending("concept", "OLD.concept_id"),
        ),
    )
)


def create_study_tables(db: SqliteDatabase) -> None:
    """Version 6's study mode: cards, the review log, choices, and what changed.

    An older library's highlights and concepts all count as changed, so the first look
    at study mode makes their cards.
    """
    db.create_tables([StudyCard, ReviewLog, StudyChoice, StudyPending])
    for statement in (*_INDEXES, *_TRIGGERS):
        db.execute_sql(statement)  # type: ignore[no-untyped-call]
    StudyPending.insert(kind="all", source="").on_conflict_ignore().execute()
