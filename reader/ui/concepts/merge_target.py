"""Manage Concepts' helpers: a concept's use in words, name and alias checks, the merge picker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.concept_names import MAX_NAME_LENGTH, concept_key, tidy_name
from reader.core.text_folding import fold
from reader.store.concepts import ConceptSummary
from reader.ui.widgets.card_painting import english_plural

EMPTY_NAME_MESSAGE = str(QT_TRANSLATE_NOOP("ConceptManager", "A concept needs a name."))


def manager_text(source: str) -> str:
    """One of the constants above in the interface's language."""
    return QCoreApplication.translate("ConceptManager", source)


class ConceptUsage(QObject):
    """How much a concept tags, in words; one place, so the manager and its picker agree.

    A QObject only so its numerus messages (``self.tr(…, n)``) are found by lupdate.
    """

    def usage_text(self, item: ConceptSummary) -> str:
        """``"7 passages in 3 articles"``."""
        if item.passages == 0:
            return self.tr("no passages yet")
        passages = english_plural(self.tr("%n passage(s)", "", item.passages), item.passages)
        articles = english_plural(self.tr("%n article(s)", "", item.articles), item.articles)
        return self.tr("{passages} in {articles}").format(passages=passages, articles=articles)

    def list_text(self, item: ConceptSummary) -> str:
        """A row of the list: ``"Détente — 7 passages in 3 articles"``."""
        return self.tr("{name} — {usage}").format(name=item.name, usage=self.usage_text(item))


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a concept's name (or alias), in the store's words; None if fine."""
    tidy = tidy_name(name)
    if not tidy:
        return manager_text(EMPTY_NAME_MESSAGE)
    if len(tidy) > MAX_NAME_LENGTH:
        return QCoreApplication.translate(
            "ConceptManager",
            "A concept name can be at most {limit} characters; this one has {count}.",
        ).format(limit=MAX_NAME_LENGTH, count=len(tidy))
    return None


def parse_aliases(text: str) -> list[str]:
    """Comma-separated aliases, tidied, empty ones dropped, each name once (ignoring case)."""
    seen: set[str] = set()
    aliases: list[str] = []
    for part in text.split(","):
        tidy = tidy_name(part)
        if tidy and concept_key(tidy) not in seen:
            seen.add(concept_key(tidy))
            aliases.append(tidy)
    return aliases


def search_key(text: str) -> str:
    # Accents dropped too, so typing "detente" on an Indonesian keyboard finds "Détente".
    return fold(concept_key(text))


def blank_icon(size: int = 16) -> QIcon:
    # Rows without a colour keep the same indent as rows with a swatch.
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def no_auto_default(widget: QWidget) -> None:
    # In a dialog, Enter presses the default button; Enter in the name and alias fields
    # must commit that field, never close the dialog or delete a concept.
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


class MergeTargetDialog(QDialog):
    """Choose the concept to merge into: an editable list that completes as you type."""

    def __init__(
        self, source: ConceptSummary, others: Sequence[ConceptSummary], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Into"))
        self.setAccessibleName(self.tr("Merge Into"))
        usage = ConceptUsage(self)
        self._by_key: dict[str, int] = {}
        for item in others:
            self._by_key.setdefault(concept_key(item.name), item.id)
        for item in others:  # names win over aliases if they ever clash
            for alias in item.aliases:
                self._by_key.setdefault(concept_key(alias), item.id)

        label = QLabel(self.tr("Merge “{name}” &into:").format(name=source.name))
        self.combo = QComboBox()
        self.combo.setAccessibleName(
            self.tr("Concept to merge “{name}” into").format(name=source.name)
        )
        self.combo.setAccessibleDescription(
            self.tr("Type or choose the concept that takes over the passages")
        )
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in others:
            self.combo.addItem(item.name, item.id)
            self.combo.setItemData(
                self.combo.count() - 1, usage.list_text(item), Qt.ItemDataRole.ToolTipRole
            )
        self.combo.setCurrentIndex(-1)
        line = self.combo.lineEdit()
        assert line is not None  # the combo is editable
        line.setPlaceholderText(self.tr("Type or choose a concept"))
        line.setAccessibleName(self.combo.accessibleName())
        self.combo.view().setAccessibleName(self.tr("Concepts"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        label.setBuddy(self.combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose"))
        ok.setAccessibleName(self.tr("Choose concept"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.combo.currentTextChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)
        self.resize(360, self.sizeHint().height())
        self._update_ok()

    def target(self) -> int | None:
        """The concept the typed or chosen name (or alias) belongs to."""
        return self._by_key.get(concept_key(self.combo.currentText()))

    def _update_ok(self, _text: str = "") -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target() is not None)
