"""Every earlier library gains study mode at version 6, with cards from what it holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.study.cards import CardKind
from reader.store import schema, study_cards
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import Highlight, ReviewLog, StudyCard

FIXTURES = Path(__file__).resolve().parents[1] / "_files"
STUDY_TABLES = {"study_card", "review_log", "study_choice", "study_pending"}


def _tables_and_triggers(db) -> tuple[set[str], set[str]]:
    rows = db.execute_sql("SELECT type, name FROM sqlite_master").fetchall()
    return {n for t, n in rows if t == "table"}, {n for t, n in rows if t == "trigger"}


@pytest.mark.parametrize("version", range(1, schema.CURRENT_VERSION))
def test_an_earlier_library_gains_study_mode_and_cards_of_its_notes(data_dir: Path, version: int):
    shutil.copy(FIXTURES / f"library-schema-{version}.sqlite3", database_path(data_dir))
    db = open_library(data_dir)
    try:
        tables, triggers = _tables_and_triggers(db)
        assert tables >= STUDY_TABLES
        assert {"highlight_study_insert", "concept_study_update"} <= triggers
        noted = {h.id for h in Highlight.select() if h.note.strip()}
        texts = [study_cards.card_text(c) for c in study_cards.active_cards()]
        notes = {
            t.passage.highlight_id for t in texts if t and t.kind is CardKind.NOTE and t.passage
        }
        assert notes == noted  # every noted highlight of the old library is a card now
        assert ReviewLog.select().count() == 0
    finally:
        close_library(db)


def test_the_schema_2_library_s_defined_concept_gets_its_definition_card(data_dir: Path):
    shutil.copy(FIXTURES / "library-schema-2.sqlite3", database_path(data_dir))
    db = open_library(data_dir)
    try:
        texts = [study_cards.card_text(c) for c in study_cards.active_cards()]
        [definition] = [t for t in texts if t and t.kind is CardKind.DEFINITION]
        assert definition.definition == "Peredaan ketegangan antarnegara"
        assert StudyCard.select().count() == len(texts)
    finally:
        close_library(db)


def test_a_new_library_has_study_mode_from_the_start(data_dir: Path):
    db = open_library(data_dir)
    try:
        tables, triggers = _tables_and_triggers(db)
        assert tables >= STUDY_TABLES and "highlight_study_delete" in triggers

        def plan(sql: str) -> str:
            rows = db.execute_sql("EXPLAIN QUERY PLAN " + sql, ["2026-01-01"]).fetchall()
            return " ".join(str(row[-1]) for row in rows)

        # Neither half of today's queue walks the other half's cards.
        new = plan(
            "SELECT id FROM study_card WHERE active = 1 AND last_review IS NULL "
            "AND id > ? ORDER BY id LIMIT 20"
        )
        assert "study_card_new" in new and "TEMP B-TREE" not in new
        due = plan(
            "SELECT id FROM study_card WHERE active = 1 AND last_review IS NOT NULL "
            "AND due < ? ORDER BY due"
        )
        assert "study_card_due" in due and "TEMP B-TREE" not in due
    finally:
        close_library(db)
