"""Undoable study choices: "Study this" on a highlight or concept, and Make Cloze.

Like the highlight commands, each calls the store (which commits at once) and then asks
for a refresh; the texts name them in Edit → Undo (context ``UndoCommands``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.store import study_cards


class SetStudied(QUndoCommand):
    """ "Study this" ticked or cleared; undo puts back the choice there was (or none)."""

    def __init__(
        self,
        refresh: Callable[[], None],
        apply: Callable[[bool | None], None],
        before: bool | None,
        studied: bool,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Study This")
            if studied
            else QCoreApplication.translate("UndoCommands", "Do Not Study This")
        )
        self.refresh, self.apply, self.before, self.studied = refresh, apply, before, studied

    def redo(self) -> None:
        self.apply(self.studied)
        self.refresh()

    def undo(self) -> None:
        self.apply(self.before)
        self.refresh()


class MakeCloze(QUndoCommand):
    """Words of a highlight hidden as a cloze card; undo takes the card back, history kept.

    The cloze is made before the command is pushed (a refused selection never reaches
    the stack); the first redo only refreshes.
    """

    def __init__(self, refresh: Callable[[], None], card_id: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Make Cloze"))
        self.refresh, self.card_id = refresh, card_id
        self._first = True

    def redo(self) -> None:
        if not self._first:
            study_cards.restore_cloze(self.card_id)
        self._first = False
        self.refresh()

    def undo(self) -> None:
        study_cards.take_back_cloze(self.card_id)
        self.refresh()
