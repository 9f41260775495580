"""The strip above the Annotations list that shows and chooses other people's layers.

A student sees one toggle, "Show Bu Sari's notes", when the article came in a class
pack. A teacher who imported the class's notes chooses whose to see (all students, one
student, or none) and can export the summary. The strip is hidden on articles without
either, and only asks: the controller answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QWidget

ALL_STUDENTS = "*"
NO_CLASS = "-"


class LayerBar(QWidget):
    teacher_toggled = Signal(bool)
    student_chosen = Signal(str)  # ALL_STUDENTS, NO_CLASS, or one student's person id
    summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher_box = QCheckBox(self.tr("Show your teacher's notes"))
        self.teacher_box.setAccessibleName(self.teacher_box.text())
        self.teacher_box.setAccessibleDescription(
            self.tr("Shows or hides your teacher's notes in the article and in this list")
        )
        self.teacher_box.toggled.connect(self.teacher_toggled)
        self.class_filter = QComboBox()
        self.class_filter.setAccessibleName(self.tr("Whose notes to show"))
        self.class_filter.setAccessibleDescription(
            self.tr("All of your students' notes, one student's, or none")
        )
        self.class_filter.currentIndexChanged.connect(self._on_student)
        self.summary_button = QPushButton(self.tr("Summary…"))
        self.summary_button.setAccessibleName(self.tr("Export the class summary"))
        self.summary_button.setToolTip(
            self.tr(
                "Every passage your students marked, who marked it and their notes, as Markdown"
            )
        )
        self.summary_button.clicked.connect(self.summary_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.teacher_box)
        layout.addWidget(self.class_filter, 1)
        layout.addWidget(self.summary_button)
        self.show_layers([], True, [], ALL_STUDENTS)

    def show_layers(
        self,
        teachers: Sequence[str],
        teacher_shown: bool,
        roster: Sequence[tuple[str, str]],
        chosen: str,
    ) -> None:
        """The toggle for ``teachers`` (their names), the chooser for ``roster``
        ((person id, name) of the students who handed in notes)."""
        self.teacher_box.blockSignals(True)
        self.teacher_box.setChecked(teacher_shown)
        self.teacher_box.blockSignals(False)
        if teachers:
            label = self.tr("Show {teacher}'s notes").format(teacher=", ".join(teachers))
            self.teacher_box.setText(label)
            self.teacher_box.setAccessibleName(label)
        self.teacher_box.setVisible(bool(teachers))
        self.class_filter.blockSignals(True)
        self.class_filter.clear()
        if roster:
            self.class_filter.addItem(
                self.tr("All {count} students").format(count=len(roster)), ALL_STUDENTS
            )
            for person_id, name in roster:
                self.class_filter.addItem(self.tr("Only {student}").format(student=name), person_id)
            self.class_filter.addItem(self.tr("Hide the class's notes"), NO_CLASS)
            self.class_filter.setCurrentIndex(max(0, self.class_filter.findData(chosen)))
        self.class_filter.blockSignals(False)
        self.class_filter.setVisible(bool(roster))
        self.summary_button.setVisible(bool(roster))
        self.setVisible(bool(teachers) or bool(roster))

    def _on_student(self, _index: int) -> None:
        chosen = self.class_filter.currentData()
        if chosen is not None:
            self.student_chosen.emit(str(chosen))
