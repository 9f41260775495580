"""The progress chart: reviews a day, cards coming due, and what is remembered per concept.

Painted with QPainter in the window's palette, so it follows the theme (light, sepia,
dark) with no charting library. Its words are also its accessible description: a
screen reader hears the same figures the bars show.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.store.study_stats import StudyStats
from reader.ui.widgets.card_painting import english_plural

CHART_HEIGHT = 120
ROW_HEIGHT = 26
MARGIN = 16


def mix(ink: QColor, paper: QColor, share: float) -> QColor:
    """``share`` of ``ink`` over ``paper``: a muted ink that stays readable (the disabled
    text colour of a light palette is too faint for labels a student must read)."""
    return QColor(
        round(ink.red() * share + paper.red() * (1 - share)),
        round(ink.green() * share + paper.green() * (1 - share)),
        round(ink.blue() * share + paper.blue() * (1 - share)),
    )


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def concept_line(name: str, share: float, reviews: int) -> str:
    """How one concept is doing: "Détente: 92% remembered (25 reviews)"."""
    translate = QCoreApplication.translate
    remembered = translate("ProgressChart", "{name}: {percent} remembered")
    counted = translate("ProgressChart", "(%n review(s))", "", reviews)
    return (
        f"{remembered.format(name=name, percent=percent(share))} {english_plural(counted, reviews)}"
    )


class ProgressChart(QWidget):
    """Two bar charts and a bar per concept, from ``StudyStats``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: StudyStats | None = None
        self.setAccessibleName(self.tr("Progress"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_stats(self, stats: StudyStats) -> None:
        self.stats = stats
        self.setAccessibleDescription("\n".join(self.summary_lines()))
        self.updateGeometry()
        self.update()

    def summary_lines(self) -> list[str]:
        stats = self.stats
        if stats is None:
            return []
        done, due = stats.reviews_today, stats.due_by_day[0][1]
        lines = [
            english_plural(self.tr("%n review(s) today", "", done), done),
            english_plural(self.tr("%n card(s) due today", "", due), due),
        ]
        if stats.retention is not None:
            lines.append(self._overall())
        lines += [concept_line(c.name, c.share, c.reviews) for c in stats.concepts]
        return lines

    def _overall(self) -> str:
        assert self.stats is not None and self.stats.retention is not None
        count = self.stats.recalled_reviews
        words = self.tr(
            "Across the library: {percent} of %n review(s) after days away remembered", "", count
        )
        return english_plural(words, count).format(percent=percent(self.stats.retention))

    def sizeHint(self) -> QSize:
        rows = len(self.stats.concepts) if self.stats else 0
        line = QFontMetrics(self.font()).height()
        height = 2 * (CHART_HEIGHT + 3 * line) + (rows + 3) * ROW_HEIGHT + 2 * MARGIN
        return QSize(560, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        stats = self.stats
        if stats is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = mix(text, palette.color(QPalette.ColorRole.Window), 0.62)
        done = palette.color(QPalette.ColorRole.Highlight)
        # The same hue, lighter: what is still to come, beside what was done.
        coming = QColor(done)
        coming.setAlpha(140)
        line = QFontMetrics(self.font()).height()
        width = float(self.width() - 2 * MARGIN)
        top = float(MARGIN)
        top = self._bars(
            painter,
            QRectF(MARGIN, top, width, CHART_HEIGHT),
            self.tr("Reviews per day, last 30 days"),
            stats.reviews_by_day,
            done,
            (text, muted),
            today_last=True,
        )
        top = self._bars(
            painter,
            QRectF(MARGIN, top + line, width, CHART_HEIGHT),
            self.tr("Cards due, next 30 days"),
            stats.due_by_day,
            coming,
            (text, muted),
            today_last=False,
        )
        self._retention(painter, top + line, width, (text, muted, done))
        painter.end()

    def _title(self, painter: QPainter, x: float, y: float, words: str, colour: QColor) -> float:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        metrics = QFontMetrics(font)
        painter.drawText(QRectF(x, y, self.width() - x, metrics.height()), words)
        painter.setFont(self.font())
        return y + metrics.height() + 4

    def _bars(
        self,
        painter: QPainter,
        area: QRectF,
        title: str,
        days: tuple[tuple[date, int], ...],
        colour: QColor,
        ink: tuple[QColor, QColor],
        today_last: bool,
    ) -> float:
        text, muted = ink
        top = self._title(painter, area.left(), area.top(), title, text)
        metrics = QFontMetrics(self.font())
        highest = max((n for _d, n in days), default=0)
        scale_width = metrics.horizontalAdvance(QLocale().toString(max(highest, 1))) + 6
        chart = QRectF(area.left() + scale_width, top, area.width() - scale_width, area.height())
        painter.setPen(muted)
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        painter.drawText(
            QRectF(area.left(), chart.top() - metrics.ascent() / 2, scale_width - 6, 20),
            Qt.AlignmentFlag.AlignRight,
            QLocale().toString(highest),
        )
        slot = chart.width() / max(1, len(days))
        for index, (_day_of, count) in enumerate(days):
            if not count or not highest:
                continue
            height = max(2.0, chart.height() * count / highest)
            bar = QRectF(
                chart.left() + index * slot + slot * 0.15,
                chart.bottom() - height,
                slot * 0.7,
                height,
            )
            painter.fillRect(bar, colour)
        painter.setPen(muted)
        labels = QRectF(chart.left(), chart.bottom() + 2, chart.width(), metrics.height())
        first, last = days[0][0], days[-1][0]
        painter.drawText(
            labels,
            Qt.AlignmentFlag.AlignLeft,
            _day(first) if today_last else self.tr("Today"),
        )
        painter.drawText(
            labels,
            Qt.AlignmentFlag.AlignRight,
            self.tr("Today") if today_last else _day(last),
        )
        return labels.bottom() + 4

    def _retention(
        self, painter: QPainter, top: float, width: float, ink: tuple[QColor, QColor, QColor]
    ) -> None:
        assert self.stats is not None
        text, muted, bar_colour = ink
        y = self._title(
            painter,
            MARGIN,
            top,
            self.tr("What you remember"),
            text,
        )
        metrics = QFontMetrics(self.font())
        painter.setPen(muted)
        if self.stats.retention is None:
            painter.drawText(
                QRectF(MARGIN, y, width, ROW_HEIGHT * 2),
                Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate(
                    "ProgressChart",
                    "No card has come back after a day yet: what you remember shows here "
                    "once reviews span days.",
                ),
            )
            return
        painter.setPen(text)
        painter.drawText(QRectF(MARGIN, y, width, ROW_HEIGHT), self._overall())
        y += ROW_HEIGHT
        track = QColor(muted)
        track.setAlpha(60)
        bar_width = min(160.0, width / 3)
        for concept in self.stats.concepts:
            bar = QRectF(MARGIN, y + (ROW_HEIGHT - 10) / 2, bar_width, 10)
            painter.fillRect(bar, track)
            painter.fillRect(
                QRectF(bar.left(), bar.top(), bar.width() * concept.share, bar.height()),
                bar_colour,
            )
            painter.setPen(text)
            painter.drawText(
                QRectF(bar.right() + 10, y, width - bar_width - 10, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    concept_line(concept.name, concept.share, concept.reviews),
                    Qt.TextElideMode.ElideRight,
                    int(width - bar_width - 10),
                ),
            )
            y += ROW_HEIGHT
