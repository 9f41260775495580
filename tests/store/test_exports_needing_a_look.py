"""Exports say which highlights need a look: notes, handout, W3C JSON and one highlight."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.exporting.web_annotation import NEEDS_A_LOOK
from reader.store import exports
from reader.store.annotation_import import import_annotation_data
from reader.store.article_text import article_text
from reader.store.articles import import_paths, list_articles
from reader.store.highlights import create_highlight, find_quote, get_highlight
from reader.store.models import Article, Highlight
from tests.core.exporting.checks import must_failures

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def proposed(library: Path) -> dict[str, object]:
    """A seed article with a placed highlight and one whose place is only proposed."""
    list(import_paths([SEEDS]))
    article = next(a.id for a in list_articles() if "Detente" in a.title)
    placed = create_highlight(article, *find_quote(article, "Perang Dingin"), note="tetap")
    start, end = find_quote(article, "Diplomasi detente merupakan sebuah istilah")
    asked = create_highlight(article, start, end, note="perlu dicek")
    # As a re-import leaves it: unplaced, the words it had kept, a place proposed nearby.
    Highlight.update(
        placed=False,
        exact="Diplomasi detente adalah istilah",
        proposed_start=start,
        proposed_end=end,
    ).where(Highlight.id == asked.id).execute()
    return {"article": article, "placed": placed, "asked": get_highlight(asked.id)}


def test_notes_mark_the_highlight_that_needs_a_look(proposed):
    notes = exports.notes_markdown(proposed["article"])
    marked = [line for line in notes.splitlines() if "needs a look" in line]
    assert len(marked) == 1
    assert "Diplomasi detente merupakan sebuah istilah" in marked[0]  # the proposed text
    assert "(unplaced)" not in notes


def test_the_handout_lists_it_unmarked_with_its_question(proposed):
    handout = exports.handout_markdown(proposed["article"])
    body, _, unmarked = handout.partition("## Passages not marked in the text")
    assert "==Perang Dingin==" in body
    assert "Diplomasi detente adalah istilah" in unmarked and "needs a look" in unmarked
    assert "==Diplomasi detente merupakan" not in body  # never silently attached


def test_copy_as_markdown_says_so_too(proposed):
    asked = proposed["asked"]
    assert "needs a look" in exports.highlight_markdown(asked.id)
    assert "needs a look" not in exports.highlight_markdown(proposed["placed"].id)


def test_w3c_json_marks_it_and_still_passes_the_musts(proposed):
    collection = exports.annotations_json(proposed["article"])
    items = collection["first"]["items"]  # type: ignore[index]
    for item in items:
        assert must_failures(item, "annotations/annotationMusts.test") == [], item["id"]
    by_id = {item["id"]: item for item in items}
    asked = by_id[f"urn:uuid:{proposed['asked'].id}"]
    [remark] = [b for b in asked["body"] if b["value"].startswith(NEEDS_A_LOOK)]
    assert remark["purpose"] == "assessing"
    assert "Diplomasi detente merupakan sebuah istilah" in remark["value"]
    placed = by_id[f"urn:uuid:{proposed['placed'].id}"]
    assert not [b for b in placed["body"] if b["value"].startswith(NEEDS_A_LOOK)]
    json.dumps(collection)


def test_reading_the_json_back_keeps_the_remark_out_of_the_note(proposed):
    collection = exports.annotations_json(proposed["article"])
    Highlight.delete().execute()
    import_annotation_data(collection)
    assert get_highlight(proposed["asked"].id).note == "perlu dicek"


def test_the_proposed_text_is_what_stands_there_now(proposed):
    asked = proposed["asked"]
    text = article_text(Article.get_by_id(proposed["article"])).text
    [exported] = [
        h for h in exports.export_document(proposed["article"]).highlights() if h.id == asked.id
    ]
    assert exported.needs_look and not exported.placed
    assert exported.proposed_text == text[asked.proposed_start : asked.proposed_end]
