"""Rule: remove tag and category lines ("Tags: a, b", "Tag:", "Topik:", "Kategori:")."""

from __future__ import annotations

from ..matching import pattern, remove_matching
from ..state import CleanState

_PATTERNS = (
    pattern(
        r"(?:tags?|tagged(?: with)?|topik|topic|topics|kategori|category|categories|label|labels"
        r"|filed under|posted in|diposting (?:di|dalam)|keywords?|kata kunci)\s*:\s*[^.!?]{0,250}"
        r"|(?:tags?|topik|topik terkait|kategori|categories|kata kunci)",
        "tags",
        max_chars=300,
    ),
)


def run(state: CleanState) -> None:
    """Remove lines that label the article with tags or categories."""
    remove_matching(state, _PATTERNS)
