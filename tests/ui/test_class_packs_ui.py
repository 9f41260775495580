"""Class packs in the window: the student's view of a teacher's layer, and the teacher's
view of the class."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.store import class_packs, identity
from reader.store.articles import find_article
from reader.store.database import close_library
from reader.store.highlights import list_highlights
from reader.store.models import database_proxy
from reader.ui.annotations.highlight_model import LAYER_ROW_ROLE
from reader.ui.annotations.layer_bar import NO_CLASS
from reader.ui.annotations.layer_rows import LayerHeader, PassageRow
from reader.ui.dialogs.pack_export import PackRequest
from reader.ui.dialogs.preferences import PreferencesDialog
from reader.ui.reading.layer_marks import CLASS, TEACHER
from reader.ui.startup.app import create_main_window
from reader.ui.window.main_window import MainWindow
from tests.packs_support import opened
from tests.store.test_class_packs import (
    ARTICLE,
    STUDENTS,
    TEACHER_NOTE,
    _student_hands_back,
    _teacher_library,
)


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    path = tmp_path / "diplomasi.marginalia"
    with opened(tmp_path / "teacher"):
        article_id = _teacher_library(tmp_path / "teacher")
        class_packs.export_pack(path, [article_id], "Read and tag <b>every</b> cause")
    return path


def _window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = create_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    close_library(database_proxy.obj)


@pytest.fixture
def student(qtbot: QtBot, tmp_path: Path, pack_file: Path) -> Iterator[MainWindow]:
    """A student's window (a new library) that has just opened the pack."""
    for win in _window(qtbot, tmp_path / "student"):
        win.articles.import_paths([pack_file])  # File → Import, or a drop
        yield win


def _layer_rows(win: MainWindow) -> list[object]:
    model = win.panel.model
    return [model.index(r).data(LAYER_ROW_ROLE) for r in range(model.rowCount())]


def test_the_student_sees_the_teachers_layer_apart_from_their_own(student: MainWindow):
    article_id = student.open_article.article_id
    assert article_id == find_article(ARTICLE).id  # the pack's article was opened
    rows = [r for r in _layer_rows(student) if r is not None]
    assert isinstance(rows[0], LayerHeader) and "Bu Sari" in rows[0].title
    assert [getattr(r, "note", None) for r in rows[1:]] == [TEACHER_NOTE, ""]
    assert [m.kind for m in student.reader_view.layer_marks] == [TEACHER, TEACHER]
    # Named on hover; the teacher's words are text, never HTML.
    tip = student.reader_view.layer_marks[0].tip
    assert "Bu Sari (teacher)" in tip and "&lt;script&gt;" in tip and "<script>" not in tip
    # The instruction shows above the article, as plain text.
    banner = student.instruction
    assert banner.isVisible() and banner.text.text() == "Read and tag <b>every</b> cause"
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    assert list_highlights(article_id) == []


def test_the_teachers_notes_are_read_only(student: MainWindow, qtbot: QtBot):
    panel = student.panel
    row = next(r for r, item in enumerate(_layer_rows(student)) if getattr(item, "note", ""))
    panel.list_view.setCurrentIndex(panel.model.index(row))
    assert panel.selected_id() is None  # nothing the panel asks for can reach it
    assert panel.note_editor.isReadOnly() and panel.note_editor.toPlainText() == TEACHER_NOTE
    assert not panel.delete_button.isEnabled() and not panel.color_button.isEnabled()
    with qtbot.assertNotEmitted(panel.delete_requested):
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    with qtbot.waitSignal(panel.layer_activated) as scrolled:
        panel._activate_selected()
    assert scrolled.args == [student.reader_view.layer_marks[0].start]


def test_one_toggle_hides_and_shows_the_teachers_layer(student: MainWindow):
    action = student.menus.teacher_layer_action
    assert action.isChecked() and student.panel.layer_bar.teacher_box.isChecked()
    action.trigger()  # View → Show Teacher's Notes
    assert student.reader_view.layer_marks == []
    assert all(r is None for r in _layer_rows(student))
    assert not student.panel.layer_bar.teacher_box.isChecked()
    student.panel.layer_bar.teacher_box.click()  # the same toggle, above the list
    assert action.isChecked() and len(student.reader_view.layer_marks) == 2
    # It is remembered for the next session.
    assert student.packs.teacher_shown


def test_the_students_highlight_stays_theirs(student: MainWindow, qtbot: QtBot):
    article_id = student.open_article.article_id
    assert article_id is not None
    text = student.reader_view.toPlainText()
    start = text.index("Diplomasi dan mediasi")
    cursor = student.reader_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 40, cursor.MoveMode.KeepAnchor)
    student.reader_view.setTextCursor(cursor)
    made = student.highlights.highlight_selection("blue")
    assert made is not None
    assert [h.id for h in list_highlights(article_id)] == [made]
    rows = _layer_rows(student)
    assert rows[0] is None and len([r for r in rows if r is not None]) == 3  # header + 2


def test_the_name_is_set_once_in_preferences(window: MainWindow, qtbot: QtBot):
    dialog = PreferencesDialog(
        window, window.settings, window.packs.your_name(), window.packs.set_your_name
    )
    qtbot.addWidget(dialog)
    dialog.name.setText("  Bu   Sari ")
    dialog.reject()
    assert identity.your_name() == "Bu Sari"


def test_export_class_pack_from_the_window(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    article_id = find_article(ARTICLE).id
    target = tmp_path / "out" / "kelas"
    target.parent.mkdir()
    request = PackRequest((article_id,), "Kelas 9", "Baca ini", "Bu Sari")
    monkeypatch.setattr(window.packs, "ask_pack_request", lambda: request)
    monkeypatch.setattr(window.packs, "ask_save_path", lambda *_a: target)
    saved = window.packs.export_pack()
    assert saved == target.with_name("kelas.marginalia") and saved.is_file()
    assert identity.your_name() == "Bu Sari"
    assert "kelas.marginalia" in window.statusBar().currentMessage()


@pytest.fixture
def teacher(qtbot: QtBot, tmp_path: Path, pack_file: Path) -> Iterator[MainWindow]:
    """The teacher's window after the three students' notes came back."""
    returned = [
        _student_hands_back(tmp_path / name, name, pack_file, tmp_path) for name in STUDENTS
    ]
    for win in _window(qtbot, tmp_path / "teacher"):
        win.articles.import_paths(returned)
        yield win


def test_the_teacher_sees_every_students_layer_and_counts(teacher: MainWindow, qtbot: QtBot):
    assert teacher.open_article.article_id == find_article(ARTICLE).id
    passages = [r for r in _layer_rows(teacher) if isinstance(r, PassageRow)]
    assert [(p.passage.count, p.total) for p in passages] == [(3, 3), (1, 3)]
    marks = [m for m in teacher.reader_view.layer_marks if m.kind == CLASS]
    assert "3 of 3 students highlighted this" in marks[0].tip
    assert marks[0].strength > marks[1].strength  # the passage more marked, deeper
    bar = teacher.panel.layer_bar
    assert bar.class_filter.isVisible() and bar.class_filter.count() == 5  # all, 3, none
    # One student's layer alone.
    bar.class_filter.setCurrentIndex(bar.class_filter.findText("Only Citra"))
    passages = [r for r in _layer_rows(teacher) if isinstance(r, PassageRow)]
    assert [p.passage.students for p in passages] == [("Citra",), ("Citra",)]
    bar.class_filter.setCurrentIndex(bar.class_filter.findData(NO_CLASS))
    assert teacher.reader_view.layer_marks == []


def test_the_teacher_exports_the_summary(
    teacher: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "summary.md"
    monkeypatch.setattr(teacher.packs, "ask_save_path", lambda *_a: target)
    teacher.panel.layer_bar.summary_button.click()
    text = target.read_text("utf-8")
    assert "3 of 3 students highlighted this: Ani, Budi, Citra" in text


def test_a_double_clicked_pack_arrives_as_a_file_link(
    pack_file: Path, window: MainWindow, qtbot: QtBot
):
    with qtbot.waitSignal(window.articles.class_files_wanted) as wanted:
        assert window.articles.open_link(pack_file.as_uri())
    assert wanted.args == [[pack_file]]
    assert find_article(ARTICLE).id == window.open_article.article_id
    assert window.instruction.isVisible()
