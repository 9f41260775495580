"""Text laid out for painting in a card: wrapped to a width, cut with an ellipsis."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from reader.ui.widgets.card_painting import one_line


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> tuple[str, ...]:
    """``text`` wrapped to ``width``, at most ``max_lines``; a cut ends the last one with …

    Each paragraph (a line of ``text``) starts a new line, so a note's structure shows.
    """
    metrics = QFontMetricsF(font)
    paragraphs = [one_line(p) for p in text.split("\n") if p.strip()]
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for number, paragraph in enumerate(paragraphs):
        more_follows = number < len(paragraphs) - 1
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == max_lines - 1:
                rest = paragraph[start:]
                cut = start + length < len(paragraph) or more_follows
                if cut:
                    rest = metrics.elidedText(
                        rest.rstrip() + " …", Qt.TextElideMode.ElideRight, width
                    )
                lines.append(rest)
                layout.endLayout()
                return tuple(lines)
            lines.append(paragraph[start : start + length].rstrip())
        layout.endLayout()
    return tuple(lines)
