"""File → Export → Class Pack…: which articles, an instruction for the class, whose pack.

The dialog only chooses: the controller asks where to save and makes the pack
(reader.store.class_packs). What the class will get is said before saving: how many
articles and how many of the teacher's highlights go in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.packs.pack_format import MAX_ARTICLES, MAX_INSTRUCTION_CHARS, MAX_NAME_CHARS
from reader.store.articles import ArticleSummary
from reader.ui.widgets.card_painting import english_plural


@dataclass(frozen=True)
class PackRequest:
    """What the teacher chose: the pack's articles, title, instruction and their name."""

    article_ids: tuple[int, ...]
    title: str
    instruction: str
    name: str


class PackExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        library: Sequence[ArticleSummary],
        chosen: int | None,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Class Pack"))
        self.resize(620, 640)
        self._highlights = {a.id: a.highlights for a in library}
        self._titles = {a.id: a.title for a in library}

        intro = QLabel(
            self.tr(
                "One file for your class: the articles with your highlights, notes and "
                "concepts. Students open it in Marginalia and see your notes beside their own."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter articles by title"))
        self.filter.setAccessibleName(self.tr("Filter articles by title"))
        self.filter.textChanged.connect(self._filter)
        self.articles = QListWidget()
        self.articles.setAccessibleName(self.tr("Articles in the pack"))
        for summary in library:
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if summary.id == chosen else Qt.CheckState.Unchecked
            )
            self.articles.addItem(item)
            if summary.id == chosen:
                self.articles.setCurrentItem(item)
        self.articles.itemChanged.connect(lambda _item: self._update())
        self.title = QLineEdit(self._titles.get(chosen, "") if chosen is not None else "")
        self.title.setAccessibleName(self.tr("Title of the pack"))
        self.title.setMaxLength(300)
        self.instruction = QPlainTextEdit()
        self.instruction.setAccessibleName(self.tr("Instruction for the class"))
        self.instruction.setPlaceholderText(
            self.tr(
                "What should the class do? For example: Read and tag every cause of the détente."
            )
        )
        self.instruction.setTabChangesFocus(True)
        self.instruction.setMaximumHeight(90)
        self.instruction.textChanged.connect(self._update)
        self.name = QLineEdit(name)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("As your class knows you, e.g. Bu Sari"))
        self.name.textChanged.connect(self._update)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What goes in the pack"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Instruction:"), self.instruction)
        form.addRow(self.tr("Your &name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save Pack…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.articles, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update()

    def chosen_ids(self) -> list[int]:
        found = []
        for row in range(self.articles.count()):
            item = self.articles.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def set_checked(self, article_ids: Sequence[int]) -> None:
        for row in range(self.articles.count()):
            item = self.articles.item(row)
            on = int(item.data(Qt.ItemDataRole.UserRole)) in article_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def request(self) -> PackRequest:
        titles = [self._titles[i] for i in self.chosen_ids()]
        return PackRequest(
            article_ids=tuple(self.chosen_ids()),
            title=self.title.text().strip() or "; ".join(titles),
            instruction=self.instruction.toPlainText().strip(),
            name=self.name.text().strip(),
        )

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.articles.count()):
            item = self.articles.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update(self) -> None:
        chosen = self.chosen_ids()
        marks = sum(self._highlights.get(i, 0) for i in chosen)
        problem = ""
        if not chosen:
            problem = self.tr("Choose at least one article.")
        elif len(chosen) > MAX_ARTICLES:
            problem = self.tr("A pack holds at most {limit} articles.").format(limit=MAX_ARTICLES)
        elif not self.name.text().strip():
            problem = self.tr("Give your name: students see whose notes they are reading.")
        elif len(self.instruction.toPlainText()) > MAX_INSTRUCTION_CHARS:
            problem = self.tr("The instruction can be at most {limit} characters long.").format(
                limit=MAX_INSTRUCTION_CHARS
            )
        if problem:
            self.status.setText(problem)
        else:
            articles = english_plural(self.tr("%n article(s)", "", len(chosen)), len(chosen))
            notes = english_plural(self.tr("%n highlight(s)", "", marks), marks)
            self.status.setText(
                self.tr("The pack holds {articles} and {notes} of yours.").format(
                    articles=articles, notes=notes
                )
            )
        self.save_button.setEnabled(not problem)
