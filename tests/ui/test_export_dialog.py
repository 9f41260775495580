"""File -> Export...: the preview shows what will be written; saving writes exactly that."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.store import articles, highlights
from reader.ui.dialogs.export_dialog import ExportDialog
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    article = next(s for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    start, end = highlights.find_quote(article.id, "pertama kali muncul pada era Perang Dingin")
    made = highlights.create_highlight(article.id, start, end, note="# bukan judul <script>")
    highlights.add_concepts(made.id, ["Détente"])
    window.articles.select_article(article.id)
    return window


def _dialog(win: MainWindow, qtbot: QtBot) -> ExportDialog:
    assert win.open_article.article_id is not None
    title = articles.get_article(win.open_article.article_id).title
    dialog = ExportDialog(win, win.settings, (win.open_article.article_id, title), ["Détente"])
    qtbot.addWidget(dialog)
    dialog.refresh()
    return dialog


def _choose(dialog: ExportDialog, fmt: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.refresh()


def test_the_preview_shows_the_notes_with_the_quote_and_the_literal_note(
    window: MainWindow, qtbot: QtBot
):
    dialog = _dialog(window, qtbot)
    assert "pertama kali muncul pada era Perang Dingin" in dialog.text
    assert "<script>" not in dialog.preview.toHtml().replace("&lt;script&gt;", "")
    assert "bukan judul" in dialog.preview.toPlainText()


def test_each_format_previews_and_saves_exactly_what_it_shows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    dialog = _dialog(window, qtbot)
    _choose(dialog, "json")
    collection = json.loads(dialog.text)
    assert collection["type"] == "AnnotationCollection"
    target = tmp_path / "notes.json"
    assert dialog.write(target)
    assert json.loads(target.read_text(encoding="utf-8")) == collection

    _choose(dialog, "handout")
    assert "==" in dialog.text and "[^1]" in dialog.text
    assert not dialog.group.isEnabled()


def test_a_handout_needs_one_article(window: MainWindow, qtbot: QtBot):
    dialog = _dialog(window, qtbot)
    _choose(dialog, "md")
    dialog.scope.setCurrentIndex(dialog.scope.count() - 1)  # the whole library
    dialog.refresh()
    assert dialog.save_button.isEnabled()
    _choose(dialog, "handout")
    assert dialog.scope.currentData()[0] == "article"  # moved back to the article


def test_a_broken_template_is_reported_in_the_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    template = tmp_path / "mine.md.j2"
    template.write_text("# Notes\n{% for x in %}\n")
    dialog = _dialog(window, qtbot)
    dialog.set_template(template)
    dialog.refresh()
    assert "mine.md.j2" in dialog.error.text()
    assert not dialog.save_button.isEnabled()
    dialog.set_template(None)
    dialog.refresh()
    assert dialog.save_button.isEnabled()


def test_an_unwritable_path_is_reported_and_leaves_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    dialog = _dialog(window, qtbot)
    assert not dialog.write(tmp_path / "missing-folder" / "notes.md")
    assert "missing-folder" in dialog.error.text()
    assert not (tmp_path / "missing-folder").exists()


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_saving_over_the_library_itself_is_refused(
    window: MainWindow, qtbot: QtBot, data_dir: Path, fmt: str
):
    live = data_dir / "library.sqlite3"
    before = articles.count_articles()
    dialog = _dialog(window, qtbot)
    _choose(dialog, fmt)
    assert not dialog.write(live)
    assert "library" in dialog.error.text() and str(live) in dialog.error.text()
    assert articles.count_articles() == before
    assert live.read_bytes().startswith(b"SQLite format 3")


def test_a_marginalia_link_opens_the_passage(window: MainWindow, qtbot: QtBot):
    article = next(s for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    [made] = highlights.list_highlights(article.id)
    window.articles.select_article(
        next(s.id for s in articles.list_articles() if s.id != article.id)
    )
    assert window.articles.open_link(f"marginalia://open/{article.id}/{made.id}")
    assert window.open_article.article_id == article.id
    assert window.panel.selected_id() == made.id
    assert not window.articles.open_link("marginalia://open/999/nothing")
    assert "names no passage" in window.statusBar().currentMessage()


def test_a_template_chosen_in_preferences_is_the_export_default(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    from reader.ui.dialogs.preferences import PreferencesDialog

    template = tmp_path / "ringkas.md.j2"
    template.write_text("# Catatan saya\n{% for a in articles %}- {{ a.title | md }}\n{% endfor %}")
    preferences = PreferencesDialog(window, window.settings)
    qtbot.addWidget(preferences)
    preferences.set_template(template)
    dialog = _dialog(window, qtbot)
    assert dialog.template == template
    assert dialog.text.startswith("# Catatan saya")


@pytest.fixture
def in_indonesian(qapp, tmp_path: Path):
    """The committed Indonesian translation, compiled for this test and installed."""
    from PySide6.QtCore import QTranslator

    from tests.ui.translations_script import load_translations_script

    load_translations_script().build(into=tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "marginalia_id.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_exports_follow_the_interface_language(
    window: MainWindow,
    qtbot: QtBot,
    in_indonesian: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    dialog = _dialog(window, qtbot)
    assert "**Konsep:** Détente" in dialog.text and "buka di Marginalia" in dialog.text
    assert "Concepts:" not in dialog.text
    _choose(dialog, "handout")
    assert "## Glosarium" in dialog.text and "belum ada definisi" in dialog.text
    # The PDF is printed from the same handout, so its glossary is Indonesian too.
    from reader.printing import handout_pdf as printing

    printed: list[str] = []
    write_pdf = printing.write_pdf

    def spy(markdown: str, *args, **kwargs) -> None:
        printed.append(markdown)
        write_pdf(markdown, *args, **kwargs)

    monkeypatch.setattr(printing, "write_pdf", spy)
    _choose(dialog, "pdf")
    assert dialog.write(tmp_path / "handout.pdf")
    assert printed and "## Glosarium" in printed[0]


# -- the handout as PDF, its language and its marks -------------------------------------


def test_a_pdf_is_previewed_as_its_pages_not_as_markdown(window: MainWindow, qtbot: QtBot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    from reader.core.highlight_colors import HIGHLIGHT_SHADES

    dialog = _dialog(window, qtbot)
    dialog.resize(900, 700)
    _choose(dialog, "pdf")
    shown = dialog.preview.toPlainText()
    assert "urn:marginalia" not in shown and "==" not in shown and "source:" not in shown
    page = dialog.preview.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("page-1")
    )
    assert isinstance(page, QImage) and not page.isNull()
    assert page.height() / page.width() == pytest.approx(297 / 210, rel=0.02)  # A4
    yellow = QColor(HIGHLIGHT_SHADES["yellow"])
    marked = sum(
        1
        for y in range(0, page.height(), 2)
        for x in range(0, page.width(), 2)
        if page.pixelColor(x, y) == yellow
    )
    assert marked > 20, "the highlight is painted on the previewed page"
    assert not dialog.copy_button.isEnabled()  # a PDF is saved, not copied as text
    qtbot.wait(50)  # the preview lays its pages out
    assert dialog.preview.verticalScrollBar().value() == 0  # the first page's top is shown
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    dialog.refresh()
    letter = dialog.preview.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("page-1")
    )
    assert letter.height() / letter.width() == pytest.approx(11 / 8.5, rel=0.02)


def test_the_export_language_is_chosen_in_the_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
):
    dialog = _dialog(window, qtbot)
    assert dialog.language.currentData() == "en"  # the interface's, by default
    assert "**Concepts:** Détente" in dialog.text
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.refresh()
    assert "**Konsep:** Détente" in dialog.text and "Concepts:" not in dialog.text
    _choose(dialog, "handout")
    assert "## Glosarium" in dialog.text
    _choose(dialog, "pdf")
    target = tmp_path / "handout.pdf"
    assert dialog.write(target)
    from tests.ui.test_printing import page_text, pdf_info

    pages = int(pdf_info(target)["Pages"])
    printed = " ".join(page_text(target, page) for page in range(1, pages + 1))
    assert "Glosarium" in printed and f"Halaman 1 dari {pages}" in printed


def test_the_handout_flavour_is_chosen_in_the_dialog(window: MainWindow, qtbot: QtBot):
    dialog = _dialog(window, qtbot)
    assert not dialog.flavor.isEnabled()  # notes have no marks
    _choose(dialog, "handout")
    assert dialog.flavor.isEnabled() and dialog.flavor.currentData() == "obsidian"
    assert "==pertama kali muncul pada era Perang Dingin==" in dialog.text
    dialog.flavor.setCurrentIndex(dialog.flavor.findData("pandoc"))
    dialog.refresh()
    assert "[pertama kali muncul pada era Perang Dingin]{.mark}" in dialog.text
    assert "==" not in dialog.text


def test_layouts_are_called_layout_files_not_jinja2_templates(window: MainWindow, qtbot: QtBot):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from reader.ui.dialogs.preferences import PreferencesDialog

    for dialog in (PreferencesDialog(window, window.settings), _dialog(window, qtbot)):
        qtbot.addWidget(dialog)
        words = [w.text() for w in dialog.findChildren(QLabel)]
        words += [w.text() for w in dialog.findChildren(QAbstractButton)]
        words += [
            w.accessibleName() + " " + w.accessibleDescription()
            for w in dialog.findChildren(QWidget)
        ]
        said = " ".join(words).lower().replace("resources/templates", "")
        assert "jinja" not in said and "template" not in said, said
