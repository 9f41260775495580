"""The concept browser: every concept in the library, and the chosen one's passages.

Before an exam a student picks a concept ("Détente") and reads every passage tagged with
it, across all articles, grouped by article. The browser changes nothing itself: it asks
through its signals, and the window answers by calling ``set_concepts`` and
``set_passages`` with fresh data. Its words are translated (context ``ConceptBrowser``
and its classes' names).
"""

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
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.text_folding import fold as fold_text
from reader.store.concepts import ConceptSummary, Passage
from reader.ui.annotations.panel import wrapped_lines
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CARD_MARGIN_Y,
    english_plural,
    mix,
    one_line,
    paint_card_frame,
    scaled,
)
from reader.ui.widgets.highlight_palette import color_title, edge, shade, swatch_icon

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

# English, marked for translation; shown through browser_text().
FILTER_PLACEHOLDER = str(QT_TRANSLATE_NOOP("ConceptBrowser", "Filter concepts…"))
EMPTY_LIBRARY = str(
    QT_TRANSLATE_NOOP("ConceptBrowser", "No concepts yet. Select a passage and press T to tag it.")
)
NO_CONCEPT_CHOSEN = str(
    QT_TRANSLATE_NOOP("ConceptBrowser", "Choose a concept to review its passages.")
)
NO_DEFINITION = str(QT_TRANSLATE_NOOP("ConceptBrowser", "No definition yet — add one in Manage…"))
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
DEFINITION_CHARS = 500
NOTE_LINES = 3
TITLE_LINES = 2


# -- text ------------------------------------------------------------------------------
def fold(text: str) -> str:
    """``text`` for matching: case, accents and repeated spaces ignored ("Détente" ~ "detente")."""
    return " ".join(fold_text(text).split())


def _spaced(text: str) -> str:
    """Runs of whitespace (line breaks too) as one space, keeping a space at either end."""
    return re.sub(r"\s+", " ", text)


def browser_text(source: str) -> str:
    """One of the constants above in the interface's language."""
    return QCoreApplication.translate("ConceptBrowser", source)


def _cut(text: str, limit: int) -> str:
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
    exact = _cut(one_line(passage.exact), QUOTE_CHARS)

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


# -- colours and fonts -----------------------------------------------------------------
def _muted(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.4)


@dataclass(frozen=True)
class _Fonts:
    body: QFont
    bold: QFont
    small: QFont
    small_italic: QFont
    heading: QFont

    @classmethod
    def for_base(cls, base: QFont) -> _Fonts:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.Bold)
        small = scaled(base, 0.9)
        small_italic = QFont(small)
        small_italic.setItalic(True)
        heading = QFont(base)
        heading.setWeight(QFont.Weight.Bold)
        return cls(QFont(base), bold, small, small_italic, heading)


class _FontCache:
    """The fonts a view's rows are painted with, rebuilt when the view's font changes."""

    def __init__(self, view: QListView) -> None:
        self._view = view
        self._key = ""
        self.fonts = _Fonts.for_base(view.font())

    def current(self) -> tuple[_Fonts, bool]:
        """The fonts, and whether they just changed (so cached layouts are stale)."""
        key = self._view.font().key()
        if key == self._key:
            return self.fonts, False
        self._key = key
        self.fonts = _Fonts.for_base(self._view.font())
        return self.fonts, True


# -- lists -----------------------------------------------------------------------------
class BrowserListView(QListView):
    """A list that says so when it is empty, and reports Enter on its current row."""

    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_message = ""
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows are as wide as the list, and their height follows the width.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)  # hover outline
        self.setTabKeyNavigation(False)  # Tab leaves the list: arrows move within it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_message:
            painter = QPainter(self.viewport())
            painter.setPen(_muted(self.palette()))
            painter.drawText(
                self.viewport().rect().adjusted(16, 20, -16, -16),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_message,
            )
            painter.end()


# -- concept list ----------------------------------------------------------------------
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
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

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
            parts.append(_cut(one_line(concept.definition), 300))
        if concept.color:
            parts.append(self.tr("Colour: {color}").format(color=color_title(concept.color)))
        return "\n\n".join(parts) if parts else concept.name


ROW_PADDING_X = 8
ROW_PADDING_Y = 5
ROW_MARGIN = 2
SWATCH = 10
CORNER = 5


class ConceptDelegate(QStyledItemDelegate):
    """A concept as two lines: its name, and its counts in smaller, muted text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts = _FontCache(view)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fonts, _ = self._fonts.current()
        height = (
            QFontMetricsF(fonts.body).lineSpacing()
            + 1
            + QFontMetricsF(fonts.small).lineSpacing()
            + 2 * ROW_PADDING_Y
            + 2 * ROW_MARGIN
        )
        return QSize(max(120, self._view.viewport().width()), round(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        concept = index.data(CONCEPT_ROLE)
        if not isinstance(concept, ConceptSummary):
            return
        fonts, _ = self._fonts.current()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette: QPalette = option.palette
        state: QStyle.StateFlag = option.state
        rect = QRectF(option.rect).adjusted(4, ROW_MARGIN, -4, -ROW_MARGIN)
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(accent, 1.5))
            painter.setBrush(mix(base, accent, 0.14))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), CORNER, CORNER)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(base, text_color, 0.05))
            painter.drawRoundedRect(rect, CORNER, CORNER)

        name = QFontMetricsF(fonts.body)
        small = QFontMetricsF(fonts.small)
        left = rect.left() + ROW_PADDING_X
        top = rect.top() + ROW_PADDING_Y
        if concept.color:
            swatch = QRectF(left, top + (name.height() - SWATCH) / 2, SWATCH, SWATCH)
            painter.setPen(QPen(edge(concept.color), 1))
            painter.setBrush(shade(concept.color))
            painter.drawRoundedRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        model = index.model()
        if isinstance(model, ConceptListModel) and model.has_colors():
            left += SWATCH + 8  # names line up whether or not they have a colour
        width = rect.right() - ROW_PADDING_X - left

        painter.setFont(fonts.body)
        painter.setPen(text_color)
        painter.drawText(
            QPointF(left, top + name.ascent()),
            name.elidedText(concept.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(fonts.small)
        painter.setPen(_muted(palette))
        counts = str(index.data(COUNTS_ROLE) or "")
        painter.drawText(
            QPointF(left, top + name.lineSpacing() + 1 + small.ascent()),
            small.elidedText(counts, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


# -- passage list ----------------------------------------------------------------------
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
        if isinstance(self._rows[index.row()], ArticleHeader):
            # Disabled, so the arrow keys step over headers and a click cannot select one.
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

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
            quote = _cut(one_line(passage.exact), 800)
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


CARD_PADDING = 8
COLOR_BAR = 5
GAP = 4
HEADER_TOP = 12  # space above an article's title, so groups stand apart
HEADER_BOTTOM = 4


@dataclass(frozen=True)
class _CardLayout:
    section: str | None
    quote: QTextLayout
    quote_height: float
    note: tuple[str, ...]
    quote_y: float
    note_y: float
    height: int


@dataclass(frozen=True)
class _HeaderLayout:
    title: tuple[str, ...]
    height: int


class PassageDelegate(QStyledItemDelegate):
    """Paints article headers, and passages as cards: section, quote in context, note.

    Laying text out is the costly part, so layouts are cached by content and width.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts = _FontCache(view)
        self._cards: dict[tuple[Passage, int], _CardLayout] = {}
        self._headers: dict[tuple[str, int], _HeaderLayout] = {}

    def _current_fonts(self) -> _Fonts:
        fonts, changed = self._fonts.current()
        if changed:
            self._cards.clear()
            self._headers.clear()
        return fonts

    def _row_width(self) -> int:
        return max(120, self._view.viewport().width())

    @staticmethod
    def _content_width(row_width: int) -> float:
        return max(40.0, row_width - 2 * CARD_MARGIN_X - COLOR_BAR - 2 * CARD_PADDING)

    def _header_layout(self, title: str, row_width: int) -> _HeaderLayout:
        key = (title, row_width)
        cached = self._headers.get(key)
        if cached is None:
            fonts = self._current_fonts()
            width = row_width - 2 * CARD_MARGIN_X - 4
            lines = wrapped_lines(title, fonts.heading, width, TITLE_LINES)
            spacing = QFontMetricsF(fonts.heading).lineSpacing()
            cached = _HeaderLayout(
                lines, round(HEADER_TOP + max(1, len(lines)) * spacing + HEADER_BOTTOM)
            )
            if len(self._headers) > 5_000:
                self._headers.clear()
            self._headers[key] = cached
        return cached

    def _card_layout(self, passage: Passage, row_width: int) -> _CardLayout:
        key = (passage, row_width)
        cached = self._cards.get(key)
        if cached is not None:
            return cached
        fonts = self._current_fonts()
        width = self._content_width(row_width)
        small = QFontMetricsF(fonts.small)

        section = section_text(passage)
        y = 0.0
        if section:
            y += small.lineSpacing() + GAP
        quote_y = y

        before, exact, after = quote_in_context(passage)
        quote = QTextLayout(before + exact + after, fonts.body)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        quote.setTextOption(option)
        bold = QTextLayout.FormatRange()
        bold.start = len(before)
        bold.length = len(exact)
        bold_format = QTextCharFormat()
        bold_format.setFontWeight(QFont.Weight.Bold)
        bold.format = bold_format
        quote.setFormats([bold])
        quote.beginLayout()
        line_y = 0.0
        while True:
            line = quote.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, line_y))
            line_y += line.height()
        quote.endLayout()
        y += line_y

        note = wrapped_lines(passage.note, fonts.small, width, NOTE_LINES)
        note_y = y + GAP + 1
        if note:
            y = note_y + len(note) * small.lineSpacing()
        height = round(y + 2 * CARD_PADDING + 2 * CARD_MARGIN_Y)
        layout = _CardLayout(section, quote, line_y, note, quote_y, note_y, height)
        if len(self._cards) > 5_000:  # widths change while resizing; don't grow forever
            self._cards.clear()
        self._cards[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._row_width()
        passage = index.data(PASSAGE_ROLE)
        if isinstance(passage, Passage):
            return QSize(width, self._card_layout(passage, width).height)
        title = str(index.data(ARTICLE_TITLE_ROLE) or "")
        return QSize(width, self._header_layout(title, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(option.rect)
        palette: QPalette = option.palette
        passage = index.data(PASSAGE_ROLE)
        if isinstance(passage, Passage):
            self._paint_card(painter, rect, palette, option.state, passage)
        else:
            self._paint_header(painter, rect, palette, str(index.data(ARTICLE_TITLE_ROLE) or ""))
        painter.restore()

    def _paint_header(self, painter: QPainter, rect: QRectF, palette: QPalette, title: str) -> None:
        fonts = self._current_fonts()
        # Header rows are disabled (so keys skip them), which would grey their text out.
        palette = QPalette(palette)
        palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
        metrics = QFontMetricsF(fonts.heading)
        left = rect.left() + CARD_MARGIN_X + 2
        y = rect.top() + HEADER_TOP
        painter.setFont(fonts.heading)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for line in self._header_layout(title, round(rect.width())).title:
            painter.drawText(QPointF(left, y + metrics.ascent()), line)
            y += metrics.lineSpacing()

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        passage: Passage,
    ) -> None:
        fonts = self._current_fonts()
        layout = self._card_layout(passage, round(rect.width()))
        text_color = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = _muted(palette)

        card = paint_card_frame(
            painter,
            rect,
            palette,
            state,
            bar=edge(passage.color),
            placed=passage.placed,
            corner=CORNER,
            bar_width=COLOR_BAR,
        )

        left = card.left() + COLOR_BAR + CARD_PADDING
        top = card.top() + CARD_PADDING
        width = self._content_width(round(rect.width()))
        small = QFontMetricsF(fonts.small)
        if layout.section:
            font = fonts.small if passage.placed else fonts.small_italic
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                QPointF(left, top + small.ascent()),
                QFontMetricsF(font).elidedText(layout.section, Qt.TextElideMode.ElideRight, width),
            )

        painter.setPen(text_color if passage.placed else mix(text_color, base, 0.2))
        layout.quote.draw(painter, QPointF(left, top + layout.quote_y))

        if layout.note:
            painter.setFont(fonts.small)
            painter.setPen(muted)
            y = top + layout.note_y
            for line in layout.note:
                painter.drawText(QPointF(left, y + small.ascent()), line)
                y += small.lineSpacing()


# -- the browser -----------------------------------------------------------------------
class ConceptBrowser(QWidget):
    """Every concept, filterable; below, the chosen concept's definition and passages."""

    concept_selected = Signal(int)  # the user chose a concept: load its passages
    passage_activated = Signal(int, str)  # article id, highlight id: open the article there
    manage_requested = Signal()  # open the concept manager

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Concepts"))
        self._selected_id: int | None = None
        self._shown: ConceptSummary | None = None  # whose passages the lower list shows
        self._refreshing = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(browser_text(FILTER_PLACEHOLDER))
        self.filter_edit.setAccessibleName(self.tr("Filter concepts"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Matches names and aliases, ignoring accents")
        )
        self.filter_edit.setClearButtonEnabled(True)
        for button in self.filter_edit.findChildren(QAbstractButton):
            button.setAccessibleName(self.tr("Clear filter"))
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_enter)
        self.filter_edit.installEventFilter(self)

        self.manage_button = QPushButton(self.tr("Manage…"))
        self.manage_button.setAccessibleName(self.tr("Manage concepts"))
        self.manage_button.setToolTip(self.tr("Rename, merge, define and colour concepts"))
        self.manage_button.clicked.connect(self.manage_requested)

        self.concept_model = ConceptListModel(self)
        self.concept_list = BrowserListView()
        self.concept_list.setAccessibleName(self.tr("Concept list"))
        self.concept_list.setAccessibleDescription(
            self.tr("Choose a concept to see its passages; Enter moves to the passages")
        )
        self.concept_list.setModel(self.concept_model)
        self.concept_delegate = ConceptDelegate(self.concept_list)
        self.concept_list.setItemDelegate(self.concept_delegate)
        self.concept_list.setUniformItemSizes(True)
        self.concept_list.selectionModel().selectionChanged.connect(self._on_concept_changed)
        self.concept_list.enter_pressed.connect(self._focus_passages)

        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Concept name"))
        self.title_label.setWordWrap(True)
        self.title_label.setFont(scaled(self.font(), 1.15))
        title_font = self.title_label.font()
        title_font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(title_font)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Passage count"))
        self.counts_label.setFont(scaled(self.font(), 0.9))
        self.definition_label = QLabel()
        self.definition_label.setAccessibleName(self.tr("Definition"))
        self.definition_label.setWordWrap(True)
        self.definition_label.setTextFormat(Qt.TextFormat.PlainText)
        self.definition_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passage_model = PassageListModel(self)
        self.passage_list = BrowserListView()
        self.passage_list.setAccessibleName(self.tr("Passages"))
        self.passage_list.setAccessibleDescription(
            self.tr("Double-click a passage or press Enter to open the article there")
        )
        self.passage_list.setModel(self.passage_model)
        self.passage_delegate = PassageDelegate(self.passage_list)
        self.passage_list.setItemDelegate(self.passage_delegate)
        self.passage_list.setUniformItemSizes(False)
        # A card's height follows the list's width, and QListView lays rows out again when
        # the list is resized but not when a scrollbar appearing narrows its viewport: the
        # cards would then overlap. A scrollbar that is always there keeps the width fixed.
        self.passage_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.passage_list.doubleClicked.connect(self._on_passage_double_clicked)
        self.passage_list.enter_pressed.connect(self._activate_current_passage)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.manage_button)

        details = QWidget()
        details.setAccessibleName(self.tr("Selected concept"))
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.setSpacing(2)
        details_layout.addWidget(self.title_label)
        details_layout.addWidget(self.counts_label)
        details_layout.addSpacing(4)
        details_layout.addWidget(self.definition_label)
        details_layout.addSpacing(4)
        details_layout.addWidget(self.passage_list, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setAccessibleName(self.tr("Concepts and passages"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.concept_list)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([240, 480])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        # Tab goes filter → concepts → passages; the Manage… button comes last.
        QWidget.setTabOrder(self.filter_edit, self.concept_list)
        QWidget.setTabOrder(self.concept_list, self.passage_list)
        QWidget.setTabOrder(self.passage_list, self.manage_button)

        self._update_concept_message()
        self._show_details()

    # -- public ------------------------------------------------------------------------
    def set_concepts(self, items: Sequence[ConceptSummary]) -> None:
        """Replace the concept list, keeping the selected concept if it still exists.

        Never sends ``concept_selected``. When the selected concept is gone its passages
        are cleared.
        """
        keep = self._selected_id
        scroll = self.concept_list.verticalScrollBar().value()
        self._refreshing = True
        try:
            self.concept_model.set_items(items)
            self._reselect()
            self.concept_list.verticalScrollBar().setValue(scroll)
        finally:
            self._refreshing = False
        if keep is not None:
            fresh = self.concept_model.find(keep)
            if fresh is None:
                self._selected_id = None
                self._set_shown(None, [])
            elif self._shown is not None and self._shown.id == keep:
                self._shown = fresh  # renamed, redefined or recoloured meanwhile
        self._show_details()
        self._update_concept_message()

    def set_passages(self, concept: ConceptSummary | None, passages: Sequence[Passage]) -> None:
        """Show ``concept``'s definition and ``passages``, grouped by article in the order
        given. None shows no concept. Never sends ``concept_selected``."""
        if concept is not None and concept.id != self._selected_id:
            self._selected_id = concept.id
            self._refreshing = True
            try:
                self._reselect()
            finally:
                self._refreshing = False
        elif concept is None:
            self._selected_id = None
            self._refreshing = True
            try:
                self.concept_list.selectionModel().clearSelection()
            finally:
                self._refreshing = False
        self._set_shown(concept, passages)

    def selected_concept(self) -> int | None:
        return self._selected_id

    def select_concept(self, concept_id: int | None) -> None:
        """Select ``concept_id`` and send ``concept_selected`` so its passages load.

        A concept hidden by the filter is shown by clearing the filter; an unknown id is
        ignored. None clears the selection and the passages.
        """
        if concept_id is None:
            self.set_passages(None, [])
            return
        if self.concept_model.find(concept_id) is None:
            return
        if self.concept_model.row_of(concept_id) is None:
            self.filter_edit.clear()
        self._selected_id = concept_id
        self._refreshing = True
        try:
            self._reselect()
        finally:
            self._refreshing = False
        row = self.concept_model.row_of(concept_id)
        if row is not None:
            self.concept_list.scrollTo(self.concept_model.index(row))
        self.concept_selected.emit(concept_id)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- concept selection -------------------------------------------------------------
    def _reselect(self) -> None:
        """Select ``_selected_id`` in the list when it is shown; without sending anything."""
        row = (
            self.concept_model.row_of(self._selected_id) if self._selected_id is not None else None
        )
        selection = self.concept_list.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        selection.setCurrentIndex(
            self.concept_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_concept_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._refreshing:
            return
        rows = self.concept_list.selectionModel().selectedIndexes()
        if not rows:
            return  # deselecting keeps the concept on show; choosing another replaces it
        concept_id = int(rows[0].data(CONCEPT_ID_ROLE))
        if concept_id != self._selected_id:
            self._selected_id = concept_id
            self.concept_selected.emit(concept_id)

    def _on_filter_changed(self, text: str) -> None:
        self._refreshing = True
        try:
            self.concept_model.set_filter(text)
            self._reselect()
        finally:
            self._refreshing = False
        row = (
            self.concept_model.row_of(self._selected_id) if self._selected_id is not None else None
        )
        if row is not None:
            self.concept_list.scrollTo(self.concept_model.index(row))
        self._update_concept_message()

    def _on_filter_enter(self) -> None:
        """Enter in the filter chooses the first match, unless the chosen one still shows."""
        if self.concept_model.rowCount() == 0:
            return
        if self._selected_id is None or self.concept_model.row_of(self._selected_id) is None:
            concept = self.concept_model.concept_at(0)
            assert concept is not None
            self.select_concept(concept.id)
        self.concept_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_concept_message(self) -> None:
        if self.concept_model.total_count() == 0:
            self.concept_list.empty_message = browser_text(EMPTY_LIBRARY)
        else:
            self.concept_list.empty_message = self.tr("No concept matches “{text}”.").format(
                text=self.filter_edit.text().strip()
            )
        self.concept_list.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.concept_model.rowCount() > 0:
                self.concept_list.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.concept_list.selectionModel().hasSelection():
                    self.concept_list.setCurrentIndex(self.concept_model.index(0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    # -- passages ----------------------------------------------------------------------
    def _set_shown(self, concept: ConceptSummary | None, passages: Sequence[Passage]) -> None:
        same_concept = (
            concept is not None and self._shown is not None and concept.id == self._shown.id
        )
        keep = self._current_passage_id() if same_concept else None
        scroll = self.passage_list.verticalScrollBar().value()
        self._shown = concept
        in_place = self.passage_model.set_passages(passages if concept is not None else [])
        if in_place:
            # A longer note changes a card's height.
            self.passage_list.doItemsLayout()
        else:
            row = self.passage_model.row_of(keep) if keep is not None else None
            if row is not None:
                self.passage_list.selectionModel().setCurrentIndex(
                    self.passage_model.index(row),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
            if same_concept:
                self.passage_list.doItemsLayout()
                self.passage_list.verticalScrollBar().setValue(scroll)
            else:
                self.passage_list.scrollToTop()
        self._show_details()

    def _show_details(self) -> None:
        concept = self._shown
        palette = self.palette()
        muted = _muted(palette).name()
        self.title_label.setVisible(concept is not None)
        self.counts_label.setVisible(concept is not None)
        self.definition_label.setVisible(concept is not None)
        if concept is None:
            self.passage_list.empty_message = (
                browser_text(NO_CONCEPT_CHOSEN) if self.concept_model.total_count() else ""
            )
            self.passage_list.viewport().update()
            return
        self.title_label.setText(concept.name)
        self.title_label.setToolTip(
            self.tr("Also called: {names}").format(names=", ".join(concept.aliases))
            if concept.aliases
            else ""
        )
        self.counts_label.setText(
            self.concept_model.counts_text(
                self.passage_model.passage_count(), self.passage_model.article_count()
            )
        )
        self.counts_label.setStyleSheet(f"color: {muted};")
        definition = one_line(concept.definition)
        if definition:
            self.definition_label.setText(_cut(concept.definition.strip(), DEFINITION_CHARS))
            self.definition_label.setToolTip(
                concept.definition if len(definition) > DEFINITION_CHARS else ""
            )
            self.definition_label.setStyleSheet("")
            self.definition_label.setFont(self.font())
        else:
            self.definition_label.setText(browser_text(NO_DEFINITION))
            self.definition_label.setToolTip("")
            self.definition_label.setStyleSheet(f"color: {muted};")
            italic = QFont(self.font())
            italic.setItalic(True)
            self.definition_label.setFont(italic)
        self.passage_list.empty_message = self.tr("No passages are tagged “{name}” yet.").format(
            name=concept.name
        )
        self.passage_list.viewport().update()

    def _current_passage_id(self) -> str | None:
        rows = self.passage_list.selectionModel().selectedIndexes()
        return str(rows[0].data(HIGHLIGHT_ID_ROLE)) if rows else None

    def _focus_passages(self) -> None:
        if self.passage_model.rowCount() == 0:
            return
        self.passage_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.passage_list.selectionModel().hasSelection():
            first = next(
                (
                    r
                    for r in range(self.passage_model.rowCount())
                    if self.passage_model.passage_at(r)
                ),
                None,
            )
            if first is not None:
                self.passage_list.setCurrentIndex(self.passage_model.index(first))

    def _activate(self, index: QModelIndex) -> None:
        passage = index.data(PASSAGE_ROLE) if index.isValid() else None
        if isinstance(passage, Passage):
            self.passage_activated.emit(passage.article_id, passage.highlight_id)

    def _on_passage_double_clicked(self, index: QModelIndex) -> None:
        self._activate(index)

    def _activate_current_passage(self) -> None:
        self._activate(self.passage_list.currentIndex())
