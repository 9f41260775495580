"""Everything the built window is made of, in one list, loaded after the first frame.

main_window.py names this module through ``lazy()`` (startup/lazy_modules.py): the
first frame needs none of it, and ``MainWindow.load_parts`` imports it while SQLite
checks the library on another thread. A part the window builds is added here, once.
"""

from __future__ import annotations

from reader.core import themes
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.concepts.browser import ConceptBrowser
from reader.ui.controllers.articles import ArticleController
from reader.ui.controllers.comfort import ComfortController
from reader.ui.controllers.concepts import ConceptController
from reader.ui.controllers.highlights import HighlightController
from reader.ui.controllers.open_article import OpenArticle
from reader.ui.controllers.packs import PackController
from reader.ui.controllers.reclean import RecleanController
from reader.ui.controllers.study import StudyController
from reader.ui.dialogs import import_progress
from reader.ui.library.panel import LibraryPanel
from reader.ui.reading.find_bar import FindBar
from reader.ui.reading.instruction_banner import InstructionBanner
from reader.ui.reading.original_bar import OriginalTextBar
from reader.ui.reading.reader_view import ReaderView
from reader.ui.widgets.background_progress import BackgroundProgress
from reader.ui.window.events import LibraryEvents

__all__ = [
    "AnnotationsPanel",
    "ArticleController",
    "BackgroundProgress",
    "ComfortController",
    "ConceptBrowser",
    "ConceptController",
    "FindBar",
    "HighlightController",
    "InstructionBanner",
    "LibraryEvents",
    "LibraryPanel",
    "OpenArticle",
    "OriginalTextBar",
    "PackController",
    "ReaderView",
    "RecleanController",
    "StudyController",
    "import_progress",
    "themes",
]
