"""Class packs: open one, make one, hand notes back, see the class — and show the layers.

The only place the window calls the store about class packs and other people's layers
(reader.store.class_packs, handbacks, layers, identity). It shows, on the open article,
the teacher's notes (unless the reader hid them: one toggle, in the View menu and above
the Annotations list), the class's passages (all students, one, or none) and the
teacher's instruction above the text. Nothing here changes the reader's own highlights:
layers are read-only, so there is nothing to undo. What an import changed is announced
on ``LibraryEvents``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStatusBar

from reader.core.errors import DocumentError, UserError
from reader.core.packs.pack_format import SUFFIX
from reader.core.packs.passages import group_passages, only_student
from reader.store import articles, identity, layers
from reader.store.article_text import article_text
from reader.ui.annotations.layer_bar import ALL_STUDENTS, NO_CLASS
from reader.ui.annotations.layer_rows import LayerRow, class_rows, teacher_rows
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.controllers.open_article import OpenArticle
from reader.ui.reading import layer_marks
from reader.ui.reading.instruction_banner import InstructionBanner
from reader.ui.reading.reader_view import ReaderView
from reader.ui.translation import error_text
from reader.ui.widgets.card_painting import english_plural
from reader.ui.window.events import LibraryEvents

# Showing layers needs only reader.store.layers. Reading and writing class files (and
# with them the export writers, jinja2 among them) load when the reader opens or saves
# one, not with every window: tests/ui/test_startup_imports.py.
if TYPE_CHECKING:
    from reader.store.class_packs import PackImport
    from reader.store.handbacks import HandbackImport
    from reader.ui.dialogs.pack_export import PackRequest

TEACHER_SHOWN_KEY = "class/teacher_notes_shown"


class PackController(QObject):
    """Other people's layers on the open article, and the files a class passes around."""

    teacher_shown_changed = Signal(bool)  # the View menu's toggle follows
    article_wanted = Signal(int)  # open this article (the first of a pack just opened)

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        events: LibraryEvents,
        open_article: OpenArticle,
        view: ReaderView,
        panel: AnnotationsPanel,
        banner: InstructionBanner,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.events = window, settings, events
        self.open, self.view, self.panel, self.banner = open_article, view, panel, banner
        self.student = ALL_STUDENTS  # whose notes the class view shows

    def _status(self, text: str, ms: int) -> None:
        bar = self.window.statusBar()
        assert isinstance(bar, QStatusBar)
        bar.showMessage(text, ms)

    # -- showing the layers ------------------------------------------------------------
    @property
    def teacher_shown(self) -> bool:
        return str(self.settings.value(TEACHER_SHOWN_KEY, "true")).lower() != "false"

    def set_teacher_shown(self, shown: bool) -> None:
        """The one toggle: the teacher's notes on or off, everywhere, until turned back."""
        if shown == self.teacher_shown:
            return
        self.settings.setValue(TEACHER_SHOWN_KEY, "true" if shown else "false")
        self.teacher_shown_changed.emit(shown)
        self.show_current()

    def choose_student(self, chosen: str) -> None:
        self.student = chosen
        self.show_current()

    def on_article_shown(self, article_id: int, original: bool) -> None:
        if original:
            self.clear()
            return
        orphaned = layers.anchor_layers_again(article_id)
        if orphaned:
            unplaced = self.tr("%n note(s) from your teacher could not be placed.", "", orphaned)
            self._status(english_plural(unplaced, orphaned), 10000)
        self.show(article_id)

    def show_current(self) -> None:
        if self.open.article_id is not None and not self.open.original:
            self.show(self.open.article_id)

    def clear(self) -> None:
        self.view.set_layer_marks([])
        self.panel.set_layers([])
        self.panel.layer_bar.show_layers([], self.teacher_shown, [], self.student)
        self.banner.clear()

    def show(self, article_id: int) -> None:
        """Answer ``layers_changed``: the article's layers in the text, panel and banner."""
        if article_id != self.open.article_id or self.open.original:
            return
        teacher = layers.teacher_items(article_id)
        roster = layers.class_roster(article_id)
        if self.student not in {ALL_STUDENTS, NO_CLASS, *(pid for pid, _n in roster)}:
            self.student = ALL_STUDENTS  # that student has no notes on this article
        shown_teacher = teacher if self.teacher_shown else []
        rows: list[LayerRow] = teacher_rows(shown_teacher)
        marks = layer_marks.teacher_marks(shown_teacher)
        if roster and self.student != NO_CLASS:
            one = None if self.student == ALL_STUDENTS else self.student
            chosen = only_student(layers.class_marks(article_id), one)
            passages = group_passages(chosen)
            text = article_text(articles.get_article(article_id)).text
            name = dict(roster).get(one) if one is not None else None
            rows += class_rows(passages, len(roster), text, name)
            marks += layer_marks.class_marks(passages, len(roster), name)
        self.view.set_layer_marks(marks)
        self.panel.set_layers(rows)
        names = list(dict.fromkeys(item.person for item in teacher))
        self.panel.layer_bar.show_layers(names, self.teacher_shown, roster, self.student)
        instruction = layers.instruction_for(article_id)
        if instruction is None:
            self.banner.clear()
        else:
            self.banner.show_instruction(*instruction)

    def go_to(self, offset: int) -> None:
        self.view.scroll_to_offset(offset)

    # -- opening files -----------------------------------------------------------------
    def import_files(self, paths: list[Path]) -> list[PackImport | HandbackImport]:
        """Open class packs and import students' notes; each refused file is named with
        its problem, and the others still go in."""
        from reader.store.class_files import import_class_files

        done: list[PackImport | HandbackImport] = []
        errors: list[str] = []
        for outcome in import_class_files(paths):
            if isinstance(outcome, DocumentError):
                errors.append(error_text(outcome))
            else:
                done.append(outcome)
        touched = {i for outcome in done for i in outcome.article_ids}
        if done:
            self.events.articles_changed.emit()
            self.events.concepts_changed.emit()
            for article_id in sorted(touched):
                self.events.layers_changed.emit(article_id)
            first = done[-1].article_ids[0] if done[-1].article_ids else None
            if first is not None:
                self.article_wanted.emit(first)
        if done:
            self._status(" ".join(self._said(o) for o in done[:3]), 12000)
        if errors:
            self._refused(errors)
        return done

    def _said(self, outcome: PackImport | HandbackImport) -> str:
        from reader.store.class_packs import PackStatus
        from reader.store.handbacks import HandbackImport

        if isinstance(outcome, HandbackImport):
            return self.tr("{student}'s notes on “{pack}” are in the class view.").format(
                student=outcome.student, pack=outcome.pack_title
            )
        if outcome.status is PackStatus.OLDER:
            return self.tr(
                "“{title}” is an earlier edition than the one you have; nothing changed."
            ).format(title=outcome.title)
        if outcome.status is PackStatus.UNCHANGED:
            return self.tr("“{title}” from {teacher} was opened before.").format(
                title=outcome.title, teacher=outcome.teacher
            )
        if outcome.status is PackStatus.UPDATED:
            return self.tr("“{title}”: {teacher}'s newer notes replace the earlier ones.").format(
                title=outcome.title, teacher=outcome.teacher
            )
        return self.tr("Opened “{title}” from {teacher}.").format(
            title=outcome.title, teacher=outcome.teacher
        )

    def _refused(self, errors: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not opened"),
            english_plural(
                self.tr("%n file(s) could not be opened and changed nothing.", "", len(errors)),
                len(errors),
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(errors[0])
        if len(errors) > 1:
            box.setDetailedText("\n".join(errors))
        box.open()

    # -- the user's name ---------------------------------------------------------------
    def your_name(self) -> str:
        return identity.your_name()

    def set_your_name(self, name: str) -> str:
        try:
            return identity.set_your_name(name)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Name not saved"), error_text(exc))
            return identity.your_name()

    # -- exports -----------------------------------------------------------------------
    def ask_pack_request(self) -> PackRequest | None:
        """The articles, title, instruction and name, from the dialog (tests answer here)."""
        from reader.ui.dialogs.pack_export import PackExportDialog

        dialog = PackExportDialog(
            self.window, articles.list_articles(), self.open.article_id, identity.your_name()
        )
        return dialog.request() if dialog.exec() else None

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        folder = str(self.settings.value("export/folder") or Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path(folder) / suggested), file_filter
        )
        if not chosen:
            return None
        self.settings.setValue("export/folder", str(Path(chosen).parent))
        return Path(chosen)

    def export_pack(self) -> Path | None:
        request = self.ask_pack_request()
        if request is None:
            return None
        path = self.ask_save_path(
            self.tr("Save Class Pack"),
            _file_name(request.title, SUFFIX),
            self.tr("Class packs (*.marginalia)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            from reader.store import class_packs

            identity.set_your_name(request.name)
            pack = class_packs.export_pack(
                path, list(request.article_ids), request.instruction, request.name, request.title
            )
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Class pack not saved"), error_text(exc))
            return None
        count = len(pack.annotations)
        notes = english_plural(self.tr("%n note(s)", "", count), count)
        self._status(
            self.tr("Saved the class pack {path} with {notes}.").format(path=path, notes=notes),
            10000,
        )
        return path

    def ask_handback(self, chosen: str | None) -> tuple[str, str] | None:
        """The pack the notes answer and the student's name (tests answer here)."""
        from reader.store import handbacks
        from reader.ui.dialogs.handback_export import HandbackDialog

        packs = handbacks.packs_here()
        if not packs:
            QMessageBox.information(
                self.window,
                self.tr("No class pack"),
                self.tr(
                    "Notes for your teacher go with a class pack your teacher sent: "
                    "open it first (File → Import)."
                ),
            )
            return None
        dialog = HandbackDialog(self.window, packs, chosen, identity.your_name())
        return (dialog.chosen_pack(), dialog.chosen_name()) if dialog.exec() else None

    def export_handback(self) -> Path | None:
        from reader.store import handbacks

        current = self.open.article_id
        answer = self.ask_handback(handbacks.pack_of_article(current) if current else None)
        if answer is None:
            return None
        pack_id, name = answer
        try:
            identity.set_your_name(name)
            text = handbacks.handback_text(pack_id, name, QCoreApplication.translate)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Notes not saved"), error_text(exc))
            return None
        path = self.ask_save_path(
            self.tr("Save Notes for My Teacher"),
            _file_name(self.tr("Notes from {name}").format(name=name), ".json"),
            self.tr("Notes for the teacher (*.json)"),
        )
        if path is None:
            return None
        return self._write(path, text, self.tr("Saved your notes for your teacher: {path}"))

    def export_summary(self) -> Path | None:
        from reader.store import handbacks

        current = self.open.article_id
        article_id = current if current is not None and layers.class_roster(current) else None
        if article_id is None and not layers.articles_with_class_notes():
            QMessageBox.information(
                self.window,
                self.tr("No class notes yet"),
                self.tr(
                    "Import your students' notes first (File → Import): the summary shows "
                    "who marked each passage."
                ),
            )
            return None
        text = handbacks.class_summary(article_id, QCoreApplication.translate)
        title = articles.get_article(article_id).title if article_id else self.tr("Class")
        path = self.ask_save_path(
            self.tr("Save Class Summary"),
            _file_name(self.tr("Class notes — {title}").format(title=title), ".md"),
            self.tr("Markdown (*.md)"),
        )
        if path is None:
            return None
        return self._write(path, text, self.tr("Saved the class summary: {path}"))

    def _write(self, path: Path, text: str, done: str) -> Path | None:
        from reader.core.atomic_write import write_text_atomic
        from reader.store.library_files import refuse_library_files

        try:
            refuse_library_files(path)
            write_text_atomic(path, text)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Not saved"), error_text(exc))
            return None
        self._status(done.format(path=path), 10000)
        return path


def _file_name(title: str, suffix: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return (" ".join(safe.split())[:80] or "marginalia") + suffix
