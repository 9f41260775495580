"""W3C annotations read back: round trip, no duplicates, waiting for their article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import UserError
from reader.store import exports
from reader.store.annotation_import import import_annotation_data, import_annotations
from reader.store.article_text import article_text
from reader.store.articles import get_article, import_paths, list_articles
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
    # "Perang Dingin" stands once in two of the seeds; the position says which.
    start, end = find_quote(_article("Detente"), "Perang Dingin")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno/1",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "from elsewhere"},
        "target": {
            "source": "http://example.org/page",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Perang Dingin"},
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }
    assert import_annotation_data(foreign).added == 1
    assert import_annotation_data(foreign).unchanged == 1
    [made] = [h for h in list_highlights(_article("Detente")) if h.note == "from elsewhere"]
    assert made.exact == "Perang Dingin" and made.color == "yellow"


def _apache_annotator_style(quote: str, start: int | None, source: object) -> dict[str, Any]:
    """As Apache Annotator writes them: a quote it found unique, so no prefix or suffix."""
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": quote, "prefix": "", "suffix": ""}
    ]
    if start is not None:
        selectors.append(
            {"type": "TextPositionSelector", "start": start, "end": start + len(quote)}
        )
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"http://example.org/anno/{quote}",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "dari alat lain"},
        "target": {"source": source, "selector": selectors},
    }


def test_a_quote_in_two_articles_goes_where_its_position_holds(library: Path):
    list(import_paths([SEEDS]))
    # Once in each of two seeds; the annotation was made on the one with the higher id.
    detente, aliansi = _article("Detente"), _article("Aliansi Keamanan Internasional")
    start, _end = find_quote(max(detente, aliansi), "Perang Dingin")
    report = import_annotation_data(
        _apache_annotator_style("Perang Dingin", start, "http://example.org/page")
    )
    assert (report.added, report.pending) == (1, 0)
    [made] = [h for h in list_highlights(max(detente, aliansi)) if h.note == "dari alat lain"]
    assert made.placed and made.start == start
    assert not [h for h in list_highlights(min(detente, aliansi)) if h.note == "dari alat lain"]


def test_a_quote_that_fits_two_articles_equally_waits_and_the_report_says_so(library: Path):
    list(import_paths([SEEDS]))
    report = import_annotation_data(
        _apache_annotator_style("Perang Dingin", None, "http://example.org/page")
    )
    assert (report.added, report.pending, report.tied) == (0, 1, 1)
    assert "fit more than one article equally" in report.summary()
    assert Highlight.select().count() == 0 and PendingAnnotation.select().count() == 1


def test_the_source_names_the_article_by_its_file_or_title(library: Path):
    list(import_paths([SEEDS]))
    aliansi = next(a for a in list_articles() if "Aliansi Keamanan Internasional" in a.title)
    path = get_article(aliansi.id).source_path
    assert path
    by_file = _apache_annotator_style("Perang Dingin", None, f"file://{path}")
    by_title = _apache_annotator_style("Perang Dingin", None, {"id": "x", "label": aliansi.title})
    by_title["id"] = "http://example.org/anno/other"
    report = import_annotation_data([by_file, by_title])
    assert (report.added, report.pending) == (2, 0)
    notes = [h.note for h in list_highlights(aliansi.id)]
    assert notes == ["dari alat lain", "dari alat lain"]


def test_the_context_that_agrees_chooses_between_articles(library: Path):
    list(import_paths([SEEDS]))
    aliansi = _article("Aliansi Keamanan Internasional")
    start, _end = find_quote(aliansi, "Perang Dingin")
    text = article_text(get_article(aliansi)).text
    item = _apache_annotator_style("Perang Dingin", None, "http://example.org/page")
    item["target"]["selector"][0]["prefix"] = text[start - 12 : start]
    report = import_annotation_data(item)
    assert report.added == 1
    assert [h.note for h in list_highlights(aliansi)] == ["dari alat lain"]
