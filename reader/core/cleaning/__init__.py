"""Reader-mode cleaner: scraped plain text in, clean Markdown out.

``clean_text(text)`` runs the rule chain declared in :mod:`.chain` - boilerplate line rules,
then structure rules, then inline rules while rendering - and returns the Markdown with
every hidden line listed in ``removed``. Bump ``CLEANER_VERSION`` whenever the output for
some input changes, so stored articles get cleaned again.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .document import CleanedDocument, RemovedLine

if TYPE_CHECKING:
    from .render import Renderer

__all__ = ["CLEANER_VERSION", "CleanedDocument", "RemovedLine", "clean_text"]

CLEANER_VERSION: int = 2


@cache
def _renderer() -> Renderer:
    # The rule chain compiles some 150 regular expressions (about 90 ms): loaded on first
    # use, so that opening the app, which never cleans, does not pay for it.
    from .chain import INLINE_RULES
    from .render import Renderer

    return Renderer(INLINE_RULES)


def clean_text(text: str) -> CleanedDocument:
    """Clean scraped article text into Markdown that starts with ``# <title>``."""
    from .chain import BLOCK_RULES
    from .state import CleanState

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
        markdown=_renderer().document(state),
        removed=removed,
        title_inferred=state.title_inferred,
    )
