"""The class view: every student's marks on an article, grouped into passages and counted.

Students select a passage a little differently: one takes the whole sentence, another
stops before its last clause. Two marks are the same passage when they share at least
half of the shorter one; a passage is a group of marks joined that way, and spans their
union. "7 of 24 students highlighted this" counts the different students with a mark in
the passage, out of the students who handed in notes on the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SAME_PASSAGE_SHARE = 0.5


@dataclass(frozen=True)
class StudentMark:
    """One student's highlight, with their note and concepts, as the class view shows it."""

    student_id: str
    student: str  # the name shown
    start: int
    end: int
    exact: str
    note: str
    concepts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Passage:
    """Marks of one passage, in reading order; ``start``/``end`` span them all."""

    start: int
    end: int
    marks: tuple[StudentMark, ...]

    @property
    def students(self) -> tuple[str, ...]:
        """The names of the students who marked it, each once, alphabetically."""
        seen: dict[str, str] = {}
        for mark in self.marks:
            seen.setdefault(mark.student_id, mark.student)
        return tuple(sorted(seen.values(), key=str.casefold))

    @property
    def count(self) -> int:
        return len({m.student_id for m in self.marks})

    def notes(self) -> list[tuple[str, str]]:
        """(student, note) for every mark with a note, in the order of the marks."""
        return [(m.student, m.note) for m in self.marks if m.note.strip()]


def _same_passage(a: StudentMark, b: StudentMark) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    shorter = min(a.end - a.start, b.end - b.start)
    return shorter > 0 and shared >= SAME_PASSAGE_SHARE * shorter


def group_passages(marks: Iterable[StudentMark]) -> list[Passage]:
    """The passages the marks make, in reading order."""
    ordered = sorted(marks, key=lambda m: (m.start, m.end, m.student))
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Sorted by start, a mark can only share text with those that begin before it ends.
    for i, mark in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            other = ordered[j]
            if other.start >= mark.end:
                break
            if _same_passage(mark, other):
                parent[root(j)] = root(i)
    groups: dict[int, list[StudentMark]] = {}
    for i, mark in enumerate(ordered):
        groups.setdefault(root(i), []).append(mark)
    passages = [
        Passage(min(m.start for m in group), max(m.end for m in group), tuple(group))
        for group in groups.values()
    ]
    return sorted(passages, key=lambda p: (p.start, p.end))


def only_student(marks: Sequence[StudentMark], student_id: str | None) -> list[StudentMark]:
    """The marks of one student (all of them for None): the class view's filter."""
    return [m for m in marks if student_id is None or m.student_id == student_id]
