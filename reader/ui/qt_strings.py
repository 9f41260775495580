"""Qt's own texts that a reader sees, listed so our translation files carry them.

Qt ships no Indonesian translation of its widgets, so the standard dialog buttons, the
right-click menus of text fields and scroll bars and the message box's details button
would stay English. Qt looks every one of them up through the installed translators, by
the context and English text below (copied from Qt's own translation sources, accelerators
included); listing them here lets ``pyside6-lupdate`` put them in ``marginalia_id.ts``, and
our translator answers for Qt. Nothing imports this module at run time; the tests read
``QT_STRINGS`` to check each one is translated.
"""

from __future__ import annotations

from reader.ui.translation import QT_TRANSLATE_NOOP

QT_STRINGS: tuple[tuple[str, str], ...] = (
    # Standard buttons of QDialogButtonBox and QMessageBox (the generic platform theme).
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")),
    # The same buttons under GNOME, whose theme gives some of them accelerators.
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")),
    # The right-click menu of one-line fields (filters, names, the search box).
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
    # The right-click menu of text views and editors (notes, definitions, previews).
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
    # The right-click menu of number fields.
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")),
    # The right-click menu of scroll bars (the article, the library list).
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll here")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Top")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Bottom")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Left edge")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Right edge")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page up")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page down")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page left")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page right")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll up")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll down")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll left")),
    ("QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll right")),
    # Qt's own file dialog (File → Import, Export's Save, Print's PDF), where no native
    # one is used: without these its title was Indonesian and everything else English.
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Save As")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Find Directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directories")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Remove")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show ")),  # + a column's name
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Delete")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "New Folder")),
    (
        "QFileDialog",
        QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    ),
    (
        "QFileDialog",
        QT_TRANSLATE_NOOP(
            "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
        ),
    ),
    (
        "QFileDialog",
        QT_TRANSLATE_NOOP(
            "QFileDialog",
            "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        ),
    ),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")),
    (
        "QFileDialog",
        QT_TRANSLATE_NOOP(
            "QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"
        ),
    ),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory.")),
    # The columns and kinds of the file dialog's list.
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
    # A message box with details (an unexpected error's report).
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")),
)
