"""Any annotation file, however odd its values: a report, or one plain refusal.

The shapes are the hostile suite's (tests/hostile/shapes.py): ids of dashes, numbers or
lists, times of year 1 or 9999 with a timezone, offsets of 10^30, booleans and NaN,
nesting in lists and pages, link syntax and direction marks in quotes and notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from reader.core.errors import UserError
from reader.store.annotation_import import import_annotation_data
from reader.store.articles import import_paths
from reader.store.highlights import list_highlights
from reader.store.models import Article, PendingAnnotation
from tests.hostile.shapes import odd_annotations

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=odd_annotations())
def test_odd_annotations_are_imported_or_refused_plainly(library: Path, data: Any):
    if not Article.select().exists():
        list(import_paths([SEEDS / "002_bd535fe2fb284044.txt"]))
    try:
        report = import_annotation_data(data, "odd.json")
    except UserError as error:
        assert "\n" not in str(error)
        return
    assert report.summary()
    for article in Article.select():
        for made in list_highlights(article.id):
            assert 0 <= made.start <= made.end
            assert 1970 <= made.created_at.year < 3000
    assert PendingAnnotation.select().count() <= 2000
