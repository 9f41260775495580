"""One highlight as a plain record: what the window, the exports and undo hold on to.

It is a snapshot, safe to keep after the database changes (undo keeps the highlight as
it was). The store makes them (reader.store.highlights); everything that only shows or
remembers a highlight needs this record and nothing of the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HighlightData:
    """A snapshot of one highlight, safe to keep after the database changes (for undo)."""

    id: str
    article_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    color: str
    note: str
    placed: bool
    created_at: datetime
    modified_at: datetime
    concepts: tuple[str, ...] = ()
    # Where an unplaced highlight's passage plausibly is now, after its article changed
    # (see reader.store.models.Highlight): a proposal the user confirms or rejects.
    proposed_start: int | None = None
    proposed_end: int | None = None

    @property
    def needs_look(self) -> bool:
        """Unplaced, with a proposed place for the user to confirm or reject."""
        return not self.placed and self.proposed_start is not None
