"""The cleaner's public result types: the cleaned document and the lines it hid."""

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
    """Clean Markdown for one article plus everything that was left out of it.

    ``markdown`` always starts with ``"# "`` followed by the title (Markdown-escaped
    where the title contains characters Markdown would otherwise interpret).
    """

    title: str
    markdown: str  # always starts with "# <title>\n"
    removed: list[RemovedLine] = field(default_factory=list)
    # True when the text had no title line and the title was derived from its first sentence.
    title_inferred: bool = False
