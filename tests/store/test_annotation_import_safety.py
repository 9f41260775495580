"""Importing annotations never destroys newer work, and odd or huge files end in a plain line.

An annotation whose id is a highlight's already: the newer copy wins, an older one never
does, and when it cannot be told which is newer both are kept. Limits refuse what no
real file holds (a megabyte quote, a hundred thousand annotations waiting for articles)
with a message, and odd values (ids, dates, numbers, nesting) are read or refused, never
an "unexpected error".
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import UserError
from reader.store import annotation_import, exports
from reader.store.annotation_import import import_annotation_data, import_annotations
from reader.store.articles import import_paths, list_articles
from reader.store.highlights import (
    create_highlight,
    find_quote,
    get_highlight,
    list_highlights,
    set_note,
)
from reader.store.models import Highlight, PendingAnnotation
from tests.hangs import outcome_within

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _detente() -> int:
    return next(a.id for a in list_articles() if "Detente" in a.title)


@pytest.fixture
def one(library: Path) -> tuple[str, dict[str, Any]]:
    """A highlight with a note, and its W3C annotation as exported."""
    list(import_paths([SEEDS]))
    article = _detente()
    made = create_highlight(article, *find_quote(article, "Perang Dingin"), note="versi awal")
    [item] = exports.annotations_json(article)["first"]["items"]  # type: ignore[index]
    return made.id, item


def _with(item: dict[str, Any], note: str, modified: str | None) -> dict[str, Any]:
    changed = copy.deepcopy(item)
    for body in changed["body"]:
        if body["purpose"] == "commenting":
            body["value"] = note
    if modified is None:
        changed.pop("modified", None)
    else:
        changed["modified"] = modified
    return changed


def _library_note(highlight_id: str) -> str:
    return get_highlight(highlight_id).note


def test_an_older_copy_never_replaces_newer_work(one: tuple[str, dict[str, Any]]):
    highlight_id, item = one
    set_note(highlight_id, "versi baru di perpustakaan")
    old = _with(item, "versi lama", "2000-01-01T00:00:00Z")
    report = import_annotation_data(old)
    assert (report.added, report.updated) == (0, 0)
    assert report.kept_newer == 1
    assert _library_note(highlight_id) == "versi baru di perpustakaan"
    assert "newer" in report.summary()
    assert len(list_highlights(_detente())) == 1


def test_a_newer_copy_updates(one: tuple[str, dict[str, Any]]):
    highlight_id, item = one
    soon = datetime.now(UTC) + timedelta(minutes=5)  # after the library's own change
    newer = _with(item, "versi dari rekan", soon.strftime("%Y-%m-%dT%H:%M:%SZ"))
    report = import_annotation_data(newer)
    assert report.updated == 1
    assert _library_note(highlight_id) == "versi dari rekan"


def test_the_same_copy_again_changes_nothing(one: tuple[str, dict[str, Any]]):
    highlight_id, item = one
    before = Highlight.get_by_id(highlight_id).modified_at
    report = import_annotation_data(item)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)
    assert Highlight.get_by_id(highlight_id).modified_at == before


@pytest.mark.parametrize("modified", [None, "same"])
def test_when_it_cannot_be_told_which_is_newer_both_are_kept(
    one: tuple[str, dict[str, Any]], modified: str | None
):
    highlight_id, item = one
    set_note(highlight_id, "diubah di sini")
    stamp = exports.annotations_json(_detente())["first"]["items"][0]["modified"]  # type: ignore[index]
    other = _with(item, "diubah di sana", stamp if modified == "same" else None)
    report = import_annotation_data(other, "rekan.json")
    assert report.kept_both == 1
    assert "both" in report.summary()
    notes = sorted(h.note for h in list_highlights(_detente()))
    assert len(notes) == 2
    assert _library_note(highlight_id) == "diubah di sini"
    [imported] = [n for n in notes if n != "diubah di sini"]
    assert "diubah di sana" in imported and "rekan.json" in imported
    # Importing the same file again adds no third copy.
    again = import_annotation_data(other, "rekan.json")
    assert again.kept_both == 0 and again.unchanged == 1
    assert len(list_highlights(_detente())) == 2


# -- odd values: read or refused, never an unexpected error ----------------------------------


def _foreign(**changes: Any) -> dict[str, Any]:
    annotation: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:0b7a2a5e-8e33-4c9a-9a1d-3f1f2b7c9d10",
        "type": "Annotation",
        "created": "2024-05-01T10:00:00Z",
        "modified": "2024-05-01T10:00:00Z",
        "body": {"type": "TextualBody", "purpose": "commenting", "value": "catatan"},
        "target": {
            "source": "http://example.org/page",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": "Perang Dingin",
                    # Two seeds say "Perang Dingin": the context says which is meant.
                    "prefix": "pertama kali muncul pada era ",
                },
                {"type": "TextPositionSelector", "start": 10, "end": 23},
            ],
        },
    }
    for key, value in changes.items():
        if key in ("start", "end"):
            annotation["target"]["selector"][1][key] = value
        else:
            annotation[key] = value
    return annotation


@pytest.mark.parametrize(
    "changes",
    [
        {"id": "urn:uuid:" + "-" * 36},
        {"id": "urn:uuid:" + "g" * 36},
        {"id": 12345},
        {"id": ["a", "b"]},
        {"id": "x" * 100_000},
        {"created": "0001-01-01T00:00:00+05:00"},
        {"modified": "9999-12-31T23:59:59-05:00"},
        {"created": "0001-01-01T00:00:00"},
        {"created": 10**30},
        {"start": 10**30, "end": 10**30 + 5},
        {"start": -5, "end": 3},
        {"start": True, "end": 1.5},
        {"start": "7", "end": None},
    ],
)
def test_odd_values_are_read_or_refused_plainly(library: Path, changes: dict[str, Any]):
    list(import_paths([SEEDS]))
    report = import_annotation_data(_foreign(**changes))
    assert report.added + report.pending + report.refused == 1
    for made in list_highlights(_detente()):
        assert 1970 <= made.created_at.year <= 2999
        assert 0 <= made.start <= made.end


@pytest.mark.parametrize("depth", [50, 990, 5000, 100_000])
def test_deeply_nested_json_is_one_plain_message(library: Path, tmp_path: Path, depth: int):
    path = tmp_path / "deep.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    with pytest.raises(UserError, match=r"deep\.json"):
        import_annotations(path)


def test_annotations_nested_deep_in_lists_are_refused_plainly(library: Path):
    data: Any = _foreign()
    for _ in range(900):
        data = [data]
    with pytest.raises(UserError, match="nested"):
        import_annotation_data(data)


def test_a_quote_longer_than_the_limit_is_refused_with_a_reason(library: Path):
    list(import_paths([SEEDS]))
    long_quote = _foreign()
    long_quote["target"]["selector"][0]["exact"] = "kata " * (annotation_import.MAX_QUOTE_CHARS)
    fine = _foreign(id="urn:uuid:0b7a2a5e-8e33-4c9a-9a1d-3f1f2b7c9d11")
    report = import_annotation_data([long_quote, fine])
    assert report.refused == 1 and report.added == 1
    assert "quote" in report.summary() and f"{annotation_import.MAX_QUOTE_CHARS:,}" in (
        report.summary()
    )


def test_a_note_longer_than_the_limit_is_refused_with_a_reason(library: Path):
    list(import_paths([SEEDS]))
    long_note = _foreign()
    long_note["body"]["value"] = "x" * (annotation_import.MAX_NOTE_CHARS + 1)
    report = import_annotation_data(long_note)
    assert report.refused == 1 and "note" in report.summary()


def test_a_concept_name_too_long_refuses_that_annotation_only(library: Path):
    list(import_paths([SEEDS]))
    tagged = _foreign()
    tagged["body"] = [{"type": "TextualBody", "purpose": "tagging", "value": "k" * 5000}]
    fine = _foreign(id="urn:uuid:0b7a2a5e-8e33-4c9a-9a1d-3f1f2b7c9d12")
    report = import_annotation_data([tagged, fine])
    assert (report.added, report.refused) == (1, 1)


def test_pending_annotations_are_capped(library: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(annotation_import, "MAX_PENDING", 10)
    waiting = [
        _foreign(id=f"urn:uuid:0b7a2a5e-8e33-4c9a-9a1d-{n:012d}", modified=None) for n in range(15)
    ]
    report = import_annotation_data(waiting)
    assert (report.pending, report.refused) == (10, 5)
    assert "waiting" in report.summary()
    assert PendingAnnotation.select().count() == 10


def test_a_file_with_too_many_annotations_is_refused_whole(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(annotation_import, "MAX_ANNOTATIONS", 10)
    path = tmp_path / "many.json"
    path.write_text(json.dumps([_foreign() for _ in range(11)]), encoding="utf-8")
    with pytest.raises(UserError, match=r"many.json.*11 annotations.*10"):
        import_annotations(path)
    assert PendingAnnotation.select().count() == 0


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(annotation_import, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps([_foreign() for _ in range(20)]), encoding="utf-8")
    with pytest.raises(UserError, match=r"big\.json.*larger than"):
        import_annotations(path)


def test_a_fifo_is_refused_at_once(library: Path, tmp_path: Path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    try:
        error = outcome_within(lambda: import_annotations(fifo))
    finally:
        with contextlib.suppress(OSError):  # unblocks a reader stuck on the FIFO
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert isinstance(error, UserError)
    assert "pipe.json" in str(error) and "not a regular file" in str(error)


def test_imported_times_stay_in_a_sane_range(library: Path):
    list(import_paths([SEEDS]))
    import_annotation_data(_foreign(created="0001-01-01T00:00:00", modified="0001-01-02T00:00:00"))
    [made] = list_highlights(_detente())
    assert made.created_at.year >= 1970
    assert made.modified_at <= datetime.now().replace(year=3000)


def test_a_file_with_too_much_text_is_refused_whole(library: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(annotation_import, "MAX_TEXT_CHARS", 1000)
    notes = [_foreign(id=f"urn:uuid:0b7a2a5e-8e33-4c9a-9a1d-{n:012d}") for n in range(3)]
    for note in notes:
        note["body"]["value"] = "n" * 400
    with pytest.raises(UserError, match="characters of quotes and notes"):
        import_annotation_data(notes)
    assert Highlight.select().count() == 0


def test_a_long_quote_is_placed_where_it_stands_verbatim(library: Path):
    list(import_paths([SEEDS]))
    article = _detente()
    from reader.store.article_text import article_text
    from reader.store.models import Article

    text = article_text(Article.get_by_id(article)).text
    quote = text[100 : 100 + annotation_import.MAX_FUZZY_QUOTE_CHARS + 50]
    long_one = _foreign()
    long_one["target"]["selector"][0]["exact"] = quote
    long_one["target"]["selector"][1].update(start=0, end=0)
    assert import_annotation_data(long_one).added == 1
    [made] = list_highlights(article)
    assert made.placed and (made.start, made.end) == (100, 100 + len(quote))
