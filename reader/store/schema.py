"""Schema versions: creating a new library and upgrading an older one, step by step."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase
from reader.store.models import (
    ALL_MODELS,
    LAYER_MODELS,
    ColorMeaning,
    Concept,
    ConceptAlias,
    Highlight,
    HighlightConcept,
    PendingAnnotation,
    SchemaVersion,
)
from reader.store.search import create_search_index
from reader.store.study_schema import create_study_tables

CURRENT_VERSION = 6


def _add_highlights_and_concepts(db: SqliteDatabase) -> None:
    """Version 2: highlights with W3C selectors, colour meanings, concepts and aliases."""
    db.create_tables([Highlight, ColorMeaning, Concept, ConceptAlias, HighlightConcept])


def _add_pending_annotations(db: SqliteDatabase) -> None:
    """Version 3: imported annotations waiting for their article."""
    db.create_tables([PendingAnnotation])


def _add_search_index(db: SqliteDatabase) -> None:
    """Version 4: full-text search over articles, highlights and concepts (kept by triggers)."""
    create_search_index(db)


LIST_INDEXES = (
    # The library list's default order (and SQLite's choice for counting rows: a small
    # index instead of scanning every article's full text).
    "CREATE INDEX IF NOT EXISTS article_title_order ON article (lower(title), id)",
    # Finding articles an older cleaner produced, at every start.
    "CREATE INDEX IF NOT EXISTS article_cleaning ON article (source_format, cleaner_version)",
    "CREATE INDEX IF NOT EXISTS article_words ON article (words)",
)


def _add_list_indexes(db: SqliteDatabase) -> None:
    """Version 5: indexes that keep start-up and the library list quick at 10,000 articles
    (measured by bench/library_scale.py: the list query went from ~20 ms to ~2.5 ms)."""
    for statement in LIST_INDEXES:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]


PROPOSAL_COLUMNS = ("proposed_start", "proposed_end")


def _add_placement_proposals(db: SqliteDatabase) -> None:
    """Version 6: where a highlight that needs a look after its article changed plausibly
    is now (two nullable columns; every existing highlight has no proposal).

    A library older than version 2 got its highlight table from today's model in the
    step to 2, columns and all: only the columns missing are added.
    """
    present = {column.name for column in db.get_columns("highlight")}
    for column in PROPOSAL_COLUMNS:
        if column not in present:
            statement = f"ALTER TABLE highlight ADD COLUMN {column} INTEGER"
            db.execute_sql(statement)  # type: ignore[no-untyped-call]


def _add_page_maps(db: SqliteDatabase) -> None:
    """Version 6: each article's page map (PDF imports cite the page a passage is on)."""
    db.execute_sql(  # type: ignore[no-untyped-call]
        "ALTER TABLE article ADD COLUMN page_map TEXT NOT NULL DEFAULT ''"
    )


def _add_class_layers(db: SqliteDatabase) -> None:
    """Version 6: class packs and other people's annotation layers (a teacher's, students')."""
    db.create_tables(LAYER_MODELS)


def _version_6(db: SqliteDatabase) -> None:
    """Version 6: page maps, class layers, study mode's cards and review log
    (study_schema.py), and the proposed places of highlights that need a look."""
    _add_page_maps(db)
    _add_class_layers(db)
    create_study_tables(db)
    _add_placement_proposals(db)


# Migrations from version N to N+1, keyed by N. Each runs inside one transaction, after
# a backup of the database (see database.open_library).
MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _add_highlights_and_concepts,
    2: _add_pending_annotations,
    3: _add_search_index,
    4: _add_list_indexes,
    5: _version_6,
}


class SchemaTooNewError(Exception):
    """A library written by a newer Marginalia; ``reason`` says so in words to translate."""

    def __init__(self, found: int) -> None:
        self.reason = Phrase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "it was written by a newer Marginalia (schema {found}; "
                "this one reads up to {current})",
            ),
            found=found,
            current=CURRENT_VERSION,
        )
        super().__init__(str(self.reason))


def installed_version(db: SqliteDatabase) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return int(row.version) if row else 0


def upgrade(db: SqliteDatabase) -> int:
    """Bring ``db`` to CURRENT_VERSION; returns the version it was at before."""
    found = installed_version(db)
    if found > CURRENT_VERSION:
        raise SchemaTooNewError(found)
    if found == 0:
        with db.atomic():
            db.create_tables(ALL_MODELS)
            create_search_index(db)
            _add_list_indexes(db)
            create_study_tables(db)
            SchemaVersion.create(version=CURRENT_VERSION)
        return 0
    for version in range(found, CURRENT_VERSION):
        with db.atomic():
            MIGRATIONS[version](db)
            SchemaVersion.create(version=version + 1)
    return found
