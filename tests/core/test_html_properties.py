"""Fuzzing the web-page importer with the hostile suite's shapes (tests/hostile/shapes.py):
whatever a saved page declares or holds, it becomes an article or a one-line refusal that
names the file; never another exception (which a reader would see as "unexpected error")."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from reader.core.errors import DocumentError
from reader.core.importing import read_articles
from tests.hostile.shapes import hostile_pages


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=hostile_pages())
def test_a_hostile_page_is_read_or_refused_in_one_line(page: bytes, tmp_path_factory) -> None:
    path = Path(tmp_path_factory.mktemp("page")) / "halaman.html"
    path.write_bytes(page)
    try:
        [article] = read_articles(path)
    except DocumentError as refused:
        assert "\n" not in str(refused) and str(path) in str(refused)
        return
    assert article.title and "\x00" not in article.title
    assert article.markdown.strip()
