"""A screen-reader user meets every annotation and concept control by name, colours in words.

Each panel is built with sample data (highlights placed and unplaced, concepts with colours
and aliases, passages from several articles), so the controls that only appear with data
(tag buttons, colour swatches, the editable merge picker) are checked too.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.highlight_colors import COLORS
from reader.core.highlight_record import HighlightData
from reader.store.concepts import ConceptSummary, Passage
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.annotations.tag_popup import TagPopup
from reader.ui.concepts.browser import ConceptBrowser
from reader.ui.concepts.manager import ConceptManager
from reader.ui.concepts.merge_target import MergeTargetDialog
from reader.ui.reading.selection_toolbar import SelectionToolbar
from reader.ui.widgets.highlight_palette import color_title

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)

MEANINGS = {"yellow": "definitions", "pink": "counter-arguments"}


def highlight(
    exact: str,
    color: str,
    *,
    placed: bool = True,
    note: str = "",
    concepts: tuple[str, ...] = (),
) -> HighlightData:
    now = datetime(2024, 5, 1, tzinfo=UTC)
    return HighlightData(
        id=str(uuid.uuid4()),
        article_id=1,
        start=0,
        end=len(exact),
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


HIGHLIGHTS = [
    highlight(
        "Detente adalah meredanya ketegangan.", "yellow", note="Definisi.", concepts=("Détente",)
    ),
    highlight("Perjanjian SALT I ditandatangani.", "green"),
    highlight("Detente hanya menguntungkan Uni Soviet.", "pink", placed=False),
]
CONCEPTS = [
    ConceptSummary(1, "Aliansi", "", "green", ("alliance",), 4, 2),
    ConceptSummary(2, "Détente", "Meredanya ketegangan.", "yellow", ("detente",), 2, 2),
    ConceptSummary(3, "Nonblok", "", None, (), 0, 0),
]
PASSAGES = [
    Passage(
        "h1",
        10,
        "Apa Itu Diplomasi Detente?",
        "Asal Mula",
        "meredanya ketegangan",
        "",
        "",
        "Definisi.",
        "yellow",
        True,
        0,
    ),
    Passage(
        "h2",
        20,
        "Peran Aliansi",
        None,
        "detente tidak menghapus aliansi",
        "",
        "",
        "",
        "blue",
        False,
        40,
    ),
]


def visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` a screen reader could announce only by their role."""
    found = [
        w
        for w in [root, *root.findChildren(QWidget)]
        # Scroll bars are Qt's own and announced by their view.
        if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar)
    ]
    assert found, f"no controls found in {type(root).__name__}"
    return [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in found
        if not w.accessibleName().strip() and not visible_text(w)
    ]


def test_annotations_panel_names_every_control(qtbot: QtBot) -> None:
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_concepts(["Détente"])
    panel.set_highlights(HIGHLIGHTS, MEANINGS)
    panel.select_highlight(HIGHLIGHTS[2].id)  # unplaced: Place at Selection is enabled
    assert unnamed(panel) == []


def test_concept_browser_names_every_control(qtbot: QtBot) -> None:
    browser = ConceptBrowser()
    qtbot.addWidget(browser)
    browser.set_concepts(CONCEPTS)
    browser.set_passages(CONCEPTS[1], PASSAGES)
    assert unnamed(browser) == []


def test_concept_manager_and_merge_picker_name_every_control(qtbot: QtBot) -> None:
    manager = ConceptManager()
    qtbot.addWidget(manager)
    manager.set_concepts(CONCEPTS)
    manager.select_concept(2)
    assert unnamed(manager) == []

    picker = MergeTargetDialog(CONCEPTS[1], [CONCEPTS[0], CONCEPTS[2]], None)
    qtbot.addWidget(picker)
    assert unnamed(picker) == []


def test_tag_popup_names_every_control_and_each_tag_button(qtbot: QtBot) -> None:
    popup = TagPopup()
    qtbot.addWidget(popup)
    known = [ConceptSummary(1, "Détente", "", None, (), 1, 1)]
    popup.open_for(QPoint(0, 0), known, ["Détente"], ["Aliansi"])
    assert unnamed(popup) == []
    spoken = {b.accessibleName() for b in popup.findChildren(QAbstractButton)}
    assert {"Remove concept Détente", "Add concept Aliansi"} <= spoken
    popup.close()


def test_selection_toolbar_names_each_colour_not_only_its_swatch(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    toolbar = SelectionToolbar(host)
    toolbar.set_meanings(MEANINGS)
    assert unnamed(toolbar) == []
    for color, button in toolbar.color_buttons.items():
        assert not visible_text(button)  # only a swatch shows…
        name = color_title(color)
        assert name in button.toolTip() and name in button.accessibleName()  # …so words do
    yellow = toolbar.color_buttons["yellow"]
    assert "definitions" in yellow.toolTip() and "definitions" in yellow.accessibleName()


@pytest.mark.parametrize("color", COLORS)
def test_every_colour_swatch_in_the_lists_is_named_in_words(qtbot: QtBot, color: str) -> None:
    browser = ConceptBrowser()
    qtbot.addWidget(browser)
    tinted = ConceptSummary(7, "Perang Dingin", "", color, (), 1, 1)
    browser.set_concepts([tinted])
    browser.set_passages(tinted, [replace(PASSAGES[0], color=color)])
    name = color_title(color)
    concept_row = browser.concept_model.index(0)
    assert name in concept_row.data(Qt.ItemDataRole.ToolTipRole)
    assert name in concept_row.data(Qt.ItemDataRole.AccessibleTextRole)
    card = browser.passage_model.index(1)  # row 0 is the article's header
    assert name in card.data(Qt.ItemDataRole.ToolTipRole)
    assert name in card.data(Qt.ItemDataRole.AccessibleTextRole)

    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_highlights([highlight("Sebuah petikan.", color)], {})
    assert name in panel.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    only = panel.model.highlight_at(0)
    assert only is not None
    panel.select_highlight(only.id)
    assert panel.color_button.text() == name
