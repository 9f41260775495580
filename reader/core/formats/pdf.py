"""PDF articles with a text layer: clean, reflowed Markdown that remembers its pages.

The stages, each in its own module: :mod:`pdf_text` reads positioned lines page by page
(reporting progress, stopping on cancel); :mod:`pdf_furniture` finds running headers,
footers and page numbers; :mod:`pdf_columns` puts each page's lines in reading order;
:mod:`pdf_blocks` makes paragraphs, headings, lists and footnotes; :mod:`hyphenation`
joins words broken at line ends. This module runs them and writes the Markdown, the
original text (every line, page by page, for Show Original) and the page map: where in
the Markdown each page's text begins, so a highlight can cite its page.

A PDF without text (a scan) is refused with a plain message; so are encrypted, damaged
and absurdly long ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.cleaning import RemovedLine
from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError
from reader.core.formats.hyphenation import Vocabulary, join_lines
from reader.core.formats.metadata import plausible_title
from reader.core.formats.pdf_blocks import (
    NOTE_START,
    Block,
    assign_levels,
    body_size,
    build_blocks,
    take_title,
)
from reader.core.formats.pdf_columns import (
    PlacedLine,
    page_gutters,
    reading_order,
    usual_gutters,
)
from reader.core.formats.pdf_furniture import find_furniture
from reader.core.formats.pdf_text import NOTE_CLOSE, NOTE_OPEN, PageText, read_page
from reader.core.formats.progress import NO_PROGRESS, ImportProgress
from reader.core.page_map import PageStart

# A book of 2,000 pages is a long one; 10,000 is a file meant to stall the importer.
MAX_PAGES = 2_000
# As much text as the largest text file Marginalia imports (MAX_FILE_BYTES).
MAX_TEXT_CHARS = 20_000_000
_NOTE_MARK = re.compile(f"{NOTE_OPEN}([^{NOTE_CLOSE}]*){NOTE_CLOSE}")
_ESCAPE_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_BLOCK_START = re.compile(r"^(#{1,6}\s|[-+*]\s|\d{1,9}[.)]\s|>|=+\s*$|-{3,}\s*$)")
_LIST_MARKER = re.compile(
    r"^(?:[•◦▪▫●○■□►▸‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8–—*-]|\d{1,2}[.)]|[a-z][.)])\s+"
)


@dataclass
class PdfArticle:
    title: str
    markdown: str
    original: str
    removed: list[RemovedLine] = field(default_factory=list)
    pages: list[PageStart] = field(default_factory=list)


def _open(data: bytes, path: Path):  # type: ignore[no-untyped-def]
    import pypdfium2  # type: ignore[import-untyped,unused-ignore]

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:  # FPDF_ERR_PASSWORD
            raise DocumentError(
                path, QT_TRANSLATE_NOOP("Errors", "the PDF is protected by a password")
            ) from None
        if code == 6:  # FPDF_ERR_SECURITY
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP("Errors", "the PDF is encrypted in a way that cannot be read"),
            ) from None
        raise _damaged(path) from None


def _escape(text: str, block_start: bool = True) -> str:
    """``text`` as Markdown that shows exactly these characters.

    At the start of a block (``block_start``), what Markdown would read as a heading, a
    list or a quote is escaped too; after a heading's ``## `` it is only text.
    """
    text = _ESCAPE_INLINE.sub(r"\\\1", text)
    if not block_start:
        return text
    return _BLOCK_START.sub(lambda m: "\\" + m.group(0), text)


def _page_label(document: object, index: int, printed: dict[int, str]) -> str:
    if index in printed:
        return printed[index]
    try:
        label = document.get_page_label(index)  # type: ignore[attr-defined]
    except Exception:  # labels are optional and sometimes malformed
        label = ""
    return str(label).strip() or str(index + 1)


class _Writer:
    """Writes blocks as Markdown, keeping the page map as it goes."""

    def __init__(self, vocabulary: Vocabulary, labels: dict[int, str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pages: list[PageStart] = []
        self.vocabulary = vocabulary
        self.labels = labels
        self.notes: dict[tuple[int, str], Block] = {}
        self.note_order: list[Block] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def mark_page(self, page: int) -> None:
        if not self.pages or self.pages[-1].page != page + 1:
            self.pages.append(
                PageStart(self.length, page + 1, self.labels.get(page, str(page + 1)))
            )

    def note_reference(self, page: int, number: str) -> str:
        for candidate in (page, page + 1, page - 1):
            note = self.notes.get((candidate, number))
            if note is not None and note not in self.note_order:
                self.note_order.append(note)
                return f"[^{len(self.note_order)}]"
        return number  # a raised number without a note: an exponent, say

    def block_text(
        self, lines: list[PlacedLine], strip_marker: bool = False
    ) -> list[tuple[str, int]]:
        """The block's text in pieces, each with the page it comes from."""
        text = ""
        starts = [(0, lines[0].line.page)]  # (offset in text, page)
        for index, placed in enumerate(lines):
            line = placed.line.text
            if index == 0 and strip_marker:
                line = _LIST_MARKER.sub("", line, count=1)
            joined = join_lines(text, line, self.vocabulary)
            if placed.line.page != starts[-1][1]:
                # The new page begins where the text grew: after the space, or inside a
                # word joined across the page break.
                common = len(text)
                while common and joined[:common] != text[:common]:
                    common -= 1
                if joined[common : common + 1] == " ":
                    common += 1
                starts.append((common, placed.line.page))
            text = joined
        ends = [offset for offset, _page in starts[1:]] + [len(text)]
        return [(text[offset:end], page) for (offset, page), end in zip(starts, ends, strict=True)]

    def inline(self, text: str, page: int, block_start: bool) -> str:
        escaped = _escape(text, block_start)
        return _NOTE_MARK.sub(lambda m: self.note_reference(page, m.group(1)), escaped)

    def paragraph(self, prefix: str, pieces: list[tuple[str, int]]) -> None:
        self.write(prefix)
        for index, (text, page) in enumerate(pieces):
            self.mark_page(page)
            self.write(
                self.inline(text, page, block_start=index == 0 and not prefix.startswith("#"))
            )


def _original_text(
    pages: list[PageText],
    order: dict[int, list[PlacedLine]],
    hidden: dict[int, str],
    labels: dict[int, str],
) -> tuple[str, list[RemovedLine]]:
    """Every line of every page, in reading order, and which of them are hidden and why."""
    out: list[str] = []
    removed: list[RemovedLine] = []
    for page in pages:
        out.append(f"— page {labels.get(page.number, str(page.number + 1))} —")
        furniture = [line for line in page.lines if id(line) in hidden]
        top = [line for line in furniture if line.top < page.height / 2]
        bottom = [line for line in furniture if line.top >= page.height / 2]
        for line in top:
            out.append(line.text)
            removed.append(RemovedLine(len(out), line.text, hidden[id(line)]))
        out += [
            p.line.text.replace(NOTE_OPEN, "").replace(NOTE_CLOSE, "") for p in order[page.number]
        ]
        for line in bottom:
            out.append(line.text)
            removed.append(RemovedLine(len(out), line.text, hidden[id(line)]))
    return "\n".join(out) + "\n", removed


def _damaged(path: Path) -> DocumentError:
    return DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the PDF is damaged and cannot be read"))


def _read_pages(document: object, path: Path, progress: ImportProgress) -> list[PageText]:
    import pypdfium2

    count = len(document)  # type: ignore[arg-type]
    pages: list[PageText] = []
    chars = 0
    unreadable = 0
    for number in range(count):
        progress.step(number, count)
        try:
            page = read_page(document, number)
        except pypdfium2.PdfiumError:
            # One broken page is skipped; its neighbours may be fine.
            unreadable += 1
            page = PageText(number, 612.0, 792.0)
        chars += sum(len(line.text) for line in page.lines)
        if chars > MAX_TEXT_CHARS:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the PDF holds more text than Marginalia can show as one article"
                ),
            )
        pages.append(page)
    progress.step(count, count)
    if unreadable == count:
        raise _damaged(path)
    return pages


def _no_text(document: object, path: Path) -> DocumentError:
    from reader.core.formats.pdf_text import page_has_images

    pages = min(len(document), 5)  # type: ignore[arg-type]
    if any(page_has_images(document, n) for n in range(pages)):
        return DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "this PDF has no text layer; it is probably a scan")
        )
    return DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the PDF holds no text"))


def prepare_pdf(data: bytes, path: Path, progress: ImportProgress = NO_PROGRESS) -> PdfArticle:
    """Read a PDF's text layer into an article; DocumentError says why it cannot be."""
    document = _open(data, path)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the PDF has {count} pages; Marginalia imports up to {limit}"
                ),
                count=f"{count:,}",
                limit=f"{MAX_PAGES:,}",
            )
        if count == 0:
            raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the PDF has no pages"))
        pages = _read_pages(document, path, progress)
        if sum(len(line.text.split()) for page in pages for line in page.lines) < 5:
            raise _no_text(document, path)
        metadata_title = plausible_title(str(document.get_metadata_dict().get("Title", "")))
        furniture = find_furniture(pages)
        labels = {n: _page_label(document, n, furniture.labels) for n in range(count)}
    finally:
        document.close()
    hidden = set(furniture.hidden)
    usual = usual_gutters([page_gutters(page, hidden) for page in pages])
    order = {page.number: reading_order(page, hidden, usual) for page in pages}
    body = body_size([p.line for placed in order.values() for p in placed])
    blocks = build_blocks(
        [order[page.number] for page in pages], {p.number: p.height for p in pages}, body
    )
    title = take_title(blocks, body) or metadata_title or path.stem
    assign_levels(blocks, body)
    vocabulary = Vocabulary()
    for placed in order.values():
        previous = ""
        for p in placed:
            vocabulary.add_line(p.line.text, after_hyphen=previous.endswith("-"))
            previous = p.line.text
    writer = _Writer(vocabulary, labels)
    for block in blocks:
        if block.kind == "note":
            writer.notes.setdefault((block.page, block.note_number), block)
    writer.write(f"# {_escape(' '.join(title.split()))}")
    previous_kind = "title"
    for block in blocks:
        if block.kind == "note":
            continue
        list_item = block.kind in ("bullet", "number")
        separator = "\n" if list_item and previous_kind == block.kind else "\n\n"
        writer.write(separator)
        pieces = writer.block_text(block.lines, strip_marker=list_item)
        if block.kind == "heading":
            writer.paragraph("#" * block.level + " ", pieces)
        elif block.kind == "bullet":
            writer.paragraph("- ", pieces)
        elif block.kind == "number":
            writer.paragraph("1. ", pieces)
        else:
            writer.paragraph("", pieces)
        previous_kind = block.kind
    for number, note in enumerate(writer.note_order, start=1):
        writer.write("\n\n")
        pieces = writer.block_text(note.lines)
        first_text, first_page = pieces[0]
        pieces[0] = (NOTE_START.sub("", first_text, count=1), first_page)
        writer.paragraph(f"[^{number}]: ", pieces)
    # Notes never referred to are still text: they follow, as paragraphs.
    for block in blocks:
        if block.kind == "note" and block not in writer.note_order:
            writer.write("\n\n")
            writer.paragraph("", writer.block_text(block.lines))
    writer.write("\n")
    original, removed = _original_text(pages, order, furniture.hidden, labels)
    return PdfArticle(title, "".join(writer.parts), original, removed, writer.pages)
