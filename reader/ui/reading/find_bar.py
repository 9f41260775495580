"""Find in the article being read (Ctrl+F): a bar under the text, "3 of 12", Next, Previous.

Matching ignores case and accents like library search ("detente" finds "Détente") and
runs over the article's reading text, so a match is selected in the view exactly where
it stands, through the view's offset map. Every match is tinted; the current one is the
view's selection, so pressing H highlights it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from reader.core.errors import QT_TRANSLATE_NOOP
from reader.core.text_folding import find_in_text
from reader.ui.reading.reader_view import ReaderView
from reader.ui.reading.text_positions import qt_visible_text
from reader.ui.widgets.card_painting import english_plural

NO_MATCHES = QT_TRANSLATE_NOOP("FindBar", "No matches")
# Tinting thousands of one-letter matches would slow every repaint for no use.
MAX_TINTED = 2000
MATCH_ALPHA = 70


class FindBar(QWidget):
    """The field, the count, Previous, Next and Close, in one row under the text."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Find in article"))
        self.view: ReaderView | None = None
        self.text = ""
        self.matches: list[tuple[int, int]] = []
        self.current = -1

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setAccessibleDescription(
            self.tr("Enter goes to the next match, Shift+Enter to the previous, Escape closes")
        )
        self.field.setClearButtonEnabled(True)
        # Room for a word or two beside its clear button; the count keeps its own place.
        self.field.setMinimumWidth(self.field.fontMetrics().averageCharWidth() * 16)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._query_changed)
        layout.addWidget(self.field)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Matches"))
        layout.addWidget(self.count_label)
        layout.insertSpacing(layout.indexOf(self.count_label), 4)
        self.previous_button = self._button(
            "↑", self.tr("Previous match"), self.tr("Previous match (Shift+Enter, Shift+F3)")
        )
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = self._button(
            "↓", self.tr("Next match"), self.tr("Next match (Enter, F3)")
        )
        self.next_button.clicked.connect(self.find_next)
        layout.addStretch(1)
        self.close_button = self._button("×", self.tr("Close the find bar"), self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close_bar)
        for button in (self.next_button, self.previous_button):  # shown: ↑ ↓
            layout.insertWidget(layout.indexOf(self.count_label) + 1, button)
        layout.addWidget(self.close_button)
        self._update_count()

    def _button(self, symbol: str, name: str, tip: str) -> QToolButton:
        # The symbol alone says nothing to a screen reader: the name says what it does.
        button = QToolButton()
        button.setText(symbol)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    def count_text(self, current: int, total: int) -> str:
        """What the bar says: "3 of 12", "12 matches" before one is chosen, or "No matches"."""
        if total == 0:
            return QCoreApplication.translate("FindBar", NO_MATCHES)
        if current < 0:
            return english_plural(self.tr("%n match(es)", "", total), total)
        return self.tr("{current} of {total}").format(current=current + 1, total=total)

    # -- target --------------------------------------------------------------------------
    def set_target(self, view: ReaderView | None, reading_text: str | None = None) -> None:
        """Search in ``view``, which shows ``reading_text`` (its own text when None).

        Call again whenever the view shows another article (or the original text).
        """
        if self.view is not None and self.view is not view:
            self.view.setExtraSelections([])
        self.view = view
        if view is None:
            self.text = ""
        elif reading_text is None:
            self.text = qt_visible_text(view.document().toRawText())
        else:
            self.text = reading_text
        self.current = -1
        self._refresh_matches()
        self._paint_matches()

    # -- opening and closing -------------------------------------------------------------
    def open_bar(self) -> None:
        """Ctrl+F: show the bar with the field ready; a selection in the view is the query."""
        selected = self._view_selection()
        if selected and "\n" not in selected and len(selected) <= 200:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._paint_matches()

    def close_bar(self) -> None:
        """Esc: hide the bar and its tints; the current match stays selected in the view."""
        self.hide()
        if self.view is not None:
            self.view.setExtraSelections([])
            self.view.setFocus()
        self.closed.emit()

    def show_match_for(self, query: str) -> None:
        """Open the bar at the first place ``query`` stands in the article (from search).

        Library search matches every word anywhere in an article; when the words do not
        stand together in its text, the bar finds the longest one that does.
        """
        candidates = [query.strip(), *sorted(set(query.split()), key=len, reverse=True)]
        chosen = next((c for c in candidates if c and find_in_text(self.text, c)), query.strip())
        self.field.blockSignals(True)
        self.field.setText(chosen)
        self.field.blockSignals(False)
        self.show()
        self._refresh_matches()
        self._paint_matches()
        if self.matches:
            self._go(0, scroll=False)
            # After the view has restored the article's saved place (show_html defers it
            # to the event loop), or the reader would be carried away from the match.
            QTimer.singleShot(0, self._scroll_to_current)

    # -- moving ------------------------------------------------------------------------
    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            # F3 from the text after the bar was closed: it comes back, tints and all.
            self.show()
            self._paint_matches()
        if not self.matches:
            return
        if self.current < 0:
            self._go(self._first_from_view() if step > 0 else len(self.matches) - 1)
        else:
            self._go((self.current + step) % len(self.matches))  # wraps at either end

    def _go(self, index: int, scroll: bool = True) -> None:
        self.current = index
        self._update_count()
        view = self.view
        if view is None:
            return
        start, end = self.matches[index]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(start))
        cursor.setPosition(view.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        if scroll:
            self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        view = self.view
        if view is None or not 0 <= self.current < len(self.matches):
            return
        start = self.matches[self.current][0]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(start))
        rect = view.cursorRect(cursor)
        height = view.viewport().height()
        # A match near an edge is brought to a third of the way down, with its context.
        if rect.top() < height * 0.1 or rect.bottom() > height * 0.85:
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    def _first_from_view(self) -> int:
        """The first match at or after the top of the view: find goes on from where one reads."""
        view = self.view
        if view is None or view.verticalScrollBar().value() == 0:
            return 0
        # From the start of the first block in view: a heading's middle is not its start.
        block = view.cursorForPosition(QPoint(0, 0)).block()
        top = view.positions.from_qt(block.position())
        return next((n for n, (start, _end) in enumerate(self.matches) if start >= top), 0)

    # -- matching ------------------------------------------------------------------------
    def _query_changed(self, _text: str) -> None:
        previous = self.matches[self.current][0] if 0 <= self.current < len(self.matches) else None
        self._refresh_matches()
        self._paint_matches()
        if not self.matches:
            return
        # Find as you type: stay at the match being extended, else go on from the view.
        if previous is not None:
            index = next((n for n, (s, _e) in enumerate(self.matches) if s >= previous), 0)
        else:
            index = self._first_from_view()
        self._go(index)

    def _refresh_matches(self) -> None:
        self.matches = find_in_text(self.text, self.field.text()) if self.text else []
        self.current = -1
        self._update_count()

    def _update_count(self) -> None:
        query = self.field.text().strip()
        self.count_label.setText(self.count_text(self.current, len(self.matches)) if query else "")
        found = bool(self.matches)
        self.previous_button.setEnabled(found)
        self.next_button.setEnabled(found)

    def _paint_matches(self) -> None:
        view = self.view
        if view is None:
            return
        if not self.isVisible():
            view.setExtraSelections([])
            return
        colour = QColor(
            view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        )
        colour.setAlpha(MATCH_ALPHA)
        tint = QTextCharFormat()
        tint.setBackground(colour)
        selections = []
        for start, end in self.matches[:MAX_TINTED]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.positions.to_qt(start))
            cursor.setPosition(view.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = tint
            selections.append(selection)
        view.setExtraSelections(selections)

    def _view_selection(self) -> str:
        if self.view is None:
            return ""
        return self.view.textCursor().selectedText().replace("\u2029", "\n")

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                self.find_previous() if shift else self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
