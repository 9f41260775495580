"""Rule: remove page navigation: previous/next post links ("Previous post ...",
"Artikel Selanjutnya ...") and skip links ("Skip to main content", "Langsung ke konten").
"""

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
        r"|post navigation|navigasi (?:pos|artikel|tulisan)"
        r"|(?:see|view|show|lihat) (?:next|previous|older|newer|more) (?:articles|stories|posts)"
        r"|(?:lihat )?(?:artikel|berita|postingan) (?:lebih lama|lebih baru)",
        "previous/next links",
        max_chars=200,
    ),
    pattern(
        r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|menu|article)"
        r"|skip (?:navigation|to main)"
        r"|(?:langsung|lompat|loncat|lewati) ke (?:konten|isi|navigasi|menu)(?: utama)?",
        "skip link",
    ),
)


def run(state: CleanState) -> None:
    """Remove whole short lines that link to the neighbouring posts."""
    remove_matching(state, _PATTERNS)
