"""One annotation of another person's layer, as the window shows it: read-only, anchored."""

from __future__ import annotations

from dataclasses import dataclass

TEACHER = "teacher"
STUDENT = "student"


@dataclass(frozen=True)
class LayerItem:
    """A teacher's (or a student's) annotation on the open article: a snapshot to show."""

    key: str  # unique among the items shown: "<layer id>:<annotation id>"
    layer_id: int
    kind: str  # TEACHER or STUDENT
    person: str  # the name shown ("Bu Sari")
    start: int
    end: int
    exact: str
    note: str  # plain text, never HTML
    concepts: tuple[str, ...]
    color: str  # the colour the person gave it (a name)
    placed: bool
