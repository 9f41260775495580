"""One study card on the page: its question, then its answer, in the reading theme.

The card is set in the reading view's font on the reading theme's page (light, sepia
or dark), so a review reads like the article it came from; a hidden word shows as a
gap in the passage's highlight colour, and comes back marked the same way.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from reader.core.highlight_colors import DEFAULT_COLOR, is_color
from reader.core.study.cards import GAP, CardKind, CardText, Passage, pieces
from reader.core.themes import Theme, highlight_background


@dataclass(frozen=True)
class CardLook:
    """What the card is set in: the reading theme and the reading font."""

    theme: Theme
    font: QFont


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
        self.document().setDocumentMargin(28)
        self.setHtml(card_html(card, answered, theme))
        self.setAccessibleDescription(self.toPlainText())


def _cue(words: str, passage: Passage | None, theme: Theme) -> str:
    where = ""
    if passage is not None:
        place = passage.section or passage.article_title
        where = f" · {html.escape(place)}"
    return f'<p style="color: {theme.muted}; font-size: small;">{html.escape(words)}{where}</p>'


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


def _source(passage: Passage, theme: Theme) -> str:
    where = passage.article_title + (f" — {passage.section}" if passage.section else "")
    return f'<p style="color: {theme.muted}; font-size: small;">{html.escape(where)}</p>'


def _note(note: str, theme: Theme) -> str:
    if not note.strip():
        return ""
    return f'<p style="color: {theme.quote};"><i>{_text(note)}</i></p>'


def _rule(theme: Theme) -> str:
    return f'<hr style="color: {theme.rule}; background-color: {theme.rule};">'


def card_html(card: CardText, answered: bool, theme: Theme) -> str:
    """The card as rich text: the question, and below a rule the answer once shown."""
    passage = card.passage
    if card.kind is CardKind.DEFINITION:
        question = _cue(
            QCoreApplication.translate("CardView", "What does this concept mean?"), None, theme
        ) + (
            f'<p align="center" style="font-size: xx-large;"><b>{html.escape(card.concept)}</b></p>'
        )
        answer = f"<p>{_text(card.definition)}</p>" + "".join(
            f'<blockquote style="color: {theme.quote};">{_text(p.text)}</blockquote>'
            + _source(p, theme)
            for p in card.examples
        )
    elif passage is None:
        return ""
    elif card.kind is CardKind.CLOZE:
        question = _cue(
            QCoreApplication.translate("CardView", "Fill the gap"), passage, theme
        ) + _passage_html(passage, card.gaps, answered, theme)
        answer = _note(passage.note, theme) + _source(passage, theme)
        if answered:  # the passage itself shows the answer
            return f"<body style='color: {theme.text};'>{question}{_rule(theme)}{answer}</body>"
    else:
        question = _cue(
            QCoreApplication.translate("CardView", "What did you note about this passage?"),
            passage,
            theme,
        ) + (f"<p>{_mark(_text(passage.text), _background(passage, theme), theme)}</p>")
        answer = f"<p>{_text(passage.note)}</p>" + _source(passage, theme)
    body = question + (_rule(theme) + answer if answered else "")
    return f"<body style='color: {theme.text};'>{body}</body>"
