"""A long import reports each page and stops promptly when the user cancels."""

from __future__ import annotations

import pytest

from reader.core.formats import ImportCancelled, ImportProgress
from reader.core.importing import read_articles
from tests.documents.pdf_maker import page_count


def test_each_page_is_reported_in_order(made):
    steps: list[tuple[int, int]] = []
    read_articles(made["pdf"].path, ImportProgress(on_step=lambda d, t: steps.append((d, t))))
    pages = page_count(made["pdf"].path)
    assert steps[0] == (0, pages) and steps[-1] == (pages, pages)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_a_cancel_stops_the_import_at_the_next_page(made):
    steps: list[int] = []
    cancel_after = 2

    def on_step(done: int, total: int) -> None:
        steps.append(done)

    progress = ImportProgress(on_step=on_step, is_cancelled=lambda: len(steps) >= cancel_after)
    with pytest.raises(ImportCancelled):
        read_articles(made["pdf"].path, progress)
    assert len(steps) == cancel_after  # no page read after the cancel was seen


def test_an_epub_reports_its_chapters(made):
    steps: list[tuple[int, int]] = []
    read_articles(made["epub"].path, ImportProgress(on_step=lambda d, t: steps.append((d, t))))
    assert steps and all(t == steps[0][1] for _, t in steps)
