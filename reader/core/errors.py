"""Errors a user can cause, carrying a message in plain words that names the thing."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem the user can understand and fix; its text is shown as is, without a traceback."""


class DocumentError(UserError):
    """A file that cannot become an article, and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
