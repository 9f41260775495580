"""Other people's notes in the reading view: the teacher's layer and the class's passages.

They are painted under the text like highlights, but never look like the reader's own:
the teacher's passages are underlined in the teacher's colour over a faint wash; the
class's passages are washed in the class colour, deeper where more students marked them.
Hovering one says whose it is: the teacher's name and note, or "7 of 24 students
highlighted this" with their names. Names and notes are text: escaped, never HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from reader.core.packs.layer_item import LayerItem
from reader.core.packs.passages import Passage
from reader.ui.widgets.highlight_palette import CLASS_COLOR, TEACHER_COLOR

TEACHER = "teacher"
CLASS = "class"
TIP_NOTE_CHARS = 400


@dataclass(frozen=True)
class LayerMark:
    """A passage of another person's layer, as the view paints and describes it."""

    start: int
    end: int
    kind: str  # TEACHER or CLASS
    strength: float  # 0..1: how deep the wash is (the share of the class that marked it)
    tip: str  # rich text for the tooltip, escaped


def _text(text: str) -> str:
    """The person's words as tooltip rich text: escaped, line breaks kept."""
    shown = text.strip()
    if len(shown) > TIP_NOTE_CHARS:
        shown = shown[:TIP_NOTE_CHARS] + "…"
    return html.escape(shown).replace("\n", "<br>")


def teacher_marks(items: Sequence[LayerItem]) -> list[LayerMark]:
    marks = []
    for item in items:
        if not item.placed:
            continue
        parts = [
            "<b>"
            + html.escape(
                QCoreApplication.translate("LayerMarks", "{name} (teacher)").format(
                    name=item.person
                )
            )
            + "</b>"
        ]
        if item.note.strip():
            parts.append(_text(item.note))
        if item.concepts:
            parts.append(" ".join(html.escape("#" + c) for c in item.concepts))
        marks.append(LayerMark(item.start, item.end, TEACHER, 1.0, "<br>".join(parts)))
    return marks


def class_marks(
    passages: Sequence[Passage], total: int, student: str | None = None
) -> list[LayerMark]:
    """The class's passages; ``student`` names the one student shown, if only one is."""
    marks = []
    for passage in passages:
        if student is None:
            headline = QCoreApplication.translate(
                "LayerMarks", "{count} of {total} students highlighted this"
            ).format(count=passage.count, total=total)
            parts = [f"<b>{html.escape(headline)}</b>", html.escape(", ".join(passage.students))]
        else:
            parts = [f"<b>{html.escape(student)}</b>"]
        parts += [
            f"<i>{html.escape(name)}:</i> {_text(note)}" for name, note in passage.notes()[:6]
        ]
        strength = passage.count / max(total, 1) if student is None else 0.5
        marks.append(LayerMark(passage.start, passage.end, CLASS, strength, "<br>".join(parts)))
    return marks


def marks_at(marks: Sequence[LayerMark], offset: int) -> list[LayerMark]:
    return [m for m in marks if m.start <= offset < m.end]


def paint_marks(
    painter: QPainter,
    marks: Sequence[LayerMark],
    rects_of: Callable[[int, int], list[QRectF]],
    area: QRectF,
    visible: tuple[int, int],
) -> None:
    """Paint ``marks`` whose text is in ``visible``; ``rects_of(start, end)`` gives the
    viewport rectangles of a passage (ReaderView.range_rects)."""
    low, high = visible
    for mark in marks:
        if mark.end < low or mark.start > high:
            continue
        if mark.kind == TEACHER:
            wash, line = QColor(TEACHER_COLOR), QColor(TEACHER_COLOR)
            wash.setAlpha(38)
        else:
            wash, line = QColor(CLASS_COLOR), QColor()
            # Never invisible, never as strong as the reader's own highlights.
            wash.setAlpha(round(30 + 90 * max(0.0, min(1.0, mark.strength))))
        for rect in rects_of(mark.start, mark.end):
            if not rect.intersects(area):
                continue
            painter.setPen(QPen(QColor(0, 0, 0, 0)))
            painter.setBrush(wash)
            painter.drawRect(rect)
            if line.isValid():
                painter.setPen(QPen(line, 2))
                y = rect.bottom() - 1
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
