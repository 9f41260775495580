"""What changed in the library, told to whoever shows it: one object, passed in.

A controller changes the library and emits here; each part that shows that kind of data
answers by refreshing itself. Nothing refreshes another part by hand, so a new panel
(a review window, a teacher's layer) only connects to the events it shows. The window
makes one ``LibraryEvents`` and hands it to the parts that need it: it is never global.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LibraryEvents(QObject):
    articles_changed = Signal()  # added, deleted, restored, renamed, re-imported
    highlights_changed = Signal(int)  # the article whose highlights or notes changed
    text_changed = Signal(int)  # the article was cleaned again: new text, highlights moved
    concepts_changed = Signal()  # created, renamed, merged, tagged, untagged, deleted
    layers_changed = Signal(int)  # the article whose teacher's or class's notes changed
    study_changed = Signal()  # "Study this" chosen or not, a cloze marked or taken back
