"""The annotations panel as a reader meets it: cards in reading order, notes saved as typed."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.highlight_colors import HIGHLIGHT_SHADES, INK
from reader.core.highlight_record import HighlightData
from reader.ui.annotations.highlight_model import UNPLACED_EXPLANATION, UNPLACED_TITLE
from reader.ui.annotations.panel import NOTE_SAVE_DELAY_MS, AnnotationsPanel
from reader.ui.widgets.highlight_palette import shade
from reader.ui.widgets.text_layout import wrapped_lines
from tests.ui.selection import select_quote

MEANINGS = {"yellow": "definitions", "green": "examples"}


def make(
    exact: str,
    color: str = "yellow",
    *,
    note: str = "",
    placed: bool = True,
    concepts: tuple[str, ...] = (),
    start: int = 0,
) -> HighlightData:
    now = datetime(2024, 5, 1, tzinfo=UTC)
    return HighlightData(
        id=str(uuid.uuid4()),
        article_id=1,
        start=start,
        end=start + len(exact),
        exact=exact,
        prefix="",
        suffix="",
        color=color,
        note=note,
        placed=placed,
        created_at=now,
        modified_at=now,
        concepts=concepts,
    )


@pytest.fixture
def items() -> list[HighlightData]:
    return [
        make(
            "Detente adalah meredanya ketegangan antara Amerika Serikat dan Uni Soviet.",
            "yellow",
            note="Definisi utama.",
            concepts=("Détente",),
        ),
        make("Perjanjian SALT I ditandatangani pada tahun 1972.", "green", start=100),
        make("Perdagangan gandum meningkat tajam.", "green", note="Contoh.", start=200),
        make("Helsinki Final Act 1975 mengakui batas-batas Eropa.", "blue", start=300),
        make("Detente hanya menguntungkan Uni Soviet.", "pink", placed=False),
    ]


@pytest.fixture
def panel(qtbot: QtBot, items: list[HighlightData]) -> AnnotationsPanel:
    widget = AnnotationsPanel()
    qtbot.addWidget(widget)
    widget.resize(380, 800)
    widget.set_highlights(items, MEANINGS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_rows(panel: AnnotationsPanel) -> list[str]:
    model = panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def index_of(panel: AnnotationsPanel, highlight_id: str) -> QModelIndex:
    row = panel.model.row_of(highlight_id)
    assert row is not None
    return panel.model.index(row)


def click_card(panel: AnnotationsPanel, highlight_id: str) -> None:
    index = index_of(panel, highlight_id)
    panel.list_view.scrollTo(index)
    center = panel.list_view.visualRect(index).center()
    QTest.mouseClick(
        panel.list_view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        center,
    )


def color_action(panel: AnnotationsPanel, color: str) -> QAction:
    return next(a for a in panel.color_menu.actions() if a.data() == color)


# -- the list ---------------------------------------------------------------------------
def test_cards_come_in_the_given_order_with_orphans_under_unplaced(panel, items):
    assert shown_rows(panel) == [
        items[0].exact,
        items[1].exact,
        items[2].exact,
        items[3].exact,
        UNPLACED_TITLE,
        items[4].exact,
    ]
    header = panel.model.index(4)
    assert header.data(Qt.ItemDataRole.ToolTipRole) == UNPLACED_EXPLANATION
    assert panel.count_label.text() == "5 highlights"


def test_an_orphan_given_early_still_goes_under_unplaced(panel, items):
    orphan = items[4]
    panel.set_highlights([orphan, *items[:4]], MEANINGS)
    assert shown_rows(panel)[-2:] == [UNPLACED_TITLE, orphan.exact]


def test_no_unplaced_header_without_orphans(panel, items):
    panel.set_highlights(items[:4], MEANINGS)
    assert UNPLACED_TITLE not in shown_rows(panel)


def test_each_card_says_its_colour_in_words_not_only_in_paint(panel, items):
    spoken = panel.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Yellow highlight: Detente adalah")
    assert "Note: Definisi utama." in spoken
    assert "Détente" in spoken
    orphan = index_of(panel, items[4].id).data(Qt.ItemDataRole.AccessibleTextRole)
    assert orphan.startswith("Pink unplaced highlight")
    assert not panel.grab().isNull()  # every card paints


def test_a_long_quote_is_cut_to_three_lines_ending_in_an_ellipsis(panel):
    quote = "Detente meredakan ketegangan antara kedua negara adidaya. " * 20
    lines = wrapped_lines(quote, panel.font(), 200, 3)
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert wrapped_lines("Pendek.", panel.font(), 200, 3) == ("Pendek.",)


def test_a_notes_first_paragraphs_show_on_their_own_lines(panel):
    note = "Pertama.\n\nKedua.\nKetiga."
    assert wrapped_lines(note, panel.font(), 300, 2) == ("Pertama.", "Kedua. …")


def test_the_colour_filter_narrows_the_list_and_the_count_says_so(panel, items):
    assert panel.color_filter.itemText(1) == "Yellow — definitions"
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("green"))
    assert shown_rows(panel) == [items[1].exact, items[2].exact]
    assert panel.count_label.text() == "2 of 5 highlights"
    panel.color_filter.setCurrentIndex(0)
    assert panel.count_label.text() == "5 highlights"


def test_filtering_to_an_orphans_colour_keeps_the_unplaced_header(panel, items):
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("pink"))
    assert shown_rows(panel) == [UNPLACED_TITLE, items[4].exact]
    assert panel.count_label.text() == "1 of 5 highlights"


def test_one_highlight_is_counted_in_the_singular(panel, items):
    panel.set_highlights(items[:1], MEANINGS)
    assert panel.count_label.text() == "1 highlight"
    panel.set_highlights([], MEANINGS)
    assert panel.count_label.text() == "No highlights"


# -- choosing and activating --------------------------------------------------------------
def test_clicking_a_card_selects_it_and_asks_the_reader_to_go_there(qtbot, panel, items):
    target = items[2]
    with qtbot.waitSignal(panel.highlight_activated) as blocker:
        click_card(panel, target.id)
    assert blocker.args == [target.id]
    assert panel.selected_id() == target.id
    assert panel.note_editor.toPlainText() == "Contoh."


def test_arrow_keys_move_and_enter_activates(qtbot, panel, items):
    panel.select_highlight(items[0].id)
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Down)
    assert panel.selected_id() == items[1].id
    with qtbot.waitSignal(panel.highlight_activated) as blocker:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    assert blocker.args == [items[1].id]


def test_down_from_the_last_placed_card_steps_over_the_header(qtbot, panel, items):
    panel.select_highlight(items[3].id)
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Down)
    assert panel.selected_id() == items[4].id


def test_select_highlight_does_not_move_the_reader(qtbot, panel, items):
    with qtbot.assertNotEmitted(panel.highlight_activated):
        panel.select_highlight(items[3].id)
    assert panel.selected_id() == items[3].id
    panel.select_highlight(None)
    assert panel.selected_id() is None


def test_selecting_a_highlight_hidden_by_the_filter_shows_every_colour(panel, items):
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("green"))
    panel.select_highlight(items[3].id)
    assert panel.color_filter.currentIndex() == 0
    assert panel.selected_id() == items[3].id


def test_delete_key_and_button_ask_to_delete(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    panel.list_view.setFocus()
    with qtbot.waitSignal(panel.delete_requested) as blocker:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    assert blocker.args == [items[1].id]
    with qtbot.waitSignal(panel.delete_requested) as blocker:
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [items[1].id]


def test_nothing_selected_leaves_the_editor_and_buttons_off(panel):
    assert panel.selected_id() is None
    assert not panel.note_editor.isEnabled()
    assert panel.note_editor.placeholderText() != "Write a note…"
    for button in (panel.color_button, panel.place_button, panel.delete_button):
        assert not button.isEnabled()


# -- the note -------------------------------------------------------------------------------
def test_typing_a_note_is_sent_once_after_a_pause(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    assert panel.note_editor.isEnabled()
    assert panel.note_editor.placeholderText() == "Write a note…"
    sent: list[tuple[str, str]] = []
    panel.note_edited.connect(lambda hid, text: sent.append((hid, text)))
    with qtbot.waitSignal(panel.note_edited, timeout=NOTE_SAVE_DELAY_MS * 5) as blocker:
        qtbot.keyClicks(panel.note_editor, "Zona penyangga")
        assert sent == []  # nothing while typing
    assert blocker.args == [items[1].id, "Zona penyangga"]
    qtbot.waitUntil(lambda: not panel._note_timer.isActive())  # nothing left to send
    assert sent == [(items[1].id, "Zona penyangga")]


def test_the_note_keeps_its_paragraphs(qtbot, panel, items):
    panel.select_highlight(items[0].id)
    panel.note_editor.moveCursor(panel.note_editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(panel.note_edited, timeout=NOTE_SAVE_DELAY_MS * 5) as blocker:
        qtbot.keyClick(panel.note_editor, Qt.Key.Key_Return)
        qtbot.keyClicks(panel.note_editor, "Lihat juga SALT I.")
    assert blocker.args == [items[0].id, "Definisi utama.\nLihat juga SALT I."]


def test_flush_note_sends_pending_typing_at_once(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    sent: list[tuple[str, str]] = []
    panel.note_edited.connect(lambda hid, text: sent.append((hid, text)))
    qtbot.keyClicks(panel.note_editor, "Penting")
    panel.flush_note()
    assert sent == [(items[1].id, "Penting")]
    panel.flush_note()
    qtbot.waitUntil(lambda: not panel._note_timer.isActive())
    assert len(sent) == 1  # nothing left to send


def test_choosing_another_card_saves_the_note_first(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    sent: list[tuple[str, str]] = []
    panel.note_edited.connect(lambda hid, text: sent.append((hid, text)))
    qtbot.keyClicks(panel.note_editor, "Penting")
    click_card(panel, items[0].id)
    assert sent == [(items[1].id, "Penting")]
    assert panel.note_editor.toPlainText() == "Definisi utama."


def test_leaving_the_editor_saves_the_note(qtbot, panel, items):
    panel.activateWindow()
    panel.select_highlight(items[1].id)
    panel.focus_note_editor()
    qtbot.waitUntil(panel.note_editor.hasFocus)
    sent: list[tuple[str, str]] = []
    panel.note_edited.connect(lambda hid, text: sent.append((hid, text)))
    qtbot.keyClicks(panel.note_editor, "Penting")
    panel.list_view.setFocus()
    qtbot.waitUntil(lambda: sent == [(items[1].id, "Penting")], timeout=NOTE_SAVE_DELAY_MS // 2)


def test_the_card_shows_the_note_just_typed(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    qtbot.keyClicks(panel.note_editor, "Penting")
    panel.flush_note()
    spoken = index_of(panel, items[1].id).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Note: Penting" in spoken


# -- fresh data from the window ----------------------------------------------------------
def test_set_highlights_keeps_the_selection_and_sends_no_note(qtbot, panel, items):
    panel.select_highlight(items[2].id)
    with qtbot.assertNotEmitted(panel.note_edited):
        recoloured = [replace(h, color="blue") if h is items[2] else h for h in items]
        panel.set_highlights(recoloured, MEANINGS)
        added = make("Awal Perang Dingin.", "yellow", start=50)
        panel.set_highlights([recoloured[0], added, *recoloured[1:]], MEANINGS)
    assert panel.selected_id() == items[2].id
    assert panel.color_button.text() == "Blue"
    assert panel.note_editor.toPlainText() == "Contoh."


def test_set_highlights_keeps_the_scroll_position(qtbot, panel):
    many = [make(f"Kalimat nomor {n} tentang diplomasi.", start=n * 40) for n in range(200)]
    panel.set_highlights(many, MEANINGS)
    bar = panel.list_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    panel.set_highlights([*many, make("Tambahan di akhir.", start=9000)], MEANINGS)
    assert bar.value() == where


def test_typing_not_yet_sent_survives_fresh_data(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    qtbot.keyClicks(panel.note_editor, "Setengah")
    with qtbot.assertNotEmitted(panel.note_edited):
        panel.set_highlights(items, MEANINGS)
    assert panel.note_editor.toPlainText() == "Setengah"
    with qtbot.waitSignal(panel.note_edited, timeout=NOTE_SAVE_DELAY_MS * 5) as blocker:
        pass
    assert blocker.args == [items[1].id, "Setengah"]


def test_an_unchanged_note_keeps_the_cursor_where_it_was(qtbot, panel, items):
    panel.select_highlight(items[0].id)
    cursor = panel.note_editor.textCursor()
    cursor.setPosition(4)
    panel.note_editor.setTextCursor(cursor)
    recoloured = [replace(items[0], color="purple"), *items[1:]]
    panel.set_highlights(recoloured, MEANINGS)
    assert panel.note_editor.textCursor().position() == 4


def test_a_note_changed_elsewhere_shows_up_in_the_editor(qtbot, panel, items):
    panel.select_highlight(items[0].id)
    with qtbot.assertNotEmitted(panel.note_edited):
        panel.set_highlights([replace(items[0], note="Dari undo."), *items[1:]], MEANINGS)
    assert panel.note_editor.toPlainText() == "Dari undo."


def test_when_the_selected_highlight_goes_the_editor_empties(qtbot, panel, items):
    panel.select_highlight(items[1].id)
    with qtbot.assertNotEmitted(panel.note_edited):
        panel.set_highlights([h for h in items if h is not items[1]], MEANINGS)
    assert panel.selected_id() is None
    assert panel.note_editor.toPlainText() == ""
    assert not panel.note_editor.isEnabled()


# -- buttons -------------------------------------------------------------------------------
def test_place_at_selection_is_only_for_orphans(qtbot, panel, items):
    panel.select_highlight(items[0].id)
    assert not panel.place_button.isEnabled()
    panel.select_highlight(items[4].id)
    assert panel.place_button.isEnabled()
    with qtbot.waitSignal(panel.place_requested) as blocker:
        qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [items[4].id]


def test_the_colour_menu_names_each_colour_and_asks_for_the_new_one(qtbot, panel, items):
    panel.select_highlight(items[0].id)
    texts = [a.text() for a in panel.color_menu.actions()]
    assert texts == ["Yellow — definitions", "Green — examples", "Blue", "Pink", "Purple"]
    assert color_action(panel, "yellow").isChecked()
    with qtbot.waitSignal(panel.color_requested) as blocker:
        color_action(panel, "blue").trigger()
    assert blocker.args == [items[0].id, "blue"]


def test_a_thousand_highlights_load(qtbot, panel):
    many = [
        make(
            f"Kalimat nomor {n}: detente meredakan ketegangan antara kedua negara adidaya.",
            ("yellow", "green", "blue", "pink", "purple")[n % 5],
            note="Catatan pendek." if n % 3 == 0 else "",
            concepts=("Détente",) if n % 4 == 0 else (),
            placed=n < 990,
            start=n * 100,
        )
        for n in range(1000)
    ]
    panel.set_highlights(many, MEANINGS)
    assert panel.count_label.text() == "1000 highlights"
    panel.select_highlight(many[-1].id)
    assert panel.list_view.visualRect(index_of(panel, many[-1].id)).intersects(
        panel.list_view.viewport().rect()
    )
    assert not panel.grab().isNull()


def test_every_control_has_an_accessible_name(panel, items):
    panel.select_highlight(items[4].id)
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QAbstractItemView | QPlainTextEdit | QLabel)
    ]
    assert len(controls) >= 8
    for control in controls:
        assert control.accessibleName(), type(control).__name__


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_text_on_every_shade_has_high_contrast():
    ink = _luminance(QColor(INK))
    for name in HIGHLIGHT_SHADES:
        ratio = (_luminance(shade(name)) + 0.05) / (ink + 0.05)
        assert ratio >= 7, name  # WCAG AAA for body text


def test_a_window_answering_each_note_with_fresh_data_loses_no_click(qtbot, panel, items):
    store = {h.id: h for h in items}

    def save(highlight_id: str, note: str) -> None:  # what the main window will do
        store[highlight_id] = replace(store[highlight_id], note=note)
        panel.set_highlights(list(store.values()), MEANINGS)

    panel.note_edited.connect(save)
    panel.select_highlight(items[1].id)
    qtbot.keyClicks(panel.note_editor, "Penting")
    with qtbot.waitSignal(panel.highlight_activated) as blocker:
        click_card(panel, items[3].id)
    assert blocker.args == [items[3].id]
    assert store[items[1].id].note == "Penting"
    assert panel.selected_id() == items[3].id
    click_card(panel, items[1].id)
    assert panel.note_editor.toPlainText() == "Penting"


def test_the_article_keeps_its_width_as_the_annotations_change(window, qtbot: QtBot):
    """The Annotations dock must not follow its content: the paragraph being read would
    re-wrap at every highlight, undo or J."""
    from PySide6.QtWidgets import QApplication

    from reader.store import articles

    window.resize(1200, 800)
    article = next(s.id for s in articles.list_articles() if s.title.startswith("Apa Itu"))
    window.articles.select_article(article)
    qtbot.wait(50)
    view = window.reader_view

    def width() -> tuple[int, int]:
        QApplication.processEvents()
        return view.viewport().width(), window.annotations_dock.width()

    before = width()
    quote = "pertama kali muncul pada era Perang Dingin"
    select_quote(window, quote)
    window.highlights.highlight_selection()
    assert width() == before
    window.highlights.step(1)  # J
    assert width() == before
    window.undo_stack.undo()
    assert width() == before
    window.undo_stack.redo()
    window.panel.select_highlight(None)
    assert width() == before
