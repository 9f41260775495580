"""The text layer of a PDF, page by page, as positioned lines (with pypdfium2).

pdfium (Chrome's PDF engine, fuzzed for years against hostile files) opens the document
and gives every character with its box. Characters are grouped here into visual lines:
a new line starts where the text moves to another baseline, goes backwards, or jumps a
gap wider than a couple of letters (the gutter between two columns, a table's cells).
Each line knows its box, its letter height (the loose box height pdfium reports, which
grows with the font size whatever the PDF's scaling) and whether its font is bold. Small
raised digits are footnote references; they are kept in the text between
:data:`NOTE_OPEN` and :data:`NOTE_CLOSE` for the next stage to resolve.

Only one page is open at a time, so memory stays flat however long the document is.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

import pypdfium2  # type: ignore[import-untyped,unused-ignore]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped,unused-ignore]

NOTE_OPEN = "\ue000"
NOTE_CLOSE = "\ue001"
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": "-",  # a soft hyphen the PDF shows is a line-end hyphen
        "\x02": "-",  # pdfium's marks for a hyphen it found at a line end
        "\ufffe": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique|slanted|kursiv", re.IGNORECASE)
_ITALIC_FLAG = 1 << 6  # PDF font descriptor flags: bit 7
_LIGATURE_CHARS = frozenset(
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u00ad\u2010\u2011\x02\ufffe"
)
_SKIPPED_CHARS = frozenset([chr(c) for c in range(32) if c != 2] + ["\x7f", "\uffff"])
MAX_CHARS_PER_PAGE = 200_000  # a page with more is not a page of text


@dataclass(eq=False)
class TextLine:
    """One visual line of a page, in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    height: float  # the letters' loose box height, in points
    size: float = 0.0  # the font size as drawn (the font's size times the text's scale)
    bold: bool = False
    italic: bool = False
    page: int = 0  # 0-based

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class PageText:
    number: int  # 0-based
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class _Char:
    ch: str
    index: int
    x0: float
    x1: float
    bottom: float  # pdf space: y grows upwards
    top: float


class _LineBuilder:
    """Collects characters into a line, knowing the band (bottom to top) its letters fill."""

    __slots__ = ("bottom", "chars", "pending_space", "top")

    def __init__(self) -> None:
        self.chars: list[_Char] = []
        self.pending_space = False
        self.bottom = 0.0
        self.top = 0.0

    def accepts(self, x0: float, bottom: float, top: float) -> bool:
        """Whether a character at ``x0`` spanning ``bottom``..``top`` continues this line."""
        if not self.chars:
            return True
        middle = (bottom + top) / 2
        band_middle = (self.bottom + self.top) / 2
        if not (self.bottom <= middle <= self.top or bottom <= band_middle <= top):
            return False  # another baseline (a raised number followed by text is one line)
        size = max(self.top - self.bottom, 1.0)
        last = self.chars[-1]
        if x0 < last.x0 - size * 0.5:
            return False  # going backwards: the next line, or the next column
        # Wider than a justified line's widest space: a gutter or a table's next cell.
        return x0 - last.x1 <= size

    def add(self, char: _Char) -> None:
        if not self.chars:
            self.bottom, self.top = char.bottom, char.top
        elif char.top - char.bottom >= (self.top - self.bottom) * 0.8:
            # Full-size letters widen the band; a raised footnote number does not.
            self.bottom = min(self.bottom, char.bottom)
            self.top = max(self.top, char.top)
        self.chars.append(char)


_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")


def _one_piece(
    start: tuple[float, float, float, float], end: tuple[float, float, float, float], letters: int
) -> bool:
    """Whether a word's first and last letters stand on one line, as one word would."""
    height = start[3] - start[2]
    return (
        abs(start[2] - end[2]) < height * 0.1
        and abs(start[3] - end[3]) < height * 0.1
        and start[0] <= end[0]
        and end[1] - start[0] < letters * height * 1.5
    )


def _word_char(ch: str) -> bool:
    """A letter of a script that separates words with spaces (not Chinese or Japanese)."""
    return ch.isalpha() and unicodedata.east_asian_width(ch) not in ("W", "F")


def _after(char: _Char) -> tuple[float, float, float, float]:
    return (char.x1, char.x1, char.bottom, char.top)


_MATRIX = pdfium_c.FS_MATRIX()


def _size(textpage: object, index: int) -> float:
    """The size a character is drawn at: its font size scaled by its text matrix.

    The loose box height would do for one font, but fonts differ in ascent and descent;
    the drawn size compares a footnote's font with the text's whatever the fonts.
    """
    if index < 0:
        return 0.0
    size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
    if not pdfium_c.FPDFText_GetMatrix(textpage, index, _MATRIX):
        return size
    m = _MATRIX
    scale: float = abs(float(m.a) * float(m.d) - float(m.b) * float(m.c)) ** 0.5
    return size * scale


def _font_style(
    textpage: object, index: int, name_buffer: ctypes.Array[ctypes.c_char]
) -> tuple[bool, bool]:
    """(bold, italic) for a character, from its font's name, weight and flags."""
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(textpage, index, name_buffer, 128, ctypes.byref(flags))
    name = name_buffer.value[: max(0, length - 1)].decode("latin-1", "replace")
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    bold = bool(_BOLD_NAME.search(name)) or 600 <= weight <= 1000
    return bold, bool(_ITALIC_NAME.search(name)) or bool(flags.value & _ITALIC_FLAG)


def _finish(
    builder: _LineBuilder, page: PageText, textpage: object, buffer: ctypes.Array[ctypes.c_char]
) -> None:
    chars = builder.chars
    builder.chars = []
    builder.pending_space = False
    builder.bottom = builder.top = 0.0
    letters = [c for c in chars if c.ch != " "]
    if not letters:
        return
    heights = sorted(c.top - c.bottom for c in letters)
    main = heights[len(heights) // 2]
    parts: list[str] = []
    in_note = False
    if heights[0] >= main * 0.8:
        chars_to_check: list[_Char] = []  # nothing smaller than the text: no raised marks
        parts = [c.ch for c in chars]
    else:
        chars_to_check = chars
    bottoms = sorted(c.bottom for c in letters) if chars_to_check else [0.0]
    bottom = bottoms[len(bottoms) // 2]
    for char in chars_to_check:
        raised = (
            char.ch != " "
            and char.top - char.bottom < main * 0.8
            and char.bottom > bottom + main * 0.15
            and (char.ch.isdigit() or char.ch in ("*", "†", "‡", "§"))
        )
        if raised and not in_note:
            parts.append(NOTE_OPEN)
            in_note = True
        elif not raised and in_note:
            parts.append(NOTE_CLOSE)
            in_note = False
        parts.append(char.ch)
    if in_note:
        parts.append(NOTE_CLOSE)
    text = re.sub(r" {2,}", " ", "".join(parts)).strip()
    body = [c for c in letters if c.top - c.bottom >= main * 0.8] or letters
    # The font of two words (the first and the middle one) says whether the line is bold.
    samples = [c for c in (body[0], body[len(body) // 2]) if any(ch.isalnum() for ch in c.ch)]
    styles = [_font_style(textpage, c.index, buffer) for c in samples]
    bold = bool(styles) and all(b for b, _i in styles)
    italic = bool(styles) and all(i for _b, i in styles)
    sizes = [_size(textpage, c.index) for c in samples or body[:1]]
    size = max(sizes) if sizes and max(sizes) > 0 else main / 1.15
    page.lines.append(
        TextLine(
            text=text,
            x0=min(c.x0 for c in body),
            x1=max(c.x1 for c in chars),
            top=page.height - max(c.top for c in body),
            bottom=page.height - min(c.bottom for c in body),
            height=main,
            size=size,
            bold=bold,
            italic=italic,
            page=page.number,
        )
    )


def read_page(document: pypdfium2.PdfDocument, number: int) -> PageText:
    """The lines of page ``number`` (0-based), in the order the PDF draws them."""
    page = document[number]
    try:
        width, height = float(page.get_width()), float(page.get_height())
        result = PageText(number, width, height)
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            if count <= 0 or count > MAX_CHARS_PER_PAGE:
                return result
            text = textpage.get_text_range(0, count)
            raw = textpage.raw
            box = pdfium_c.FS_RECTF()
            box_ref = ctypes.byref(box)
            loose = pdfium_c.FPDFText_GetLooseCharBox
            buffer = ctypes.create_string_buffer(128)
            builder = _LineBuilder()

            def box_of(index: int) -> tuple[float, float, float, float] | None:
                if not loose(raw, index, box_ref) or box.right <= box.left:
                    return None
                return (box.left, box.right, box.bottom, box.top)

            def place(piece: str, index: int, where: tuple[float, float, float, float]) -> None:
                x0, x1, bottom, top = where
                chars = builder.chars
                if not builder.accepts(x0, bottom, top):
                    previous = chars[-1].ch[-1:] if chars else ""
                    if not builder.pending_space and _word_char(previous) and _word_char(piece[0]):
                        # pdfium joins a word hyphenated across lines and drops the hyphen
                        # (sometimes); put it back, so hyphenation.py weighs the join.
                        chars.append(_Char("-", -1, *_after(chars[-1])))
                    _finish(builder, result, raw, buffer)
                elif (
                    chars
                    and chars[-1].ch != " "
                    and (builder.pending_space or x0 - chars[-1].x1 > (top - bottom) * 0.25)
                ):
                    # A space the PDF has, or a gap that is one (some PDFs draw none).
                    last = chars[-1]
                    chars.append(_Char(" ", -1, last.x1, last.x1, last.bottom, last.top))
                builder.pending_space = False
                if not _LIGATURE_CHARS.isdisjoint(piece):
                    piece = piece.translate(_LIGATURES)
                builder.add(_Char(piece, index, x0, x1, bottom, top))

            # Word by word: the boxes of a word's first and last letters place it, unless
            # they disagree (a word pdfium joined across two lines, a raised footnote
            # number) or it holds digits; then letter by letter. Far fewer calls into
            # pdfium than asking for every letter's box.
            for match in _WORD.finditer(text, 0, count):
                first, last = match.start(), match.end() - 1
                word = match.group()
                if builder.chars:
                    builder.pending_space = first > 0 and text[first - 1].isspace()
                angle = pdfium_c.FPDFText_GetCharAngle(raw, first)
                if 0.05 < angle < 6.23:
                    # Turned text — a "Downloaded from …" stamp up the margin, a rotated
                    # table head — is not part of the reading; its letters would make a
                    # line each.
                    continue
                start = box_of(first)
                end = box_of(last) if last > first else start
                if (
                    start is not None
                    and end is not None
                    and _SKIPPED_CHARS.isdisjoint(word)
                    and not _DIGIT.search(word)
                    and _one_piece(start, end, len(word))
                ):
                    place(
                        word,
                        first,
                        (start[0], end[1], min(start[2], end[2]), max(start[3], end[3])),
                    )
                    continue
                for offset, ch in enumerate(word):
                    if ch in _SKIPPED_CHARS:
                        continue
                    where = box_of(first + offset)
                    if where is not None:
                        place(ch, first + offset, where)
            _finish(builder, result, raw, buffer)
        finally:
            textpage.close()
        return result
    finally:
        page.close()


def page_has_images(document: pypdfium2.PdfDocument, number: int) -> bool:
    """Whether the page draws an image (a scanned page is one image and no text)."""
    page = document[number]
    try:
        return any(
            True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1)
        )
    finally:
        page.close()


def iter_pages(document: pypdfium2.PdfDocument) -> Iterator[PageText]:
    for number in range(len(document)):
        yield read_page(document, number)
