"""One study card on the page: its question, then its answer, in the reading theme.

The card is set in the reading view's font on the reading theme's page (light, sepia
or dark), so a review reads like the article it came from; a hidden word shows as a
gap in the passage's highlight colour, and comes back marked the same way.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from reader.core.highlight_colors import DEFAULT_COLOR, is_color
from reader.core.study.cards import GAP, CardKind, CardText, Passage, pieces
from reader.core.themes import Theme, highlight_background


@dataclass(frozen=True)
class CardLook:
    """What the card is set in: the reading theme and the reading font."""

    theme: Theme
    font: QFont


# A card reads as a page does: a column of about this many characters, centred.
MEASURE_CHARACTERS = 62
SMALL = 0.8  # the cue and the source, beside the text asked about


def _text(text: str, strip: bool = True) -> str:
    """Plain text as rich text; ``strip=False`` for pieces whose spaces count."""
    return html.escape(text.strip() if strip else text).replace("\n", "<br>")


class CardView(QTextBrowser):
    """Shows a card; never takes the keyboard, so Space and 1–4 reach the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(QCoreApplication.translate("CardView", "Card"))
        self.card: CardText | None = None
        self.answered = False

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None  # a card never loads anything

    def show_card(self, card: CardText, answered: bool, look: CardLook) -> None:
        self.card, self.answered = card, answered
        theme = look.theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.page))
        palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        self.setPalette(palette)
        font = QFont(look.font)
        font.setPointSizeF(max(12.0, look.font.pointSizeF() * 1.15))
        self.setFont(font)
        self.setHtml(card_html(card, answered, theme, font.pointSizeF() * SMALL))
        self._apply_measure()
        self.setAccessibleDescription(self.toPlainText())

    def _apply_measure(self) -> None:
        """Centre a column of MEASURE_CHARACTERS, with room above it, in any width."""
        column = self.fontMetrics().averageCharWidth() * MEASURE_CHARACTERS
        side = max(24.0, (self.viewport().width() - column) / 2)
        frame = self.document().rootFrame()
        layout = frame.frameFormat()
        layout.setLeftMargin(side)
        layout.setRightMargin(side)
        layout.setTopMargin(36)
        layout.setBottomMargin(24)
        frame.setFrameFormat(layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()


def _small(text: str, theme: Theme, size: float) -> str:
    return f'<p style="color: {theme.muted}; font-size: {size:.1f}pt;">{text}</p>'


def _cue(words: str, passage: Passage | None, theme: Theme, size: float) -> str:
    """What is asked, and where the passage stands: its section, else its article."""
    where = ""
    if passage is not None:
        where = f" · {html.escape(passage.section or passage.article_title)}"
    return _small(f"{html.escape(words)}{where}", theme, size)


def _mark(text: str, background: str, theme: Theme, bold: bool = False) -> str:
    weight = " font-weight: bold;" if bold else ""
    return (
        f'<span style="background-color: {background}; color: {theme.text};{weight}">{text}</span>'
    )


def _background(passage: Passage, theme: Theme) -> str:
    return highlight_background(theme, passage.color if is_color(passage.color) else DEFAULT_COLOR)


def _passage_html(
    passage: Passage, gaps: tuple[tuple[int, int], ...], answered: bool, theme: Theme
) -> str:
    background = _background(passage, theme)
    parts = []
    for piece, hidden in pieces(passage.text, gaps):
        if not hidden:
            parts.append(_text(piece, strip=False))
        elif answered:
            parts.append(_mark(_text(piece), background, theme, bold=True))
        else:
            parts.append(_mark(f"&nbsp;{GAP}&nbsp;", background, theme, bold=True))
    return f"<p>{''.join(parts)}</p>"


def _source(passage: Passage, theme: Theme, size: float, section: bool = True) -> str:
    """Where the passage comes from; the section left out where the cue already says it."""
    where = passage.article_title + (f" — {passage.section}" if section and passage.section else "")
    return _small(f"— {html.escape(where)}", theme, size)


def _note(note: str, theme: Theme) -> str:
    if not note.strip():
        return ""
    return f'<p style="color: {theme.quote};"><i>{_text(note)}</i></p>'


def _rule(theme: Theme) -> str:
    return f'<hr style="color: {theme.rule}; background-color: {theme.rule};">'


def card_html(card: CardText, answered: bool, theme: Theme, small: float = 11.0) -> str:
    """The card as rich text: the question, and below a rule the answer once shown.

    ``small`` is the point size of the cue and the source lines.
    """
    translate = QCoreApplication.translate
    passage = card.passage
    if card.kind is CardKind.DEFINITION:
        asked = translate("CardView", "What does this concept mean?")
        question = _cue(asked, None, theme, small) + (
            f'<p align="center" style="font-size: xx-large;"><b>{html.escape(card.concept)}</b></p>'
        )
        answer = f"<p>{_text(card.definition)}</p>" + "".join(
            f'<blockquote><p style="color: {theme.quote};">{_text(p.text)}</p>'
            f"{_source(p, theme, small)}</blockquote>"
            for p in card.examples
        )
    elif passage is None:
        return ""
    elif card.kind is CardKind.CLOZE:
        asked = translate("CardView", "Fill the gap")
        question = _cue(asked, passage, theme, small) + _passage_html(
            passage, card.gaps, answered, theme
        )
        # The passage itself shows the answer; below the rule, the note and the source.
        answer = _note(passage.note, theme) + _source(passage, theme, small, section=False)
    else:
        asked = translate("CardView", "What did you note about this passage?")
        marked = _mark(_text(passage.text), _background(passage, theme), theme)
        question = _cue(asked, passage, theme, small) + f"<p>{marked}</p>"
        answer = f"<p>{_text(passage.note)}</p>" + _source(passage, theme, small, section=False)
    body = question + (_rule(theme) + answer if answered else "")
    return f"<body style='color: {theme.text};'>{body}</body>"
