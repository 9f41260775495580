"""The main window in Indonesian: its menus, every action and its labels read in the
reader's language, so no text is left behind in English by a wrong context."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.ui.startup.first_page import FirstPage
from reader.ui.window.main_window import MainWindow
from tests.ui.translations_script import load_translations_script

script = load_translations_script()
Translations = dict[tuple[str, str, str], list[str]]


@pytest.fixture(scope="module")
def indonesian(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Translations]:
    """The code's texts as they are now, with every translation written so far (the staged
    ones and those already in marginalia_id.ts), compiled into a .qm of this run's own."""
    folder = tmp_path_factory.mktemp("indonesian")
    ts = folder / "marginalia_id.ts"
    script.lupdate(ts, "id", "-locations", "none")
    entries: Translations = dict(script.staging_entries())
    committed = script.ts_path("id")
    if committed.exists():
        for message in script.read_messages(committed):
            if message.finished and all(form.strip() for form in message.forms):
                entries[message.key] = message.forms
    script.fill_translations(ts, entries)
    qm = folder / "marginalia_id.qm"
    subprocess.run(
        [script.tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )
    return qm, entries


@pytest.fixture
def in_indonesian(qapp: QApplication, indonesian: tuple[Path, Translations]) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(indonesian[0]))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def window(in_indonesian: None, window: MainWindow) -> MainWindow:
    """The window built once the Indonesian translator is in place."""
    return window


def _every_action(window: MainWindow) -> list[QAction]:
    """The window's own actions and those of every menu and submenu of its menu bar."""
    found = list(window.findChildren(QAction))
    stack = list(window.menuBar().actions())
    while stack:
        action = stack.pop()
        found.append(action)
        menu = action.menu()
        if isinstance(menu, QMenu):
            stack += menu.actions()
    return list({id(a): a for a in found}.values())


def test_the_menu_bar_reads_in_indonesian(window: MainWindow):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Berkas", "&Sunting", "&Tampilan", "&Bantuan"]


def test_every_action_with_a_translation_shows_it(
    window: MainWindow, indonesian: tuple[Path, Translations]
):
    _qm, entries = indonesian
    translated = {source for (_c, source, _d), forms in entries.items() if forms[0] != source}
    actions = _every_action(window)
    assert len(actions) > 40
    english = sorted({a.text() for a in actions if a.text() in translated})
    assert not english, f"actions still in English: {english}"
    texts = {a.text() for a in actions}
    # Texts the window builds from several pieces: a submenu, a choice, a dock's toggle.
    assert {"&Impor…", "Sorot dengan &Warna", "Gelap", "Sempit (55 karakter)", "Anotasi"} <= texts


def test_the_library_and_its_labels_read_in_indonesian(window: MainWindow):
    assert window.library.filter_edit.placeholderText() == "Saring artikel menurut judul…"
    assert window.library.filter_edit.accessibleName() == "Saring artikel"
    assert window.library.view.accessibleName() == "Pustaka"
    assert window.library_status.text() == "6 artikel"
    assert window.library.concept_filter.itemText(0) == "Semua artikel"
    assert window.concepts_dock.windowTitle() == "Konsep"
    assert " kata · " in window.article_status.text()


def test_the_first_frame_is_in_indonesian_too(in_indonesian: None, qtbot: QtBot):
    page = FirstPage(None)
    qtbot.addWidget(page)
    assert page.accessibleName() == "Pustaka, sedang dibuka"
    assert QCoreApplication.translate("MainMenu", "&File") == "&Berkas"


def test_the_file_dialog_speaks_indonesian_not_a_mix(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    """File → Import's dialog: its title was Indonesian and Qt's own labels English."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from reader.ui.qt_strings import QT_STRINGS

    seen: list[QFileDialog] = []

    def show(parent: object, title: str, folder: str, filters: str) -> tuple[list[str], str]:
        dialog = QFileDialog(window, title, folder, filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", show)
    window.menus.import_action.trigger()
    (dialog,) = seen
    english = {source for _context, source in QT_STRINGS}
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    shown += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    shown += [b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.toolTip()]
    assert dialog.windowTitle() == "Impor artikel"
    assert len(shown) >= 8
    assert not [text for text in shown if text in english], shown
    assert "berkas" in " ".join(shown).lower()  # "Nama &berkas:", "Jenis &berkas:"…
