"""The menu bar: every action of the window, each only emitting a request.

``MainMenu`` makes the four menus' titles with the first frame and fills them when the
window is built. An action never does the work: it emits one of the signals below, and
the window's wiring table connects each to the controller that answers it. Single-letter
shortcuts (H, N, T, J, K) act only while the article has the focus, so typing a note or
a filter never highlights anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

# Qt initialises a class, with its enums, when it is first named: the menu titles are
# part of the first frame, so classes are named through their modules and only when the
# menus are filled, after it.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, SignalInstance

from reader.core.highlight_colors import COLORS, DEFAULT_COLOR

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

SYSTEM_THEME = "system"  # follow the system's light or dark (theming.SYSTEM)
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


def translated(label: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("MainWindow", …), in the interface's language."""
    return QCoreApplication.translate("MainWindow", label)


class MainMenu(QObject):
    """Owns every QAction of the window; each emits a request and does nothing else."""

    # File
    import_requested = Signal()
    export_requested = Signal()
    class_pack_requested = Signal()  # File → Export → Class Pack…
    handback_requested = Signal()  # File → Export → Notes for My Teacher…
    class_summary_requested = Signal()  # File → Export → Class Summary…
    print_requested = Signal()
    delete_article_requested = Signal()
    rename_requested = Signal()
    quit_requested = Signal()
    # Edit
    highlight_requested = Signal(str)  # colour
    note_requested = Signal()
    tag_requested = Signal()
    manage_concepts_requested = Signal()
    preferences_requested = Signal()
    extent_requested = Signal()
    confirm_placement_requested = Signal()  # "Yes, here" for the highlight needing a look
    reject_placement_requested = Signal()  # "Not here"
    copy_markdown_requested = Signal()
    delete_highlight_requested = Signal()
    step_requested = Signal(int)  # +1 next highlight, -1 previous
    color_meanings_requested = Signal()
    cloze_requested = Signal()  # the selected words of a highlight become a cloze card
    search_requested = Signal()
    find_requested = Signal()
    find_next_requested = Signal()
    find_previous_requested = Signal()
    # View
    original_toggled = Signal(bool)
    focus_library_requested = Signal()
    sort_requested = Signal(int, object)  # column, Qt.SortOrder
    option_chosen = Signal(str, object)  # reading option, value
    other_font_requested = Signal()
    text_size_requested = Signal(int)  # steps larger (+) or smaller (-); 0: the default
    focus_mode_toggled = Signal(bool)
    teacher_layer_toggled = Signal(bool)  # show or hide the teacher's notes from class packs
    review_requested = Signal()  # study mode: the Review window, the whole library
    # Help
    shortcuts_requested = Signal()
    restore_requested = Signal()
    about_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        # The titles exist from the first frame, so the bar does not jump when build()
        # fills the menus.
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _action(
        self, menu: QMenu | None, text: str, signal: SignalInstance | None = None, *keys: str
    ) -> QAction:
        action = QtGui.QAction(text, self.window)
        # A standard key with no binding on this platform (Quit, on some) sets none.
        shortcuts = [k for k in map(self._key, keys) if not k.isEmpty()]
        if shortcuts:
            action.setShortcuts(shortcuts)
        if signal is not None:
            action.triggered.connect(lambda _checked=False: signal.emit())
        if menu is not None:
            menu.addAction(action)
        return action

    @staticmethod
    def _key(name: str) -> QKeySequence:
        keys = QtGui.QKeySequence
        standard = getattr(keys.StandardKey, name, None)
        return keys(standard) if standard is not None else keys(name)

    def _reading_action(self, menu: QMenu, text: str, key: str, reading: QWidget) -> QAction:
        action = self._action(menu, text, None, key)
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        reading.addAction(action)
        return action

    def fill(
        self,
        reading: QWidget,
        highlight_list: QWidget,
        undo_stack: QUndoStack,
        docks: Sequence[QDockWidget],
        themes: Sequence[tuple[str, str]],
    ) -> None:
        """Make every action. ``reading`` takes the single-letter shortcuts, and T also
        works in ``highlight_list``; ``themes`` are (key, English label) pairs."""
        self._fill_file()
        self._fill_edit(reading, highlight_list, undo_stack)
        self._fill_view(docks, themes)
        self._fill_help()

    def _fill_file(self) -> None:
        menu = self.file_menu
        self.import_action = self._action(menu, self.tr("&Import…"), self.import_requested, "Open")
        export_menu = menu.addMenu(self.tr("&Export"))
        self.export_action = self._action(
            export_menu, self.tr("&Notes and Annotations…"), self.export_requested, "Ctrl+E"
        )
        self._fill_class_exports(export_menu)
        self.print_action = self._action(
            menu, self.tr("&Print Handout…"), self.print_requested, "Print"
        )
        menu.addSeparator()
        self.delete_article_action = self._action(
            menu, self.tr("&Delete Article…"), self.delete_article_requested
        )
        self.rename_action = self._action(
            menu, self.tr("&Rename Article…"), self.rename_requested, "F2"
        )
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), self.quit_requested, "Quit")

    def _fill_class_exports(self, menu: QMenu) -> None:
        menu.addSeparator()
        self.class_pack_action = self._action(
            menu, self.tr("&Class Pack…"), self.class_pack_requested
        )
        self.class_pack_action.setStatusTip(
            self.tr("The article with your highlights and notes as one file for your class")
        )
        self.handback_action = self._action(
            menu, self.tr("Notes for My &Teacher…"), self.handback_requested
        )
        self.handback_action.setStatusTip(
            self.tr("Your highlights on a class pack's articles, as one file for your teacher")
        )
        self.class_summary_action = self._action(
            menu, self.tr("Class &Summary…"), self.class_summary_requested
        )
        self.class_summary_action.setStatusTip(
            self.tr("Every passage your students marked, who marked it, and their notes")
        )

    def _fill_edit(self, reading: QWidget, highlight_list: QWidget, undo: QUndoStack) -> None:
        from reader.ui.widgets.highlight_palette import color_title, swatch_icon

        menu = self.edit_menu
        undo_action = undo.createUndoAction(self.window, self.tr("&Undo"))
        undo_action.setShortcut(self._key("Undo"))
        # The menu's text names what would be undone ("Undo Tag “Diplomasi”"); the icon
        # text stays the command's own name, for lists of commands like the F1 sheet.
        undo_action.setIconText(self.tr("Undo"))
        redo_action = undo.createRedoAction(self.window, self.tr("&Redo"))
        redo_action.setIconText(self.tr("Redo"))
        redo_action.setShortcuts([self._key("Ctrl+Shift+Z"), self._key("Ctrl+Y")])
        menu.addAction(undo_action)
        menu.addAction(redo_action)
        menu.addSeparator()
        self.highlight_action = self._reading_action(
            menu, self.tr("&Highlight Selection"), "H", reading
        )
        self.highlight_action.triggered.connect(
            lambda: self.highlight_requested.emit(DEFAULT_COLOR)
        )
        colours = menu.addMenu(self.tr("Highlight &in Colour"))
        for colour in COLORS:
            action = colours.addAction(swatch_icon(colour), color_title(colour))
            action.triggered.connect(lambda _c=False, c=colour: self.highlight_requested.emit(c))
        self.note_action = self._reading_action(menu, self.tr("Add or Edit &Note"), "N", reading)
        self.note_action.triggered.connect(self.note_requested)
        self.tag_action = self._reading_action(menu, self.tr("&Tag with Concept…"), "T", reading)
        self.tag_action.triggered.connect(self.tag_requested)
        # T also works on the highlight chosen in the panel's list.
        panel_tag = self._action(None, self.tag_action.text(), self.tag_requested, "T")
        panel_tag.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        highlight_list.addAction(panel_tag)
        self._action(menu, self.tr("&Manage Concepts…"), self.manage_concepts_requested)
        self._action(menu, self.tr("&Preferences…"), self.preferences_requested, "Preferences")
        self.extent_action = self._action(
            menu, self.tr("Set Highlight to &Selection"), self.extent_requested
        )
        self.extent_action.setStatusTip(
            self.tr("Move the selected highlight's ends to the text selection, keeping its note")
        )
        # Y and R answer for the highlight needing a look chosen in the panel, from the
        # list or the text, so a "Check these" list is gone through without the mouse.
        self.confirm_placement_action = self._reading_action(
            menu, self.tr("&Yes, Here (Place Highlight)"), "Y", reading
        )
        self.confirm_placement_action.triggered.connect(self.confirm_placement_requested)
        self.reject_placement_action = self._reading_action(
            menu, self.tr("Not He&re (Keep Unplaced)"), "R", reading
        )
        self.reject_placement_action.triggered.connect(self.reject_placement_requested)
        for action in (self.confirm_placement_action, self.reject_placement_action):
            action.setStatusTip(
                self.tr("For a highlight under Check these: place it at the dashed place, or not")
            )
            highlight_list.addAction(action)
        self.copy_markdown_action = self._action(
            menu, self.tr("Copy Highlight as &Markdown"), self.copy_markdown_requested
        )
        self.delete_highlight_action = self._action(
            menu, self.tr("&Delete Highlight"), self.delete_highlight_requested
        )
        self.cloze_action = self._reading_action(menu, self.tr("Make C&loze"), "C", reading)
        self.cloze_action.triggered.connect(self.cloze_requested)
        self.cloze_action.setStatusTip(
            self.tr("Hide the selected words of a highlight in a review card")
        )
        menu.addSeparator()
        step_next = self._reading_action(menu, self.tr("Ne&xt Highlight"), "J", reading)
        step_next.triggered.connect(lambda: self.step_requested.emit(1))
        step_back = self._reading_action(menu, self.tr("Pre&vious Highlight"), "K", reading)
        step_back.triggered.connect(lambda: self.step_requested.emit(-1))
        menu.addSeparator()
        self._action(menu, self.tr("Highlight &Colours…"), self.color_meanings_requested)
        menu.addSeparator()
        self._action(menu, self.tr("&Search Library…"), self.search_requested, "Ctrl+K")
        self._action(menu, self.tr("&Find in Article…"), self.find_requested, "Find")
        self._action(menu, self.tr("Find &Next"), self.find_next_requested, "F3")
        self._action(menu, self.tr("Find Pre&vious"), self.find_previous_requested, "Shift+F3")

    def _fill_view(self, docks: Sequence[QDockWidget], themes: Sequence[tuple[str, str]]) -> None:
        menu = self.view_menu
        self.original_action = self._action(menu, self.tr("Show &Original Text"), None, "Ctrl+U")
        self.original_action.setCheckable(True)
        self.original_action.setStatusTip(
            self.tr(
                "Show the text as it was imported, with the lines the cleaner hid struck through"
            )
        )
        self.original_action.toggled.connect(self.original_toggled)
        self._action(menu, self.tr("Go to &Library"), self.focus_library_requested, "Ctrl+L")
        self._action(menu, self.tr("&Review"), self.review_requested, "Ctrl+R")
        for dock in docks:
            menu.addAction(dock.toggleViewAction())
        from reader.ui.library.model import LibraryModel as model  # after the first frame

        sort_menu = menu.addMenu(self.tr("Sort &Library By"))
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
                lambda _c=False, col=column, o=order: self.sort_requested.emit(col, o)
            )
        menu.addSeparator()
        self._fill_comfort(menu, themes)

    def _option_menu(
        self, parent: QMenu, title: str, option: str, choices: Sequence[tuple[object, str]]
    ) -> QActionGroup:
        """A submenu of exclusive choices for one reading option; labels as given."""
        menu = parent.addMenu(title)
        group = QtGui.QActionGroup(self.window)
        for value, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
        group.triggered.connect(lambda action: self.option_chosen.emit(option, action.data()))
        return group

    def _fill_comfort(self, menu: QMenu, themes: Sequence[tuple[str, str]]) -> None:
        choices = [(key, translated(THEME_LABELS.get(key, label))) for key, label in themes]
        self.theme_group = self._option_menu(
            menu,
            self.tr("&Theme"),
            "theme",
            [(SYSTEM_THEME, self.tr("Follow the System")), *choices],
        )
        self.font_group = self._option_menu(
            menu,
            self.tr("Fo&nt"),
            "font",
            [("serif", self.tr("Serif")), ("sans", self.tr("Sans Serif"))],
        )
        # Any installed family, through Qt's font dialog; checked while it is the one.
        self.other_font_action = self._action(
            None, self.tr("Other Font…"), self.other_font_requested
        )
        self.other_font_action.setCheckable(True)
        self.font_group.addAction(self.other_font_action)
        font_menu = self.font_group.actions()[0].parent()
        assert isinstance(font_menu, QtWidgets.QMenu)
        font_menu.addSeparator()
        font_menu.addAction(self.other_font_action)
        larger = self._action(menu, self.tr("&Larger Text"), None, "Ctrl+=", "Ctrl++")
        larger.triggered.connect(lambda: self.text_size_requested.emit(1))
        smaller = self._action(menu, self.tr("S&maller Text"), None, "Ctrl+-")
        smaller.triggered.connect(lambda: self.text_size_requested.emit(-1))
        default = self._action(menu, self.tr("&Default Text Size"), None, "Ctrl+0")
        default.triggered.connect(lambda: self.text_size_requested.emit(0))
        self.spacing_group = self._option_menu(
            menu,
            self.tr("Line &Spacing"),
            "line_height",
            [(value, translated(label)) for value, label in LINE_SPACINGS],
        )
        self.width_group = self._option_menu(
            menu,
            self.tr("Line &Width"),
            "measure",
            [(value, translated(label)) for value, label in LINE_WIDTHS],
        )
        menu.addSeparator()
        self.teacher_layer_action = self._action(menu, self.tr("Show Teac&her's Notes"), None)
        self.teacher_layer_action.setCheckable(True)
        self.teacher_layer_action.setChecked(True)
        self.teacher_layer_action.setStatusTip(
            self.tr("Show or hide the notes of the teacher whose class pack you opened")
        )
        self.teacher_layer_action.toggled.connect(self.teacher_layer_toggled)
        self.focus_action = self._action(menu, self.tr("&Focus Mode"), None, "F11")
        self.focus_action.setCheckable(True)
        self.focus_action.setStatusTip(self.tr("Hide the panels and read the article alone"))
        self.focus_action.toggled.connect(self.focus_mode_toggled)

    def _fill_help(self) -> None:
        menu = self.help_menu
        self._action(menu, self.tr("&Keyboard Shortcuts"), self.shortcuts_requested, "F1", "?")
        self._action(menu, self.tr("&Restore from Backup…"), self.restore_requested)
        self._action(menu, self.tr("&About Marginalia"), self.about_requested)

    def show_reading_options(
        self, font: str, theme: str, spacing: int, width: int, other_font: str | None
    ) -> None:
        """Check the chosen reading options; ``other_font`` names a family of the reader's."""
        self.other_font_action.setText(
            self.tr("Other Font ({family})…").format(family=other_font)
            if other_font
            else self.tr("Other Font…")
        )
        self.other_font_action.setData(font)
        for group, key in (
            (self.font_group, font),
            (self.theme_group, theme),
            (self.spacing_group, spacing),
            (self.width_group, width),
        ):
            for action in group.actions():
                action.setChecked(str(action.data()) == str(key))
