"""Printing handouts and exporting them as PDF: the article, its highlights, its notes.

A handout is Markdown (reader.store.exports.handout_markdown) in which highlighted
passages are marked ``==like this==`` and notes are footnotes. It is rendered with a copy
of the app's Markdown parser that also knows marks, each painted in its highlight's shade,
then laid out page by page with the title in a running header and "Page N of M" below.

The same code serves the printer (File → Print…), the PDF file (File → Export as PDF…)
and the command line (``marginalia export --format pdf``), which runs without a display.
"""

from __future__ import annotations

import copy
import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QLineF,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from reader.core.atomic_write import write_bytes_atomic
from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.mark_rule import mark_plugin
from reader.core.exporting.wording import Translate
from reader.core.highlight_colors import DEFAULT_COLOR, INK, shade_hex
from reader.core.highlight_record import HighlightData
from reader.core.layout_bounds import bound_layout
from reader.core.rendering import ReadingStyle, parser, reading_stylesheet, tighten
from reader.core.themes import READING_FONTS
from reader.printing import mark_paint
from reader.printing.mark_paint import MarkColor, color_at, mark_paints, visible_text

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 20.0
BODY_FONT_PT = 11.0
HEADER_FONT_PT = 8.5
HEADER_FONTS = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif"]
# Part of the handout: in the language of its other words (translate, in print_document).
FOOTER = QT_TRANSLATE_NOOP("Printing", "Page {page} of {count}")
RULE_COLOR = QColor("#9a9a9a")
HEADER_COLOR = QColor("#555555")

PRINT_STYLE = ReadingStyle(
    font_size_pt=BODY_FONT_PT,
    text_color="#111111",
    muted_color="#555555",
    link_color="#1a4f8f",
    rule_color="#b0b0b0",
)


# -- ==marks== ----------------------------------------------------------------------------
# Qt's rich text knows no <mark>, but paints a span's background-color. Inside a mark each
# piece of text is its own span, in the colour of the characters it holds (mark_paint.py):
# one mark can show two overlapping highlights.


def _mark_span(color: str, body: str) -> str:
    return f'<span style="background-color:{shade_hex(color)}; color:{INK}">{body}</span>'


def _render_mark_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    paints: Sequence[MarkColor] = env.get("mark_colors", ())
    index = env.get("mark_index", 0)
    env["mark_index"] = index + 1
    env["mark_paint"] = paints[index] if index < len(paints) else DEFAULT_COLOR
    env["mark_position"] = 0  # visible characters of the mark painted so far
    return ""


def _render_mark_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    env.pop("mark_paint", None)
    return ""


def _painted(rule: Callable[..., str]) -> Callable[..., str]:
    """``rule`` for an inline token, its output painted while inside a mark: text run by
    run of colour, anything else (code, an image's label) whole, in its first colour."""

    def render(
        self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        shown = rule(self, tokens, idx, options, env)
        paint: MarkColor | None = env.get("mark_paint")
        if paint is None:
            return shown
        token, position = tokens[idx], env["mark_position"]
        visible = visible_text(token)
        env["mark_position"] = position + sum(1 for c in visible if not c.isspace())
        if token.type != "text":
            return _mark_span(color_at(paint, position), shown)
        pieces: list[tuple[str, list[str]]] = []
        for char in visible:
            colour = color_at(paint, position)
            if not char.isspace():
                position += 1
            if pieces and pieces[-1][0] == colour:
                pieces[-1][1].append(char)
            else:
                pieces.append((colour, [char]))
        return "".join(_mark_span(c, escapeHtml("".join(chars))) for c, chars in pieces)

    return render


def _render_nothing(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return ""


@lru_cache(maxsize=1)
def _handout_parser() -> MarkdownIt:
    """The app's parser (reader.core.rendering.parser) copied, with marks added.

    Its rules and render rules are copied rather than restated, so the handout always
    renders an article exactly as the reading view does; the app's parser is untouched.
    """
    source = parser()
    md = MarkdownIt("commonmark", options_update=dict(source.options))
    md.core.ruler = copy.deepcopy(source.core.ruler)
    md.block.ruler = copy.deepcopy(source.block.ruler)
    md.inline.ruler = copy.deepcopy(source.inline.ruler)
    md.inline.ruler2 = copy.deepcopy(source.inline.ruler2)
    renderer = source.renderer
    assert isinstance(renderer, RendererHTML)
    for name, rule in renderer.rules.items():
        md.add_render_rule(name, getattr(rule, "__func__", rule))  # rebound to this one
    md.use(mark_plugin)  # mark_open / mark_close tokens, rendered here as shaded spans
    md.add_render_rule("mark_open", _render_mark_open)
    md.add_render_rule("mark_close", _render_mark_close)
    handout = md.renderer
    assert isinstance(handout, RendererHTML)
    for name in ("text", "softbreak", "hardbreak", "code_inline", "image"):
        rule = handout.rules.get(name) or getattr(RendererHTML, name)
        md.add_render_rule(name, _painted(getattr(rule, "__func__", rule)))
    # On paper a link back from the note to its reference is of no use.
    md.add_render_rule("footnote_anchor", _render_nothing)
    return md


def mark_texts(markdown: str) -> list[str]:
    """The text inside each ``==mark==`` of a handout, in order."""
    return mark_paint.mark_texts(_handout_parser(), markdown)


def mark_colors(markdown: str, highlights: Sequence[HighlightData]) -> list[MarkColor]:
    """How each mark of the handout is painted: in the colours of the highlights whose
    characters it shows (reader/printing/mark_paint.py)."""
    return mark_paints(mark_texts(without_front_matter(markdown)), highlights)


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.DOTALL)


def without_front_matter(markdown: str) -> str:
    """The handout without its YAML front matter: metadata for Markdown tools, which on
    paper would read as a heading (the title is in the running header instead)."""
    return _FRONT_MATTER.sub("", markdown, count=1)


def handout_html(markdown: str, colors: Sequence[MarkColor] = ()) -> str:
    """The HTML body of a handout; the n-th mark is painted in ``colors[n]`` (else yellow)."""
    env: EnvType = {"mark_colors": list(colors), "mark_index": 0}
    return tighten(_handout_parser().render(without_front_matter(markdown), env))


def print_stylesheet() -> str:
    """The reading stylesheet at print sizes; margins come from the page layout."""
    return reading_stylesheet(PRINT_STYLE) + (
        "a { text-decoration: none; }\nli.footnote-item { font-size: 9.5pt; }\n"
    )


def handout_document(markdown: str, title: str, colors: Sequence[MarkColor] = ()) -> QTextDocument:
    """A QTextDocument of the handout, ready for print_document()."""
    document = QTextDocument()
    font = QFont()
    font.setFamilies(READING_FONTS)
    font.setPointSizeF(BODY_FONT_PT)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(print_stylesheet())
    document.setDocumentMargin(0)
    # Long runs and paragraphs get invisible breaks, or their layout takes minutes.
    document.setHtml(bound_layout(handout_html(markdown, colors)))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


# -- pages ------------------------------------------------------------------------------


def page_layout(page_size: str = "A4") -> QPageLayout:
    """Portrait ``page_size`` ("A4" or "Letter", any case) with 20 mm margins."""
    for name, size_id in PAGE_SIZES.items():
        if name.lower() == page_size.strip().lower():
            return QPageLayout(
                QPageSize(size_id),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
    raise UserError(
        QT_TRANSLATE_NOOP("Errors", "Unknown page size {size}; choose one of: {sizes}."),
        size=repr(page_size),
        sizes=", ".join(PAGE_SIZES),
    )


def print_document(
    document: QTextDocument,
    printer: QPrinter | QPdfWriter,
    title: str,
    translate: Translate = QCoreApplication.translate,
) -> None:
    """Paint ``document`` page by page, with ``title`` above and "Page N of M" below
    (in ``translate``'s language: the interface's unless an export chose another).

    The document is laid out at the width of the page's content area (its margins are the
    page layout's); ``document`` itself is left as it was.
    """
    resolution = printer.resolution()
    layout = printer.pageLayout()
    if layout.mode() == QPageLayout.Mode.FullPageMode:
        # The painter's origin is the paper's corner and the margins are ours to keep.
        margins = QMarginsF(layout.marginsPixels(resolution))
        content = QRectF(layout.fullRectPixels(resolution)).marginsRemoved(margins)
    else:
        paint = layout.paintRectPixels(resolution)  # the origin is its top left corner
        content = QRectF(0, 0, paint.width(), paint.height())

    pages = document.clone()
    pages.documentLayout().setPaintDevice(printer)
    pages.setPageSize(QSizeF(content.width(), content.height()))
    keep_headings_with_next(pages)
    count = pages.pageCount()

    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The printer could not be started."))
    try:
        for index in range(count):
            if index and not printer.newPage():
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "The printer could not start a new page.")
                )
            view = QRectF(0, index * content.height(), content.width(), content.height())
            painter.save()
            painter.translate(content.left(), content.top() - view.top())
            _draw_page(pages, painter, view)
            painter.restore()
            footer = translate("Printing", FOOTER)
            _draw_margins(
                painter, content, resolution, title, footer.format(page=index + 1, count=count)
            )
    finally:
        painter.end()


def keep_headings_with_next(document: QTextDocument) -> None:
    """Move each heading that would end a page to the next one, with what it heads.

    Qt's rich text knows no "keep with next": a heading whose following block starts on
    the next page gets a page break before it, and the pages are laid out again, until
    none is left alone (a heading over a heading moves with it on the next round).
    """
    height = document.pageSize().height()
    if height <= 0:
        return
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return int(y // height)

    for _round in range(document.blockCount()):
        moved = False
        block = document.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid():
                top = layout.blockBoundingRect(block).top()
                lines = following.layout()
                first = lines.lineAt(0) if lines.lineCount() else None
                start = layout.blockBoundingRect(following).top()
                end = start + (first.y() + first.height() if first is not None else 0)
                breaks = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                already = block.blockFormat().pageBreakPolicy() & breaks
                if page_of(end - 0.5) > page_of(top) and not already:
                    form = block.blockFormat()
                    form.setPageBreakPolicy(breaks)
                    QTextCursor(block).setBlockFormat(form)
                    moved = True
            block = following
        if not moved:
            return


def _draw_page(document: QTextDocument, painter: QPainter, view: QRectF) -> None:
    # document.drawContents(painter, view), with the rule colour for <hr>: Qt draws a rule
    # in the palette's inactive window-text colour, which would otherwise be black.
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = view
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, RULE_COLOR)
    context.palette = palette
    painter.save()
    painter.setClipRect(view)
    document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_margins(
    painter: QPainter, content: QRectF, resolution: int, title: str, footer_text: str
) -> None:
    """The running header (title over a thin rule) and the footer (page number)."""

    def mm(value: float) -> float:
        return value * resolution / 25.4

    font = QFont()
    font.setFamilies(HEADER_FONTS)
    font.setPointSizeF(HEADER_FONT_PT)
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    painter.setPen(HEADER_COLOR)

    rule_y = content.top() - mm(4)
    text_height = metrics.height()
    header = QRectF(content.left(), rule_y - mm(1.2) - text_height, content.width(), text_height)
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, header.width())
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, elided)
    painter.setPen(QPen(RULE_COLOR, mm(0.2)))
    painter.drawLine(QLineF(content.left(), rule_y, content.right(), rule_y))

    painter.setPen(HEADER_COLOR)
    footer = QRectF(content.left(), content.bottom() + mm(6), content.width(), text_height)
    painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter, footer_text)
    painter.restore()


# -- PDF files --------------------------------------------------------------------------

_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("A QCoreApplication is running; printing needs a QGuiApplication.")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["marginalia"])
    return _application


def pdf_bytes(
    markdown: str,
    title: str,
    page_size: str = "A4",
    colors: Sequence[MarkColor] = (),
    translate: Translate = QCoreApplication.translate,
) -> bytes:
    """The handout as the bytes of a PDF file."""
    layout = page_layout(page_size)
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("Marginalia")
    print_document(handout_document(markdown, title, colors), writer, title, translate)
    del writer  # the PDF's trailer is written when the painter ends; nothing is left
    return bytes(buffer.data().data())


def write_pdf(
    markdown: str,
    title: str,
    path: Path,
    page_size: str = "A4",
    colors: Sequence[MarkColor] = (),
    translate: Translate = QCoreApplication.translate,
) -> None:
    """Write the handout to ``path`` as a PDF: whole, or not at all.

    The PDF is made in memory, then written to a temporary file in the same folder that
    replaces ``path`` in one step; a failure is a UserError naming ``path``.
    """
    write_bytes_atomic(Path(path), pdf_bytes(markdown, title, page_size, colors, translate))


def article_handout(
    article_id: int, translate: Translate = QCoreApplication.translate
) -> tuple[str, str, list[MarkColor]]:
    """What an article's PDF is printed from: its handout (its own words in
    ``translate``'s language), its title, and the colours of the handout's marks."""
    from reader.store.article_text import require_article
    from reader.store.highlights import list_highlights

    article = require_article(article_id)
    # Imported by name: reader.store.exports is written alongside this module.
    from reader.store import exports

    handout_markdown: Callable[..., str] = exports.handout_markdown
    markdown = handout_markdown(article_id, translate=translate)
    return markdown, article.title, mark_colors(markdown, list_highlights(article_id))


def export_pdf(
    article_id: int,
    path: Path,
    page_size: str = "A4",
    translate: Translate = QCoreApplication.translate,
) -> None:
    """The handout of an article of the open library as a PDF file; its own words (the
    glossary, "Page 1 of 3") in the interface language, or as ``translate`` gives them
    (the command line's --language, the Export dialog's Language)."""
    page_layout(page_size)  # a bad size fails before any work
    markdown, title, colors = article_handout(article_id, translate)
    write_pdf(markdown, title, path, page_size, colors, translate)


def default_page_size() -> str:
    """Letter where the system's measurement system is US customary, A4 elsewhere."""
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


__all__ = [
    "PAGE_SIZES",
    "article_handout",
    "default_page_size",
    "ensure_gui_application",
    "export_pdf",
    "handout_document",
    "handout_html",
    "page_layout",
    "pdf_bytes",
    "print_document",
    "print_stylesheet",
    "write_pdf",
]
