"""Highlights that need a look: list them with old and new text, confirm or reject each.

After an article changes, a highlight whose passage plausibly moved or was rewritten, but
not certainly, is kept unplaced with a proposed place (models.Highlight). The window's
"Check these" list and ``marginalia placement`` both use these functions: the user sees
the passage as it was highlighted beside the text now at the proposed place, and either
confirms it ("Yes, here": the highlight is placed there) or rejects it (it stays
unplaced, to place by hand or leave). Each change commits at once and returns the
highlight as it is after it; the snapshot taken before (highlights.get_highlight) puts it
back exactly with highlights.restore_highlight, which is how the window undoes both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.highlight_record import HighlightData
from reader.store.article_text import article_text
from reader.store.highlights import get_highlight, list_highlights
from reader.store.highlights import set_extent as _place_at
from reader.store.models import Article, Highlight, utc_now

# Characters of surrounding text shown on each side of the proposed place, as many as
# the stored context of the passage as highlighted.
CONTEXT = 32


@dataclass(frozen=True)
class PlacementCheck:
    """One highlight that needs a look: its passage then, and the proposed place now."""

    highlight: HighlightData
    old_before: str  # the text just before the passage, when it was highlighted
    old_text: str  # the passage as highlighted
    old_after: str
    new_before: str  # the text just before the proposed place, in the article now
    new_text: str  # the text at the proposed place
    new_after: str
    new_start: int  # the proposed place, offsets in the article's reading text
    new_end: int


def placements_to_check(article_id: int) -> list[PlacementCheck]:
    """The article's highlights that need a look, in the order of their proposed places."""
    pending = [h for h in list_highlights(article_id) if h.needs_look]
    if not pending:
        return []
    return checks_of(pending, article_text(Article.get_by_id(article_id)).text)


def checks_of(items: Sequence[HighlightData], text: str) -> list[PlacementCheck]:
    """The checks of those ``items`` that need a look, on their article's reading ``text``
    (the window has both at hand already, and asks for no second query)."""
    checks = []
    for h in items:
        if not h.needs_look:
            continue
        start, end = _proposal(h, len(text))
        checks.append(
            PlacementCheck(
                highlight=h,
                old_before=h.prefix,
                old_text=h.exact,
                old_after=h.suffix,
                new_before=text[max(0, start - CONTEXT) : start],
                new_text=text[start:end],
                new_after=text[end : end + CONTEXT],
                new_start=start,
                new_end=end,
            )
        )
    return sorted(checks, key=lambda c: c.new_start)


def confirm_placement(highlight_id: str) -> HighlightData:
    """ "Yes, here": place the highlight at its proposed place (note, concepts, colour stay)."""
    h = _needing_a_look(highlight_id)
    text = article_text(Article.get_by_id(h.article_id)).text
    start, end = _proposal(h, len(text))
    return _place_at(highlight_id, start, end)


def reject_placement(highlight_id: str) -> HighlightData:
    """ "Not here": drop the proposed place; the highlight stays unplaced."""
    _needing_a_look(highlight_id)
    Highlight.update(proposed_start=None, proposed_end=None, modified_at=utc_now()).where(
        Highlight.id == highlight_id
    ).execute()
    return get_highlight(highlight_id)


def _needing_a_look(highlight_id: str) -> HighlightData:
    h = get_highlight(highlight_id)
    if not h.needs_look:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The highlight {highlight_id} has no proposed place to confirm or reject."
            ),
            highlight_id=highlight_id,
        )
    return h


def _proposal(h: HighlightData, length: int) -> tuple[int, int]:
    # Stored by the last re-anchoring of this very text, so within it; clamped all the
    # same, as a library edited by hand must not make the window fail.
    start = min(max(0, h.proposed_start or 0), length)
    end = min(max(start, h.proposed_end or start), length)
    return start, end
