"""Exports in the reader's language: the words around the user's own (headings, labels,
colour names, the title) follow the translation the caller passes, templates included.

The Indonesian comes from the committed .ts file, compiled for this run, through Qt's own
translator: the same texts the window shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from reader.core.exporting.wording import COLOR_CONTEXT, COLOR_NAMES, EXPORT_CONTEXT, LABELS
from reader.store import exports
from reader.store.articles import import_paths, list_articles
from reader.store.highlights import create_highlight, find_quote
from tests.core.exporting.checks import front_matter
from tests.ui.translations_script import load_translations_script

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
Translate = Callable[[str, str], str]


@pytest.fixture(scope="module")
def indonesian(tmp_path_factory: pytest.TempPathFactory) -> Translate:
    folder = tmp_path_factory.mktemp("qm")
    load_translations_script().build(into=folder)
    translator = QTranslator()
    assert translator.load(str(folder / "marginalia_id.qm"))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


@pytest.fixture
def annotated(library: Path) -> dict[str, int]:
    list(import_paths([SEEDS]))
    detente = next(a.id for a in list_articles() if "Detente" in a.title)
    start, end = find_quote(detente, "pertama kali muncul pada era Perang Dingin")
    create_highlight(detente, start, end, note="asal mula", concepts=["Détente"], color="green")
    start, end = find_quote(detente, "Diplomasi detente merupakan sebuah istilah")
    create_highlight(detente, start, end)  # no concept: "passages without a concept"
    return {"detente": detente}


def _english_words(markdown: str) -> list[str]:
    """The English labels (and colour names) still in an export."""
    english = [*LABELS.values(), *(name.lower() for name in COLOR_NAMES.values())]
    words = re.sub(r"marginalia://\S+|urn:\S+", "", markdown)
    return [text for text in english if re.search(rf"(?<!\w){re.escape(text)}(?!\w)", words)]


def test_every_label_has_its_indonesian(indonesian: Translate):
    for text in LABELS.values():
        assert indonesian(EXPORT_CONTEXT, text) != text, text
    for text in COLOR_NAMES.values():
        assert indonesian(COLOR_CONTEXT, text) != text, text


def test_notes_by_article_in_indonesian(annotated: dict[str, int], indonesian: Translate):
    markdown = exports.notes_markdown(annotated["detente"], translate=indonesian)
    assert front_matter(markdown)["title"] == "Catatan: Apa Itu Diplomasi Detente?"
    assert "**Konsep:** Détente #détente" in markdown
    assert "· hijau ·" in markdown and "[buka di Marginalia](marginalia://open/" in markdown
    assert _english_words(markdown) == []


def test_notes_by_concept_and_the_whole_library_in_indonesian(
    annotated: dict[str, int], indonesian: Translate
):
    markdown = exports.notes_markdown(by="concept", translate=indonesian)
    assert front_matter(markdown)["title"] == "Catatan: Perpustakaan Marginalia"
    assert "## Petikan tanpa konsep" in markdown and "*Belum ada definisi.*" in markdown
    assert _english_words(markdown) == []


def test_a_handout_in_indonesian(annotated: dict[str, int], indonesian: Translate):
    markdown = exports.handout_markdown(annotated["detente"], translate=indonesian)
    assert "## Glosarium" in markdown and "**Détente** #détente: *belum ada definisi*" in markdown
    assert _english_words(markdown) == []


def test_one_highlight_and_the_json_label_in_indonesian(
    annotated: dict[str, int], indonesian: Translate
):
    collection = exports.annotations_json(translate=indonesian)
    assert collection["label"] == "Perpustakaan Marginalia"
    first = collection["first"]
    assert isinstance(first, dict)
    one = exports.highlight_markdown(str(first["items"][0]["id"])[9:], translate=indonesian)
    assert "buka di Marginalia" in one and _english_words(one) == []


def test_english_stays_the_default(annotated: dict[str, int]):
    markdown = exports.notes_markdown(annotated["detente"])
    assert "**Concepts:** Détente" in markdown and "· green ·" in markdown
    assert "[open in Marginalia]" in markdown
