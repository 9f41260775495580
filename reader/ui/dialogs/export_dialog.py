"""File → Export…: notes, handouts and annotations, with a live preview of what is written.

The dialog only chooses and shows; the text comes from reader.store.exports, the same
functions `marginalia export` uses, and files are written atomically. A handout PDF is
previewed as its pages, drawn from the PDF the same code writes. The export's own words
(headings, labels, "Page 1 of 3") are in the language chosen here, the interface's by
default, read the way `marginalia export --language` reads them (translation_files.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import JsonLexer, MarkdownLexer
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
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
from reader.core.exporting.mark_flavors import OBSIDIAN, PANDOC
from reader.core.exporting.wording import Translate
from reader.translation_files import export_translate
from reader.ui.translation import error_text, interface_language, language_label
from reader.ui.widgets.card_painting import english_plural
from reader.ui.widgets.screen_fit import resize_within_screen
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
# The two ways a handout marks a passage (handout_writer.FLAVORS), as the dialog names them.
FLAVOR_LABELS = (
    (OBSIDIAN, QT_TRANSLATE_NOOP("ExportDialog", "==text== (Obsidian, markdown-it, pandoc 3)")),
    (PANDOC, QT_TRANSLATE_NOOP("ExportDialog", "[text]{.mark} (pandoc 2 and 3)")),
)
EXPORT_LANGUAGES = ("en", "id")
PREVIEW_PAGES = 3  # enough to see the layout, few enough to draw at once
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
        resize_within_screen(self, 900, 640)
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
        self.template_button = QPushButton(self.tr("Choose Layout File…"))
        self.template_button.setAccessibleName(self.tr("Choose a layout file"))
        self.template_button.setAccessibleDescription(
            self.tr("A layout file of your own that lays out the notes your way")
        )
        self.template_reset = QPushButton(self.tr("Default"))
        self.template_reset.setAccessibleName(self.tr("Use the default layout"))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_reset)
        self.flavor = QComboBox()
        self.flavor.setAccessibleName(self.tr("How passages are marked"))
        self.flavor.setAccessibleDescription(
            self.tr("Pandoc 2 shows ==text== as it is; choose [text]{.mark} for pandoc")
        )
        for flavor, label in FLAVOR_LABELS:
            self.flavor.addItem(QCoreApplication.translate("ExportDialog", label), flavor)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        for size, label in PAPER_SIZES:
            self.page_size.addItem(QCoreApplication.translate("ExportDialog", label), size)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the export"))
        self.language.setAccessibleDescription(
            self.tr("The language of the export's own words; your notes stay as you wrote them")
        )
        for code in EXPORT_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Export:"), self.scope)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("Layout:"), template_row)
        form.addRow(self.tr("&Marks:"), self.flavor)
        form.addRow(self.tr("&Paper:"), self.page_size)
        form.addRow(self.tr("&Language:"), self.language)
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
        for combo in (self.format, self.scope, self.group, self.flavor, self.page_size):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.language.currentIndexChanged.connect(lambda _i: self._timer.start())
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
        self.template_button.setEnabled(fmt == "md")
        self.template_reset.setEnabled(fmt == "md")
        self.flavor.setEnabled(fmt == "handout")
        self.page_size.setEnabled(fmt == "pdf")
        self.copy_button.setEnabled(fmt not in ("pdf", "anki"))  # files, not text

    def translate(self) -> Translate:
        """The export's own words in the chosen language: the interface's own translation
        when it is that language, else that language's translation file."""
        code = str(self.language.currentData())
        if code == interface_language():
            return QCoreApplication.translate
        return export_translate(code)

    # -- output ------------------------------------------------------------------------
    def export_text(self) -> str:
        """The export as text (for PDF: the handout Markdown it is printed from)."""
        from reader.store import exports

        fmt = self.chosen_format()
        kind, value = self.scope.currentData()
        article_id = int(value) if kind == "article" else None
        translate = self.translate()
        if fmt in ("handout", "pdf"):
            if article_id is None:
                raise UserError(self.tr("A handout is made from one article: choose the article."))
            # The PDF prints the handout's marks as ==text==, whatever is chosen for Markdown.
            flavor = str(self.flavor.currentData()) if fmt == "handout" else OBSIDIAN
            return exports.handout_markdown(article_id, flavor=flavor, translate=translate)
        if fmt == "anki":
            return self._deck_preview(kind, value)
        if fmt == "json":
            collection = exports.annotations_json(article_id, translate)
            return json.dumps(collection, ensure_ascii=False, indent=2)
        return exports.notes_markdown(
            article_id=article_id,
            concept=str(value) if kind == "concept" else None,
            by=str(self.group.currentData()),
            template=self.template,
            translate=translate,
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
        if self.chosen_format() == "pdf":
            self._show_pages()
        else:
            self.preview.setHtml(coloured(self.text, self.chosen_format()))

    def _show_pages(self) -> None:
        """The handout's first pages as the PDF will print them."""
        from reader.printing.handout_pdf import article_handout, pdf_bytes
        from reader.printing.page_preview import page_images

        _kind, value = self.scope.currentData()
        translate = self.translate()
        markdown, title, colors = article_handout(int(value), translate)
        size = str(self.page_size.currentData())
        pdf = pdf_bytes(markdown, title, size, colors, translate)
        width = max(200, self.preview.viewport().width() - 48)
        document = self.preview.document()
        pages = []
        for number, image in enumerate(page_images(pdf, width, PREVIEW_PAGES), start=1):
            name = f"page-{number}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            pages.append(f'<p align="center"><img src="{name}"></p>')
        # Grey around white pages, as a viewer shows them: the page's edges are seen.
        self.preview.setHtml(f'<body style="background-color: #8c8c8c">{"".join(pages)}</body>')
        self.preview.verticalScrollBar().setValue(0)  # the first page's top, not its foot

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
                export_pdf(int(value), path, str(self.page_size.currentData()), self.translate())
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
