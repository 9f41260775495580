"""W3C annotations read back: round trip, no duplicates, waiting for their article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import UserError
from reader.store import exports
from reader.store.annotation_import import import_annotation_data, import_annotations
from reader.store.articles import import_paths, list_articles
from reader.store.database import close_library, open_library
from reader.store.highlights import create_highlight, find_quote, list_highlights
from reader.store.models import Highlight, HighlightConcept, PendingAnnotation

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _article(title_part: str) -> int:
    return next(a.id for a in list_articles() if title_part in a.title)


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "generated"}


@pytest.fixture
def exported(library: Path) -> dict[str, Any]:
    """A library with highlights of every kind, exported as W3C JSON."""
    list(import_paths([SEEDS]))
    detente, aliansi = _article("Detente"), _article("Peran Aliansi")
    create_highlight(detente, *find_quote(detente, "Perang Dingin"), note="Catatan\n\nkedua")
    create_highlight(
        detente,
        *find_quote(detente, "Amerika Serikat dan Uni Soviet"),
        concepts=["Détente", "Perang Dingin"],
        color="pink",
    )
    create_highlight(aliansi, *find_quote(aliansi, "Saling Percaya Peran aliansi"), color="blue")
    orphan = create_highlight(aliansi, *find_quote(aliansi, "kecurigaan"), note="hilang")
    # An orphan: its quote no longer in the text, as after the article was edited.
    Highlight.update(exact="kalimat yang sudah dihapus", placed=False).where(
        Highlight.id == orphan.id
    ).execute()
    return exports.annotations_json()


def _other_library(tmp_path: Path, with_articles: bool) -> Any:
    db = open_library(tmp_path / "other")
    if with_articles:
        list(import_paths([SEEDS]))
    return db


def test_export_import_export_gives_the_same_document(exported, tmp_path: Path):
    db = _other_library(tmp_path, with_articles=True)
    try:
        report = import_annotation_data(exported)
        assert (report.added, report.updated, report.pending, report.skipped) == (4, 0, 0, 0)
        assert _without_time(exports.annotations_json()) == _without_time(exported)
        [orphan] = [h for h in list_highlights(_article("Peran Aliansi")) if not h.placed]
        assert orphan.note == "hilang"
    finally:
        close_library(db)


def test_importing_the_same_file_twice_adds_nothing(exported, tmp_path: Path):
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    db = _other_library(tmp_path, with_articles=True)
    try:
        import_annotations(path)
        again = import_annotations(path)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
        assert Highlight.select().count() == 4
        assert HighlightConcept.select().count() == 2
        assert _without_time(exports.annotations_json()) == _without_time(exported)
    finally:
        close_library(db)


def test_annotations_wait_for_their_article_and_attach_when_it_is_imported(
    exported, tmp_path: Path
):
    db = _other_library(tmp_path, with_articles=False)
    try:
        report = import_annotation_data(exported)
        assert (report.added, report.pending) == (0, 4)
        assert import_annotation_data(exported).pending == 4  # still once each
        assert PendingAnnotation.select().count() == 4
        list(import_paths([SEEDS]))
        assert PendingAnnotation.select().count() == 0
        assert _without_time(exports.annotations_json()) == _without_time(exported)
    finally:
        close_library(db)


def test_an_article_imported_again_under_another_text_is_found_by_its_quote(
    exported, tmp_path: Path
):
    items = exported["first"]["items"]
    for item in items:
        item["target"]["source"]["id"] = "urn:marginalia:article:sha256:" + "0" * 64
    db = _other_library(tmp_path, with_articles=True)
    try:
        report = import_annotation_data(exported)
        # The orphan's quote is in no article: it waits rather than being guessed.
        assert (report.added, report.pending) == (3, 1)
        assert {h.exact for h in list_highlights(_article("Detente"))} >= {"Perang Dingin"}
    finally:
        close_library(db)


def test_a_file_that_is_not_annotations_is_one_clear_error(library: Path, tmp_path: Path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match=r"broken.json: not valid JSON \(line 1"):
        import_annotations(broken)
    empty = tmp_path / "empty.json"
    empty.write_text('{"type": "Something"}', encoding="utf-8")
    with pytest.raises(UserError, match="holds no W3C Web Annotations"):
        import_annotations(empty)
    with pytest.raises(UserError, match="no such file"):
        import_annotations(tmp_path / "missing.json")


def test_annotations_from_other_tools_are_kept_with_a_stable_id(library: Path):
    list(import_paths([SEEDS]))
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno/1",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "from elsewhere"},
        "target": {
            "source": "http://example.org/page",
            "selector": {"type": "TextQuoteSelector", "exact": "Perang Dingin"},
        },
    }
    assert import_annotation_data(foreign).added == 1
    assert import_annotation_data(foreign).unchanged == 1
    [made] = [h for h in list_highlights(_article("Detente")) if h.note == "from elsewhere"]
    assert made.exact == "Perang Dingin" and made.color == "yellow"
