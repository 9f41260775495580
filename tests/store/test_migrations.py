"""Every earlier schema opens in this version without loss, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from reader.store import articles, schema
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import Highlight, SchemaVersion

FIXTURES = Path(__file__).resolve().parents[1] / "_files"


def _library_from_fixture(version: int, data_dir: Path) -> Path:
    shutil.copy(FIXTURES / f"library-schema-{version}.sqlite3", database_path(data_dir))
    return data_dir


def test_every_earlier_schema_has_a_fixture():
    for version in range(1, schema.CURRENT_VERSION):
        assert (FIXTURES / f"library-schema-{version}.sqlite3").exists(), version


def test_schema_1_library_upgrades_without_losing_anything(data_dir: Path):
    _library_from_fixture(1, data_dir)
    db = open_library(data_dir)
    try:
        # One step at a time: every version from 1 up to the current one is recorded.
        assert [v.version for v in SchemaVersion.select().order_by(SchemaVersion.version)] == list(
            range(1, schema.CURRENT_VERSION + 1)
        )
        summaries = articles.list_articles()
        assert len(summaries) == 5
        assert "Renamed in schema 1" in {s.title for s in summaries}
        opened = articles.last_opened_article()
        assert opened is not None
        assert articles.get_article(opened).reading_position == 777
        assert Highlight.select().count() == 0  # the new table exists and is usable
    finally:
        close_library(db)


def test_a_backup_is_taken_before_the_upgrade_and_opens_as_the_old_version(data_dir: Path):
    _library_from_fixture(1, data_dir)
    close_library(open_library(data_dir))
    [backup] = list((data_dir / "backups").glob("library-schema1-before-upgrade-*.sqlite3"))
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == 5


def test_a_current_library_is_not_backed_up_on_every_start(data_dir: Path):
    close_library(open_library(data_dir))
    close_library(open_library(data_dir))
    assert not (data_dir / "backups").exists()


def test_schema_2_library_upgrades_keeping_highlights_notes_and_concepts(data_dir: Path):
    from reader.store.concepts import concept_named
    from reader.store.highlights import color_meanings
    from reader.store.models import PendingAnnotation

    _library_from_fixture(2, data_dir)
    db = open_library(data_dir)
    try:
        versions = [v.version for v in SchemaVersion.select().order_by(SchemaVersion.version)]
        assert versions == list(range(2, schema.CURRENT_VERSION + 1))
        assert len(articles.list_articles()) == 5
        notes = {h.exact: h.note for h in Highlight.select()}
        assert notes == {
            "Diplomasi detente merupakan sebuah istilah": "Definisi utama",
            "Menumbuhkan Rasa Saling Percaya": "Catatan **tebal**",
        }
        assert concept_named("détente").definition == "Peredaan ketegangan antarnegara"
        assert color_meanings() == {"green": "definitions"}
        assert PendingAnnotation.select().count() == 0  # the new table exists and is usable
    finally:
        close_library(db)
    [backup] = list((data_dir / "backups").glob("library-schema2-before-upgrade-*.sqlite3"))
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 2


def test_schema_4_library_gains_the_list_indexes_and_keeps_its_notes(data_dir: Path):
    from reader.store.search import search

    _library_from_fixture(4, data_dir)
    db = open_library(data_dir)
    try:
        names = {
            row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"article_title_order", "article_cleaning", "article_words"} <= names
        plan = " ".join(
            str(row[-1])
            for row in db.execute_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM article ORDER BY lower(title), id LIMIT 200"
            )
        )
        assert "article_title_order" in plan  # the list's order needs no sort of every row
        [kept] = list(Highlight.select())
        assert kept.note == "catatan v4"
        assert search("catatan")  # the search index came through the upgrade
    finally:
        close_library(db)


def test_schema_5_library_gains_page_maps_and_keeps_its_notes(data_dir: Path):
    _library_from_fixture(5, data_dir)
    db = open_library(data_dir)
    try:
        columns = {row[1] for row in db.execute_sql("PRAGMA table_info(article)")}
        assert "page_map" in columns
        [kept] = list(Highlight.select())
        assert kept.note == "catatan v5"
        # Articles from before have no pages to cite.
        assert all(articles.get_article(s.id).page_map == "" for s in articles.list_articles())
    finally:
        close_library(db)


def test_schema_5_library_gains_placement_proposals_and_keeps_its_highlights(data_dir: Path):
    from reader.store import highlights
    from reader.store.placement_checks import placements_to_check

    _library_from_fixture(5, data_dir)
    db = open_library(data_dir)
    try:
        versions = [v.version for v in SchemaVersion.select().order_by(SchemaVersion.version)]
        assert versions == list(range(5, schema.CURRENT_VERSION + 1))
        [kept] = [h for a in articles.list_articles() for h in highlights.list_highlights(a.id)]
        assert kept.note == "catatan v5" and kept.placed and not kept.needs_look
        assert placements_to_check(kept.article_id) == []
        # The new columns take a proposal like any new library's.
        Highlight.update(placed=False, proposed_start=kept.start, proposed_end=kept.end).where(
            Highlight.id == kept.id
        ).execute()
        assert [c.highlight.id for c in placements_to_check(kept.article_id)] == [kept.id]
    finally:
        close_library(db)
    [backup] = list((data_dir / "backups").glob("library-schema5-before-upgrade-*.sqlite3"))
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 5
