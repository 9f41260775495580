"""The Annotations panel's second source: other people's layers, as rows under headers.

After the reader's own highlights come, when there are any, each teacher's notes under
the teacher's name, and the class's passages under "Class". They are read-only rows:
they carry no highlight id, so nothing the panel asks for (a note, a colour, a delete)
can ever reach them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from reader.core.packs.layer_item import LayerItem
from reader.core.packs.passages import Passage
from reader.ui.widgets.card_painting import english_plural


@dataclass(frozen=True)
class LayerHeader:
    """A section's title and the line that explains it."""

    key: str
    title: str
    explanation: str


@dataclass(frozen=True)
class PassageRow:
    """One passage of the class view: its text, and how many of how many marked it."""

    key: str
    passage: Passage
    total: int  # students who handed in notes on the article
    exact: str  # the passage's text (the union of the marks)
    student: str | None = None  # the one student shown, when the view is filtered to one


LayerRow = LayerHeader | LayerItem | PassageRow


def row_key(row: LayerRow) -> str:
    return f"layer:{row.key}"


def teacher_rows(items: Sequence[LayerItem]) -> list[LayerRow]:
    """Each teacher's notes under a header with the teacher's name."""
    rows: list[LayerRow] = []
    by_layer: dict[int, list[LayerItem]] = {}
    for item in items:
        by_layer.setdefault(item.layer_id, []).append(item)
    for layer_id, notes in by_layer.items():
        count = len(notes)  # lupdate misses a translate() whose count is a call
        counted = QCoreApplication.translate("AnnotationsPanel", "%n note(s)", "", count)
        title = QCoreApplication.translate("AnnotationsPanel", "{teacher} (teacher) · {count}")
        rows.append(
            LayerHeader(
                key=f"teacher:{layer_id}",
                title=title.format(teacher=notes[0].person, count=english_plural(counted, count)),
                explanation=QCoreApplication.translate(
                    "AnnotationsPanel",
                    "From the class pack: your teacher's notes, to read. "
                    "Your own highlights stay yours.",
                ),
            )
        )
        rows += notes
    return rows


def class_rows(
    passages: Sequence[Passage], total: int, text: str, student: str | None
) -> list[LayerRow]:
    """The class's passages under a header; ``student`` names the one shown, if one is."""
    counted = QCoreApplication.translate("AnnotationsPanel", "%n student(s)", "", total)
    if student is None:
        title = QCoreApplication.translate("AnnotationsPanel", "Class · {students}").format(
            students=english_plural(counted, total)
        )
        explanation = QCoreApplication.translate(
            "AnnotationsPanel", "Each passage your students marked, and how many of them marked it."
        )
    else:
        title = QCoreApplication.translate("AnnotationsPanel", "Class · {student}").format(
            student=student
        )
        explanation = QCoreApplication.translate(
            "AnnotationsPanel", "The passages {student} marked, with their notes."
        ).format(student=student)
    rows: list[LayerRow] = [LayerHeader("class", title, explanation)]
    rows += [
        PassageRow(f"class:{p.start}:{p.end}", p, total, text[p.start : p.end], student)
        for p in passages
    ]
    return rows
