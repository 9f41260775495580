"""Edit → Preferences…: choices that outlive one session and are not on a menu.

The interface's language (applied at the next start, see translation.py), the layout file
Markdown notes use by default (the Export dialog offers the same choice for one export,
and both remember it in the library's settings), the user's name: what a class sees on
their class packs and a teacher on the notes they hand back (kept in the library by the
controller that ``save_name`` is), and study mode's desired retention and new cards a day
(kept in the library itself; the study controller saves them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from reader.core.packs.pack_format import MAX_NAME_CHARS
from reader.core.study.scheduling import MAX_RETENTION, MIN_RETENTION
from reader.store.reviews import MAX_NEW_PER_DAY, StudyOptions
from reader.ui.translation import LANGUAGE_KEY, LANGUAGES, language_label, language_setting
from reader.ui.widgets.template_chooser import TEMPLATE_KEY, choose_template


class PreferencesDialog(QDialog):
    study_options_changed = Signal(object)  # StudyOptions

    def __init__(
        self,
        parent: QWidget | None,
        settings: QSettings,
        name: str = "",
        save_name: Callable[[str], object] | None = None,
        study: StudyOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._save_name = save_name

        self.language = QComboBox()
        for code, _label in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(self.language.findData(language_setting(settings)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of Marginalia's menus, dialogs and messages")
        )
        self.language.currentIndexChanged.connect(self.save_language)
        # Every window is built once in one language, so a change waits for the next start.
        language_note = QLabel(
            self.tr("A new language takes effect the next time Marginalia starts.")
        )
        language_note.setWordWrap(True)

        saved = settings.value(TEMPLATE_KEY)
        self.template: Path | None = Path(str(saved)) if saved else None
        self.template_label = QLabel()
        self.template_label.setAccessibleName(self.tr("Notes layout"))
        self.template_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose a layout file for notes"))
        choose.clicked.connect(self.choose_template)
        default = QPushButton(self.tr("Default"))
        default.setAccessibleName(self.tr("Use the default notes layout"))
        default.clicked.connect(lambda: self.set_template(None))
        row = QHBoxLayout()
        row.addWidget(self.template_label, 1)
        row.addWidget(choose)
        row.addWidget(default)
        hint = QLabel(
            self.tr(
                "A layout file of your own for Markdown notes; the bundled ones, in "
                "resources/templates, show what it can use."
            )
        )
        hint.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Bu Sari, or Ani Wijaya"))
        self.name.editingFinished.connect(self.save_name)
        name_hint = QLabel(
            self.tr(
                "Shown on the class packs you make, and on the notes you hand back to your teacher."
            )
        )
        name_hint.setWordWrap(True)
        self.study = study or StudyOptions()
        self.retention = QSpinBox()
        self.retention.setRange(round(MIN_RETENTION * 100), round(MAX_RETENTION * 100))
        self.retention.setSuffix("%")
        self.retention.setValue(round(self.study.desired_retention * 100))
        self.retention.setAccessibleName(self.tr("Desired retention"))
        self.retention.setAccessibleDescription(
            self.tr("How much of what you review you want to still know when it comes back")
        )
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, MAX_NEW_PER_DAY)
        self.new_per_day.setValue(self.study.new_per_day)
        self.new_per_day.setAccessibleName(self.tr("New cards a day"))
        for box in (self.retention, self.new_per_day):
            box.valueChanged.connect(self.save_study)
        study_hint = QLabel(
            self.tr(
                "Reviews come back just before you would forget them. A higher retention "
                "means more reviews a day; 90% suits most students."
            )
        )
        study_hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(language_note)
        form.addRow(self.tr("Notes layout:"), row)
        form.addRow(hint)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(name_hint)
        form.addRow(self.tr("Desired &retention:"), self.retention)
        form.addRow(self.tr("New &cards a day:"), self.new_per_day)
        form.addRow(study_hint)
        form.addRow(buttons)
        self.set_template(self.template)

    def save_study(self) -> None:
        self.study = StudyOptions(self.retention.value() / 100, self.new_per_day.value())
        self.study_options_changed.emit(self.study)

    def save_name(self) -> None:
        if self._save_name is not None:
            self._save_name(self.name.text())

    def reject(self) -> None:
        self.save_name()  # Close keeps what was typed, as every field here does
        super().reject()

    def save_language(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, str(self.language.currentData()))

    def set_template(self, path: Path | None) -> None:
        self.template = path
        self.template_label.setText(str(path) if path else self.tr("The default layout"))
        self.settings.setValue(TEMPLATE_KEY, str(path) if path else "")

    def choose_template(self) -> None:
        chosen = choose_template(self)
        if chosen is not None:
            self.set_template(chosen)
