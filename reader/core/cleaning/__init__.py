"""Reader-mode cleaner: scraped plain text in, clean Markdown out.

Placeholder contract (the real implementation replaces this module's body):
``clean_text(text) -> CleanedDocument``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RemovedLine:
    """A line of the original text the cleaner hid, with the reason it gives the reader."""

    line_number: int  # 1-based, in the original text
    text: str
    reason: str


@dataclass(frozen=True)
class CleanedDocument:
    title: str
    markdown: str  # always starts with "# <title>\n"
    removed: list[RemovedLine] = field(default_factory=list)


def clean_text(text: str) -> CleanedDocument:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0] if lines else "Untitled"
    body = "\n\n".join(lines[1:])
    return CleanedDocument(title=title, markdown=f"# {title}\n\n{body}\n")
