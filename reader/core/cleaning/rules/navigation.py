"""Rule: remove previous/next post navigation ("Previous post ...", "Artikel Selanjutnya ...")."""

from __future__ import annotations

from ..matching import pattern, remove_matching
from ..state import CleanState

_PATTERNS = (
    pattern(
        r"(?!.*[.!]$)(?:previous|next|prev|older|newer) (?:post|article|story|entry|page)"
        r"(?:[:\s].{0,150})?"
        r"|(?:artikel|berita|pos|postingan|posting|tulisan) (?:sebelumnya|selanjutnya|berikutnya)"
        r"(?:[:\s].{0,150})?"
        r"|(?:«|‹|←|<)\s*(?:previous|prev|older|sebelumnya)\b.{0,150}"
        r"|(?:next|newer|selanjutnya|berikutnya)\s*(?:»|›|→|>)"
        r"|post navigation|navigasi (?:pos|artikel|tulisan)",
        "previous/next links",
        max_chars=200,
    ),
)


def run(state: CleanState) -> None:
    """Remove whole short lines that link to the neighbouring posts."""
    remove_matching(state, _PATTERNS)
