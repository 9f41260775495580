"""Opening an article with 1,000 highlights, against opening the same article with none.

Both are timed in the same run, through the same steps the window takes: load the
highlights from the store, render the article, place and paint the highlights.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

HIGHLIGHTS = 1000


def time_open(view: object, article_id: int, repeats: int, cold: bool = False) -> float:
    """Median time to open an article in the reading view, as the window does.

    ``cold`` parses the reading text again every time, as on a first open (the store
    keeps the last few in a cache).
    """
    from PySide6.QtWidgets import QApplication

    from reader.core.rendering import markdown_to_html
    from reader.store import articles, highlights
    from reader.store.article_text import _reading_text_of, article_text
    from reader.ui.reading.reader_view import ReaderView

    assert isinstance(view, ReaderView)
    samples = []
    for _ in range(repeats):
        if cold:
            _reading_text_of.cache_clear()
        start = time.perf_counter()
        article = articles.get_article(article_id)
        reading = article_text(article)
        items = highlights.list_highlights(article_id)
        view.show_html(markdown_to_html(article.markdown), 0, reading.text)
        view.set_highlights(items)
        view.viewport().repaint()
        QApplication.processEvents()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run() -> list[tuple[str, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.core.importing import prepare_text
    from reader.store import articles, highlights
    from reader.store.article_text import article_text
    from reader.store.articles import _store_prepared
    from reader.store.database import close_library, open_library
    from reader.ui.reading.reader_view import ReaderView

    app = QApplication.instance() or QApplication([])
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    with tempfile.TemporaryDirectory() as folder:
        db = open_library(Path(folder))
        plain = _store_prepared(prepare_text(body, "txt", "plain"), None).article_id
        marked_text = prepare_text(body + "\n\nakhir.", "txt", "marked")
        marked = _store_prepared(marked_text, None).article_id
        text = article_text(articles.get_article(marked)).text
        step = max(1, (len(text) - 40) // HIGHLIGHTS)
        colours = ["yellow", "green", "blue", "pink", "purple"]
        for n in range(HIGHLIGHTS):
            start = n * step
            while not text[start : start + 25].strip():
                start += 1
            highlights.create_highlight(marked, start, start + 25, color=colours[n % 5])
        view = ReaderView()
        view.resize(900, 700)
        view.show()
        time_open(view, plain, 2)  # warm caches and fonts
        time_open(view, marked, 2)
        # In turn, and the best of each: on a busy machine a block of one then a block of
        # the other measures the load as much as the highlights.
        floors, loads = [], []
        for _ in range(9):
            floors.append(time_open(view, plain, 1))
            loads.append(time_open(view, marked, 1))
        floor, loaded = min(floors), min(loads)
        view.close()
        close_library(db)
    del app
    words = len(text.split())
    return [
        (f"open a {words:,}-word article, no highlights (floor)", floor, 1.0),
        (f"open it with {HIGHLIGHTS:,} highlights", loaded, loaded / floor),
    ]
