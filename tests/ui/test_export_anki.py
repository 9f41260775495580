"""File → Export… as an Anki deck: concepts or the whole library, never one article."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.store import articles, concepts, highlights
from reader.ui.dialogs.export_dialog import ExportDialog
from reader.ui.window.main_window import MainWindow


def _library(window: MainWindow) -> None:
    article = next(s for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    start, end = highlights.find_quote(article.id, "pertama kali muncul pada era Perang Dingin")
    made = highlights.create_highlight(article.id, start, end, note="sejarahnya")
    highlights.add_concepts(made.id, ["Perang Dingin"])
    concepts.describe_concept(concepts.concept_named("Perang Dingin").id, "1947–1991")
    window.articles.select_article(article.id)


def _notes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        (path.parent / "c.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(path.parent / "c.anki2") as conn:
        return [row[0] for row in conn.execute("SELECT flds FROM notes")]


def test_the_anki_format_previews_the_decks_and_saves_an_apkg(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    _library(window)
    article = window.open_article.article_id
    assert article is not None
    dialog = ExportDialog(window, window.settings, (article, "x"), ["Perang Dingin"])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("anki"))
    dialog.refresh()
    # One article is no deck: the whole library is chosen instead, and offered decks.
    assert dialog.scope.currentData() == ("library", None)
    assert not dialog.scope.model().item(0).isEnabled()  # type: ignore[attr-defined]
    assert dialog.group.isEnabled() and dialog.group.itemText(1) == "A deck for each concept"
    assert dialog.text.startswith("# Marginalia\n") and "3 cards" in dialog.text
    assert "Perang […]" not in dialog.text and "[…]" in dialog.text
    assert not dialog.copy_button.isEnabled()  # a deck is a file, not text to paste
    target = tmp_path / "deck.apkg"
    assert dialog.write(target)
    fields = _notes(target)
    assert len(fields) == 3
    assert any("{{c1::Perang Dingin}}" in f for f in fields)
    # Back to notes: the grouping reads as notes' grouping again.
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.refresh()
    assert dialog.group.itemText(0) == "By article, in reading order"
