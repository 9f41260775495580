"""The concept browser as a student reviewing for an exam meets it."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.store.concepts import ConceptSummary, Passage
from reader.ui.concepts.browser import (
    EMPTY_LIBRARY,
    NO_CONCEPT_CHOSEN,
    NO_DEFINITION,
    ConceptBrowser,
)
from reader.ui.concepts.concept_models import (
    ARTICLE_TITLE_ROLE,
    COUNTS_ROLE,
    HIGHLIGHT_ID_ROLE,
    QUOTE_HTML_ROLE,
    SECTION_ROLE,
    UNPLACED,
    fold,
    quote_in_context,
)

DIPLOMASI = "Apa Itu Diplomasi Detente?"
ALIANSI = "Peran Aliansi Dalam Pencegahan Perang"
BILATERAL = "Latar Belakang Kerja Sama Bilateral dan Strategi Diplomasi Internasional"


def concept(
    concept_id: int,
    name: str,
    *,
    definition: str = "",
    color: str | None = None,
    aliases: tuple[str, ...] = (),
    passages: int = 1,
    articles: int = 1,
) -> ConceptSummary:
    return ConceptSummary(concept_id, name, definition, color, aliases, passages, articles)


def passage(
    highlight_id: str,
    article_id: int,
    title: str,
    exact: str,
    *,
    section: str | None = None,
    prefix: str = "",
    suffix: str = "",
    note: str = "",
    color: str = "yellow",
    placed: bool = True,
    start: int = 0,
) -> Passage:
    return Passage(
        highlight_id=highlight_id,
        article_id=article_id,
        article_title=title,
        section=section,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        note=note,
        color=color,
        placed=placed,
        start=start,
    )


CONCEPTS = [
    concept(1, "Aliansi", aliases=("alliance",), passages=4, articles=2, color="green"),
    concept(2, "Deterrence", aliases=("penangkalan",), passages=2),
    concept(
        3,
        "Détente",
        definition="Meredanya ketegangan antara Amerika Serikat dan Uni Soviet.",
        color="yellow",
        passages=6,
        articles=3,
    ),
    concept(4, "Kerja sama bilateral", passages=3),
    concept(5, "NATO", aliases=("Pakta Atlantik Utara",), passages=7, articles=3),
    concept(6, "Perang Dingin", passages=1),
]
DETENTE = CONCEPTS[2]

PASSAGES = [
    passage(
        "h1",
        10,
        DIPLOMASI,
        "Detente adalah meredanya ketegangan",
        section="Asal Mula Diplomasi Detente",
        prefix="\nDalam sejarah, ",
        suffix=" antara Amerika Serikat dan Uni Soviet pada masa itu",
        note="Definisi utama.",
    ),
    passage("h2", 10, DIPLOMASI, "Perjanjian SALT I", section="Perjanjian SALT I", start=90),
    passage("h3", 10, DIPLOMASI, "Detente hanya menguntungkan Uni Soviet", placed=False),
    passage("h4", 20, ALIANSI, "masa detente tidak menghapus aliansi", section="Aliansi"),
    passage("h5", 30, BILATERAL, "momentum detente", section="Strategi Diplomasi"),
    passage("h6", 30, BILATERAL, "berakhirnya detente", section="Penutup", start=500),
]


@pytest.fixture
def browser(qtbot: QtBot) -> ConceptBrowser:
    widget = ConceptBrowser()
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.set_concepts(CONCEPTS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def reviewing(browser: ConceptBrowser) -> ConceptBrowser:
    """Détente chosen and its passages loaded, as the main window does."""
    browser.set_passages(DETENTE, PASSAGES)
    return browser


def listed_names(browser: ConceptBrowser) -> list[str]:
    model = browser.concept_model
    return [model.index(row).data() for row in range(model.rowCount())]


def concept_index(browser: ConceptBrowser, concept_id: int) -> QModelIndex:
    row = browser.concept_model.row_of(concept_id)
    assert row is not None
    return browser.concept_model.index(row)


def passage_index(browser: ConceptBrowser, highlight_id: str) -> QModelIndex:
    row = browser.passage_model.row_of(highlight_id)
    assert row is not None
    return browser.passage_model.index(row)


def click(view: QAbstractItemView, index: QModelIndex, *, double: bool = False) -> None:
    view.scrollTo(index)
    center = view.visualRect(index).center()
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(view.viewport(), left, plain, center)
    if double:  # a real double-click: the first click, then the double-click event
        QTest.mouseDClick(view.viewport(), left, plain, center)


def passage_rows(browser: ConceptBrowser) -> list[str]:
    """Each row as a reader scans it: '# title' for an article, the highlight id otherwise."""
    model = browser.passage_model
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row)
        title = index.data(ARTICLE_TITLE_ROLE)
        rows.append(f"# {title}" if title is not None else str(index.data(HIGHLIGHT_ID_ROLE)))
    return rows


# -- the concept list -------------------------------------------------------------------
def test_concepts_are_listed_in_the_given_order_with_their_counts(browser):
    assert listed_names(browser) == [c.name for c in CONCEPTS]
    detente = concept_index(browser, 3)
    assert detente.data(COUNTS_ROLE) == "6 passages · 3 articles"
    assert concept_index(browser, 6).data(COUNTS_ROLE) == "1 passage · 1 article"


def test_a_coloured_concept_has_a_swatch(browser):
    assert concept_index(browser, 3).data(Qt.ItemDataRole.DecorationRole) is not None
    assert concept_index(browser, 2).data(Qt.ItemDataRole.DecorationRole) is None


def test_before_choosing_the_passages_pane_invites_a_choice(browser):
    assert browser.passage_model.rowCount() == 0
    assert browser.passage_list.empty_message == NO_CONCEPT_CHOSEN
    assert browser.title_label.isHidden()


def test_aliases_are_in_the_tooltip(browser):
    assert "Pakta Atlantik Utara" in concept_index(browser, 5).data(Qt.ItemDataRole.ToolTipRole)


def test_filter_ignores_accents_and_case(browser, qtbot):
    qtbot.keyClicks(browser.filter_edit, "DETENTE")
    assert listed_names(browser) == ["Détente"]
    assert fold("Détente") == fold("detente")


def test_filter_matches_an_alias(browser, qtbot):
    qtbot.keyClicks(browser.filter_edit, "pakta")
    assert listed_names(browser) == ["NATO"]
    browser.filter_edit.clear()
    assert len(listed_names(browser)) == len(CONCEPTS)


def test_a_filter_matching_nothing_says_so(browser, qtbot):
    qtbot.keyClicks(browser.filter_edit, "zzz")
    assert listed_names(browser) == []
    assert "zzz" in browser.concept_list.empty_message


def test_an_empty_library_says_how_to_tag(qtbot):
    widget = ConceptBrowser()
    qtbot.addWidget(widget)
    widget.set_concepts([])
    assert widget.concept_model.rowCount() == 0
    assert widget.concept_list.empty_message == EMPTY_LIBRARY
    assert "press T" in EMPTY_LIBRARY


def test_clicking_a_concept_selects_it(browser, qtbot):
    with qtbot.waitSignal(browser.concept_selected) as signal:
        click(browser.concept_list, concept_index(browser, 3))
    assert signal.args == [3]
    assert browser.selected_concept() == 3


def test_arrow_keys_choose_the_next_concept(browser, qtbot):
    browser.select_concept(1)
    browser.concept_list.setFocus()
    with qtbot.waitSignal(browser.concept_selected) as signal:
        QTest.keyClick(browser.concept_list, Qt.Key.Key_Down)
    assert signal.args == [2]


def test_enter_in_the_filter_chooses_the_first_match(browser, qtbot):
    browser.filter_edit.setFocus()
    qtbot.keyClicks(browser.filter_edit, "nato")
    with qtbot.waitSignal(browser.concept_selected) as signal:
        QTest.keyClick(browser.filter_edit, Qt.Key.Key_Return)
    assert signal.args == [5]


def test_select_concept_emits_so_its_passages_load(browser, qtbot):
    with qtbot.waitSignal(browser.concept_selected) as signal:
        browser.select_concept(4)
    assert signal.args == [4]
    assert browser.selected_concept() == 4
    assert browser.concept_list.selectionModel().isSelected(concept_index(browser, 4))


def test_select_concept_clears_a_filter_that_hides_it(browser, qtbot):
    qtbot.keyClicks(browser.filter_edit, "nato")
    with qtbot.waitSignal(browser.concept_selected):
        browser.select_concept(3)
    assert browser.filter_edit.text() == ""
    assert browser.concept_list.selectionModel().isSelected(concept_index(browser, 3))


def test_set_concepts_keeps_the_selection_without_emitting(reviewing, qtbot):
    renamed = [*CONCEPTS[:2], concept(3, "Détente", definition="Baru.", passages=6), *CONCEPTS[3:]]
    with qtbot.assertNotEmitted(reviewing.concept_selected):
        reviewing.set_concepts(renamed)
    assert reviewing.selected_concept() == 3
    assert reviewing.concept_list.selectionModel().isSelected(concept_index(reviewing, 3))
    assert reviewing.definition_label.text() == "Baru."
    assert reviewing.passage_model.passage_count() == len(PASSAGES)


def test_set_concepts_clears_the_passages_of_a_deleted_concept(reviewing, qtbot):
    with qtbot.assertNotEmitted(reviewing.concept_selected):
        reviewing.set_concepts([c for c in CONCEPTS if c.id != 3])
    assert reviewing.selected_concept() is None
    assert reviewing.passage_model.rowCount() == 0
    assert reviewing.title_label.isHidden()


def test_manage_button_asks_for_the_manager(browser, qtbot):
    with qtbot.waitSignal(browser.manage_requested):
        browser.manage_button.click()


# -- the passages -----------------------------------------------------------------------
def test_passages_are_grouped_under_their_articles_in_the_given_order(reviewing):
    assert passage_rows(reviewing) == [
        f"# {DIPLOMASI}",
        "h1",
        "h2",
        "h3",
        f"# {ALIANSI}",
        "h4",
        f"# {BILATERAL}",
        "h5",
        "h6",
    ]
    assert reviewing.counts_label.text() == "6 passages · 3 articles"


def test_an_article_seen_again_later_keeps_one_group(browser):
    mixed = [PASSAGES[0], PASSAGES[3], PASSAGES[1]]
    browser.set_passages(DETENTE, mixed)
    assert passage_rows(browser) == [f"# {DIPLOMASI}", "h1", "h2", f"# {ALIANSI}", "h4"]


def test_a_card_shows_the_section_the_bold_quote_in_context_and_the_note(reviewing):
    index = passage_index(reviewing, "h1")
    assert index.data(SECTION_ROLE) == "§ Asal Mula Diplomasi Detente"
    quote = index.data(QUOTE_HTML_ROLE)
    assert "<b>Detente adalah meredanya ketegangan</b>" in quote
    assert quote.startswith("Dalam sejarah, <b>")  # the paragraph starts there: no "…"
    assert quote.endswith("…")
    text = index.data(Qt.ItemDataRole.DisplayRole)
    assert "§ Asal Mula Diplomasi Detente" in text
    assert "Detente adalah meredanya ketegangan" in text
    assert "Definisi utama." in text


def test_context_is_a_few_words_cut_at_word_boundaries():
    item = passage(
        "x",
        1,
        "T",
        "kerja sama bilateral",
        prefix="negara-negara Asia Tenggara memperkuat ",
        suffix=" di bidang ekonomi dan pertahanan sejak lama",
    )
    before, exact, after = quote_in_context(item)
    assert before == "…Asia Tenggara memperkuat "
    assert exact == "kerja sama bilateral"
    assert after == " di bidang ekonomi dan pertahanan sejak…"


def test_an_unplaced_passage_is_marked(reviewing):
    assert passage_index(reviewing, "h3").data(SECTION_ROLE) == UNPLACED
    assert UNPLACED in passage_index(reviewing, "h3").data(Qt.ItemDataRole.DisplayRole)


def test_article_headers_cannot_be_selected(reviewing):
    header = reviewing.passage_model.index(0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_definition_shows_or_invites_one(reviewing):
    assert reviewing.title_label.text() == "Détente"
    assert reviewing.definition_label.text() == DETENTE.definition
    reviewing.set_passages(CONCEPTS[3], [])
    assert reviewing.definition_label.text() == NO_DEFINITION
    assert "Kerja sama bilateral" in reviewing.passage_list.empty_message


def test_set_passages_selects_that_concept_quietly(browser, qtbot):
    with qtbot.assertNotEmitted(browser.concept_selected):
        browser.set_passages(DETENTE, PASSAGES)
    assert browser.selected_concept() == 3
    assert browser.concept_list.selectionModel().isSelected(concept_index(browser, 3))


def test_double_click_opens_the_passage(reviewing, qtbot):
    with qtbot.waitSignal(reviewing.passage_activated) as signal:
        click(reviewing.passage_list, passage_index(reviewing, "h4"), double=True)
    assert signal.args == [20, "h4"]


def test_enter_opens_the_current_passage(reviewing, qtbot):
    reviewing.passage_list.setFocus()
    reviewing.passage_list.setCurrentIndex(passage_index(reviewing, "h5"))
    with qtbot.waitSignal(reviewing.passage_activated) as signal:
        QTest.keyClick(reviewing.passage_list, Qt.Key.Key_Return)
    assert signal.args == [30, "h5"]


def test_arrow_keys_step_over_article_headers(reviewing, qtbot):
    reviewing.passage_list.setFocus()
    reviewing.passage_list.setCurrentIndex(passage_index(reviewing, "h3"))
    QTest.keyClick(reviewing.passage_list, Qt.Key.Key_Down)
    assert reviewing.passage_list.currentIndex().data(HIGHLIGHT_ID_ROLE) == "h4"


def test_refreshing_the_same_concept_keeps_the_current_passage(reviewing):
    reviewing.passage_list.setCurrentIndex(passage_index(reviewing, "h5"))
    reviewing.set_passages(DETENTE, [p for p in PASSAGES if p.highlight_id != "h2"])
    assert reviewing.passage_list.currentIndex().data(HIGHLIGHT_ID_ROLE) == "h5"


def test_long_quotes_wrap_into_taller_cards(browser):
    short = passage("s", 1, "T", "pendek")
    long = passage("l", 1, "T", "kalimat panjang tentang detente " * 12)
    browser.set_passages(DETENTE, [short, long])
    view = browser.passage_list
    assert view.visualRect(passage_index(browser, "l")).height() > 2 * (
        view.visualRect(passage_index(browser, "s")).height()
    )


# -- keyboard and accessibility ---------------------------------------------------------
def test_tab_goes_from_the_filter_to_the_concepts_to_the_passages(reviewing, qtbot):
    reviewing.activateWindow()
    reviewing.filter_edit.setFocus()
    qtbot.waitUntil(reviewing.filter_edit.hasFocus)
    QTest.keyClick(reviewing.filter_edit, Qt.Key.Key_Tab)
    assert reviewing.concept_list.hasFocus()
    QTest.keyClick(reviewing.concept_list, Qt.Key.Key_Tab)
    assert reviewing.passage_list.hasFocus()


def test_down_in_the_filter_moves_to_the_list(browser, qtbot):
    browser.activateWindow()
    browser.filter_edit.setFocus()
    qtbot.waitUntil(browser.filter_edit.hasFocus)
    QTest.keyClick(browser.filter_edit, Qt.Key.Key_Down)
    assert browser.concept_list.hasFocus()


def test_every_control_has_an_accessible_name(reviewing):
    controls = [
        w
        for w in reviewing.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractItemView | QLineEdit | QLabel)
    ]
    assert len(controls) >= 8
    for control in controls:
        assert control.accessibleName(), type(control).__name__
    assert reviewing.accessibleName() == "Concepts"


def test_cards_never_overlap_once_the_list_needs_a_scrollbar(qtbot):
    """A scrollbar that appears narrows the list, so wrapped cards grow taller."""
    widget = ConceptBrowser()
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.set_concepts(CONCEPTS)
    long_quotes = [
        passage(
            "a",
            10,
            DIPLOMASI,
            "Perjanjian SALT I ditandatangani pada tahun 1972 sebagai hasil nyata dari "
            "kebijakan detente",
            section="Perjanjian SALT I",
            prefix="an senjata nuklir mulai dibahas. ",
            suffix=". Perjanjian ini membatasi jumlah rudal",
        ),
        passage(
            "b",
            10,
            DIPLOMASI,
            "Detente hanya menguntungkan Uni Soviet",
            prefix="ng kritikus di Amerika berpendapat ",
            suffix=" karena memberi waktu untuk membangun",
            note="Argumen kontra, bisa keluar di esai.",
            placed=False,
        ),
        passage(
            "c",
            20,
            ALIANSI,
            "masa detente tidak menghapus aliansi militer",
            section="Aliansi dan Detente",
            prefix="Meskipun ketegangan mereda, ",
            suffix=", justru NATO dan Pakta Warsawa tetap menjadi",
        ),
        passage(
            "d",
            30,
            BILATERAL,
            "Indonesia memanfaatkan momentum detente untuk memperluas kerja sama bilateral "
            "dengan negara-negara dari kedua blok tanpa harus memihak salah satu di antaranya",
            section="Strategi Diplomasi Internasional",
            prefix="\nPada dekade 1970-an, ",
            suffix=" sesuai prinsip politik luar negeri bebas aktif.",
            note="Hubungkan dengan politik bebas aktif (Bab 3). Catatan kedua: cek tahun.",
        ),
    ]
    widget.set_passages(DETENTE, [PASSAGES[0], *long_quotes, PASSAGES[5]])
    widget.show()
    qtbot.waitExposed(widget)
    view, model = widget.passage_list, widget.passage_model
    qtbot.waitUntil(lambda: view.visualRect(model.index(model.rowCount() - 1)).isValid())
    rects = [view.visualRect(model.index(row)) for row in range(model.rowCount())]
    for above, below in itertools.pairwise(rects):
        assert above.bottom() < below.top()
