"""The welcome article a new library starts with: in the reader's language, offered once,
an article like any other, and true to the window it teaches."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.core.reading_text import reading_text
from reader.core.rendering import markdown_to_html
from reader.core.text_stats import count_words, reading_minutes
from reader.store import articles, exports, highlights, search
from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.store.welcome import welcome_article_path
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow

LANGUAGES = ("en", "id")
TITLES = {"en": "Welcome to Marginalia", "id": "Selamat datang di Marginalia"}
PRACTICE = {"en": "Practice paragraph", "id": "Paragraf latihan"}
FIRST_SENTENCE = {
    "en": "Active reading means talking back to a text.",
    "id": "Membaca aktif berarti mengajak teks berdialog.",
}
CONCEPT = {"en": "active reading", "id": "membaca aktif"}
# What the lesson must teach, so a rewrite cannot quietly drop a step.
TAUGHT_KEYS = {
    *("H", "N", "T", "J", "K", "Ctrl+K", "Ctrl+E", "Ctrl+P", "Ctrl+Z", "F1", "?"),
    *("Ctrl+R", "Space", "1", "4"),  # the Review step
}

# The articles write every key in inline code (`Ctrl+E`) and every menu path in bold
# (**View → Concepts**); nothing else is written that way.
KEY = re.compile(r"`([^`]+)`")
MENU_PATH = re.compile(r"\*\*([^*→]+?) → ([^*]+?)\*\*")
INDONESIAN_TS = Path(__file__).resolve().parents[2] / "resources/translations/marginalia_id.ts"


def _markdown(language: str) -> str:
    return welcome_article_path(language).read_text(encoding="utf-8")


def _plain(menu_text: str) -> str:
    """A menu text as the reader sees it: accelerator ampersands dropped."""
    return menu_text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# -- offered on the first start ---------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_first_start_brings_the_welcome_in_the_interface_language_and_the_five_seeds(
    library: Path, seeds_dir: Path, language: str
):
    welcome, *seeds = articles.offer_bundled_articles(seeds_dir, language=language)
    assert welcome.title == TITLES[language]
    assert sorted(o.path.name for o in seeds) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    titles = {s.title for s in articles.list_articles()}
    assert len(titles) == 6
    other_language = "id" if language == "en" else "en"
    assert TITLES[language] in titles and TITLES[other_language] not in titles


@pytest.mark.parametrize(
    ("asked", "title"),
    [
        ("id_ID", TITLES["id"]),
        ("id-ID", TITLES["id"]),
        ("en_GB", TITLES["en"]),
        ("fr", TITLES["en"]),  # no French welcome: English rather than none
        ("", TITLES["en"]),
    ],
)
def test_a_locale_name_finds_its_welcome_and_other_languages_get_the_english_one(
    library: Path, seeds_dir: Path, asked: str, title: str
):
    welcome, *_ = articles.offer_bundled_articles(seeds_dir, language=asked)
    assert welcome.title == title


def test_the_welcome_comes_once_and_a_deleted_one_stays_deleted(library: Path, seeds_dir: Path):
    welcome, *_ = articles.offer_bundled_articles(seeds_dir, language="en")
    articles.delete_article(welcome.article_id)
    # The next start, even in the other language, brings back neither version.
    assert articles.offer_bundled_articles(seeds_dir, language="id") == []
    assert articles.count_articles() == 5
    assert not set(TITLES.values()) & {s.title for s in articles.list_articles()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welcome_can_be_searched_highlighted_and_exported_like_any_article(
    library: Path, seeds_dir: Path, language: str
):
    welcome, *_ = articles.offer_bundled_articles(seeds_dir, language=language)
    found = [r for r in search.search(CONCEPT[language]) if r.kind == "article"]
    assert found and found[0].article_id == welcome.article_id

    # Step 1 and 3 of the lesson, done as the window does them.
    text = reading_text(articles.get_article(welcome.article_id).markdown).text
    sentence = FIRST_SENTENCE[language]
    start = text.index(sentence)
    highlights.create_highlight(
        welcome.article_id,
        start,
        start + len(sentence),
        note="my own words",
        concepts=[CONCEPT[language]],
    )
    notes = exports.notes_markdown(article_id=welcome.article_id)
    assert TITLES[language] in notes and sentence in notes and "my own words" in notes
    assert f"=={sentence}==" in exports.handout_markdown(welcome.article_id)
    by_concept = exports.notes_markdown(concept=CONCEPT[language])
    assert sentence in by_concept


# -- the lesson itself ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welcome_is_a_short_lesson_that_renders_as_headings_and_numbered_steps(
    language: str,
):
    markdown = _markdown(language)
    html = markdown_to_html(markdown)
    assert html.startswith(f"<h1>{TITLES[language]}</h1>")
    practice = re.search(rf"<h2>{PRACTICE[language]}</h2><p>(.*?)</p>", html)
    assert practice is not None
    # Steps 1 to 3 ask for the first, second and third sentence of this paragraph.
    assert practice.group(1).startswith(FIRST_SENTENCE[language])
    assert practice.group(1).count(". ") >= 3
    assert html.count("<ol>") == 1 and html.count("<li>") == 9
    assert CONCEPT[language] in markdown
    # No Markdown syntax is left showing on the page.
    assert not re.search(r"[*`#]", reading_text(markdown).text)
    assert reading_minutes(count_words(markdown)) <= 2


def test_both_languages_teach_the_same_keys_and_menus():
    english, indonesian = _markdown("en"), _markdown("id")
    assert set(KEY.findall(english)) == set(KEY.findall(indonesian))
    assert set(KEY.findall(english)) >= TAUGHT_KEYS
    assert len(MENU_PATH.findall(english)) == len(MENU_PATH.findall(indonesian)) > 0


# -- true to the window ---------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    yield win
    win.close()
    close_library(database_proxy.obj)


def test_every_key_the_welcome_names_is_a_shortcut_of_the_window(window: MainWindow):
    window.study.open_review()  # the Review window's keys are its own actions
    shortcuts = {
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
    }
    for language in LANGUAGES:
        named = set(KEY.findall(_markdown(language)))
        assert named - shortcuts == set(), f"welcome.{language}.md names keys the window lacks"


def test_every_menu_the_english_welcome_names_is_in_the_window(window: MainWindow):
    menus: dict[str, set[str]] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus[_plain(action.text())] = {_plain(item.text()) for item in menu.actions()}
    for menu, item in MENU_PATH.findall(_markdown("en")):
        assert item in menus.get(menu, set()), f"no {menu} → {item} in the window"


def test_the_indonesian_welcome_names_menus_as_the_indonesian_interface_does():
    translated: dict[str, set[str]] = {}
    for message in ElementTree.parse(INDONESIAN_TS).iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or not (translation.text or "").strip():
            continue
        if translation.get("type") in {"obsolete", "vanished"}:
            continue  # kept in the file, never shown
        translated.setdefault(_plain(source.text or ""), set()).add(_plain(translation.text or ""))
    english = MENU_PATH.findall(_markdown("en"))
    indonesian = MENU_PATH.findall(_markdown("id"))
    for (menu, item), (menu_id, item_id) in zip(english, indonesian, strict=True):
        assert menu_id in translated.get(menu, set()), f"{menu} is not “{menu_id}” in Indonesian"
        assert item_id in translated.get(item, set()), f"{item} is not “{item_id}” in Indonesian"
