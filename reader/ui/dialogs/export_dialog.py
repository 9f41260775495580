"""File → Export…: notes, handouts and annotations, with a live preview of what is written.

The dialog only chooses and shows; the text comes from reader.store.exports, the same
functions `marginalia export` uses, and files are written atomically.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import JsonLexer, MarkdownLexer
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.ui.translation import error_text
from reader.ui.widgets.card_painting import english_plural
from reader.ui.widgets.template_chooser import TEMPLATE_KEY, choose_template

if TYPE_CHECKING:
    from reader.core.exporting.anki_writer import AnkiDeck

FORMATS = (
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Notes (Markdown)")),
    (
        "handout",
        QT_TRANSLATE_NOOP("ExportDialog", "Handout: the article with highlights (Markdown)"),
    ),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "Annotations (W3C Web Annotation JSON)")),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "Handout as PDF")),
    ("anki", QT_TRANSLATE_NOOP("ExportDialog", "Study cards for Anki (.apkg)")),
)
# What the grouping choice means for Notes, and for Anki decks.
GROUPS = {
    "md": (
        QT_TRANSLATE_NOOP("ExportDialog", "By article, in reading order"),
        QT_TRANSLATE_NOOP("ExportDialog", "By concept"),
    ),
    "anki": (
        QT_TRANSLATE_NOOP("ExportDialog", "One deck"),
        QT_TRANSLATE_NOOP("ExportDialog", "A deck for each concept"),
    ),
}
# The paper sizes printing.PAGE_SIZES knows, with the names shown for them.
PAPER_SIZES = (
    ("A4", QT_TRANSLATE_NOOP("ExportDialog", "A4")),
    ("Letter", QT_TRANSLATE_NOOP("ExportDialog", "Letter")),
)
PROBLEM_STYLE = "color: #b91c1c;"
DONE_STYLE = "color: #166534;"
SUFFIX = {"md": ".md", "handout": ".md", "json": ".json", "pdf": ".pdf", "anki": ".apkg"}


def coloured(text: str, fmt: str) -> str:
    """The preview as HTML, coloured like an editor would colour it."""
    lexer = JsonLexer() if fmt == "json" else MarkdownLexer()
    body = str(highlight(text, lexer, HtmlFormatter(noclasses=True, nowrap=True)))
    return f'<pre style="font-family: monospace; white-space: pre-wrap;">{body}</pre>'


class ExportDialog(QDialog):
    """Choose a format and what to export, see it as it will be written, save or copy it."""

    def __init__(
        self,
        parent: QWidget | None,
        settings: QSettings,
        article: tuple[int, str] | None,
        concept_names: Sequence[str],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.resize(900, 640)
        self.settings = settings
        self.article = article
        self.text = ""

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        self.format.setAccessibleDescription(
            self.tr("Notes, a handout of the article, or annotations for other programs")
        )
        for key, label in FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("What to export"))
        self.scope.setAccessibleDescription(
            self.tr("One article, the passages of one concept, or the whole library")
        )
        if article is not None:
            self.scope.addItem(
                self.tr("This article: {title}").format(title=article[1]), ("article", article[0])
            )
        for name in concept_names:
            self.scope.addItem(self.tr("Concept: {name}").format(name=name), ("concept", name))
        self.scope.addItem(self.tr("The whole library"), ("library", None))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group notes by"))
        by_article, by_concept = GROUPS["md"]
        self.group.addItem(QCoreApplication.translate("ExportDialog", by_article), "article")
        self.group.addItem(QCoreApplication.translate("ExportDialog", by_concept), "concept")
        self.template_label = QLabel()
        self.template_button = QPushButton(self.tr("Choose Template…"))
        self.template_button.setAccessibleName(self.tr("Choose a template file"))
        self.template_button.setAccessibleDescription(
            self.tr("A Jinja2 template that lays out the notes in your own way")
        )
        self.template_reset = QPushButton(self.tr("Default"))
        self.template_reset.setAccessibleName(self.tr("Use the default template"))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_reset)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        for size, label in PAPER_SIZES:
            self.page_size.addItem(QCoreApplication.translate("ExportDialog", label), size)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Export:"), self.scope)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("Template:"), template_row)
        form.addRow(self.tr("&Paper:"), self.page_size)
        self.error = QLabel()
        self.error.setWordWrap(True)
        # It says what went wrong, or where the export was saved: not by colour alone.
        self.error.setAccessibleName(self.tr("Export status"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the export"))
        self.preview.setAccessibleDescription(self.tr("Exactly the text that Save writes"))
        self.preview.setOpenLinks(False)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleDescription(self.tr("Choose a file and write the export"))
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleDescription(self.tr("Copy the export to the clipboard"))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.format, self.scope, self.group):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.template_button.clicked.connect(self.choose_template)
        self.template_reset.clicked.connect(lambda: self.set_template(None))
        saved = self.settings.value(TEMPLATE_KEY)
        self.set_template(Path(str(saved)) if saved else None)

    # -- choices -----------------------------------------------------------------------
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def set_template(self, path: Path | None) -> None:
        self.template = path
        self.template_label.setText(str(path) if path else self.tr("The default layout"))
        self.settings.setValue(TEMPLATE_KEY, str(path) if path else "")
        self._timer.start()

    def choose_template(self) -> None:
        chosen = choose_template(self)
        if chosen is not None:
            self.set_template(chosen)

    def _update_controls(self) -> None:
        fmt = self.chosen_format()
        single = fmt in ("handout", "pdf")
        decks = fmt == "anki"  # made of concepts or the whole library, never one article
        for index in range(self.scope.count()):
            kind, _value = self.scope.itemData(index)
            item = self.scope.model().item(index)  # type: ignore[attr-defined]
            item.setEnabled((not single or kind == "article") and (not decks or kind != "article"))
        if single and self.scope.currentData()[0] != "article" and self.article is not None:
            self.scope.setCurrentIndex(0)
        if decks and self.scope.currentData()[0] == "article":
            self.scope.setCurrentIndex(self.scope.count() - 1)
        for index, label in enumerate(GROUPS["anki" if decks else "md"]):
            self.group.setItemText(index, QCoreApplication.translate("ExportDialog", label))
        self.group.setEnabled(fmt == "md" or (decks and self.scope.currentData()[0] == "library"))
        self.copy_button.setEnabled(not decks)
        self.template_button.setEnabled(fmt == "md")
        self.template_reset.setEnabled(fmt == "md")
        self.page_size.setEnabled(fmt == "pdf")

    # -- output ------------------------------------------------------------------------
    def export_text(self) -> str:
        """The export as text (for PDF: the handout Markdown it is printed from)."""
        from reader.store import exports

        fmt = self.chosen_format()
        kind, value = self.scope.currentData()
        article_id = int(value) if kind == "article" else None
        if fmt in ("handout", "pdf"):
            if article_id is None:
                raise UserError(self.tr("A handout is made from one article: choose the article."))
            return exports.handout_markdown(article_id, translate=QCoreApplication.translate)
        if fmt == "anki":
            return self._deck_preview(kind, value)
        if fmt == "json":
            collection = exports.annotations_json(article_id, QCoreApplication.translate)
            return json.dumps(collection, ensure_ascii=False, indent=2)
        # The export's own words follow the interface language.
        return exports.notes_markdown(
            article_id=article_id,
            concept=str(value) if kind == "concept" else None,
            by=str(self.group.currentData()),
            template=self.template,
            translate=QCoreApplication.translate,
        )

    def _decks(self, kind: str, value: object) -> list[AnkiDeck]:
        from reader.store.anki_export import BY_CONCEPT, BY_LIBRARY, anki_decks

        by = BY_CONCEPT if self.group.currentData() == "concept" else BY_LIBRARY
        return anki_decks(str(value) if kind == "concept" else None, by)

    def _deck_preview(self, kind: str, value: object) -> str:
        """What the .apkg will hold, as Markdown: each deck with its cards' questions."""
        from reader.core.study.cards import question_text

        lines = []
        for deck in self._decks(kind, value):
            count = len(deck.cards)
            lines.append(f"# {deck.name}\n")
            lines.append(english_plural(self.tr("%n card(s)", "", count), count) + "\n")
            lines += [f"- {question_text(card)}" for card in deck.cards]
            lines.append("")
        return "\n".join(lines)

    def refresh(self) -> None:
        self._update_controls()
        try:
            self.text = self.export_text()
        except UserError as exc:
            self.text = ""
            self._tell(error_text(exc), problem=True)
            self.preview.clear()
            self.save_button.setEnabled(False)
            return
        self.error.hide()
        self.save_button.setEnabled(True)
        self.preview.setHtml(coloured(self.text, self.chosen_format()))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)

    def suggested_name(self) -> str:
        kind, value = self.scope.currentData()
        if kind == "article" and self.article:
            base = self.article[1]
        else:
            base = str(value) if value else self.tr("library")
        safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in base).strip()
        return " ".join(safe.split())[:80] or self.tr("export")

    def save(self) -> None:
        fmt = self.chosen_format()
        folder = str(self.settings.value("export/folder") or Path.home())
        # QFileDialog asks before replacing an existing file.
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save export"), str(Path(folder) / (self.suggested_name() + SUFFIX[fmt]))
        )
        if chosen:
            self.write(Path(chosen))

    def write(self, path: Path) -> bool:
        from reader.core.atomic_write import write_text_atomic
        from reader.store.library_files import refuse_library_files

        try:
            refuse_library_files(path)
            if self.chosen_format() == "anki":
                from reader.core.atomic_write import write_bytes_atomic
                from reader.core.exporting.anki_writer import apkg_bytes

                kind, value = self.scope.currentData()
                write_bytes_atomic(path, apkg_bytes(self._decks(kind, value)))
            elif self.chosen_format() == "pdf":
                from reader.printing.handout_pdf import export_pdf

                _kind, value = self.scope.currentData()
                export_pdf(int(value), path, str(self.page_size.currentData()))
            else:
                write_text_atomic(path, self.text if self.text.endswith("\n") else self.text + "\n")
        except UserError as exc:
            self._tell(error_text(exc), problem=True)
            return False
        self.settings.setValue("export/folder", str(path.parent))
        self._tell(self.tr("Saved {path}").format(path=path), problem=False)
        return True

    def _tell(self, text: str, problem: bool) -> None:
        # The words say which it is; the colour only repeats it.
        self.error.setText(text)
        self.error.setStyleSheet(PROBLEM_STYLE if problem else DONE_STYLE)
        self.error.show()
