"""The Concepts panel's models: concepts filtered by name and alias, passages grouped by article."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.core.text_folding import fold as fold_text
from reader.store.concepts import ConceptSummary, Passage
from reader.ui.widgets.card_list import row_flags
from reader.ui.widgets.card_painting import english_plural, one_line
from reader.ui.widgets.highlight_palette import color_title, swatch_icon

Index = QModelIndex | QPersistentModelIndex


# Concept list roles.
CONCEPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int


CONCEPT_ROLE = Qt.ItemDataRole.UserRole + 2  # ConceptSummary


COUNTS_ROLE = Qt.ItemDataRole.UserRole + 3  # "7 passages · 3 articles"


# Passage list roles. A row is either an article header or a passage card.
PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 11  # Passage, or None on an article header


HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 12  # str, or None on a header


ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 13  # int, on both kinds of row


ARTICLE_TITLE_ROLE = Qt.ItemDataRole.UserRole + 14  # str on a header, None on a card


SECTION_ROLE = Qt.ItemDataRole.UserRole + 15  # "§ heading", "Unplaced", or None


QUOTE_HTML_ROLE = Qt.ItemDataRole.UserRole + 16  # "…before <b>exact</b> after…"


UNPLACED = str(QT_TRANSLATE_NOOP("ConceptBrowser", "Unplaced"))


UNPLACED_EXPLANATION = str(
    QT_TRANSLATE_NOOP(
        "ConceptBrowser",
        "This passage was not found in the article's current text. "
        "Open the article to place it again.",
    )
)


# How much of the text around a quote to show on each side, in characters.
CONTEXT_CHARS = 40


# Highlights store this many characters of context (reader.core.anchoring.describe): a
# shorter prefix or suffix means the quote sits at the very start or end of the article.
STORED_CONTEXT = 32


# A quote longer than this is cut in the card; the tooltip has it whole.
QUOTE_CHARS = 480


def fold(text: str) -> str:
    """``text`` for matching: case, accents and repeated spaces ignored ("Détente" ~ "detente")."""
    return " ".join(fold_text(text).split())


def _spaced(text: str) -> str:
    """Runs of whitespace (line breaks too) as one space, keeping a space at either end."""
    return re.sub(r"\s+", " ", text)


def browser_text(source: str) -> str:
    """One of the constants above in the interface's language."""
    return QCoreApplication.translate("ConceptBrowser", source)


def cut_text(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut at a word boundary and ended with …"""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + "…"


def quote_in_context(passage: Passage) -> tuple[str, str, str]:
    """(before, exact, after) as a card shows them: a few words either side of the quote.

    The context stays within the quote's paragraph; "…" marks where it was cut.
    """
    exact = cut_text(one_line(passage.exact), QUOTE_CHARS)

    prefix = passage.prefix
    paragraph_start = "\n" in prefix
    before = _spaced(prefix.rsplit("\n", 1)[-1])
    cut = not paragraph_start and len(prefix) >= STORED_CONTEXT
    if len(before) > CONTEXT_CHARS:
        before, cut = before[-CONTEXT_CHARS:], True
    if cut and before and not before[0].isspace() and " " in before.strip():
        before = before.split(" ", 1)[1]  # the first word is a fragment of one
    before = before.lstrip()
    if cut and before:
        before = "…" + before

    suffix = passage.suffix
    paragraph_end = "\n" in suffix
    after = _spaced(suffix.split("\n", 1)[0])
    cut = not paragraph_end and len(suffix) >= STORED_CONTEXT
    if len(after) > CONTEXT_CHARS:
        after, cut = after[:CONTEXT_CHARS], True
    if cut and after and not after[-1].isspace() and " " in after.strip():
        after = after.rsplit(" ", 1)[0]
    after = after.rstrip()
    if cut and after:
        after += "…"

    # The quote was selected whole, so a space at its edge belongs to the context.
    if passage.exact[:1].isspace() and before and not before.endswith(" "):
        before += " "
    if passage.exact[-1:].isspace() and after and not after.startswith(" "):
        after = " " + after
    return before, exact, after


def section_text(passage: Passage) -> str | None:
    if not passage.placed:
        return browser_text(UNPLACED)
    # The section sign and the article's own heading: the same in every language.
    return "§ " + one_line(passage.section) if passage.section else None


class ConceptListModel(QAbstractListModel):
    """Concepts in the order given (alphabetical), narrowed by a filter on name and alias."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ConceptSummary] = []
        self._rows: list[ConceptSummary] = []
        self._row_of: dict[int, int] = {}
        self._filter = ""
        self._has_colors = False

    def set_items(self, items: Sequence[ConceptSummary]) -> None:
        self._all = list(items)
        self._has_colors = any(c.color for c in self._all)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self._filter = fold(text)
        self._refilter()

    def filter_text(self) -> str:
        return self._filter

    def matches(self, concept: ConceptSummary) -> bool:
        if not self._filter:
            return True
        return any(self._filter in fold(name) for name in (concept.name, *concept.aliases))

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = [c for c in self._all if self.matches(c)]
        self._row_of = {c.id: n for n, c in enumerate(self._rows)}
        self.endResetModel()

    def total_count(self) -> int:
        return len(self._all)

    def has_colors(self) -> bool:
        """Whether any concept has a colour: then every name leaves room for a swatch."""
        return self._has_colors

    def find(self, concept_id: int) -> ConceptSummary | None:
        """The concept, shown or filtered out."""
        return next((c for c in self._all if c.id == concept_id), None)

    def row_of(self, concept_id: int) -> int | None:
        return self._row_of.get(concept_id)

    def concept_at(self, row: int) -> ConceptSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return row_flags(header=False)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        concept = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return concept.name
        if role == CONCEPT_ID_ROLE:
            return concept.id
        if role == CONCEPT_ROLE:
            return concept
        if role == COUNTS_ROLE:
            return self.counts_text(concept.passages, concept.articles)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(concept.color) if concept.color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(concept)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = self.tr("{name}: {passages} in {articles}").format(
                name=concept.name,
                passages=self.passages_text(concept.passages),
                articles=self.articles_text(concept.articles),
            )
            if concept.aliases:
                also = self.tr("Also called {names}").format(names=", ".join(concept.aliases))
                spoken += ". " + also
            if concept.color:
                spoken += ". " + self.tr("Colour: {color}").format(color=color_title(concept.color))
            return spoken
        return None

    # -- words -------------------------------------------------------------------------
    def passages_text(self, count: int) -> str:
        """``"7 passages"``, in the interface's language."""
        return english_plural(self.tr("%n passage(s)", "", count), count)

    def articles_text(self, count: int) -> str:
        return english_plural(self.tr("%n article(s)", "", count), count)

    def counts_text(self, passages: int, articles: int) -> str:
        """``"7 passages · 3 articles"``."""
        return self.tr("{passages} · {articles}").format(
            passages=self.passages_text(passages), articles=self.articles_text(articles)
        )

    def _tooltip(self, concept: ConceptSummary) -> str:
        parts = []
        if concept.aliases:
            parts.append(self.tr("Also called: {names}").format(names=", ".join(concept.aliases)))
        if concept.definition.strip():
            parts.append(cut_text(one_line(concept.definition), 300))
        if concept.color:
            parts.append(self.tr("Colour: {color}").format(color=color_title(concept.color)))
        return "\n\n".join(parts) if parts else concept.name


@dataclass(frozen=True)
class ArticleHeader:
    article_id: int
    title: str
    passages: int


class PassageListModel(QAbstractListModel):
    """Passages grouped by article: a header row, then that article's passages.

    Articles come in the order their first passage is given, and passages within an
    article keep the order given.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleHeader | Passage] = []
        self._row_of: dict[str, int] = {}
        self._count = 0
        self._articles = 0

    def set_passages(self, passages: Sequence[Passage]) -> bool:
        """Replace the passages; True when the rows only changed in place."""
        groups: dict[int, list[Passage]] = {}
        for passage in passages:
            groups.setdefault(passage.article_id, []).append(passage)
        rows: list[ArticleHeader | Passage] = []
        for article_id, members in groups.items():
            rows.append(ArticleHeader(article_id, members[0].article_title, len(members)))
            rows.extend(members)
        self._count = len(passages)
        self._articles = len(groups)
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows]:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            for n in changed:
                self.dataChanged.emit(self.index(n), self.index(n))
            return True
        self.beginResetModel()
        self._rows = rows
        self._row_of = {r.highlight_id: n for n, r in enumerate(rows) if isinstance(r, Passage)}
        self.endResetModel()
        return False

    @staticmethod
    def _key(row: ArticleHeader | Passage) -> tuple[str, int | str]:
        if isinstance(row, ArticleHeader):
            return ("article", row.article_id)
        return ("passage", row.highlight_id)

    def passage_count(self) -> int:
        return self._count

    def article_count(self) -> int:
        return self._articles

    def row_of(self, highlight_id: str) -> int | None:
        return self._row_of.get(highlight_id)

    def passage_at(self, row: int) -> Passage | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, Passage) else None

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return row_flags(header=isinstance(self._rows[index.row()], ArticleHeader))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, ArticleHeader):
            return self._header_data(row, role)
        return self._passage_data(row, role)

    def _header_data(self, header: ArticleHeader, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, ARTICLE_TITLE_ROLE):
            return header.title
        if role == ARTICLE_ID_ROLE:
            return header.article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return header.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = self.tr("Article: {title}, %n passage(s)", "", header.passages)
            return english_plural(spoken, header.passages).format(title=header.title)
        return None

    def _passage_data(self, passage: Passage, role: int) -> Any:
        if role == PASSAGE_ROLE:
            return passage
        if role == HIGHLIGHT_ID_ROLE:
            return passage.highlight_id
        if role == ARTICLE_ID_ROLE:
            return passage.article_id
        if role == SECTION_ROLE:
            return section_text(passage)
        if role == QUOTE_HTML_ROLE:
            before, exact, after = quote_in_context(passage)
            return f"{html.escape(before)}<b>{html.escape(exact)}</b>{html.escape(after)}"
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [section_text(passage) or "", "".join(quote_in_context(passage))]
            if passage.note.strip():
                lines.append(one_line(passage.note))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ToolTipRole:
            quote = cut_text(one_line(passage.exact), 800)
            # The card shows the highlight's colour only as a bar: name it in words too.
            colour = self.tr("Highlight colour: {color}").format(color=color_title(passage.color))
            paragraphs = [passage.article_title, quote, colour]
            if not passage.placed:
                paragraphs.append(browser_text(UNPLACED_EXPLANATION))
            paragraphs.append(self.tr("Double-click or press Enter to open the article here."))
            return "\n\n".join(paragraphs)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = self.tr("Passage: {quote}").format(quote=one_line(passage.exact))
            where = section_text(passage)
            if where:
                spoken = self.tr("{section}: {passage}").format(section=where, passage=spoken)
            spoken = self.tr("{passage}. Colour: {color}").format(
                passage=spoken, color=color_title(passage.color)
            )
            if passage.note.strip():
                spoken = self.tr("{passage}. Note: {note}").format(
                    passage=spoken, note=one_line(passage.note)
                )
            return spoken
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Press Enter to open the article at this passage")
        return None
