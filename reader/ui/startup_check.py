"""The library check before the window opens, and the "Restore from backup…" dialog.

Before the app opens the library it runs SQLite's quick_check. A damaged library is
moved aside (never deleted) and the student is told so in plain words and offered the
newest good backup. The decision logic (``check_library_at_start``) takes the question
as a function, so tests answer it without a modal dialog; ``ask_with_dialog`` is the
real question.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import UserError
from reader.store.backups import BackupInfo, list_backups, newest_good_backup_info, restore_backup
from reader.store.integrity import SIDE_SUFFIXES, move_aside, orphan_side_files, quick_check
from reader.store.location import database_path


class StartChoice(Enum):
    RESTORE = "restore"
    EMPTY = "empty"  # start with an empty library (the bundled articles are offered again)
    QUIT = "quit"


@dataclass(frozen=True)
class DamageReport:
    """What the start-up check found: SQLite's words, where the file went, what can replace it."""

    problem: str
    moved_to: Path
    backup: BackupInfo | None

    def message(self) -> str:
        text = (
            f"The library database is damaged ({self.problem}). "
            f"It has been moved aside to {self.moved_to}; nothing was deleted."
        )
        if self.backup is None:
            return text + "\n\nThere is no good backup to restore. Start with an empty library?"
        return text + (
            f"\n\nRestore the newest good backup from {self.backup.describe()}?"
            "\n\nQuit puts the damaged file back where it was, so Marginalia asks again "
            "next time."
        )


Ask = Callable[[DamageReport], StartChoice]


def check_library_at_start(data_dir: Path, ask: Ask) -> bool:
    """Check the library before it is opened; True to go on opening it, False to quit.

    A damaged library (or a ``-wal`` whose database is gone) is moved aside and ``ask``
    chooses: restore the newest good backup, start empty, or quit. Quitting puts the
    file back, so nothing has changed and the next start asks again. Raises UserError
    (plain words naming the file) when the library cannot even be checked.
    """
    live = database_path(data_dir)
    if live.exists():
        problem = quick_check(live)
    elif orphan_side_files(live):
        names = ", ".join(p.name for p in orphan_side_files(live))
        problem = f"the database file is missing but {names} is still there"
    else:
        return True  # a first start: there is nothing to check yet
    if problem is None:
        return True
    moved_to = move_aside(live)
    report = DamageReport(problem, moved_to, newest_good_backup_info(data_dir))
    choice = ask(report)
    if choice is StartChoice.RESTORE and report.backup is not None:
        try:
            restore_backup(data_dir, report.backup.path)
        except UserError:
            _put_back(moved_to, live)
            raise
        return True
    if choice is StartChoice.EMPTY:
        return True
    _put_back(moved_to, live)
    return False


def _put_back(moved_to: Path, live: Path) -> None:
    """Undo move_aside when the student chose nothing, so the next start asks again."""
    if live.exists():
        return
    for suffix in ("", *SIDE_SUFFIXES):
        source = moved_to.with_name(moved_to.name + suffix)
        if source.exists():
            os.rename(source, live.with_name(live.name + suffix))


def ask_with_dialog(report: DamageReport) -> StartChoice:
    """The start-up question as a modal message box; Escape means Quit."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Marginalia: the library is damaged")
    box.setText(report.message())
    restore = None
    if report.backup is not None:
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton("Start with an empty library", QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return StartChoice.RESTORE
    if clicked is empty:
        return StartChoice.EMPTY
    return StartChoice.QUIT


# -- Help → Restore from backup… ----------------------------------------------------------

COLUMNS = ("When", "Kind", "Articles", "Highlights", "Size", "Check")


class RestoreDialog(QDialog):
    """Every backup with its time, kind, counts and check; Restore asks before acting.

    ``confirm`` and ``inform`` are the two message boxes, replaceable by tests.
    """

    def __init__(self, parent: QWidget | None, data_dir: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from Backup")
        self.data_dir = data_dir
        self.restored = False
        self.confirm: Callable[[str], bool] = self._ask_confirmation
        self.inform: Callable[[str, bool], None] = self._show_outcome
        self.backups: list[BackupInfo] = list_backups(data_dir)

        layout = QVBoxLayout(self)
        intro = QLabel(
            "Marginalia backs up the library each day it starts. Restoring replaces the "
            "whole library with the chosen backup; the current library is backed up first."
            if self.backups
            else "There are no backups yet. Marginalia makes one each day it starts; "
            "`marginalia backup` makes one now."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.backups), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(self.backups):
            for column, text in enumerate(_row_texts(info)):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not info.ok:
                    item.setToolTip(info.problem or "unreadable")
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton("Restore…", self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(buttons)
        self.resize(720, 380)
        self._update_button()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)

    def restore_selected(self) -> bool:
        """Restore the chosen backup after confirmation; True when the library was replaced.

        The library is reopened afterwards, so the caller only has to reload its views.
        """
        from reader.store.database import open_library

        chosen = self.selected()
        if chosen is None or not chosen.ok:
            return False
        question = (
            f"Replace the whole library with the backup from {chosen.describe()}?\n\n"
            "The current library is backed up first, so this can be undone by restoring "
            "that backup."
        )
        if not self.confirm(question):
            return False
        try:
            kept = restore_backup(self.data_dir, chosen.path)
        except UserError as exc:
            self.inform(str(exc), False)
            open_library(self.data_dir)  # the library was left as it was: reconnect to it
            return False
        open_library(self.data_dir)
        where = f" The library as it was before is kept in {kept}." if kept else ""
        self.inform(f"The library was restored from {chosen.describe()}.{where}", True)
        self.restored = True
        self.accept()
        return True

    def _ask_confirmation(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Restore from Backup",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_outcome(self, message: str, success: bool) -> None:
        if success:
            QMessageBox.information(self, "Restore from Backup", message)
        else:
            QMessageBox.warning(self, "Restore from Backup", message)


def _row_texts(info: BackupInfo) -> tuple[str, ...]:
    unknown = "?"
    return (
        info.time.astimezone().strftime("%Y-%m-%d %H:%M"),
        info.kind,
        unknown if info.articles is None else str(info.articles),
        unknown if info.highlights is None else str(info.highlights),
        _size_text(info.size),
        "ok" if info.ok else f"damaged: {info.problem}",
    )


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def restore_dialog(parent: QWidget | None, data_dir: Path) -> bool:
    """Help → Restore from Backup…: True when the library was replaced (and reopened);
    the window must then reload everything it shows."""
    dialog = RestoreDialog(parent, data_dir)
    dialog.exec()
    return dialog.restored
