"""The main window: the library list beside the reading view, with a status bar."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Qt initialises a class, with all its enums, when it is first named; the classes only the
# finished window uses are named through their modules, after the first frame.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMainWindow

from reader import __version__
from reader.core.errors import DocumentError, UserError
from reader.core.highlight_colors import COLORS, DEFAULT_COLOR
from reader.store.location import database_path as database_file
from reader.ui.first_page import FirstPage
from reader.ui.lazy_modules import lazy
from reader.ui.translation import error_text

if TYPE_CHECKING:
    from reader.core import rendering, text_stats, themes
    from reader.core.themes import Theme
    from reader.store import articles, concepts, database, highlights
    from reader.store.articles import ImportOutcome
    from reader.store.highlights import HighlightData
    from reader.store.models import Article
    from reader.ui import (
        annotations_panel,
        card_painting,
        concept_browser,
        find_bar,
        import_progress,
        reader_view,
        search_dialog,
        shortcuts_sheet,
        tag_popup,
        theming,
    )
    from reader.ui import concept_manager as manager_dialog
    from reader.ui import highlight_palette as palette
    from reader.ui import library_model as library_models
    from reader.ui import undo_commands as commands
    from reader.ui.concept_manager import ConceptManager
    from reader.ui.import_progress import ImportController, ImportSummary
    from reader.ui.search_dialog import SearchDialog
else:
    # Loaded when first used, after the first paint (lazy_modules.py): the window shows
    # the library at once and builds its panels a moment later.
    rendering = lazy("reader.core.rendering")
    text_stats = lazy("reader.core.text_stats")
    themes = lazy("reader.core.themes")
    theming = lazy("reader.ui.theming")
    articles = lazy("reader.store.articles")
    concepts = lazy("reader.store.concepts")
    database = lazy("reader.store.database")
    highlights = lazy("reader.store.highlights")
    annotations_panel = lazy("reader.ui.annotations_panel")
    card_painting = lazy("reader.ui.card_painting")
    concept_browser = lazy("reader.ui.concept_browser")
    manager_dialog = lazy("reader.ui.concept_manager")
    palette = lazy("reader.ui.highlight_palette")
    find_bar = lazy("reader.ui.find_bar")
    import_progress = lazy("reader.ui.import_progress")
    library_models = lazy("reader.ui.library_model")
    reader_view = lazy("reader.ui.reader_view")
    search_dialog = lazy("reader.ui.search_dialog")
    shortcuts_sheet = lazy("reader.ui.shortcuts_sheet")
    tag_popup = lazy("reader.ui.tag_popup")
    commands = lazy("reader.ui.undo_commands")

APP_NAME = "Marginalia"
DEFAULT_FONT_PT = 13.0
# English, marked for translation; the View menu shows them translated (context MainWindow).
LINE_SPACINGS = (
    (115, str(QT_TRANSLATE_NOOP("MainWindow", "Compact"))),
    (125, str(QT_TRANSLATE_NOOP("MainWindow", "Comfortable"))),
    (150, str(QT_TRANSLATE_NOOP("MainWindow", "Airy"))),
)
LINE_WIDTHS = (
    (55, str(QT_TRANSLATE_NOOP("MainWindow", "Narrow (55 characters)"))),
    (70, str(QT_TRANSLATE_NOOP("MainWindow", "Medium (70 characters)"))),
    (90, str(QT_TRANSLATE_NOOP("MainWindow", "Wide (90)"))),
)
# The themes' names live in reader.core (no Qt there); these are the ones shown.
THEME_LABELS = {
    "light": str(QT_TRANSLATE_NOOP("MainWindow", "Light")),
    "sepia": str(QT_TRANSLATE_NOOP("MainWindow", "Sepia")),
    "dark": str(QT_TRANSLATE_NOOP("MainWindow", "Dark")),
}
SYSTEM_THEME = "system"  # follow the system's light or dark (theming.SYSTEM)
# Whether the window was dark when last coloured: the first frame needs the theme's
# colours only then (a new application's palette is light), and following the system
# otherwise means asking Qt, whose namespace costs a third of the first frame's budget.
WINDOW_WAS_DARK_KEY = "reading/window_was_dark"
HIDDEN_COLUMNS_KEY = "library/hidden_columns"
READING_DEFAULTS: dict[str, object] = {
    "theme": SYSTEM_THEME,
    "font": "serif",  # reader_view.FONT_CHOICES, or a family the reader chose
    "font_size": DEFAULT_FONT_PT,
    "line_height": 125,
    "measure": 70,  # themes.MEASURE_CHARACTERS, a test checks; named here for the first frame
}


class MainWindow(QMainWindow):
    """The window, built in two steps so it can paint before it is complete.

    ``MainWindow(settings, data_dir)`` is the whole window at once (tests, and the window
    a restore reopens). The app passes ``build=False``: the window then shows its menu bar
    and the FirstPage (first_page.py) and ``build()`` makes the rest after the first paint,
    once the library is open.
    """

    def __init__(
        self, settings: QtCore.QSettings, data_dir: Path | None = None, *, build: bool = True
    ) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        # Threads working for this window (the daily backup); closing waits for them.
        self.background_work: list[threading.Thread] = []
        self._later: list[threading.Thread] = []  # not started yet
        self.current_article_id: int | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 800)
        # Files and folders dropped anywhere on the window are imported.
        self.setAcceptDrops(True)
        self._import: ImportController | None = None
        self.built = False
        # The menu titles exist from the first frame, so the bar does not jump when
        # build() fills the menus.
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        if str(self.settings.value(WINDOW_WAS_DARK_KEY, "false")) == "true":
            self._apply_window_theme(ask_system=False)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if build:
            self.build()
        else:
            first_page = FirstPage(database_file(data_dir) if data_dir else None)
            self.setCentralWidget(first_page)

    def load_parts(self) -> None:
        """Import the modules build() is made of (lazy_modules.py), ahead of it: the app
        does this while SQLite checks the library on another thread."""
        for module in (
            rendering,
            articles,
            concepts,
            highlights,
            annotations_panel,
            concept_browser,
            find_bar,
            import_progress,
            library_models,
            reader_view,
            tag_popup,
            commands,
            palette,
            card_painting,
        ):
            getattr(module, "__name__", None)  # any attribute runs the module's code

    def build(self) -> None:
        """Make the library list, the reading view, the panels and the actions over the
        open library, and show the article last read."""
        if self.built:
            return
        self.library_model = library_models.LibraryModel()
        self.library_model.rename_failed.connect(self._show_rename_error)
        self.proxy = library_models.LibraryFilter(self)
        self.proxy.setSourceModel(self.library_model)

        self.filter_edit = QtWidgets.QLineEdit(placeholderText=self.tr("Filter articles by title…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the articles whose title contains the typed words")
        )
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(lambda _text: self._update_library_count())

        self.library_view = QtWidgets.QTableView()
        self.library_view.setAccessibleName(self.tr("Library"))
        self.library_view.setAccessibleDescription(
            self.tr("Your articles; choose one to read it, press F2 to rename it")
        )
        self.library_view.setModel(self.proxy)
        self.library_view.setSortingEnabled(True)
        self.library_view.sortByColumn(
            library_models.LibraryModel.TITLE, QtCore.Qt.SortOrder.AscendingOrder
        )
        self.library_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.library_view.setSelectionMode(
            QtWidgets.QAbstractItemView.SelectionMode.SingleSelection
        )
        self.library_view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.library_view.setWordWrap(False)
        self.library_view.verticalHeader().hide()
        self.library_view.setShowGrid(False)
        self.library_view.setAlternatingRowColors(True)
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(
            library_models.LibraryModel.TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        for column in range(1, len(library_models.LibraryModel.HEADERS)):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        # Only the title and two short columns fit beside the article: the word count (the
        # reading time says the same, sorts the same) and the dates are hidden until shown
        # from the header's menu; the list sorts by any of them from View -> Sort Library By.
        for column in self._hidden_library_columns():
            self.library_view.setColumnHidden(column, True)
        header.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._library_columns_menu)
        self.library_view.selectionModel().selectionChanged.connect(self._on_selection)

        self.library_concept = QtWidgets.QComboBox()
        self.library_concept.setAccessibleName(self.tr("Show articles holding a concept"))
        self.library_concept.setAccessibleDescription(
            self.tr("Narrows the library to the articles with a passage tagged with the concept")
        )
        self.library_concept.view().setAccessibleName(self.tr("Concepts"))
        self.library_concept.currentIndexChanged.connect(self._filter_library_by_concept)

        library_panel = QtWidgets.QWidget()
        self.library_panel = library_panel
        layout = QtWidgets.QVBoxLayout(library_panel)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.library_concept)
        layout.addWidget(self.library_view)

        self.reader_view = reader_view.ReaderView()
        self.reader_view.position_changed.connect(self._save_position)
        self.reader_view.link_refused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.reader_view.highlight_requested.connect(self.highlight_selection)
        self.reader_view.note_requested.connect(self.write_note)
        self.reader_view.highlight_clicked.connect(self.select_highlight)
        self.reader_view.delete_requested.connect(self.delete_highlight)
        self.reader_view.recolor_requested.connect(self.recolor_highlight)
        self.reader_view.edit_note_requested.connect(self._edit_note_of)

        self.undo_stack = QtGui.QUndoStack(self)
        self.current_highlights: list[HighlightData] = []
        self.panel = annotations_panel.AnnotationsPanel()
        self.panel.highlight_activated.connect(self._go_to_highlight)
        self.panel.delete_requested.connect(self.delete_highlight)
        self.panel.note_edited.connect(self._note_edited)
        self.panel.color_requested.connect(self.recolor_highlight)
        self.panel.place_requested.connect(self.place_highlight_at_selection)
        self.annotations_dock = QtWidgets.QDockWidget(self.tr("Annotations"), self)
        self.annotations_dock.setAccessibleDescription(
            self.tr("The highlights and notes of the open article")
        )
        self.annotations_dock.setObjectName("annotations")
        self.annotations_dock.setWidget(self.panel)

        self.tag_popup = tag_popup.TagPopup(self)
        self.tag_popup.concept_entered.connect(self._tag_with)
        self.tag_popup.concept_removed.connect(self._untag)
        self._tagging: str | None = None  # the highlight the tag popup is for
        self.concept_browser = concept_browser.ConceptBrowser()
        self.concept_browser.concept_selected.connect(self._show_concept_passages)
        self.concept_browser.passage_activated.connect(self.open_passage)
        self.concept_browser.manage_requested.connect(self.manage_concepts)
        self.concepts_dock = QtWidgets.QDockWidget(self.tr("Concepts"), self)
        self.concepts_dock.setAccessibleDescription(
            self.tr("Your concepts and the passages tagged with each, across the library")
        )
        self.concepts_dock.setObjectName("concepts")
        self.concepts_dock.setWidget(self.concept_browser)
        self.concept_manager: ConceptManager | None = None

        # Find in the article (Ctrl+F): a bar under the text, hidden until asked for.
        self.find_bar = find_bar.FindBar()
        self.find_bar.hide()
        self.find_bar.set_target(self.reader_view, "")
        reading_panel = QtWidgets.QWidget()
        reading_layout = QtWidgets.QVBoxLayout(reading_panel)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.reader_view, 1)
        reading_layout.addWidget(self.find_bar)
        self.search_dialog: SearchDialog | None = None

        # Let drops fall through to the window, which imports them.
        for scrolling in (self.reader_view, self.library_view):
            scrolling.setAcceptDrops(False)
            scrolling.viewport().setAcceptDrops(False)
        self.splitter = QtWidgets.QSplitter()
        self.splitter.addWidget(library_panel)
        self.splitter.addWidget(reading_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.setCentralWidget(self.splitter)
        # Docks after the central widget: added to a window already on screen beside the
        # first page, they would take the page's width.
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.concepts_dock)
        self.tabifyDockWidget(self.annotations_dock, self.concepts_dock)
        self.annotations_dock.raise_()

        self.article_status = QtWidgets.QLabel()
        self.article_status.setAccessibleName(self.tr("About the open article"))
        self.library_status = QtWidgets.QLabel()
        self.library_status.setAccessibleName(self.tr("Articles in the library"))
        self.statusBar().addWidget(self.article_status, 1)
        self.statusBar().addPermanentWidget(self.library_status)

        self._build_actions()
        if self.isVisible():
            # On a window already on screen the new docks and splitter are laid out on the
            # next pass; a state restored before that is overridden by it.
            QtCore.QTimer.singleShot(0, self._restore_layout)
        else:
            self._restore_layout()
        # A CLI command (or another tool) writing to the library while this window is open:
        # noticed through SQLite's data_version and shown, without reopening anything.
        self._outside_marker = database.outside_changes_marker()
        self._outside_watch = QtCore.QTimer(self, interval=1500)
        self._outside_watch.timeout.connect(self.check_outside_changes)
        self._outside_watch.start()
        self.apply_reading_options()
        self.refresh_concepts()
        self.reload_library()
        self.built = True
        # Reading comes first: arrow keys and Page Down should scroll the article at once.
        self.reader_view.setFocus()

    # -- actions -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.file_menu
        self.import_action = QtGui.QAction(
            self.tr("&Import…"),
            self,
            shortcut=QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Open),
        )
        self.import_action.triggered.connect(self.choose_files_to_import)
        file_menu.addAction(self.import_action)
        self.export_action = QtGui.QAction(
            self.tr("&Export…"), self, shortcut=QtGui.QKeySequence("Ctrl+E")
        )
        self.export_action.triggered.connect(self.export)
        file_menu.addAction(self.export_action)
        self.print_action = QtGui.QAction(
            self.tr("&Print Handout…"),
            self,
            shortcut=QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Print),
        )
        self.print_action.triggered.connect(self.print_handout)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.delete_article_action = QtGui.QAction(self.tr("&Delete Article…"), self)
        self.delete_article_action.triggered.connect(self.delete_current_article)
        file_menu.addAction(self.delete_article_action)
        # Delete in the library list deletes the article (after asking).
        list_delete = QtGui.QAction(
            self, shortcut=QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete)
        )
        list_delete.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        list_delete.triggered.connect(self.delete_current_article)
        self.library_view.addAction(list_delete)
        self.rename_action = QtGui.QAction(
            self.tr("&Rename Article…"), self, shortcut=QtGui.QKeySequence("F2")
        )
        self.rename_action.triggered.connect(self.rename_current)
        file_menu.addAction(self.rename_action)
        file_menu.addSeparator()
        quit_action = QtGui.QAction(
            self.tr("&Quit"), self, shortcut=QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Quit)
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.edit_menu
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QtGui.QKeySequence("Ctrl+Shift+Z"), QtGui.QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        # Single-letter shortcuts act only while the article has the focus, so typing a
        # note or a filter never highlights anything.
        self.highlight_action = self._reading_action(self.tr("&Highlight Selection"), "H")
        self.highlight_action.triggered.connect(lambda: self.highlight_selection(DEFAULT_COLOR))
        edit_menu.addAction(self.highlight_action)
        colour_menu = edit_menu.addMenu(self.tr("Highlight &in Colour"))
        for colour in COLORS:
            action = colour_menu.addAction(palette.swatch_icon(colour), palette.color_title(colour))
            action.triggered.connect(lambda _c=False, c=colour: self.highlight_selection(c))
        self.note_action = self._reading_action(self.tr("Add or Edit &Note"), "N")
        self.note_action.triggered.connect(self.write_note)
        edit_menu.addAction(self.note_action)
        self.tag_action = self._reading_action(self.tr("&Tag with Concept…"), "T")
        self.tag_action.triggered.connect(self.tag_selection)
        # T also works on the highlight chosen in the panel's list.
        panel_tag = QtGui.QAction(self.tag_action.text(), self, shortcut=QtGui.QKeySequence("T"))
        panel_tag.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        panel_tag.triggered.connect(self.tag_selection)
        self.panel.list_view.addAction(panel_tag)
        edit_menu.addAction(self.tag_action)
        manage = QtGui.QAction(self.tr("&Manage Concepts…"), self)
        manage.triggered.connect(self.manage_concepts)
        edit_menu.addAction(manage)
        preferences = QtGui.QAction(
            self.tr("&Preferences…"),
            self,
            shortcut=QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Preferences),
        )
        preferences.triggered.connect(self.show_preferences)
        edit_menu.addAction(preferences)
        self.extent_action = QtGui.QAction(self.tr("Set Highlight to &Selection"), self)
        self.extent_action.setStatusTip(
            self.tr("Move the selected highlight's ends to the text selection, keeping its note")
        )
        self.extent_action.triggered.connect(self.set_highlight_to_selection)
        edit_menu.addAction(self.extent_action)
        self.copy_markdown_action = QtGui.QAction(self.tr("Copy Highlight as &Markdown"), self)
        self.copy_markdown_action.triggered.connect(self.copy_highlight_markdown)
        edit_menu.addAction(self.copy_markdown_action)
        self.delete_highlight_action = QtGui.QAction(self.tr("&Delete Highlight"), self)
        self.delete_highlight_action.triggered.connect(self._delete_selected)
        edit_menu.addAction(self.delete_highlight_action)
        edit_menu.addSeparator()
        next_highlight = self._reading_action(self.tr("Ne&xt Highlight"), "J")
        next_highlight.triggered.connect(lambda: self._step_highlight(1))
        edit_menu.addAction(next_highlight)
        previous_highlight = self._reading_action(self.tr("Pre&vious Highlight"), "K")
        previous_highlight.triggered.connect(lambda: self._step_highlight(-1))
        edit_menu.addAction(previous_highlight)
        edit_menu.addSeparator()
        meanings = QtGui.QAction(self.tr("Highlight &Colours…"), self)
        meanings.triggered.connect(self.edit_color_meanings)
        edit_menu.addAction(meanings)

        edit_menu.addSeparator()
        search_action = QtGui.QAction(
            self.tr("&Search Library…"), self, shortcut=QtGui.QKeySequence("Ctrl+K")
        )
        search_action.triggered.connect(self.open_search)
        edit_menu.addAction(search_action)
        find_action = QtGui.QAction(
            self.tr("&Find in Article…"),
            self,
            shortcut=QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find),
        )
        find_action.triggered.connect(self.find_bar.open_bar)
        edit_menu.addAction(find_action)
        find_next = QtGui.QAction(self.tr("Find &Next"), self, shortcut=QtGui.QKeySequence("F3"))
        find_next.triggered.connect(self.find_bar.find_next)
        edit_menu.addAction(find_next)
        find_previous = QtGui.QAction(
            self.tr("Find Pre&vious"), self, shortcut=QtGui.QKeySequence("Shift+F3")
        )
        find_previous.triggered.connect(self.find_bar.find_previous)
        edit_menu.addAction(find_previous)

        view_menu = self.view_menu
        self.original_action = QtGui.QAction(
            self.tr("Show &Original Text"),
            self,
            checkable=True,
            shortcut=QtGui.QKeySequence("Ctrl+U"),
        )
        self.original_action.setStatusTip(
            self.tr(
                "Show the text as it was imported, with the lines the cleaner hid struck through"
            )
        )
        self.original_action.toggled.connect(lambda _checked: self._show_current())
        view_menu.addAction(self.original_action)
        focus_library = QtGui.QAction(
            self.tr("Go to &Library"), self, shortcut=QtGui.QKeySequence("Ctrl+L")
        )
        focus_library.triggered.connect(self.library_view.setFocus)
        view_menu.addAction(focus_library)
        view_menu.addAction(self.annotations_dock.toggleViewAction())
        view_menu.addAction(self.concepts_dock.toggleViewAction())
        sort_menu = view_menu.addMenu(self.tr("Sort &Library By"))
        model = library_models.LibraryModel
        up, down = QtCore.Qt.SortOrder.AscendingOrder, QtCore.Qt.SortOrder.DescendingOrder
        for column, label, order in (
            (model.TITLE, self.tr("Title"), up),
            (model.ADDED, self.tr("Date Added (newest first)"), down),
            (model.OPENED, self.tr("Last Opened (latest first)"), down),
            (model.WORDS, self.tr("Length (longest first)"), down),
            (model.HIGHLIGHTS, self.tr("Highlights (most first)"), down),
        ):
            action = sort_menu.addAction(label)
            action.triggered.connect(
                lambda _c=False, col=column, o=order: self.sort_library(col, o)
            )
        view_menu.addSeparator()
        self._build_comfort_menu(view_menu)

        help_menu = self.help_menu
        shortcuts = QtGui.QAction(self.tr("&Keyboard Shortcuts"), self)
        shortcuts.setShortcuts([QtGui.QKeySequence("F1"), QtGui.QKeySequence("?")])
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        restore = QtGui.QAction(self.tr("&Restore from Backup…"), self)
        restore.triggered.connect(self.restore_from_backup)
        help_menu.addAction(restore)
        about = QtGui.QAction(self.tr("&About Marginalia"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- reading comfort -----------------------------------------------------------------
    def _option_menu(
        self,
        parent: QtWidgets.QMenu,
        title: str,
        option: str,
        choices: Sequence[tuple[object, str]],
    ) -> QtGui.QActionGroup:
        """A submenu of exclusive choices for one reading option, remembered when chosen;
        ``title`` and the labels are shown as given (already translated)."""
        menu = parent.addMenu(title)
        group = QtGui.QActionGroup(self)
        for value, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
        group.triggered.connect(lambda action: self.set_reading_option(option, action.data()))
        return group

    def _build_comfort_menu(self, view_menu: QtWidgets.QMenu) -> None:
        choices = [
            (t.key, self._translated(THEME_LABELS.get(t.key, t.label)))
            for t in themes.THEMES.values()
        ]
        self.theme_group = self._option_menu(
            view_menu,
            self.tr("&Theme"),
            "theme",
            [(SYSTEM_THEME, self.tr("Follow the System")), *choices],
        )
        self.font_group = self._option_menu(
            view_menu,
            self.tr("Fo&nt"),
            "font",
            [("serif", self.tr("Serif")), ("sans", self.tr("Sans Serif"))],
        )
        # Any installed family, through Qt's font dialog; checked while it is the one.
        self.other_font_action = QtGui.QAction(self.tr("Other Font…"), self, checkable=True)
        self.other_font_action.triggered.connect(self.choose_font)
        self.font_group.addAction(self.other_font_action)
        font_menu = self.font_group.actions()[0].parent()
        assert isinstance(font_menu, QtWidgets.QMenu)
        font_menu.addSeparator()
        font_menu.addAction(self.other_font_action)
        larger = QtGui.QAction(self.tr("&Larger Text"), self)
        larger.setShortcuts([QtGui.QKeySequence("Ctrl+="), QtGui.QKeySequence("Ctrl++")])
        larger.triggered.connect(lambda: self.change_text_size(1))
        smaller = QtGui.QAction(
            self.tr("S&maller Text"), self, shortcut=QtGui.QKeySequence("Ctrl+-")
        )
        smaller.triggered.connect(lambda: self.change_text_size(-1))
        default_size = QtGui.QAction(
            self.tr("&Default Text Size"), self, shortcut=QtGui.QKeySequence("Ctrl+0")
        )
        default_size.triggered.connect(
            lambda: self.set_reading_option("font_size", DEFAULT_FONT_PT)
        )
        for action in (larger, smaller, default_size):
            view_menu.addAction(action)
        self.spacing_group = self._option_menu(
            view_menu,
            self.tr("Line &Spacing"),
            "line_height",
            [(value, self._translated(label)) for value, label in LINE_SPACINGS],
        )
        self.width_group = self._option_menu(
            view_menu,
            self.tr("Line &Width"),
            "measure",
            [(value, self._translated(label)) for value, label in LINE_WIDTHS],
        )
        view_menu.addSeparator()
        self.focus_action = QtGui.QAction(
            self.tr("&Focus Mode"), self, shortcut=QtGui.QKeySequence("F11")
        )
        self.focus_action.setCheckable(True)
        self.focus_action.setStatusTip(self.tr("Hide the panels and read the article alone"))
        self.focus_action.toggled.connect(self.set_focus_mode)
        view_menu.addAction(self.focus_action)

    @staticmethod
    def _translated(label: str) -> str:
        """A label marked with QT_TRANSLATE_NOOP("MainWindow", …), in the interface's language."""
        return QtCore.QCoreApplication.translate("MainWindow", label)

    def reading_option(self, name: str) -> object:
        return self.settings.value(f"reading/{name}", READING_DEFAULTS[name])

    def set_reading_option(self, name: str, value: object) -> None:
        self.settings.setValue(f"reading/{name}", value)
        self.apply_reading_options()

    def choose_font(self) -> None:
        """Read in any installed font family (Qt's font dialog; its size is ignored, the
        text size has its own keys)."""
        current = QtGui.QFont(reader_view.reading_families(str(self.reading_option("font"))))
        chosen, font = QtWidgets.QFontDialog.getFont(current, self, self.tr("Reading Font"))
        if chosen:
            self.set_reading_option("font", font.family())
        else:
            self.apply_reading_options()  # puts the check mark back where it was

    def change_text_size(self, steps: int) -> None:
        size = float(str(self.reading_option("font_size")))
        self.set_reading_option("font_size", min(32.0, max(8.0, size + steps)))

    def apply_reading_options(self) -> None:
        """Apply the remembered theme, text size, spacing and width, keeping the place."""
        choice = str(self.reading_option("theme"))
        theme = self._apply_window_theme()
        style = rendering.ReadingStyle(
            font_size_pt=float(str(self.reading_option("font_size"))),
            line_height_percent=int(str(self.reading_option("line_height"))),
        )
        if self.current_article_id is not None:
            self._save_position(self.reader_view.top_position())
        font_choice = str(self.reading_option("font"))
        self.reader_view.set_comfort(
            theme, style, int(str(self.reading_option("measure"))), font_choice
        )
        self.other_font_action.setText(
            self.tr("Other Font ({family})…").format(family=font_choice)
            if font_choice not in reader_view.FONT_CHOICES
            else self.tr("Other Font…")
        )
        self.other_font_action.setData(font_choice)
        for group, key in (
            (self.font_group, font_choice),
            (self.theme_group, choice),
            (self.spacing_group, style.line_height_percent),
            (self.width_group, self.reader_view.measure),
        ):
            for action in group.actions():
                action.setChecked(str(action.data()) == str(key))
        self._show_current()

    def _apply_window_theme(self, *, ask_system: bool = True) -> Theme:
        """Colour the window for the chosen theme (the reading view is styled apart).

        ``ask_system=False`` (the first frame) takes whether the system was dark from the
        last time instead of asking Qt; build() asks again.
        """
        app = QtWidgets.QApplication.instance()
        assert isinstance(app, QtWidgets.QApplication)
        choice = str(self.reading_option("theme"))
        if choice == SYSTEM_THEME and not ask_system:
            was_dark = str(self.settings.value(WINDOW_WAS_DARK_KEY, "false")) == "true"
            theme = themes.DARK if was_dark else themes.LIGHT
        else:
            theme = theming.resolve_theme(choice, app)
        self.settings.setValue(WINDOW_WAS_DARK_KEY, "true" if theme.dark else "false")
        theming.apply_window_palette(app, theme)
        return theme

    def set_focus_mode(self, on: bool) -> None:
        # Remember which panels were open, so leaving focus mode brings back just those.
        panels = [self.annotations_dock, self.concepts_dock]
        if on:
            self._focus_hidden = [p for p in panels if p.isVisible()]
            for panel in self._focus_hidden:
                panel.hide()
            self.library_panel.hide()
            self.statusBar().hide()
        else:
            for panel in getattr(self, "_focus_hidden", panels):
                panel.show()
            self.library_panel.show()
            self.statusBar().show()
        self.reader_view.setFocus()

    def restore_from_backup(self) -> None:
        if self.data_dir is None:
            return
        from reader.ui.startup_check import restore_dialog

        self.panel.flush_note()
        if restore_dialog(self, self.data_dir):
            # Commands on the stack point at highlights the restored library may not hold.
            self.undo_stack.clear()
            self.current_article_id = None
            self.refresh_concepts()
            self.reload_library()
            self.statusBar().showMessage(
                self.tr("The library was restored from the backup."), 10000
            )

    def show_preferences(self) -> None:
        from reader.ui.preferences import PreferencesDialog

        PreferencesDialog(self, self.settings).exec()

    def show_shortcuts(self) -> None:
        shortcuts_sheet.ShortcutsSheet(self).exec()

    def _reading_action(self, text: str, key: str) -> QtGui.QAction:
        action = QtGui.QAction(text, self, shortcut=QtGui.QKeySequence(key))
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        self.reader_view.addAction(action)
        return action

    def _about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Marginalia"),
            self.tr(
                "<b>Marginalia {version}</b><p>An offline reader for studying articles.</p>"
            ).format(version=__version__),
        )

    # -- library -----------------------------------------------------------------------
    def reload_library(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_article_id
        self.library_model.reload()
        self._update_library_count()
        target = keep if keep is not None else articles.last_opened_article()
        if target is None and self.library_model.rowCount():
            first = self.proxy.index(0, 0)
            target = int(self.proxy.data(first, library_models.ARTICLE_ID_ROLE))
        if target is not None:
            self.select_article(target)

    def check_outside_changes(self) -> bool:
        """Show what another program committed to the library; True when there was some."""
        marker = database.outside_changes_marker()
        if marker == self._outside_marker:
            return False
        self._outside_marker = marker
        self.panel.flush_note()
        self.refresh_concepts()
        self.reload_library()
        if self.current_article_id is not None:
            self.refresh_highlights(self.current_article_id, self.panel.selected_id())
        self.statusBar().showMessage(self.tr("The library was changed outside this window."), 6000)
        return True

    def _update_library_count(self) -> None:
        shown, total = self.library_model.total(), articles.count_articles()
        if shown == total:
            text = self.tr("%n article(s)", "", total)
        else:
            text = self.tr("{shown} of %n article(s)", "", total)
        self.library_status.setText(card_painting.english_plural(text, total).format(shown=shown))

    def _library_columns_menu(self, point: QtCore.QPoint) -> None:
        menu = QtWidgets.QMenu(self)
        for column in range(len(library_models.LibraryModel.HEADERS)):
            if column == library_models.LibraryModel.TITLE:
                continue
            action = menu.addAction(library_models.LibraryModel.header_text(column))
            action.setCheckable(True)
            action.setChecked(not self.library_view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_library_column(c, shown))
        menu.exec(self.library_view.horizontalHeader().mapToGlobal(point))

    def _hidden_library_columns(self) -> list[int]:
        model = library_models.LibraryModel
        default = f"{model.WORDS},{model.ADDED},{model.OPENED}"
        saved = self.settings.value(HIDDEN_COLUMNS_KEY, default)
        # An ini file gives "4,5" back as a list of strings; a single column as a string.
        parts = saved if isinstance(saved, list) else str(saved).split(",")
        columns = [int(p) for p in map(str, parts) if p.strip().isdigit()]
        return [c for c in columns if 0 < c < len(model.HEADERS)]

    def _show_library_column(self, column: int, shown: bool) -> None:
        """Show or hide a column of the library list, remembered for the next start."""
        self.library_view.setColumnHidden(column, not shown)
        hidden = [
            c
            for c in range(1, len(library_models.LibraryModel.HEADERS))
            if self.library_view.isColumnHidden(c)
        ]
        self.settings.setValue(HIDDEN_COLUMNS_KEY, ",".join(map(str, hidden)))

    def sort_library(self, column: int, order: QtCore.Qt.SortOrder) -> None:
        self.library_view.sortByColumn(column, order)

    def select_article(self, article_id: int) -> None:
        row = self.library_model.row_of(article_id)
        if row is None:
            # Hidden by the list's filter; the article still opens.
            self.library_view.clearSelection()
            self.open_article(article_id)
            return
        index = self.proxy.mapFromSource(
            self.library_model.index(row, library_models.LibraryModel.TITLE)
        )
        self.library_view.selectRow(index.row())
        self.library_view.scrollTo(index)
        if self.current_article_id != article_id:
            self.open_article(article_id)

    def _on_selection(
        self, selected: QtCore.QItemSelection, _deselected: QtCore.QItemSelection
    ) -> None:
        indexes = selected.indexes()
        if indexes:
            self.open_article(int(self.proxy.data(indexes[0], library_models.ARTICLE_ID_ROLE)))

    def _selected_index(self) -> QtCore.QModelIndex | None:
        rows = self.library_view.selectionModel().selectedRows(library_models.LibraryModel.TITLE)
        return rows[0] if rows else None

    # -- reading -----------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        if article_id == self.current_article_id:
            return
        # A note still being typed belongs to the article being left.
        self.panel.flush_note()
        self._save_position(self.reader_view.top_position())
        self.current_article_id = article_id
        self._show_current()
        # Only once it was shown: an article that cannot be shown is not reopened at start.
        articles.mark_opened(article_id)

    def _show_current(self) -> None:
        if self.current_article_id is None:
            return
        article = articles.get_article(self.current_article_id)
        removed = articles.removed_lines(article)
        if self.original_action.isChecked():
            hidden = {r.line_number: r.reason for r in removed}
            self.reader_view.show_html(rendering.original_text_html(article.original_text, hidden))
            self.find_bar.set_target(self.reader_view)  # the original text, as shown
            self.current_highlights = []
            self.panel.set_highlights([], {})
        else:
            reading = highlights.article_text(article)
            self.reader_view.show_html(
                rendering.markdown_to_html(article.markdown), article.reading_position, reading.text
            )
            self.find_bar.set_target(self.reader_view, reading.text)
            self._check_anchors(article, reading.text)
            self.refresh_highlights(article.id, self.panel.selected_id())
        self.setWindowTitle(f"{article.title} — {APP_NAME}")
        # %Ln: the count with the thousands separator of the interface's language.
        words = card_painting.english_plural(
            self.tr("%Ln word(s)", "", article.words), article.words
        )
        minutes = text_stats.reading_minutes(article.words)
        if removed:
            hidden_note = card_painting.english_plural(
                self.tr("%n line(s) hidden (Ctrl+U shows them)", "", len(removed)), len(removed)
            )
            status = self.tr("{words} · {minutes} min read · {hidden}").format(
                words=words, minutes=minutes, hidden=hidden_note
            )
        else:
            status = self.tr("{words} · {minutes} min read").format(words=words, minutes=minutes)
        self.article_status.setText(status)

    # -- highlights --------------------------------------------------------------------
    def _check_anchors(self, article: Article, text: str) -> None:
        """Highlights whose text no longer stands at their place are anchored again."""
        for item in highlights.list_highlights(article.id):
            if item.placed and text[item.start : item.end] != item.exact:
                report = highlights.reanchor_article(article)
                if report.orphaned:
                    unplaced = self.tr(
                        "%n highlight(s) could not be placed; they are listed under Unplaced.",
                        "",
                        report.orphaned,
                    )
                    self.statusBar().showMessage(
                        card_painting.english_plural(unplaced, report.orphaned), 10000
                    )
                return

    def refresh_highlights(self, article_id: int, select: str | None = None) -> None:
        """Show the article's highlights in the text and the panel (after any change)."""
        if article_id != self.current_article_id:
            self.select_article(article_id)
        self.current_highlights = highlights.list_highlights(article_id)
        ids = {h.id for h in self.current_highlights}
        selected = select if select in ids else None
        meanings = highlights.color_meanings()
        self.reader_view.set_highlights(self.current_highlights, selected, meanings)
        self.panel.set_highlights(self.current_highlights, meanings)
        self.panel.select_highlight(selected)
        orphans = sum(1 for h in self.current_highlights if not h.placed)
        placed = len(self.current_highlights) - orphans
        self.setProperty("highlight_summary", f"{placed} highlights, {orphans} unplaced")

    def _find(self, highlight_id: str) -> HighlightData | None:
        return next((h for h in self.current_highlights if h.id == highlight_id), None)

    def select_highlight(self, highlight_id: str) -> None:
        self.panel.select_highlight(highlight_id)
        self.reader_view.set_highlights(self.current_highlights, highlight_id)

    def _go_to_highlight(self, highlight_id: str) -> None:
        item = self._find(highlight_id)
        if item is None:
            return
        self.reader_view.set_highlights(self.current_highlights, highlight_id)
        if item.placed:
            self.reader_view.scroll_to_highlight(item)

    def _step_highlight(self, step: int) -> None:
        placed = [h for h in self.current_highlights if h.placed]
        if not placed:
            self.statusBar().showMessage(self.tr("This article has no highlights yet."), 4000)
            return
        current = self.panel.selected_id()
        ids = [h.id for h in placed]
        index = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        target = placed[index % len(placed)]
        self.select_highlight(target.id)
        self.reader_view.scroll_to_highlight(target)

    def _selection_or_warn(self) -> tuple[int, int] | None:
        selection = self.reader_view.reading_selection()
        if selection is None or self.current_article_id is None:
            self.statusBar().showMessage(self.tr("Select some text in the article first."), 5000)
            return None
        if self.original_action.isChecked():
            self.statusBar().showMessage(
                self.tr(
                    "Highlights belong to the clean article; turn off Show Original Text first."
                ),
                6000,
            )
            return None
        text = highlights.article_text(articles.get_article(self.current_article_id)).text
        start, end = selection
        if not text[start:end].strip():
            self.statusBar().showMessage(self.tr("Select some words, not only spaces."), 5000)
            return None
        return selection

    def ask_merge(self, count: int) -> str:
        """Ask whether a new highlight over existing ones should merge with them."""
        question = self.tr(
            "The selection overlaps %n highlight(s). "
            "Merge into one highlight (notes joined, concepts kept), or keep both?",
            "",
            count,
        )
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Merge highlights?"),
            card_painting.english_plural(question, count),
            parent=self,
        )
        merge = box.addButton(self.tr("Merge"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(self.tr("Keep Both"), QtWidgets.QMessageBox.ButtonRole.NoRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.exec()
        clicked = box.clickedButton()
        return "merge" if clicked is merge else "both" if clicked is both else "cancel"

    def highlight_selection(self, color: str = DEFAULT_COLOR) -> str | None:
        """Highlight the selected text; returns the highlight's id (None if nothing done)."""
        selection = self._selection_or_warn()
        if selection is None or self.current_article_id is None:
            return None
        start, end = selection
        over = highlights.overlapping(self.current_article_id, start, end)
        choice = self.ask_merge(len(over)) if over else "both"
        if choice == "cancel":
            return None
        if choice == "merge":
            union_start = min([start, *(h.start for h in over)])
            union_end = max([end, *(h.end for h in over)])
            self.undo_stack.push(
                commands.MergeHighlights(
                    self.refresh_highlights, over[0], over[1:], union_start, union_end
                )
            )
            return over[0].id
        command = commands.CreateHighlight(
            self.refresh_highlights, self.current_article_id, start, end, color
        )
        self.undo_stack.push(command)
        self.reader_view.clear_selection()
        return command.made.id if command.made else None

    def write_note(self) -> None:
        """N: note on the selected text (highlighting it first) or the chosen highlight."""
        if self.reader_view.textCursor().hasSelection():
            if self.highlight_selection() is None:
                return
        elif self.panel.selected_id() is None:
            self.statusBar().showMessage(
                self.tr("Select some text, or choose a highlight, to write a note."), 5000
            )
            return
        self.annotations_dock.show()
        self.panel.focus_note_editor()

    def _edit_note_of(self, highlight_id: str) -> None:
        self.select_highlight(highlight_id)
        self.annotations_dock.show()
        self.panel.focus_note_editor()

    def _note_edited(self, highlight_id: str, note: str) -> None:
        item = self._find(highlight_id)
        if item is not None and item.note != note:
            self.undo_stack.push(commands.EditNote(self.refresh_highlights, item, note))

    def recolor_highlight(self, highlight_id: str, color: str) -> None:
        item = self._find(highlight_id)
        if item is not None and item.color != color:
            self.undo_stack.push(commands.RecolorHighlight(self.refresh_highlights, item, color))

    def delete_highlight(self, highlight_id: str) -> None:
        item = self._find(highlight_id)
        if item is not None:
            self.undo_stack.push(commands.DeleteHighlight(self.refresh_highlights, item))
            self.statusBar().showMessage(
                self.tr("Highlight deleted (Ctrl+Z brings it back)."), 6000
            )

    def _delete_selected(self) -> None:
        if self.panel.selected_id():
            self.delete_highlight(str(self.panel.selected_id()))

    def set_highlight_to_selection(self) -> None:
        selected = self.panel.selected_id()
        if selected is None:
            self.statusBar().showMessage(
                self.tr("Choose a highlight in the Annotations panel."), 5000
            )
            return
        self.place_highlight_at_selection(selected)

    def place_highlight_at_selection(self, highlight_id: str) -> None:
        item = self._find(highlight_id)
        selection = self._selection_or_warn()
        if item is None or selection is None:
            return
        self.undo_stack.push(commands.SetExtent(self.refresh_highlights, item, *selection))
        self.reader_view.clear_selection()

    def edit_color_meanings(self) -> None:
        dialog = QtWidgets.QDialog(self)
        dialog.setWindowTitle(self.tr("Highlight Colours"))
        form = QtWidgets.QFormLayout(dialog)
        current = highlights.color_meanings()
        edits: dict[str, QtWidgets.QLineEdit] = {}
        for colour in COLORS:
            edit = QtWidgets.QLineEdit(current.get(colour, ""))
            edit.setPlaceholderText(self.tr("What this colour means to you, e.g. “definitions”"))
            edit.setAccessibleName(
                self.tr("Meaning of {color}").format(color=palette.color_title(colour))
            )
            form.addRow(palette.color_label(colour, {}), edit)
            edits[colour] = edit
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            for colour, edit in edits.items():
                highlights.set_color_meaning(colour, edit.text())
            if self.current_article_id is not None:
                self.refresh_highlights(self.current_article_id, self.panel.selected_id())

    # -- concepts ----------------------------------------------------------------------
    def refresh_concepts(self) -> None:
        """Show the current concepts everywhere they appear, after any change."""
        summaries = concepts.list_concepts()
        names = [c.name for c in summaries]
        self.concept_browser.set_concepts(summaries)
        chosen = self.concept_browser.selected_concept()
        if chosen is not None:
            self._show_concept_passages(chosen)
        if self.concept_manager is not None:
            self.concept_manager.set_concepts(summaries)
        self.panel.set_concepts(names)
        keep = self.library_concept.currentData()
        self.library_concept.blockSignals(True)
        self.library_concept.clear()
        self.library_concept.addItem(self.tr("All articles"), None)
        for summary in summaries:
            self.library_concept.addItem(
                self.tr("Articles with {tag}").format(tag=card_painting.tag_text(summary.name)),
                summary.id,
            )
        index = self.library_concept.findData(keep) if keep is not None else 0
        self.library_concept.setCurrentIndex(max(0, index))
        self.library_concept.blockSignals(False)
        self._filter_library_by_concept()

    def _filter_library_by_concept(self, _index: int = 0) -> None:
        concept_id = self.library_concept.currentData()
        self.proxy.set_concept(int(concept_id) if concept_id is not None else None)
        self._update_library_count()

    def _show_concept_passages(self, concept_id: int) -> None:
        try:
            summary = concepts.summary(concept_id)
        except UserError:
            self.concept_browser.set_passages(None, [])
            return
        self.concept_browser.set_passages(summary, concepts.passages(concept_id))

    def open_search(self) -> None:
        """Ctrl+K: search the whole library; the dialog is kept, with its last search."""
        if self.search_dialog is None:
            self.search_dialog = search_dialog.SearchDialog(self)
            self.search_dialog.article_chosen.connect(self.open_at_match)
            self.search_dialog.highlight_chosen.connect(self.open_passage)
            self.search_dialog.concept_chosen.connect(self.show_concept)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()

    def open_at_match(self, article_id: int, query: str) -> None:
        """Open an article from search, at the first place the query stands in it."""
        self.original_action.setChecked(False)
        self.select_article(article_id)
        self.find_bar.show_match_for(query)
        self.reader_view.setFocus()

    def show_concept(self, concept_id: int) -> None:
        self.concepts_dock.show()
        self.concepts_dock.raise_()
        self.concept_browser.select_concept(concept_id)

    def open_passage(self, article_id: int, highlight_id: str) -> None:
        """Open an article at one of its passages (from the concept browser or a link)."""
        self.original_action.setChecked(False)
        self.select_article(article_id)
        self.refresh_highlights(article_id, highlight_id)
        item = self._find(highlight_id)
        if item is not None and item.placed:
            # After the article's own saved position has been restored.
            QtCore.QTimer.singleShot(0, lambda: self.reader_view.scroll_to_highlight(item))
        self.reader_view.setFocus()

    def _refresh_tagged(self, article_id: int, select: str | None) -> None:
        self.refresh_highlights(article_id, select)
        self.refresh_concepts()
        self._update_tag_popup()

    def tag_selection(self) -> None:
        """T: tag the selected text (highlighting it first) or the chosen highlight."""
        if self.reader_view.textCursor().hasSelection():
            highlight_id = self.highlight_selection()
        else:
            highlight_id = self.panel.selected_id()
        if highlight_id is None:
            if not self.reader_view.textCursor().hasSelection():
                self.statusBar().showMessage(
                    self.tr("Select some text, or choose a highlight, to tag it with a concept."),
                    5000,
                )
            return
        item = self._find(highlight_id)
        if item is None:
            return
        self._tagging = item.id
        known = concepts.list_concepts()
        names = [c.name for c in known] + [alias for c in known for alias in c.aliases]
        self.tag_popup.open_for(
            self._popup_point(item),
            names,
            item.concepts,
            concepts.suggest_for(item.exact, exclude=item.concepts),
        )

    def _popup_point(self, item: HighlightData) -> QtCore.QPoint:
        rects = self.reader_view.range_rects(item.start, item.end) if item.placed else []
        viewport = self.reader_view.viewport()
        if rects and viewport.rect().intersects(rects[-1].toRect()):
            return viewport.mapToGlobal(rects[-1].bottomLeft().toPoint() + QtCore.QPoint(0, 6))
        return viewport.mapToGlobal(viewport.rect().center())

    def _update_tag_popup(self) -> None:
        item = self._find(self._tagging) if self._tagging else None
        if item is not None and self.tag_popup.isVisible():
            self.tag_popup.update_tags(
                item.concepts, concepts.suggest_for(item.exact, exclude=item.concepts)
            )

    def _tag_with(self, name: str) -> None:
        item = self._find(self._tagging) if self._tagging else None
        if item is None:
            return
        try:
            command = commands.TagHighlight(self._refresh_tagged, item, name)
        except UserError as exc:
            self.tag_popup.show_error(error_text(exc))
            return
        self.undo_stack.push(command)

    def _untag(self, name: str) -> None:
        item = self._find(self._tagging) if self._tagging else None
        concept = concepts.find_concept(name)
        if item is not None and concept is not None:
            self.undo_stack.push(commands.UntagHighlight(self._refresh_tagged, item, concept.id))

    def _after_concept_edit(self) -> None:
        self.refresh_concepts()
        if self.current_article_id is not None:
            self.refresh_highlights(self.current_article_id, self.panel.selected_id())

    def edit_concepts(self, text: str, apply: Callable[[], object], affected: list[int]) -> bool:
        """Apply a change to concepts as one undo step; a refusal is shown, nothing changes."""
        before = [concepts.snapshot(concept_id) for concept_id in affected]
        try:
            apply()
        except UserError as exc:
            if self.concept_manager is not None and self.concept_manager.isVisible():
                self.concept_manager.show_error(error_text(exc))
            else:
                QtWidgets.QMessageBox.warning(self, self.tr("Concepts"), error_text(exc))
            return False
        self.undo_stack.push(commands.ConceptEdit(text, self._after_concept_edit, apply, before))
        return True

    def manage_concepts(self) -> None:
        if self.concept_manager is None:
            manager = manager_dialog.ConceptManager(self)
            manager.rename_requested.connect(
                lambda cid, name: self.edit_concepts(
                    commands.RENAME_CONCEPT, lambda: concepts.rename_concept(cid, name), [cid]
                )
            )
            manager.merge_requested.connect(
                lambda source, target: self.edit_concepts(
                    commands.MERGE_CONCEPTS,
                    lambda: concepts.merge_concepts(source, target),
                    [source, target],
                )
            )
            manager.delete_requested.connect(
                lambda cid: self.edit_concepts(
                    commands.DELETE_CONCEPT, lambda: concepts.delete_concept(cid), [cid]
                )
            )
            manager.definition_edited.connect(
                lambda cid, text: self.edit_concepts(
                    commands.EDIT_DEFINITION, lambda: concepts.describe_concept(cid, text), [cid]
                )
            )
            manager.aliases_edited.connect(
                lambda cid, names: self.edit_concepts(
                    commands.EDIT_ALIASES, lambda: concepts.set_aliases(cid, list(names)), [cid]
                )
            )
            manager.color_requested.connect(
                lambda cid, colour: self.edit_concepts(
                    commands.CONCEPT_COLOUR, lambda: concepts.set_concept_color(cid, colour), [cid]
                )
            )
            self.concept_manager = manager
        self.concept_manager.set_concepts(concepts.list_concepts())
        chosen = self.concept_browser.selected_concept()
        if chosen is not None:
            self.concept_manager.select_concept(chosen)
        self.concept_manager.show()
        self.concept_manager.raise_()

    # -- export ------------------------------------------------------------------------
    def export(self) -> None:
        from reader.ui.export_dialog import ExportDialog

        article = None
        if self.current_article_id is not None:
            article = (self.current_article_id, articles.get_article(self.current_article_id).title)
        names = [c.name for c in concepts.list_concepts()]
        dialog = ExportDialog(self, self.settings, article, names)
        dialog.refresh()
        dialog.exec()

    def print_handout(self) -> None:
        if self.current_article_id is None:
            return
        from reader.store.exports import handout_markdown
        from reader.ui.printing import mark_colors, print_with_dialog

        article = articles.get_article(self.current_article_id)
        try:
            markdown = handout_markdown(article.id)
        except UserError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Cannot print"), error_text(exc))
            return
        colors = mark_colors(markdown, self.current_highlights)
        print_with_dialog(self, markdown, article.title, colors)

    def copy_highlight_markdown(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from reader.store.exports import highlight_markdown

        selected = self.panel.selected_id()
        if selected is None:
            self.statusBar().showMessage(
                self.tr("Choose a highlight in the Annotations panel."), 5000
            )
            return
        QGuiApplication.clipboard().setText(highlight_markdown(selected))
        self.statusBar().showMessage(self.tr("Highlight copied as Markdown."), 4000)

    def open_link(self, url: str) -> bool:
        """Open a marginalia://open/<article>/<highlight> link; False if it names nothing."""
        from reader.core.links import parse_open_link, visible_text

        link = parse_open_link(url)
        if link is not None:
            article_id, highlight_id = link
            try:
                highlights.get_highlight(highlight_id)
                articles.get_article(article_id)
            except UserError:
                pass
            else:
                self.open_passage(article_id, highlight_id)
                return True
        shown = url if len(url) <= 120 else url[:120] + "…"
        self.statusBar().showMessage(
            self.tr("This link names no passage in this library: {url}").format(
                url=visible_text(shown)
            ),
            10000,
        )
        return False

    def _save_position(self, position: int) -> None:
        # The original-text view has other offsets; only the clean article's are kept.
        if self.current_article_id is not None and not self.original_action.isChecked():
            articles.save_reading_position(self.current_article_id, position)

    # -- commands ----------------------------------------------------------------------
    def confirm_delete(self, title: str, annotations: int) -> bool:
        """Ask before deleting; overridable so tests need no modal dialog."""
        if annotations:
            what = card_painting.english_plural(
                self.tr("Its %n highlight(s) and notes go with it.", "", annotations), annotations
            )
        else:
            what = self.tr("It has no highlights.")
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete article?"),
            self.tr(
                "Delete “{title}” from the library?\n\n{what}\n"
                "You can undo this with Ctrl+Z until you close Marginalia."
            ).format(title=title, what=what),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def delete_current_article(self) -> None:
        index = self._selected_index()
        article_id = (
            int(self.proxy.data(index, library_models.ARTICLE_ID_ROLE))
            if index is not None
            else self.current_article_id
        )
        if article_id is None:
            return
        article = articles.get_article(article_id)
        if not self.confirm_delete(article.title, articles.annotation_count(article_id)):
            return
        self.panel.flush_note()
        if article_id == self.current_article_id:
            self.current_article_id = None
        self.undo_stack.push(commands.DeleteArticle(self._after_article_change, article_id))
        self.statusBar().showMessage(
            self.tr("Deleted “{title}” (Ctrl+Z brings it back).").format(title=article.title), 8000
        )

    def _after_article_change(self, show: int | None) -> None:
        self.refresh_concepts()
        self.reload_library(select_id=show)
        if self.current_article_id is None and self.library_model.rowCount() == 0:
            self.reader_view.clear()
            self.current_highlights = []
            self.panel.set_highlights([], {})
            self.setWindowTitle(APP_NAME)

    def rename_current(self) -> None:
        index = self._selected_index()
        if index is not None:
            self.library_view.setCurrentIndex(index)
            self.library_view.edit(index)

    def _show_rename_error(self, message: str) -> None:
        QtWidgets.QMessageBox.warning(self, self.tr("Cannot rename the article"), message)

    def choose_files_to_import(self) -> None:
        files, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            str(Path.home()),
            self.tr("Articles (*.txt *.md *.markdown);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> list[ImportOutcome]:
        """Import files and folders; a few files at once, a larger batch in the background
        with progress and Cancel (import_progress.py). Returns what was imported at once."""
        if len(paths) > 3 or any(p.is_dir() for p in paths):
            if self._import is not None and self._import.is_running():
                self.statusBar().showMessage(self.tr("An import is already running."), 5000)
                return []
            self._import = import_progress.run_import(self, paths, self._import_done)
            return []
        done: list[ImportOutcome] = []
        errors: list[str] = []
        for outcome in articles.import_paths(paths):
            if isinstance(outcome, DocumentError):
                errors.append(error_text(outcome))
            else:
                done.append(outcome)
        self.reload_library(select_id=done[-1].article_id if done else None)
        self.statusBar().showMessage(
            self.tr("Imported {done} of {total}").format(
                done=len(done), total=len(done) + len(errors)
            ),
            8000,
        )
        if errors:
            failed = self.tr("%n file(s) could not be imported; the others were.", "", len(errors))
            box = QtWidgets.QMessageBox(
                QtWidgets.QMessageBox.Icon.Warning,
                self.tr("Some files were not imported"),
                card_painting.english_plural(failed, len(errors)),
                QtWidgets.QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText("\n".join(errors))
            box.open()
        return done

    def _import_done(self, summary: ImportSummary) -> None:
        self.refresh_concepts()
        self.reload_library(select_id=summary.last_article_id)
        self.statusBar().showMessage(summary.message(), 8000)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self.built and import_progress.accepts_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = import_progress.accepts_drop(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- window state ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        # The geometry was restored in __init__, before the first frame.
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    BACKGROUND_DELAY_MS = 4000

    def run_later(self, work: Callable[[], object], name: str) -> None:
        """Run ``work`` on a thread once the window has been up a few seconds, so it does
        not compete with starting up; a session closed sooner runs it at close."""
        thread = threading.Thread(target=work, name=name)
        self._later.append(thread)

        def start() -> None:
            if thread in self._later:
                self._later.remove(thread)
                self.background_work.append(thread)
                thread.start()

        QtCore.QTimer.singleShot(self.BACKGROUND_DELAY_MS, start)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self.built:
            # Closed before the library opened (a failed start): nothing to save but the
            # window's size.
            self.settings.setValue("window/geometry", self.saveGeometry())
            super().closeEvent(event)
            return
        for pending in list(self._later):
            self._later.remove(pending)
            self.background_work.append(pending)
            pending.start()
        for work in self.background_work:
            work.join(timeout=60)  # a backup is written whole or not at all; let it finish
        self.panel.flush_note()
        self._save_position(self.reader_view.top_position())
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        super().closeEvent(event)
