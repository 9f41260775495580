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

from PySide6.QtCore import QCoreApplication, QObject, Qt
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

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.store.backups import BackupInfo, list_backups, newest_good_backup_info, restore_backup
from reader.store.integrity import SIDE_SUFFIXES, move_aside, orphan_side_files, quick_check
from reader.store.location import database_path
from reader.ui.translation import error_text
from reader.ui.widgets.card_painting import english_plural


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
        if self.backup is None:
            return QCoreApplication.translate(
                "StartupCheck",
                "The library database is damaged ({problem}). It has been moved aside to "
                "{moved_to}; nothing was deleted.\n\nThere is no good backup to restore. "
                "Start with an empty library?",
            ).format(problem=self.problem, moved_to=self.moved_to)
        return QCoreApplication.translate(
            "StartupCheck",
            "The library database is damaged ({problem}). It has been moved aside to "
            "{moved_to}; nothing was deleted.\n\nRestore the newest good backup from "
            "{backup}?\n\nQuit puts the damaged file back where it was, so Marginalia asks "
            "again next time.",
        ).format(problem=self.problem, moved_to=self.moved_to, backup=describe_backup(self.backup))


# Backup kinds as the store names them (reader.store.backups), marked for translation.
KIND_NAMES = {
    "daily": QT_TRANSLATE_NOOP("BackupText", "daily"),
    "manual": QT_TRANSLATE_NOOP("BackupText", "manual"),
    "before-restore": QT_TRANSLATE_NOOP("BackupText", "before-restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupText", "before-upgrade"),
}


class BackupText(QObject):
    """A backup described in the interface's language.

    A QObject only so that ``self.tr`` can choose plural forms ("1 article", "5 articles").
    """

    def kind(self, info: BackupInfo) -> str:
        return QCoreApplication.translate("BackupText", KIND_NAMES.get(info.kind, info.kind))

    def describe(self, info: BackupInfo) -> str:
        """``2026-11-25 09:30 (daily, 12 articles, 340 highlights)`` in local time."""
        when = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
        highlights = info.highlights or 0
        if info.articles is None:
            return self.tr("{when} ({kind}, unreadable)").format(when=when, kind=self.kind(info))
        return self.tr("{when} ({kind}, {articles}, {highlights})").format(
            when=when,
            kind=self.kind(info),
            articles=english_plural(self.tr("%n article(s)", "", info.articles), info.articles),
            highlights=english_plural(self.tr("%n highlight(s)", "", highlights), highlights),
        )


def describe_backup(info: BackupInfo) -> str:
    return BackupText().describe(info)


Ask = Callable[[DamageReport], StartChoice]


def check_library_at_start(
    data_dir: Path, ask: Ask, check: Callable[[Path], str | None] = quick_check
) -> bool:
    """Check the library before it is opened; True to go on opening it, False to quit.

    A damaged library (or a ``-wal`` whose database is gone) is moved aside and ``ask``
    chooses: restore the newest good backup, start empty, or quit. Quitting puts the
    file back, so nothing has changed and the next start asks again. Raises UserError
    (plain words naming the file) when the library cannot even be checked.
    """
    live = database_path(data_dir)
    if live.exists():
        # ``check`` is quick_check, or its answer from a thread the start ran it on.
        problem = check(live)
    elif orphan_side_files(live):
        names = ", ".join(p.name for p in orphan_side_files(live))
        problem = QCoreApplication.translate(
            "StartupCheck", "the database file is missing but {names} is still there"
        ).format(names=names)
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
    box.setWindowTitle(
        QCoreApplication.translate("StartupCheck", "Marginalia: the library is damaged")
    )
    box.setText(report.message())
    restore = None
    if report.backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("StartupCheck", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
    empty = box.addButton(
        QCoreApplication.translate("StartupCheck", "Start with an empty library"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("StartupCheck", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
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

COLUMNS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "When"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Kind"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Articles"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Highlights"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Size"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Check"),
)


class RestoreDialog(QDialog):
    """Every backup with its time, kind, counts and check; Restore asks before acting.

    ``confirm`` and ``inform`` are the two message boxes, replaceable by tests.
    """

    def __init__(self, parent: QWidget | None, data_dir: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.data_dir = data_dir
        self.restored = False
        self.confirm: Callable[[str], bool] = self._ask_confirmation
        self.inform: Callable[[str, bool], None] = self._show_outcome
        self.backups: list[BackupInfo] = list_backups(data_dir)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Marginalia backs up the library each day it starts. Restoring replaces the "
                "whole library with the chosen backup; the current library is backed up first."
            )
            if self.backups
            else self.tr(
                "There are no backups yet. Marginalia makes one each day it starts; "
                "`marginalia backup` makes one now."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.backups), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RestoreDialog", name) for name in COLUMNS]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setAccessibleDescription(
            self.tr("Each backup with its time, kind, counts, size and check; newest first")
        )
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
                    item.setToolTip(info.problem or self.tr("unreadable"))
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setAccessibleDescription(
            self.tr("Replace the library with the chosen backup, after asking")
        )
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
        described = describe_backup(chosen)
        question = self.tr(
            "Replace the whole library with the backup from {backup}?\n\n"
            "The current library is backed up first, so this can be undone by restoring "
            "that backup."
        ).format(backup=described)
        if not self.confirm(question):
            return False
        try:
            kept = restore_backup(self.data_dir, chosen.path)
        except UserError as exc:
            self.inform(error_text(exc), False)
            open_library(self.data_dir)  # the library was left as it was: reconnect to it
            return False
        open_library(self.data_dir)
        if kept:
            outcome = self.tr(
                "The library was restored from {backup}. "
                "The library as it was before is kept in {kept}."
            ).format(backup=described, kept=kept)
        else:
            outcome = self.tr("The library was restored from {backup}.").format(backup=described)
        self.inform(outcome, True)
        self.restored = True
        self.accept()
        return True

    def _ask_confirmation(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from Backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_outcome(self, message: str, success: bool) -> None:
        if success:
            QMessageBox.information(self, self.tr("Restore from Backup"), message)
        else:
            QMessageBox.warning(self, self.tr("Restore from Backup"), message)


def _row_texts(info: BackupInfo) -> tuple[str, ...]:
    unknown = "?"
    if info.ok:
        check = QCoreApplication.translate("RestoreDialog", "ok")
    else:
        check = QCoreApplication.translate("RestoreDialog", "damaged: {problem}").format(
            problem=info.problem or QCoreApplication.translate("RestoreDialog", "unreadable")
        )
    return (
        info.time.astimezone().strftime("%Y-%m-%d %H:%M"),
        BackupText().kind(info),
        unknown if info.articles is None else str(info.articles),
        unknown if info.highlights is None else str(info.highlights),
        _size_text(info.size),
        check,
    )


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        megabytes = f"{size / (1024 * 1024):.1f}"
        return QCoreApplication.translate("RestoreDialog", "{size} MB").format(size=megabytes)
    return QCoreApplication.translate("RestoreDialog", "{size} KB").format(
        size=max(1, round(size / 1024))
    )


def restore_dialog(parent: QWidget | None, data_dir: Path) -> bool:
    """Help → Restore from Backup…: True when the library was replaced (and reopened);
    the window must then reload everything it shows."""
    dialog = RestoreDialog(parent, data_dir)
    dialog.exec()
    return dialog.restored
