"""Reader-mode cleaner: scraped plain text in, clean Markdown out.

``clean_text(text)`` runs the rule chain declared in :mod:`.chain` - boilerplate line rules,
then structure rules, then inline rules while rendering - and returns the Markdown with
every hidden line listed in ``removed``. Bump ``CLEANER_VERSION`` whenever the output for
some input changes, so stored articles get cleaned again.
"""

from __future__ import annotations

from .chain import BLOCK_RULES, INLINE_RULES
from .document import CleanedDocument, RemovedLine
from .render import Renderer
from .state import CleanState

__all__ = ["CLEANER_VERSION", "CleanedDocument", "RemovedLine", "clean_text"]

CLEANER_VERSION: int = 2

_RENDERER = Renderer(INLINE_RULES)


def clean_text(text: str) -> CleanedDocument:
    """Clean scraped article text into Markdown that starts with ``# <title>``."""
    state = CleanState.from_text(text)
    for rule in BLOCK_RULES:
        rule.apply(state)
    removed = [
        RemovedLine(line.number, line.raw, line.removed)
        for line in state.lines
        if line.removed is not None
    ]
    return CleanedDocument(
        title=state.title,
        markdown=_RENDERER.document(state),
        removed=removed,
        title_inferred=state.title_inferred,
    )
