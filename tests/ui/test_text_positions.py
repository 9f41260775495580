"""Offsets in the reading text land on the same characters in the view, emoji and all."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from reader.core.reading_text import reading_text
from reader.core.rendering import markdown_to_html
from reader.ui.reading.text_positions import PositionMap, qt_visible_text


def _document(markdown: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(markdown_to_html(markdown))
    return document


def test_emoji_and_astral_letters_do_not_shift_later_positions(qtbot: QtBot):
    markdown = "# Judul 😀\n\nKata 𝐀 pertama ✍🏽 dan *kata* kedua."
    text = reading_text(markdown).text
    document = _document(markdown)
    mapping = PositionMap(text, qt_visible_text(document.toRawText()))
    assert mapping.exact
    for word in ("Judul", "pertama", "kedua"):
        start = text.index(word)
        cursor = QTextCursor(document)
        cursor.setPosition(mapping.to_qt(start))
        cursor.setPosition(mapping.to_qt(start + len(word)), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert mapping.from_qt(mapping.to_qt(start)) == start


def test_a_differing_view_text_is_bridged_by_a_diff():
    reading = "alpha beta gamma delta"
    shown = "alpha beta  gamma delta"  # one extra character in the view
    mapping = PositionMap(reading, shown)
    assert not mapping.exact
    assert shown[mapping.to_qt(reading.index("gamma")) :].startswith("gamma")
    assert mapping.from_qt(shown.index("delta")) == reading.index("delta")
