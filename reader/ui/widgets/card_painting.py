"""Painting highlight cards: the one card painter the Annotations and Concepts panels share.

A card is a rounded box with a bar in its highlight's colour down the left edge; the
selected card is outlined in the theme's accent, an unplaced one has a dashed border.
Tints are mixed from the palette so the cards follow the theme. Here too: the fonts a
card list paints with (``CardFonts``, rebuilt when the list's font changes), the laid-out
parts of a card and of a group header (``CardLayout``, ``HeaderLayout``), and the small
text helpers the cards' words need. A card state is a frame style here, so every panel
shows it the same way: a read-only card (another person's note: a teacher's, the
class's) is washed with its bar's colour; a highlight that needs a look (its article
changed, a proposed place waits for a yes or a no) has a dashed border in its colour's
edge, as the proposed place is dashed in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import QListView, QStyle

CARD_MARGIN_X = 6  # between the card and the list's edge
CARD_MARGIN_Y = 3  # half the gap between two cards


def one_line(text: str) -> str:
    return " ".join(text.split())


# "(s)" right after a word: the English plural mark of a numerus message's source text.
_PLURAL_MARK = re.compile(r"(?<=\w)\((e?s)\)")  # "highlight(s)", "match(es)"


def english_plural(text: str, count: int) -> str:
    """A numerus message (``self.tr("%n highlight(s)", "", n)``) as English reads it.

    The plural-only English translation turns "%n highlight(s)" into "1 highlight" or
    "5 highlights". Where it is not loaded (tests, or a build that skipped ``make
    translations``) Qt hands back "5 highlight(s)"; this gives the same English instead.
    Translated text carries no "(s)" and passes unchanged.
    """
    return _PLURAL_MARK.sub(lambda mark: "" if count == 1 else mark.group(1), text)


def tag_text(name: str) -> str:
    """A concept as a tag chip shows it: ``"#Détente"``, the same in every language."""
    return "#" + name


def scaled(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(8, round(base.pixelSize() * factor)))
    return font


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way to ``b``: tints that follow the theme."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def paint_card_frame(
    painter: QPainter,
    rect: QRectF,
    palette: QPalette,
    state: QStyle.StateFlag,
    *,
    bar: QColor,
    placed: bool,
    corner: float,
    bar_width: float,
    read_only: bool = False,
    needs_look: bool = False,
    edge: QColor | None = None,
) -> QRectF:
    """Paint a card's box, colour bar and border inside ``rect``; returns the card's rect."""
    text_color = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    selected = bool(state & QStyle.StateFlag.State_Selected)
    hovered = bool(state & QStyle.StateFlag.State_MouseOver)

    card = rect.adjusted(
        CARD_MARGIN_X + 0.5, CARD_MARGIN_Y + 0.5, -CARD_MARGIN_X - 0.5, -CARD_MARGIN_Y - 0.5
    )
    outline = QPainterPath()
    outline.addRoundedRect(card, corner, corner)
    if selected:
        fill = mix(base, accent, 0.12)
    elif needs_look:
        fill = mix(base, bar, 0.1)
    elif not placed:
        fill = mix(base, text_color, 0.03)
    elif read_only:
        fill = mix(base, bar, 0.07)  # someone else's: looks it, before a word is read
    else:
        fill = base
    painter.fillPath(outline, fill)

    # The colour bar, clipped to the card's rounded left edge.
    painter.save()
    painter.setClipPath(outline)
    painter.fillRect(QRectF(card.left(), card.top(), bar_width, card.height()), bar)
    painter.restore()

    if selected:
        border = QPen(accent, 2)
    elif hovered:
        border = QPen(mix(text_color, base, 0.5), 1)
    elif needs_look:
        border = QPen(edge if edge is not None else mix(text_color, base, 0.4), 1.5)
    else:
        border = QPen(mix(text_color, base, 0.8), 1)
    if not placed or needs_look:
        border.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    return card


def muted_color(palette: QPalette, amount: float = 0.4) -> QColor:
    """Secondary text: the text colour moved ``amount`` of the way to the background."""
    return mix(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), amount
    )


@dataclass(frozen=True)
class CardFonts:
    """The fonts of a card list, all derived from the list's own font."""

    body: QFont
    bold: QFont
    italic: QFont  # an unplaced highlight's quote
    small: QFont
    small_italic: QFont
    small_bold: QFont  # a group header inside a list of small text
    chip: QFont  # the colour's name on its chip

    @classmethod
    def for_base(cls, base: QFont) -> CardFonts:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.Bold)
        italic = QFont(base)
        italic.setItalic(True)
        small = scaled(base, 0.9)
        small_italic = QFont(small)
        small_italic.setItalic(True)
        small_bold = QFont(small)
        small_bold.setWeight(QFont.Weight.Bold)
        chip = QFont(small)
        chip.setWeight(QFont.Weight.DemiBold)
        return cls(QFont(base), bold, italic, small, small_italic, small_bold, chip)


class CardFontCache:
    """The fonts a view's rows are painted with, rebuilt when the view's font changes."""

    def __init__(self, view: QListView) -> None:
        self._view = view
        self._key = ""
        self.fonts = CardFonts.for_base(view.font())

    def current(self) -> tuple[CardFonts, bool]:
        """The fonts, and whether they just changed (so cached layouts are stale)."""
        key = self._view.font().key()
        if key == self._key:
            return self.fonts, False
        self._key = key
        self.fonts = CardFonts.for_base(self._view.font())
        return self.fonts, True


@dataclass(frozen=True)
class CardLayout:
    """Where the parts of one card go, relative to its content's top-left corner."""

    height: int  # the whole row, margins included
    quote_y: float
    quote: tuple[str, ...] = ()  # wrapped lines, or
    quote_text: QTextLayout | None = None  # a laid-out quote with the words around it
    note: tuple[str, ...] = ()
    note_y: float = 0.0
    section: str | None = None  # "§ heading" above the quote
    tags: tuple[tuple[float, float, float, str], ...] = ()  # x, y, width, text
    tags_y: float = 0.0
    # A highlight that needs a look: ``quote`` is the passage then, ``now`` the text at
    # its proposed place, both after a label column ``label_width`` wide.
    now: tuple[str, ...] = ()
    now_y: float = 0.0
    label_width: float = 0.0


@dataclass(frozen=True)
class HeaderLayout:
    """A group header's wrapped lines (a title, an explanation) and its row's height."""

    lines: tuple[str, ...]
    height: int
