"""The concept manager as a student meets it: tidy names, asked before merging or deleting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.store.concepts import ConceptSummary
from reader.ui.concepts.concept_list import CONCEPT_ID_ROLE
from reader.ui.concepts.manager import ALIASES_PLACEHOLDER, UNDO_HINT, ConceptManager
from reader.ui.concepts.merge_target import EMPTY_NAME_MESSAGE, MergeTargetDialog, parse_aliases

DETENTE = ConceptSummary(
    id=2,
    name="Détente",
    definition="Masa meredanya ketegangan antara Blok Barat dan Blok Timur.",
    color="yellow",
    aliases=("detente", "relaksasi ketegangan"),
    passages=7,
    articles=3,
)
ITEMS = [
    ConceptSummary(1, "Demokrasi terpimpin", "", "blue", (), 4, 2),
    DETENTE,
    ConceptSummary(3, "Gotong royong", "", None, (), 12, 5),
    ConceptSummary(4, "Kerja Sama", "", "green", ("kerjasama",), 1, 1),
    ConceptSummary(5, "Nonblok", "", None, (), 0, 0),
]


class Recorder:
    """Every signal the dialog sends, in order, as (name, args)."""

    def __init__(self, dialog: ConceptManager) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        for name in (
            "rename_requested",
            "merge_requested",
            "delete_requested",
            "definition_edited",
            "aliases_edited",
            "color_requested",
        ):
            getattr(dialog, name).connect(lambda *args, n=name: self.calls.append((n, args)))


class ScriptedManager(ConceptManager):
    """Answers its questions from a script and remembers what it was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.answer = True
        self.merge_target: int | None = None
        self.asked: list[tuple[str, str, str]] = []
        self.offered: list[tuple[int, list[int]]] = []

    def confirm(self, title: str, text: str, accept_label: str) -> bool:
        self.asked.append((title, text, accept_label))
        return self.answer

    def choose_merge_target(
        self, source: ConceptSummary, others: Sequence[ConceptSummary]
    ) -> int | None:
        self.offered.append((source.id, [o.id for o in others]))
        return self.merge_target


@pytest.fixture
def dialog(qtbot: QtBot) -> ScriptedManager:
    manager = ScriptedManager()
    qtbot.addWidget(manager)
    manager.set_concepts(ITEMS)
    manager.select_concept(DETENTE.id)
    return manager


@pytest.fixture
def record(dialog: ScriptedManager) -> Recorder:
    return Recorder(dialog)


def rename(dialog: ConceptManager, name: str) -> None:
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    dialog.name_edit.setText(name)
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)


def error_text(dialog: ConceptManager) -> str:
    return dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else ""


# -- the list ------------------------------------------------------------------------------
def test_list_shows_names_with_counts(dialog: ScriptedManager) -> None:
    rows = [dialog.list_widget.item(n).text() for n in range(dialog.list_widget.count())]
    assert rows == [
        "Demokrasi terpimpin — 4 passages in 2 articles",
        "Détente — 7 passages in 3 articles",
        "Gotong royong — 12 passages in 5 articles",
        "Kerja Sama — 1 passage in 1 article",
        "Nonblok — no passages yet",
    ]
    assert dialog.count_label.text() == "5 concepts"


def test_details_show_the_selected_concept(dialog: ScriptedManager) -> None:
    assert dialog.selected_concept() == DETENTE.id
    assert dialog.name_edit.text() == "Détente"
    assert dialog.definition_edit.toPlainText() == DETENTE.definition
    assert dialog.aliases_edit.text() == "detente, relaksasi ketegangan"
    assert dialog.aliases_edit.placeholderText() == ALIASES_PLACEHOLDER
    assert dialog.color_combo.currentData() == "yellow"
    assert "7 passages in 3 articles" in dialog.usage_label.text()
    assert UNDO_HINT in dialog.hint_label.text()
    assert "Ctrl+Z" in dialog.hint_label.text()


def test_filter_matches_names_and_aliases_ignoring_accents(dialog: ScriptedManager) -> None:
    dialog.filter_edit.setText("detente")
    shown = [
        dialog.list_widget.item(n).text()
        for n in range(dialog.list_widget.count())
        if not dialog.list_widget.item(n).isHidden()
    ]
    assert shown == ["Détente — 7 passages in 3 articles"]
    dialog.filter_edit.setText("kerjasama")  # an alias
    assert dialog.selected_concept() == 4  # the details follow what the list shows
    assert dialog.count_label.text() == "1 of 5 concepts"
    dialog.filter_edit.setText("zzz")
    assert "No concept matches" in dialog.count_label.text()


# -- rename --------------------------------------------------------------------------------
def test_rename_emits_the_new_name(qtbot: QtBot, dialog: ScriptedManager, record: Recorder) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    rename(dialog, "  Détente   Asia ")
    assert record.calls == [("rename_requested", (DETENTE.id, "Détente Asia"))]
    assert dialog.isVisible()  # Enter renamed; it did not press Close


def test_rename_button_commits_too(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.name_edit.setText("Relaksasi")
    dialog._update_rename_button()
    assert dialog.rename_button.isEnabled()
    dialog.rename_button.click()
    assert record.calls == [("rename_requested", (DETENTE.id, "Relaksasi"))]


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_name_is_refused(dialog: ScriptedManager, record: Recorder, name: str) -> None:
    rename(dialog, name)
    assert record.calls == []
    assert error_text(dialog) == EMPTY_NAME_MESSAGE


def test_over_long_name_is_refused_with_limit_and_length(
    dialog: ScriptedManager, record: Recorder
) -> None:
    rename(dialog, "x" * 123)
    assert record.calls == []
    assert "100" in error_text(dialog)
    assert "123" in error_text(dialog)


def test_renaming_to_own_name_in_another_case_is_a_rename(
    dialog: ScriptedManager, record: Recorder
) -> None:
    rename(dialog, "détente")
    assert record.calls == [("rename_requested", (DETENTE.id, "détente"))]
    assert dialog.asked == []


def test_renaming_to_own_alias_is_a_rename(dialog: ScriptedManager, record: Recorder) -> None:
    rename(dialog, "Relaksasi Ketegangan")
    assert record.calls == [("rename_requested", (DETENTE.id, "Relaksasi Ketegangan"))]


def test_unchanged_name_sends_nothing(dialog: ScriptedManager, record: Recorder) -> None:
    rename(dialog, " Détente ")
    assert record.calls == []
    assert error_text(dialog) == ""


def test_renaming_onto_another_concept_offers_a_merge(
    dialog: ScriptedManager, record: Recorder
) -> None:
    rename(dialog, "kerja  sama")
    assert record.calls == [("merge_requested", (DETENTE.id, 4))]
    [(_title, text, accept)] = dialog.asked
    assert text == "“Kerja Sama” already exists. Merge “Détente” into “Kerja Sama” instead?"
    assert accept == "Merge"


def test_renaming_onto_another_concepts_alias_offers_a_merge(
    dialog: ScriptedManager, record: Recorder
) -> None:
    rename(dialog, "KerjaSama")
    assert record.calls == [("merge_requested", (DETENTE.id, 4))]
    assert "Merge “Détente” into “Kerja Sama” instead?" in dialog.asked[0][1]


def test_cancelled_merge_offer_sends_nothing(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.answer = False
    rename(dialog, "Kerja Sama")
    assert len(dialog.asked) == 1
    assert record.calls == []
    assert dialog.name_edit.text() == "Kerja Sama"  # left to correct


def test_escape_in_name_reverts_before_closing(qtbot: QtBot, dialog: ScriptedManager) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Half typed")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.name_edit.text() == "Détente"
    assert dialog.isVisible()


# -- merge and delete ----------------------------------------------------------------------
def test_merge_into_confirms_what_happens(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.merge_target = 4
    dialog.merge_button.click()
    assert dialog.offered == [(DETENTE.id, [1, 3, 4, 5])]
    [(_title, text, accept)] = dialog.asked
    assert text.startswith(
        "The 7 passages tagged “Détente” will be tagged “Kerja Sama”; "
        "“Détente” becomes an alias of “Kerja Sama”."
    )
    assert accept == "Merge"
    assert record.calls == [("merge_requested", (DETENTE.id, 4))]


def test_merge_cancelled_at_either_step_sends_nothing(
    dialog: ScriptedManager, record: Recorder
) -> None:
    dialog.merge_target = None
    dialog.merge_button.click()
    assert dialog.asked == []
    dialog.merge_target = 4
    dialog.answer = False
    dialog.merge_button.click()
    assert record.calls == []


def test_after_a_merge_the_target_is_selected(dialog: ScriptedManager) -> None:
    dialog.merge_target = 4
    dialog.merge_button.click()
    dialog.set_concepts([i for i in ITEMS if i.id != DETENTE.id])
    assert dialog.selected_concept() == 4


def test_delete_confirms_with_passage_count(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.answer = False
    dialog.delete_button.click()
    assert record.calls == []
    [(_title, text, accept)] = dialog.asked
    assert text == (
        "Delete “Détente”? It tags 7 passages in 3 articles. "
        "The passages stay highlighted; only the tag is removed."
    )
    assert accept == "Delete"
    dialog.answer = True
    dialog.delete_button.click()
    assert record.calls == [("delete_requested", (DETENTE.id,))]


def test_delete_of_an_unused_concept_still_asks(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.select_concept(5)
    dialog.answer = False
    dialog.delete_button.click()
    assert len(dialog.asked) == 1
    assert "Nonblok" in dialog.asked[0][1]
    assert record.calls == []


def test_after_a_delete_the_neighbour_is_selected(dialog: ScriptedManager) -> None:
    dialog.set_concepts([i for i in ITEMS if i.id != DETENTE.id])
    assert dialog.selected_concept() == 3
    assert dialog.name_edit.text() == "Gotong royong"


# -- definition, aliases, colour -----------------------------------------------------------
def test_definition_is_sent_on_focus_out_not_per_key(
    qtbot: QtBot, dialog: ScriptedManager, record: Recorder
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.definition_edit.setFocus()
    qtbot.waitUntil(dialog.definition_edit.hasFocus)
    QTest.keyClick(dialog.definition_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.definition_edit, " Dimulai 1969.")
    assert record.calls == []
    dialog.aliases_edit.setFocus()
    qtbot.waitUntil(lambda: not dialog.definition_edit.hasFocus())
    assert record.calls == [
        ("definition_edited", (DETENTE.id, DETENTE.definition + " Dimulai 1969."))
    ]
    dialog.definition_edit.setFocus()
    dialog.aliases_edit.setFocus()  # leaving again without changes sends nothing more
    assert len(record.calls) == 1


def test_unsent_definition_is_sent_when_switching_concepts(
    dialog: ScriptedManager, record: Recorder
) -> None:
    dialog.definition_edit.setPlainText("Kerja sama antarnegara.")
    dialog.select_concept(4)
    assert record.calls == [("definition_edited", (DETENTE.id, "Kerja sama antarnegara."))]
    assert dialog.definition_edit.toPlainText() == ""


def test_aliases_are_sent_as_a_clean_list(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.aliases_edit.setText(" detente ,, Relaksasi  ketegangan, DETENTE, Détente, peredaan ,")
    dialog.commit_aliases()
    assert record.calls == [
        ("aliases_edited", (DETENTE.id, ["detente", "Relaksasi ketegangan", "peredaan"]))
    ]
    assert dialog.aliases_edit.text() == "detente, Relaksasi ketegangan, peredaan"


def test_aliases_on_enter(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.aliases_edit.setFocus()
    dialog.aliases_edit.setText("")
    QTest.keyClicks(dialog.aliases_edit, "peredaan")
    QTest.keyClick(dialog.aliases_edit, Qt.Key.Key_Return)
    assert record.calls == [("aliases_edited", (DETENTE.id, ["peredaan"]))]


def test_alias_of_another_concept_is_refused(dialog: ScriptedManager, record: Recorder) -> None:
    dialog.aliases_edit.setText("detente, Gotong Royong")
    dialog.commit_aliases()
    assert record.calls == []
    assert "“Gotong Royong” is already used by the concept “Gotong royong”" in error_text(dialog)


def test_parse_aliases() -> None:
    assert parse_aliases("") == []
    assert parse_aliases(" a ,A, b  c ,") == ["a", "b c"]


def test_colour_sends_name_or_none(dialog: ScriptedManager, record: Recorder) -> None:
    combo = dialog.color_combo
    assert [combo.itemData(n) for n in range(combo.count())] == [
        None,
        "yellow",
        "green",
        "blue",
        "pink",
        "purple",
    ]
    assert all(not combo.itemIcon(n).isNull() for n in range(1, combo.count()))
    combo.activated.emit(combo.findData("pink"))
    combo.activated.emit(combo.findData(None))
    assert record.calls == [
        ("color_requested", (DETENTE.id, "pink")),
        ("color_requested", (DETENTE.id, None)),
    ]


# -- refresh ---------------------------------------------------------------------------------
def test_set_concepts_keeps_the_selection(dialog: ScriptedManager) -> None:
    fresh = [*ITEMS[:1], ConceptSummary(9, "Ekonomi terpimpin", "", None, (), 2, 1), *ITEMS[1:]]
    dialog.set_concepts(fresh)
    assert dialog.selected_concept() == DETENTE.id
    assert dialog.name_edit.text() == "Détente"


def test_set_concepts_keeps_typing_in_the_definition(
    dialog: ScriptedManager, record: Recorder
) -> None:
    dialog.definition_edit.setPlainText("Half a new defini")
    recoloured = [
        ConceptSummary(**{**DETENTE.__dict__, "color": "blue"}) if i.id == DETENTE.id else i
        for i in ITEMS
    ]
    dialog.set_concepts(recoloured)
    assert dialog.definition_edit.toPlainText() == "Half a new defini"
    assert dialog.color_combo.currentData() == "blue"
    assert record.calls == []


def test_set_concepts_shows_a_definition_changed_elsewhere(dialog: ScriptedManager) -> None:
    undone = [
        ConceptSummary(**{**DETENTE.__dict__, "definition": "Older text."})
        if i.id == DETENTE.id
        else i
        for i in ITEMS
    ]
    dialog.set_concepts(undone)
    assert dialog.definition_edit.toPlainText() == "Older text."


def test_rename_echo_updates_the_name(dialog: ScriptedManager) -> None:
    rename(dialog, "Détente Asia")
    renamed = [
        ConceptSummary(**{**DETENTE.__dict__, "name": "Détente Asia"}) if i.id == DETENTE.id else i
        for i in ITEMS
    ]
    dialog.set_concepts(renamed)
    assert dialog.name_edit.text() == "Détente Asia"
    assert not dialog.rename_button.isEnabled()


def test_select_none_and_empty_list(dialog: ScriptedManager) -> None:
    dialog.select_concept(None)
    assert dialog.selected_concept() is None
    assert not dialog.details.isVisibleTo(dialog)
    dialog.set_concepts([])
    assert dialog.count_label.text() == "0 concepts"
    assert "No concepts yet" in dialog.empty_label.text()


def test_show_error_displays_the_text(dialog: ScriptedManager) -> None:
    dialog.show_error("“Kerja Sama” already exists, so “Détente” cannot take that name.")
    assert error_text(dialog) == "“Kerja Sama” already exists, so “Détente” cannot take that name."
    dialog.select_concept(4)  # a new start clears it
    assert error_text(dialog) == ""


# -- accessibility ---------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(dialog: ScriptedManager) -> None:
    interactive = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox)
        or w in (dialog.list_widget, dialog.definition_edit, dialog.error_label)
    ]
    assert interactive
    unnamed = [w for w in interactive if not w.accessibleName()]
    assert unnamed == [], [type(w).__name__ + ":" + w.objectName() for w in unnamed]
    row = dialog.list_widget.item(1)
    spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Détente" in spoken and "7 passages" in spoken and "also called detente" in spoken


def test_enter_never_presses_a_dialog_button(dialog: ScriptedManager) -> None:
    assert all(not b.autoDefault() for b in dialog.findChildren(QPushButton))


def test_merge_picker_finds_names_and_aliases(qtbot: QtBot) -> None:
    others = [i for i in ITEMS if i.id != DETENTE.id]
    picker = MergeTargetDialog(DETENTE, others, None)
    qtbot.addWidget(picker)
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert picker.target() is None and not ok.isEnabled()
    picker.combo.setEditText("kerja  SAMA")
    assert picker.target() == 4 and ok.isEnabled()
    picker.combo.setEditText("kerjasama")  # an alias finds its concept
    assert picker.target() == 4
    picker.combo.setEditText("Détente")  # not offered: it is the one being merged
    assert picker.target() is None
    assert picker.combo.accessibleName() == "Concept to merge “Détente” into"
    assert all(b.accessibleName() for b in picker.findChildren(QAbstractButton))


# -- the mouse -----------------------------------------------------------------------------
def click_row(dialog: ConceptManager, concept_id: int) -> None:
    """A real click on the concept's row, where it is on screen."""
    row = next(
        dialog.list_widget.item(n)
        for n in range(dialog.list_widget.count())
        if dialog.list_widget.item(n).data(CONCEPT_ID_ROLE) == concept_id
    )
    rect = dialog.list_widget.visualItemRect(row)
    QTest.mouseClick(dialog.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_on_a_concept_opens_it_in_the_editor(qtbot: QtBot, dialog: ScriptedManager):
    dialog.show()
    qtbot.waitExposed(dialog)
    click_row(dialog, 3)
    assert dialog.selected_concept() == 3
    assert dialog.name_edit.text() == "Gotong royong"
    assert dialog.details.isVisible()
    assert not dialog.empty_label.isVisible()  # not "Select a concept to edit it."
    click_row(dialog, 5)
    assert dialog.name_edit.text() == "Nonblok"
    assert "no passages" in dialog.usage_label.text()


def test_a_click_sends_the_definition_typed_for_the_concept_left(
    qtbot: QtBot, dialog: ScriptedManager, record: Recorder
):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.definition_edit.setPlainText("Kebijakan yang meredakan ketegangan.")
    click_row(dialog, 1)
    assert ("definition_edited", (DETENTE.id, "Kebijakan yang meredakan ketegangan.")) in (
        record.calls
    )
    assert dialog.name_edit.text() == "Demokrasi terpimpin"
