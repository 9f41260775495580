"""Other people's rows in the Annotations panel, painted: section headers, a teacher's
notes and the class's passages.

A teacher's note is a card with the teacher's colour down its edge, the teacher's name
where the reader's own cards name their colour, and "read-only" beside it. A class
passage names how many students marked it ("7 of 24 students"), then who, then what
they noted. Both are washed in their colour (card_painting's read-only frame) so they
never pass for the reader's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle

from reader.core.packs.layer_item import LayerItem
from reader.ui.annotations.layer_rows import LayerHeader, LayerRow, PassageRow
from reader.ui.widgets.card_painting import (
    CARD_MARGIN_X,
    CARD_MARGIN_Y,
    CardFontCache,
    CardFonts,
    mix,
    paint_card_frame,
    tag_text,
)
from reader.ui.widgets.highlight_palette import CLASS_COLOR, TEACHER_COLOR
from reader.ui.widgets.text_layout import wrapped_lines

PADDING = 9
BAR = 6
GAP = 5
QUOTE_LINES = 3
NOTE_LINES = 4  # a teacher's note is what the student came for
NAMES_LINES = 2
STUDENT_NOTES = 3  # notes shown on a passage's card; its tooltip and the summary have all
HEADER_LINES = 3


@dataclass(frozen=True)
class _Block:
    """Lines of one part of a card, in one font, and where they start."""

    lines: tuple[str, ...]
    y: float
    kind: str  # "quote", "note", "names", "more"


@dataclass(frozen=True)
class _Layout:
    height: int
    chip: str
    aside: str  # beside the chip: "read-only", or "Not found in the text"
    blocks: tuple[_Block, ...]
    tags: tuple[str, ...]
    tags_y: float


def _share(row: PassageRow) -> float:
    """How much of the class marked the passage; one student's view has no share."""
    return 0.5 if row.student is not None else row.passage.count / max(row.total, 1)


class LayerCardPainter:
    """Sizes and paints layer rows for HighlightCardDelegate, with the same fonts."""

    def __init__(self, fonts: CardFontCache) -> None:
        self._fonts = fonts
        self._cache: dict[tuple[LayerItem | PassageRow, int, str], _Layout] = {}

    def _current(self) -> CardFonts:
        # The delegate hears of a font change first; layouts are keyed by font instead.
        fonts, _changed = self._fonts.current()
        return fonts

    # -- layout ------------------------------------------------------------------------
    def _chip_height(self, fonts: CardFonts) -> float:
        return QFontMetricsF(fonts.chip).height() + 4

    def _layout(self, row: LayerItem | PassageRow, width: int) -> _Layout:
        fonts = self._current()
        key = (row, width, fonts.body.key())
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        content = max(40.0, width - 2 * CARD_MARGIN_X - BAR - 2 * PADDING)
        small = QFontMetricsF(fonts.small).lineSpacing()
        body = QFontMetricsF(fonts.body).lineSpacing()
        y = self._chip_height(fonts) + GAP
        blocks: list[_Block] = []

        def add(text: str, kind: str, max_lines: int, font_line: float) -> None:
            nonlocal y
            font = fonts.body if kind == "quote" else fonts.small
            if kind == "quote" and not placed:
                font = fonts.italic
            lines = wrapped_lines(text, font, content, max_lines)
            if lines:
                blocks.append(_Block(lines, y, kind))
                y += len(lines) * font_line + GAP

        placed = not isinstance(row, LayerItem) or row.placed
        add(row.exact, "quote", QUOTE_LINES, body)
        tags: tuple[str, ...] = ()
        if isinstance(row, LayerItem):
            chip = row.person
            aside = (
                QCoreApplication.translate("AnnotationsPanel", "teacher · read-only")
                if row.placed
                else QCoreApplication.translate("AnnotationsPanel", "Not found in the text")
            )
            add(row.note, "note", NOTE_LINES, small)
            tags = tuple(tag_text(c) for c in row.concepts)
        elif row.student is not None:  # one student's marks: theirs, not a count
            chip, aside = row.student, ""
        else:
            chip = QCoreApplication.translate(
                "AnnotationsPanel", "{count} of {total} students"
            ).format(count=row.passage.count, total=row.total)
            aside = ""
            add(", ".join(row.passage.students), "names", NAMES_LINES, small)
        if isinstance(row, PassageRow) and row.student is not None:
            add(
                "\n".join(note for _student, note in row.passage.notes()), "note", NOTE_LINES, small
            )
        elif isinstance(row, PassageRow):
            notes = row.passage.notes()
            for student, note in notes[:STUDENT_NOTES]:
                add(f"{student}: {' '.join(note.split())}", "note", 1, small)
            if len(notes) > STUDENT_NOTES:
                more = QCoreApplication.translate("AnnotationsPanel", "…and {count} more notes")
                add(more.format(count=len(notes) - STUDENT_NOTES), "more", 1, small)
        tags_y = y
        if tags:
            y += QFontMetricsF(fonts.small).height() + 2 + GAP
        height = round(y - GAP + 2 * PADDING + 2 * CARD_MARGIN_Y)
        layout = _Layout(height, chip, aside, tuple(blocks), tags, tags_y)
        if len(self._cache) > 5_000:
            self._cache.clear()
        self._cache[key] = layout
        return layout

    def _header_lines(self, row: LayerHeader, width: int) -> tuple[str, ...]:
        fonts = self._current()
        return wrapped_lines(
            row.explanation, fonts.small, width - 2 * CARD_MARGIN_X - 4, HEADER_LINES
        )

    def height(self, row: LayerRow, width: int) -> int:
        if isinstance(row, LayerHeader):
            fonts = self._current()
            heading = QFontMetricsF(fonts.small_bold).lineSpacing()
            lines = len(self._header_lines(row, width))
            return round(14 + heading + 2 + lines * QFontMetricsF(fonts.small).lineSpacing() + 6)
        return self._layout(row, width).height

    # -- painting ----------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        row: LayerRow,
    ) -> None:
        if isinstance(row, LayerHeader):
            self._paint_header(painter, rect, palette, row)
        else:
            self._paint_card(painter, rect, palette, state, row)

    def _paint_header(
        self, painter: QPainter, rect: QRectF, palette: QPalette, row: LayerHeader
    ) -> None:
        fonts = self._current()
        # Header rows are disabled (keys skip them), which would grey their text out.
        palette = QPalette(palette)
        palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = QColor(CLASS_COLOR if row.key == "class" else TEACHER_COLOR)
        left = rect.left() + CARD_MARGIN_X + 2
        painter.setPen(QPen(mix(base, accent, 0.6), 2))
        painter.drawLine(
            QPointF(left, rect.top() + 6.5), QPointF(rect.right() - CARD_MARGIN_X, rect.top() + 6.5)
        )
        y = rect.top() + 14
        heading = QFontMetricsF(fonts.small_bold)
        painter.setFont(fonts.small_bold)
        painter.setPen(text)
        painter.drawText(
            QPointF(left, y + heading.ascent()),
            heading.elidedText(
                row.title, Qt.TextElideMode.ElideRight, rect.width() - 2 * CARD_MARGIN_X
            ),
        )
        y += heading.lineSpacing() + 2
        small = QFontMetricsF(fonts.small)
        painter.setFont(fonts.small)
        painter.setPen(mix(text, base, 0.3))
        for line in self._header_lines(row, round(rect.width())):
            painter.drawText(QPointF(left, y + small.ascent()), line)
            y += small.lineSpacing()

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: QStyle.StateFlag,
        row: LayerItem | PassageRow,
    ) -> None:
        fonts = self._current()
        layout = self._layout(row, round(rect.width()))
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = mix(text, base, 0.25)
        accent = QColor(TEACHER_COLOR if isinstance(row, LayerItem) else CLASS_COLOR)
        if isinstance(row, PassageRow):
            # Deeper for a passage more of the class marked, as in the text.
            accent = mix(base, accent, 0.35 + 0.65 * _share(row))
        placed = not isinstance(row, LayerItem) or row.placed
        card = paint_card_frame(
            painter, rect, palette, state, bar=accent, placed=placed, corner=6, bar_width=BAR,
            read_only=True,
        )  # fmt: skip
        left, top = card.left() + BAR + PADDING, card.top() + PADDING

        chip_font = QFontMetricsF(fonts.chip)
        chip_width = min(
            chip_font.horizontalAdvance(layout.chip) + 12, card.width() - BAR - 2 * PADDING
        )
        chip = QRectF(left, top, chip_width, self._chip_height(fonts))
        painter.setPen(QPen(accent, 1))
        painter.setBrush(mix(base, accent, 0.18))
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(fonts.chip)
        painter.setPen(text)
        painter.drawText(
            chip,
            Qt.AlignmentFlag.AlignCenter,
            chip_font.elidedText(layout.chip, Qt.TextElideMode.ElideRight, chip.width() - 8),
        )
        small = QFontMetricsF(fonts.small)
        if layout.aside:
            painter.setFont(fonts.small)
            painter.setPen(muted)
            baseline = chip.center().y() + (small.ascent() - small.descent()) / 2
            painter.drawText(QPointF(chip.right() + 8, baseline), layout.aside)

        for block in layout.blocks:
            font = fonts.small
            if block.kind == "quote":
                font = fonts.body if placed else fonts.italic
            elif block.kind == "more":
                font = fonts.small_italic
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(text if block.kind == "quote" and placed else muted)
            y = top + block.y
            for line in block.lines:
                painter.drawText(QPointF(left, y + metrics.ascent()), line)
                y += metrics.lineSpacing()

        if layout.tags:
            painter.setFont(fonts.small)
            painter.setPen(muted)
            line = "  ".join(layout.tags)
            width = card.right() - PADDING - left
            painter.drawText(
                QPointF(left, top + layout.tags_y + small.ascent()),
                small.elidedText(line, Qt.TextElideMode.ElideRight, width),
            )
