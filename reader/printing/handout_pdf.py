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
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from reader.core.atomic_write import write_bytes_atomic
from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.mark_rule import mark_plugin
from reader.core.highlight_colors import DEFAULT_COLOR, INK, shade_hex
from reader.core.highlight_record import HighlightData
from reader.core.layout_bounds import bound_layout
from reader.core.rendering import ReadingStyle, parser, reading_stylesheet, tighten
from reader.core.themes import READING_FONTS

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 20.0
BODY_FONT_PT = 11.0
HEADER_FONT_PT = 8.5
HEADER_FONTS = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif"]
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


def _render_mark_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # Qt's rich text knows no <mark>, but paints a span's background-color.
    colors: Sequence[str] = env.get("mark_colors", ())
    index = env.get("mark_index", 0)
    env["mark_index"] = index + 1
    color = colors[index] if index < len(colors) else DEFAULT_COLOR
    return f'<span style="background-color:{shade_hex(color)}; color:{INK}">'


def _render_mark_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return "</span>"


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
    # On paper a link back from the note to its reference is of no use.
    md.add_render_rule("footnote_anchor", _render_nothing)
    return md


def mark_texts(markdown: str) -> list[str]:
    """The text inside each ``==mark==`` of a handout, in order."""
    found: list[str] = []
    for block in _handout_parser().parse(markdown):
        inside: list[str] | None = None
        for token in block.children or []:
            if token.type == "mark_open":
                inside = []
            elif token.type == "mark_close" and inside is not None:
                found.append("".join(inside))
                inside = None
            elif inside is not None:
                inside.append(token.content)
    return found


def mark_colors(markdown: str, highlights: Sequence[HighlightData]) -> list[str]:
    """The colour of each mark: that of the first highlight (in reading order) it belongs to.

    The handout merges overlapping highlights into one mark and splits a passage that
    spans blocks into one mark a block, so marks cannot be paired with highlights by
    position; a mark belongs to the highlight whose quote contains it, or is contained in
    it, searching forward from the previous mark's highlight.
    """

    def squashed(text: str) -> str:
        return " ".join(text.split()).casefold()

    placed = [h for h in highlights if h.placed]
    colors: list[str] = []
    at = 0
    for text in mark_texts(markdown):
        mark = squashed(text)
        for index in range(at, len(placed)):
            quote = squashed(placed[index].exact)
            if mark and (mark in quote or quote in mark):
                colors.append(placed[index].color)
                at = index
                break
        else:
            colors.append(DEFAULT_COLOR)
    return colors


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.DOTALL)


def without_front_matter(markdown: str) -> str:
    """The handout without its YAML front matter: metadata for Markdown tools, which on
    paper would read as a heading (the title is in the running header instead)."""
    return _FRONT_MATTER.sub("", markdown, count=1)


def handout_html(markdown: str, colors: Sequence[str] = ()) -> str:
    """The HTML body of a handout; the n-th mark is painted in ``colors[n]`` (else yellow)."""
    env: EnvType = {"mark_colors": list(colors), "mark_index": 0}
    return tighten(_handout_parser().render(without_front_matter(markdown), env))


def print_stylesheet() -> str:
    """The reading stylesheet at print sizes; margins come from the page layout."""
    return reading_stylesheet(PRINT_STYLE) + (
        "a { text-decoration: none; }\nli.footnote-item { font-size: 9.5pt; }\n"
    )


def handout_document(markdown: str, title: str, colors: Sequence[str] = ()) -> QTextDocument:
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


def print_document(document: QTextDocument, printer: QPrinter | QPdfWriter, title: str) -> None:
    """Paint ``document`` page by page, with ``title`` above and "Page N of M" below.

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
            _draw_margins(painter, content, resolution, title, index + 1, count)
    finally:
        painter.end()


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
    painter: QPainter, content: QRectF, resolution: int, title: str, page: int, count: int
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
    # Part of the handout, so in the language the interface speaks (English from the CLI).
    number = QCoreApplication.translate("Printing", "Page {page} of {count}")
    painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter, number.format(page=page, count=count))
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
    markdown: str, title: str, page_size: str = "A4", colors: Sequence[str] = ()
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
    print_document(handout_document(markdown, title, colors), writer, title)
    del writer  # the PDF's trailer is written when the painter ends; nothing is left
    return bytes(buffer.data().data())


def write_pdf(
    markdown: str,
    title: str,
    path: Path,
    page_size: str = "A4",
    colors: Sequence[str] = (),
) -> None:
    """Write the handout to ``path`` as a PDF: whole, or not at all.

    The PDF is made in memory, then written to a temporary file in the same folder that
    replaces ``path`` in one step; a failure is a UserError naming ``path``.
    """
    write_bytes_atomic(Path(path), pdf_bytes(markdown, title, page_size, colors))


def export_pdf(
    article_id: int,
    path: Path,
    page_size: str = "A4",
    translate: Callable[[str, str], str] = QCoreApplication.translate,
) -> None:
    """The handout of an article of the open library as a PDF file; its own words (the
    glossary...) in the interface language, or as ``translate`` gives them (the CLI)."""
    from reader.store.article_text import require_article
    from reader.store.highlights import list_highlights

    page_layout(page_size)  # a bad size fails before any work
    article = require_article(article_id)
    # Imported by name: reader.store.exports is written alongside this module.
    from reader.store import exports

    handout_markdown: Callable[..., str] = exports.handout_markdown
    markdown = handout_markdown(article_id, translate=translate)
    # The handout marks placed highlights in reading order, which is this list's order.
    colors = mark_colors(markdown, list_highlights(article_id))
    write_pdf(markdown, article.title, path, page_size, colors)


def default_page_size() -> str:
    """Letter where the system's measurement system is US customary, A4 elsewhere."""
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


__all__ = [
    "PAGE_SIZES",
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
