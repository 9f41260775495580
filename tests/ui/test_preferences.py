"""Edit → Preferences…: the interface language is remembered and used at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.dialogs.preferences import PreferencesDialog
from tests.ui.translations_script import load_translations_script

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    load_translations_script().build(into=folder)
    return folder


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_dialog(qtbot: QtBot, settings: QSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_library_follows_the_system_language(qtbot: QtBot, tmp_path: Path):
    dialog = open_dialog(qtbot, settings_at(tmp_path / "settings.ini"))
    assert dialog.language.currentData() == "system"
    assert dialog.language.currentText() == "Follow the system"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Follow the system",
        "English",
        "Bahasa Indonesia",
    ]
    assert dialog.language.accessibleName() == "Language"


def test_the_chosen_language_is_remembered(qtbot: QtBot, tmp_path: Path):
    ini = tmp_path / "settings.ini"
    dialog = open_dialog(qtbot, settings_at(ini))
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.close()
    dialog.settings.sync()

    again = open_dialog(qtbot, settings_at(ini))
    assert again.language.currentText() == "Bahasa Indonesia"
    assert settings_at(ini).value("language") == "id"


def test_the_dialog_says_a_new_language_waits_for_the_next_start(qtbot: QtBot, tmp_path: Path):
    dialog = open_dialog(qtbot, settings_at(tmp_path / "settings.ini"))
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("next time Marginalia starts" in note for note in notes)


def test_the_next_start_speaks_the_chosen_language(qtbot: QtBot, tmp_path: Path, compiled: Path):
    ini = tmp_path / "settings.ini"
    dialog = open_dialog(qtbot, settings_at(ini))
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.settings.sync()

    # A fresh process, as a new start is: translations are installed before any window.
    program = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QDialogButtonBox
        from pathlib import Path

        app = QApplication([])
        from reader.ui.translation import install_translator
        from reader.ui.dialogs.preferences import PreferencesDialog

        settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
        print(install_translator(app, settings, Path(sys.argv[2])))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        print(box.buttons()[0].text())
        dialog = PreferencesDialog(None, settings)
        print(dialog.windowTitle())
        # A dialog without a parent must go before the application does.
        dialog.deleteLater()
        app.processEvents()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", program, str(ini), str(compiled)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:3] == ["id", "Batal", "Preferensi"]
