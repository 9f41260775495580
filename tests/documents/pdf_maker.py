"""Typeset a known text as a PDF with Qt's PDF writer, the way journals lay out articles.

One or two columns; a title and author across the top of the first page; running headers
that alternate between even and odd pages (journal name, article title); a page number at
the foot of every page; words broken at line ends with a hyphen (and reduplicated words,
"negara-negara", broken at their own hyphen); footnotes at the foot of the column whose
text refers to them, in a smaller font under a short rule; headings larger and bold.

Every line is drawn with QPainter, so the layout — and hence the expected text — is known
exactly. Needs a QGuiApplication (offscreen is enough).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from tests.documents.corpus import Block, StudyText

JOURNAL = "Jurnal Kajian Asia Tenggara, Vol. 12 No. 3"
_VOWELS = set("aeiouAEIOU")


@dataclass(frozen=True)
class PdfStyle:
    columns: int = 2
    running_headers: bool = True
    page_numbers: bool = True
    hyphenate: bool = True
    body_pt: float = 10.0
    family: str = "DejaVu Serif"
    first_page_number: int = 1  # the number printed on the first page (a journal's 345)
    margin_stamp: str = ""  # turned text up the left margin, as download services add


class _Typesetter:
    def __init__(self, path: Path, text: StudyText, style: PdfStyle) -> None:
        self.text = text
        self.style = style
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(288)
        self.writer.setTitle(text.title)
        self.writer.setCreator("Marginalia tests")
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        self.painter = QPainter(self.writer)
        self.dpi = 288
        mm = self.dpi / 25.4
        size = self.writer.pageLayout().fullRectPixels(self.dpi).size()
        self.page_w, self.page_h = float(size.width()), float(size.height())
        self.margin = 20 * mm
        self.gutter = 8 * mm
        self.top = self.margin + 8 * mm  # below the running header
        self.bottom = self.page_h - self.margin - 6 * mm  # above the page number
        width = self.page_w - 2 * self.margin
        self.col_w = (width - (style.columns - 1) * self.gutter) / style.columns
        self.page = 0
        self.column = 0
        self.y = self.top
        self.column_top = self.top
        self.notes_height = 0.0  # footnote space taken at the foot of this column
        self.notes: list[tuple[int, str]] = []  # this column's footnotes
        self.note_number = 0

    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.style.family)
        font.setPointSizeF(pt)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    # -- pages and columns ----------------------------------------------------------
    def start_page(self) -> None:
        if self.page > 0:
            self.writer.newPage()
        self.page += 1
        self.column = 0
        self.y = self.column_top = self.top
        self.notes_height = 0.0
        number = self.page + self.style.first_page_number - 1
        small = self.font(8, italic=True)
        self.painter.setFont(small)
        if self.style.running_headers and self.page > 1:
            header = JOURNAL if self.page % 2 == 0 else self.text.title
            self.painter.drawText(
                QRectF(self.margin, self.margin, self.page_w - 2 * self.margin, 8 * self.dpi / 72),
                0x0084 if self.page % 2 else 0x0081,  # AlignVCenter | AlignRight / AlignLeft
                header,
            )
        if self.style.margin_stamp:
            self.painter.save()
            self.painter.setFont(self.font(7))
            self.painter.translate(self.margin / 2, self.page_h - self.margin)
            self.painter.rotate(-90)
            self.painter.drawText(QPointF(0, 0), self.style.margin_stamp)
            self.painter.restore()
        if self.style.page_numbers:
            self.painter.setFont(self.font(9))
            self.painter.drawText(
                QRectF(0, self.page_h - self.margin, self.page_w, 10 * self.dpi / 72),
                0x0084,  # AlignHCenter | AlignVCenter
                str(number),
            )

    def column_x(self) -> float:
        return self.margin + self.column * (self.col_w + self.gutter)

    def next_column(self) -> None:
        self.flush_notes()
        if self.column + 1 < self.style.columns:
            self.column += 1
            self.y = self.column_top
            self.notes_height = 0.0
        else:
            self.start_page()

    def room(self) -> float:
        return self.bottom - self.notes_height - self.y

    # -- footnotes ------------------------------------------------------------------
    def note_lines(self, number: int, text: str) -> list[str]:
        return self.break_words(f"{number} {text}", self.font(8), self.col_w, hyphenate=False)

    def note_height(self, number: int, text: str) -> float:
        line = self.metrics(self.font(8)).lineSpacing()
        rule = 0 if self.notes else line
        return rule + line * len(self.note_lines(number, text))

    def flush_notes(self) -> None:
        if not self.notes:
            return
        spacing = self.metrics(self.font(8)).lineSpacing()
        lines = [line for n, t in self.notes for line in self.note_lines(n, t)]
        y = self.bottom - spacing * len(lines)
        x = self.column_x()
        self.painter.drawLine(
            QPointF(x, y - spacing * 0.4), QPointF(x + self.col_w / 3, y - spacing * 0.4)
        )
        self.painter.setFont(self.font(8))
        ascent = self.metrics(self.font(8)).ascent()
        for line in lines:
            self.painter.drawText(QPointF(x, y + ascent), line)
            y += spacing
        self.notes = []

    # -- line breaking --------------------------------------------------------------
    def break_words(
        self, text: str, font: QFont, width: float, hyphenate: bool, first_indent: float = 0
    ) -> list[str]:
        metrics = self.metrics(font)
        lines: list[str] = []
        current = ""
        words = text.split()
        i = 0
        while i < len(words):
            word = words[i]
            limit = width - (first_indent if not lines else 0)
            candidate = f"{current} {word}" if current else word
            if metrics.horizontalAdvance(candidate) <= limit:
                current = candidate
                i += 1
                continue
            split = self.split_word(word, current, metrics, limit) if hyphenate else None
            if split is not None:
                head, tail = split
                lines.append(f"{current} {head}" if current else head)
                words[i] = tail
                current = ""
                continue
            if not current:  # a word longer than the line: it stands alone
                lines.append(word)
                i += 1
                continue
            lines.append(current)
            current = ""
        if current:
            lines.append(current)
        return lines

    def split_word(
        self, word: str, current: str, metrics: QFontMetricsF, limit: float
    ) -> tuple[str, str] | None:
        """Break ``word`` so its head (with a hyphen) ends the line; None if it cannot."""
        prefix = f"{current} " if current else ""
        if "-" in word.strip("-"):  # a reduplicated word breaks at its own hyphen
            head, _, tail = word.partition("-")
            if metrics.horizontalAdvance(f"{prefix}{head}-") <= limit and tail:
                return f"{head}-", tail
            return None
        core = word.rstrip(".,;:!?)\"'")
        if len(core) < 7 or not core.isalpha():
            return None
        for cut in range(len(core) - 3, 2, -1):
            # Before a consonant that follows a vowel: "perda-gangan", as syllables break.
            if core[cut - 1] in _VOWELS and core[cut] not in _VOWELS:
                head = word[:cut] + "-"
                if metrics.horizontalAdvance(prefix + head) <= limit:
                    return head, word[cut:]
        return None

    # -- blocks ---------------------------------------------------------------------
    def draw_lines(
        self,
        lines: list[str],
        font: QFont,
        x: float,
        indent_first: float = 0,
        hanging: float = 0,
        marker: str = "",
        note: tuple[int, str] | None = None,
        space_before: float = 0,
        keep_with_next: float = 0,
    ) -> None:
        metrics = self.metrics(font)
        spacing = metrics.lineSpacing()
        if self.y > self.column_top:
            self.y += space_before
        for index, line in enumerate(lines):
            last = index == len(lines) - 1
            need = spacing + (keep_with_next if last else 0)
            extra = self.note_height(*note) if (note and last) else 0
            if self.room() < need + extra:
                self.next_column()
            self.painter.setFont(font)
            baseline = self.y + metrics.ascent()
            left = x + self.column_x()
            if index == 0 and marker:
                self.painter.drawText(QPointF(left, baseline), marker)
            offset = indent_first if index == 0 else 0
            self.painter.drawText(QPointF(left + hanging + offset, baseline), line)
            if note and last:
                self.note_number = note[0]
                sup = QFont(font)
                sup.setPointSizeF(font.pointSizeF() * 0.6)
                end = left + hanging + offset + metrics.horizontalAdvance(line)
                self.painter.setFont(sup)
                self.painter.drawText(
                    QPointF(end + 1, baseline - metrics.ascent() * 0.4), str(note[0])
                )
                self.notes.append(note)
                self.notes_height += extra
            self.y += spacing

    def block(self, block: Block, note_number: int) -> None:
        body = self.font(self.style.body_pt)
        note = (note_number, block.footnote) if block.footnote else None
        em = self.metrics(body).horizontalAdvance("M")
        if block.kind == "heading":
            size = {2: 13.0, 3: 11.5}.get(block.level, 10.5)
            font = self.font(size, bold=True, italic=block.level >= 4)
            lines = self.break_words(block.text, font, self.col_w, hyphenate=False)
            spacing = self.metrics(body).lineSpacing()
            # A heading is never split from itself or from its first lines of text.
            whole = self.metrics(font).lineSpacing() * len(lines) + spacing * 3.5
            if self.room() < whole:
                self.next_column()
            self.draw_lines(
                lines, font, 0, space_before=spacing * 1.2, keep_with_next=spacing * 2, note=note
            )
            self.y += spacing * 0.3
        elif block.kind == "reference":
            hang = em * 2
            first = self.break_words(block.text, body, self.col_w, hyphenate=False)[0]
            rest = block.text[len(first) :].strip()
            lines = [first, *self.break_words(rest, body, self.col_w - hang, hyphenate=False)]
            spacing = self.metrics(body).lineSpacing()
            self.draw_lines(lines[:1], body, 0, space_before=spacing * 0.4)
            if lines[1:]:
                self.draw_lines(lines[1:], body, 0, hanging=hang)
        elif block.kind in ("bullet", "number"):
            hang = em * 1.6
            lines = self.break_words(block.text, body, self.col_w - hang, self.style.hyphenate)
            marker = "•" if block.kind == "bullet" else f"{self.item_number}."
            self.draw_lines(lines, body, 0, hanging=hang, marker=marker, note=note)
        else:
            indent = em * 1.5
            lines = self.break_words(
                block.text, body, self.col_w, self.style.hyphenate, first_indent=indent
            )
            spacing = self.metrics(body).lineSpacing()
            self.draw_lines(
                lines, body, 0, indent_first=indent, note=note, space_before=spacing * 0.5
            )

    def title_block(self) -> None:
        width = self.page_w - 2 * self.margin
        self.column = 0
        for text, font, gap in (
            (self.text.title, self.font(18, bold=True), 0.4),
            (self.text.author, self.font(11, italic=True), 1.5),
        ):
            for line in self.break_words(text, font, width, hyphenate=False):
                metrics = self.metrics(font)
                self.painter.setFont(font)
                self.painter.drawText(QPointF(self.margin, self.y + metrics.ascent()), line)
                self.y += metrics.lineSpacing()
            self.y += self.metrics(font).lineSpacing() * gap
        self.column_top = self.y

    def run(self) -> None:
        self.start_page()
        self.title_block()
        notes = 0
        self.item_number = 0
        for block in self.text.blocks:
            self.item_number = self.item_number + 1 if block.kind == "number" else 0
            if block.footnote:
                notes += 1
            self.block(block, notes)
        self.flush_notes()
        self.painter.end()

    item_number = 0


def write_pdf(path: Path, text: StudyText, style: PdfStyle | None = None) -> Path:
    """Typeset ``text`` into the PDF at ``path``; returns ``path``."""
    _Typesetter(path, text, style or PdfStyle()).run()
    return path


def expected_markdown(text: StudyText) -> str:
    """What importing the PDF should give: the title, the author's line, then the text."""
    body = text.markdown(with_title=False)
    return f"# {text.title}\n\n{text.author}\n\n{body}"


def page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of page images with no text layer, as a scanner makes it."""
    from PySide6.QtGui import QColor, QImage

    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    painter = QPainter(writer)
    for number in range(pages):
        if number:
            writer.newPage()
        image = QImage(400, 560, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        with_text = QPainter(image)
        with_text.setFont(QFont("DejaVu Serif", 12))
        for line in range(20):
            with_text.drawText(30, 40 + line * 24, "Teks hasil pindaian halaman ini")
        with_text.end()
        painter.drawImage(QRectF(20, 20, 400, 560), image)
    painter.end()
    return path
