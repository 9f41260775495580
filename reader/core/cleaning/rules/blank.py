"""Rule: hide lines that hold only spacing (non-breaking spaces, tabs, zero-width marks)."""

from __future__ import annotations

from ..state import CleanState


def run(state: CleanState) -> None:
    """Record lines that look empty on the page but are not empty strings."""
    for line in state.lines:
        if line.blank and line.raw and line.removed is None:
            state.remove(line, "blank spacing")
