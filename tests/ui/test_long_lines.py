"""An article of one endless line opens like any other, and highlights stay in place.

One 5 MB line with no space froze the window for minutes, and again at every start,
because the article was remembered as the last one read before it was drawn. The view
now lays out no block longer than BLOCK_LIMIT and no unbreakable run longer than
RUN_LIMIT (see core/layout_bounds.py), and the offsets of the reading text still map
exactly onto what the view shows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.layout_bounds import BLOCK_LIMIT, RUN_LIMIT
from reader.core.reading_text import reading_text
from reader.core.rendering import markdown_to_html
from reader.store import articles
from reader.store.models import Article
from reader.ui.reading.reader_view import ReaderView
from reader.ui.reading.text_positions import qt_visible_text
from reader.ui.window.main_window import MainWindow

LONG = "".join(chr(0x61 + (i * 7) % 26) for i in range(3 * BLOCK_LIMIT))

CASES = {
    "one line": f"# Judul\n\nawal {LONG} akhir",
    "a heading": f"# {LONG[:30_000]}",
    "a list item": f"- satu\n- {LONG[: BLOCK_LIMIT + 5000]} dua\n- tiga",
    "a table cell": f"| A | B |\n|---|---|\n| {LONG[:60_000]} | b |",
    "a code block": f"```\n{LONG[:60_000]}\n```\n\nsesudah",
    "a quote": f"> {LONG[:60_000]}\n\nsesudah",
    "emphasis and links": "*a*" * 3000 + " [" + LONG[:5000] + "](https://example.org) &amp;" * 50,
    "words in one paragraph": " ".join(["kata"] * 40_000) + " 😀 " + " ".join(["lagi"] * 5000),
}


def _view(qtbot: QtBot, markdown: str) -> tuple[ReaderView, str]:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    reading = reading_text(markdown).text
    view.show_html(markdown_to_html(markdown), 0, reading)
    return view, reading


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_block_or_run_the_view_lays_out_is_longer_than_the_limits(qtbot: QtBot, name: str):
    view, _reading = _view(qtbot, CASES[name])
    document = view.document()
    block = document.begin()
    while block.isValid():
        assert block.length() <= BLOCK_LIMIT + RUN_LIMIT, name
        block = block.next()
    shown = qt_visible_text(document.toRawText())
    assert max(len(run) for run in re.split(r"[\s\u200b]+", shown)) <= RUN_LIMIT, name


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_reading_offset_lands_on_its_own_character(qtbot: QtBot, name: str):
    view, reading = _view(qtbot, CASES[name])
    document = view.document()
    assert not view.positions.exact or reading == qt_visible_text(document.toRawText())
    step = max(1, len(reading) // 3000)
    for offset in range(0, len(reading), step):
        position = view.positions.to_qt(offset)
        seen = qt_visible_text(document.characterAt(position))
        expected = reading[offset]
        if 0xD800 <= ord(seen or " ") <= 0xDBFF:  # an emoji's first UTF-16 half
            seen = expected if ord(expected) > 0xFFFF else seen
        assert seen == expected, (name, offset)
        assert view.positions.from_qt(position) == offset, (name, offset)


def test_copying_gives_the_text_without_the_added_breaks(qtbot: QtBot):
    view, _reading = _view(qtbot, CASES["one line"])
    view.selectAll()
    copied = view.createMimeDataFromSelection().text()
    assert "\u200b" not in copied
    assert LONG[:1000] in copied


def test_an_article_is_remembered_as_opened_only_once_it_was_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    page = tmp_path / "baru.txt"
    page.write_text("Artikel Baru\n\nIsi artikel baru.\n")
    [made] = window.articles.import_paths([page])
    other = next(s.id for s in articles.list_articles() if s.id != made.article_id)
    window.articles.open_article(other)
    Article.update(opened_at=None).where(Article.id == made.article_id).execute()

    def freeze(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the view could not draw this article")

    monkeypatch.setattr(window.reader_view, "show_html", freeze)
    with pytest.raises(RuntimeError):
        window.articles.open_article(made.article_id)
    assert articles.get_article(made.article_id).opened_at is None
