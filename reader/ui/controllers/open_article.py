"""The article the reading view shows: which one, and whether as its original text.

One small record the controllers share, handed to each when the window is built; the
article controller is the only one that changes it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class OpenArticle:
    article_id: int | None = None
    original: bool = False  # View -> Show Original Text: offsets are not the reading text's
