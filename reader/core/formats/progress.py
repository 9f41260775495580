"""How a long import reports its progress and learns that the user cancelled.

A 300-page PDF takes seconds; the importer reports each page through
:class:`ImportProgress` and checks for a cancel request between pages. Cancelling raises
:class:`ImportCancelled`, which unwinds before anything is stored, so a cancelled import
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class ImportCancelled(Exception):
    """The user cancelled the import of this file; nothing of it was stored."""


def _never() -> bool:
    return False


def _ignore(done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class ImportProgress:
    """Callbacks for one file's import, both safe to leave out.

    ``on_step(done, total)`` is called as the file is read (for a PDF: pages read so far
    and the page count; for an EPUB: chapters). ``is_cancelled()`` is polled between
    steps; once it returns True the import raises :class:`ImportCancelled` promptly (a PDF
    page takes some tens of milliseconds). Both are called on the importing thread.
    """

    on_step: Callable[[int, int], None] = _ignore
    is_cancelled: Callable[[], bool] = _never

    def step(self, done: int, total: int) -> None:
        """Report ``done`` of ``total``; raises ImportCancelled if the user cancelled."""
        if self.is_cancelled():
            raise ImportCancelled
        self.on_step(done, total)


NO_PROGRESS = ImportProgress()
