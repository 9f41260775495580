"""Printed and PDF handouts: highlights in colour, notes, a running header, page numbers.

The PDF checks read the files back with poppler-utils (pdfinfo, pdftoppm, pdftotext), as a
reader's viewer would. Without poppler the PDF tests are skipped on a workstation; in CI
(where .ci/run installs it) a missing tool is a failure, never a silent skip.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from reader.core.cleaning import clean_text
from reader.core.errors import UserError
from reader.core.highlight_colors import HIGHLIGHT_SHADES
from reader.core.rendering import markdown_to_html
from reader.printing import handout_pdf as printing
from reader.printing.handout_pdf import (
    handout_document,
    handout_html,
    page_layout,
    pdf_bytes,
    print_document,
    write_pdf,
)
from reader.ui.dialogs import print_dialogs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TITLE = "Kerja Sama Bilateral: handout"
COLORS = ["yellow", "green", "blue", "pink", "purple", "yellow"]
YELLOW = QColor(HIGHLIGHT_SHADES["yellow"])  # #fde68a


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} (Debian's poppler-utils) is needed to check PDFs in CI")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def run(*args: str | Path | int) -> str:
    return subprocess.run(
        [str(a) for a in args], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def handout() -> str:
    """A seed article as a handout: some passages marked, two notes as footnotes."""
    markdown = clean_text((SEEDS / "003_bd7e4c161318903d.txt").read_text("utf-8")).markdown
    paragraphs = markdown.split("\n\n")
    marked = 0
    for index, paragraph in enumerate(paragraphs):
        if marked == len(COLORS) or len(paragraph) < 120 or not paragraph[0].isalpha():
            continue
        words = paragraph.split(" ")
        paragraph = " ".join([*words[:3], "==" + " ".join(words[3:12]) + "==", *words[12:]])
        if marked < 2:
            paragraph += f"[^{marked + 1}]"
        paragraphs[index] = paragraph
        marked += 1
    assert marked == len(COLORS)
    notes = (
        "[^1]: Ask the class what this means for a small country.\n\n"
        "[^2]: Compare with the example in last week's reading.\n"
    )
    return "\n\n".join(paragraphs) + "\n\n" + notes


def pdf_info(path: Path) -> dict[str, str]:
    lines = run(tool("pdfinfo"), path).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def page_text(path: Path, page: int) -> str:
    text = run(tool("pdftotext"), "-f", page, "-l", page, "-layout", path, "-")
    return " ".join(text.split())


def shade_pixels(image: QImage, color: QColor, tolerance: int = 14) -> int:
    target = (color.red(), color.green(), color.blue())
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            here = (pixel.red(), pixel.green(), pixel.blue())
            if all(abs(a - b) <= tolerance for a, b in zip(here, target, strict=True)):
                found += 1
    return found


def first_page_png(path: Path, folder: Path) -> QImage:
    run(tool("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", path, folder / "page")
    (png,) = folder.glob("page*.png")
    image = QImage(str(png))
    assert not image.isNull()
    return image


def backgrounds(document: QTextDocument) -> list[tuple[str, str]]:
    """(text, background colour) of every shaded run of the document, in order."""
    found: list[tuple[str, str]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            brush = fragment.charFormat().background()
            if brush.style().value != 0:  # Qt.NoBrush
                found.append((fragment.text(), brush.color().name()))
            iterator += 1
        block = block.next()
    return found


# -- the document ----------------------------------------------------------------------


def test_each_mark_is_painted_in_its_highlight_colour(qtbot: QtBot):
    document = handout_document(
        "A ==first== and ==**second** one== and ==third==.", "T", ["green", "pink"]
    )
    assert backgrounds(document) == [
        ("first", HIGHLIGHT_SHADES["green"]),
        ("second", HIGHLIGHT_SHADES["pink"]),
        (" one", HIGHLIGHT_SHADES["pink"]),
        ("third", HIGHLIGHT_SHADES["yellow"]),  # more marks than colours: yellow
    ]
    assert document.toPlainText() == "A first and second one and third."


def test_equals_signs_in_code_or_alone_are_not_marks():
    body = handout_html("`a == b` and x == y and ==z==")
    assert "<code>a == b</code>" in body
    assert "x == y" in body
    assert body.count("background-color") == 1


def test_the_handout_renders_an_article_as_the_reading_view_does():
    sample = (
        "# Title\n\nSome *text* with `code`, a [link](https://example.org) and "
        "![a map](map.png).\n\n- one\n- two\n\n> quoted\n\n```python\nx = 1\n```\n\n"
        "| a | b |\n|---|---|\n| 1 | ~~2~~ |\n"
    )
    assert handout_html(sample) == markdown_to_html(sample)


def test_the_apps_own_parser_is_left_without_marks():
    handout_html("==x==")
    assert "==x==" in markdown_to_html("==x==")


def test_notes_print_without_a_back_link():
    body = handout_html("Claim.[^1]\n\n[^1]: A teacher's note.\n")
    assert "A teacher's note." in body
    assert "footnote-backref" not in body and "\u21a9" not in body


def test_the_document_uses_a_serif_at_print_size(qtbot: QtBot):
    document = handout_document("Text.", "T")
    assert document.defaultFont().pointSizeF() == pytest.approx(printing.BODY_FONT_PT)
    assert document.defaultFont().families()[0] in {"Noto Serif", "DejaVu Serif"}
    assert document.documentMargin() == 0
    assert document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == "T"


# -- PDF files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_size", "points"), [("A4", (595, 842)), ("Letter", (612, 792)), ("letter", (612, 792))]
)
def test_a_handout_pdf_has_pages_colour_header_and_footer(
    qtbot: QtBot, tmp_path: Path, page_size: str, points: tuple[int, int]
):
    path = tmp_path / "handout.pdf"
    write_pdf(handout(), TITLE, path, page_size, COLORS)

    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 20_000
    info = pdf_info(path)
    size = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
    assert size is not None
    assert (round(float(size[1])), round(float(size[2]))) == points
    pages = int(info["Pages"])
    assert pages >= 2
    assert info["Title"] == TITLE

    first = page_text(path, 1)
    assert TITLE in first
    assert f"page 1 of {pages}" in first.lower()
    assert f"page {pages} of {pages}" in page_text(path, pages).lower()
    assert "Ask the class what this means" in page_text(path, pages)

    image = first_page_png(path, tmp_path)
    assert shade_pixels(image, YELLOW) > 150, "the yellow highlight did not reach the PDF"
    assert shade_pixels(image, QColor(HIGHLIGHT_SHADES["green"])) > 150


def test_a_pdf_replaces_an_existing_file_whole(qtbot: QtBot, tmp_path: Path):
    path = tmp_path / "handout.pdf"
    path.write_text("an older handout")
    write_pdf("# Short\n\nOne ==page==.", "Short", path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]


@pytest.mark.parametrize("where", ["missing folder", "a folder", "under a file"])
def test_an_unwritable_path_is_a_user_error_and_leaves_nothing(
    qtbot: QtBot, tmp_path: Path, where: str
):
    (tmp_path / "taken").mkdir()
    (tmp_path / "plain.txt").write_text("x")
    path = {
        "missing folder": tmp_path / "nowhere" / "handout.pdf",
        "a folder": tmp_path / "taken",
        "under a file": tmp_path / "plain.txt" / "handout.pdf",
    }[where]
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(UserError) as caught:
        write_pdf("# T\n\nText.", "T", path)
    assert str(path) in str(caught.value)
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("size", ["A5", "legal", ""])
def test_an_unknown_page_size_is_a_user_error(qtbot: QtBot, tmp_path: Path, size: str):
    path = tmp_path / "handout.pdf"
    with pytest.raises(UserError, match="A4, Letter"):
        write_pdf("# T", "T", path, size)
    assert not path.exists()


def test_the_header_shortens_a_long_title_to_fit(qtbot: QtBot, tmp_path: Path):
    title = "A very long title " * 12
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes("# T\n\nText.", title))
    header = page_text(path, 1)
    assert "A very long title" in header and "…" in header
    assert "page 1 of 1" in header.lower()


def test_pdf_export_runs_without_a_display(tmp_path: Path):
    """The CLI runs headless: no display, no platform chosen, no QApplication yet."""
    path = tmp_path / "headless.pdf"
    script = (
        "import sys; from pathlib import Path; from reader.printing.handout_pdf import write_pdf; "
        "write_pdf('# Headless\\n\\nA ==mark==.', 'Headless', Path(sys.argv[1]), 'Letter')"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    subprocess.run(
        [sys.executable, "-c", script, str(path)],
        check=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert path.read_bytes().startswith(b"%PDF-")
    assert "Headless" in page_text(path, 1)


# -- export_pdf (the command line's entry) -------------------------------------------------


def test_export_pdf_prints_the_articles_handout_in_its_colours(
    qtbot: QtBot, library: Path, tmp_path: Path
):
    from reader.store.articles import import_file
    from reader.store.highlights import create_highlight, find_quote

    article = import_file(SEEDS / "002_bd535fe2fb284044.txt")
    start, end = find_quote(article.article_id, "pertama kali muncul pada era Perang Dingin")
    create_highlight(article.article_id, start, end, color="green")
    start, end = find_quote(article.article_id, "kerjasama di berbagai bidang", occurrence=1)
    create_highlight(article.article_id, start, end, color="yellow")

    path = tmp_path / "article.pdf"
    printing.export_pdf(article.article_id, path, "Letter")
    assert article.title.split()[0] in page_text(path, 1)
    assert "612 x 792" in pdf_info(path)["Page size"]
    image = first_page_png(path, tmp_path)
    assert shade_pixels(image, QColor(HIGHLIGHT_SHADES["green"])) > 50
    assert shade_pixels(image, YELLOW) > 50


def test_export_pdf_of_a_missing_article_or_bad_size_is_a_user_error(
    qtbot: QtBot, library: Path, tmp_path: Path
):
    with pytest.raises(UserError, match="no article with id 999"):
        printing.export_pdf(999, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="page size"):
        printing.export_pdf(999, tmp_path / "x.pdf", "A3")
    assert list(tmp_path.glob("*.pdf")) == []


# -- the File menu's dialogs -----------------------------------------------------------------


def pdf_printer(path: Path, full_page: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(page_layout("A4"))
    printer.setFullPage(full_page)
    return printer


@pytest.mark.parametrize("full_page", [False, True])
def test_print_with_dialog_prints_to_the_chosen_printer(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_page: bool
):
    path = tmp_path / "printed.pdf"
    printer = pdf_printer(path, full_page)
    monkeypatch.setattr(print_dialogs, "_ask_printer", lambda parent: printer)
    assert print_dialogs.print_with_dialog(None, handout(), TITLE, COLORS)  # type: ignore[arg-type]
    pages = int(pdf_info(path)["Pages"])
    assert pages >= 2
    assert f"page 1 of {pages}" in page_text(path, 1).lower()
    image = first_page_png(path, tmp_path)
    assert shade_pixels(image, YELLOW) > 150
    # The margins hold with a full-page printer too: nothing is drawn in the outer 12 mm.
    edge = round(12 / 25.4 * 60)
    for x in (*range(edge), *range(image.width() - edge, image.width())):
        for y in range(0, image.height(), 3):
            assert image.pixelColor(x, y).lightness() > 240, (x, y)


def test_print_with_dialog_does_nothing_when_cancelled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(print_dialogs, "_ask_printer", lambda parent: None)
    monkeypatch.setattr(print_dialogs, "print_document", lambda *a: pytest.fail("printed"))
    assert not print_dialogs.print_with_dialog(None, "# T", "T", [])  # type: ignore[arg-type]


def test_save_pdf_with_dialog_writes_where_the_user_chose(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "chosen.pdf"
    monkeypatch.setattr(print_dialogs, "_ask_pdf_path", lambda parent, title: path)
    written = print_dialogs.save_pdf_with_dialog(None, "# T\n\n==x==", "T", ["blue"])  # type: ignore[arg-type]
    assert written == path
    assert path.read_bytes().startswith(b"%PDF-")


def test_save_pdf_with_dialog_explains_a_failure(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "missing" / "chosen.pdf"
    warnings: list[str] = []

    class Box:
        @staticmethod
        def warning(parent: object, title: str, text: str) -> None:
            warnings.append(text)

    monkeypatch.setattr(print_dialogs, "_ask_pdf_path", lambda parent, title: path)
    monkeypatch.setattr(print_dialogs, "QMessageBox", Box)
    assert print_dialogs.save_pdf_with_dialog(None, "# T", "T", []) is None  # type: ignore[arg-type]
    assert len(warnings) == 1 and str(path) in warnings[0]


def test_the_save_dialog_suggests_a_pdf_named_after_the_article(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QDialog, QFileDialog

    seen: list[QFileDialog] = []

    def fake_exec(self: QFileDialog) -> int:
        seen.append(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    assert print_dialogs._ask_pdf_path(None, 'Notes: "War" / Peace?') is None  # type: ignore[arg-type]
    (dialog,) = seen
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "pdf"
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert Path(dialog.selectedFiles()[0]).name == "Notes War Peace.pdf"


def test_print_document_leaves_the_document_as_it_was(qtbot: QtBot):
    document = handout_document(handout(), TITLE, COLORS)
    width = document.textWidth()
    layout_device = document.documentLayout().paintDevice()
    print_document(document, pdf_printer_in_memory(), TITLE)
    assert document.textWidth() == width
    assert document.documentLayout().paintDevice() is layout_device


def pdf_printer_in_memory() -> QPdfWriter:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout("A4"))
    writer._buffer = buffer  # type: ignore[attr-defined]  # keep it alive with the writer
    return writer


def test_marks_print_in_their_own_highlights_colours(data_dir: Path, seeds_dir: Path):
    from reader.printing.handout_pdf import mark_colors
    from reader.store import articles, highlights
    from reader.store.database import close_library, open_library
    from reader.store.exports import handout_markdown

    db = open_library(data_dir)
    try:
        articles.offer_bundled_articles(seeds_dir)
        article = next(s for s in articles.list_articles() if s.title.startswith("Apa Itu"))

        def mark(quote: str, colour: str) -> None:
            start, end = highlights.find_quote(article.id, quote, occurrence=1)
            highlights.create_highlight(article.id, start, end, color=colour)

        mark("pertama kali muncul pada era", "green")
        mark("era Perang Dingin", "blue")  # overlaps the green one: one merged mark
        mark("meredakan ketegangan yang ada", "pink")
        markdown = handout_markdown(article.id)
        # The merged mark is green, then blue from "era" (shared: the shorter passage's).
        blue_from = len("pertamakalimunculpada")  # visible characters, spaces aside
        assert mark_colors(markdown, highlights.list_highlights(article.id)) == [
            ((0, "green"), (blue_from, "blue")),
            ((0, "pink"),),
        ]
    finally:
        close_library(db)


def test_front_matter_is_not_printed_as_a_heading(qtbot: QtBot):
    markdown = '---\ntitle: "Judul"\nsource: "urn:x"\n---\n\n# Judul\n\nIsi ==penting== di sini.\n'
    html = printing.handout_html(markdown)
    assert "urn:x" not in html and "source:" not in html
    assert "<h1>Judul</h1>" in html
    # Without front matter, nothing is taken away.
    assert printing.without_front_matter("# A\n\n---\n\nB\n") == "# A\n\n---\n\nB\n"


def test_a_note_of_one_endless_line_is_laid_out_in_bounded_blocks(qtbot: QtBot):
    """A 1 MB note took 63 s to print: the same limits as the reading view apply."""
    from reader.core.layout_bounds import BLOCK_LIMIT, RUN_LIMIT

    endless = "".join(chr(0x61 + (i * 7) % 26) for i in range(2 * BLOCK_LIMIT))
    markdown = f"# Judul\n\nTeks ==disorot==[^1].\n\n[^1]: {endless}\n"
    document = handout_document(markdown, "Judul")
    block = document.begin()
    longest = 0
    while block.isValid():
        longest = max(longest, block.length())
        block = block.next()
    assert longest <= BLOCK_LIMIT + RUN_LIMIT
    assert endless[:5000] in document.toPlainText().replace("\u200b", "").replace("\n", "")


# -- every highlight in its own colour, read back from the PDF -----------------------------


def pdf_words(path: Path) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    """(page, word, box in points) of every word of the PDF, in reading order."""
    xml = run(tool("pdftotext"), "-bbox", path, "-")
    found = []
    for page, body in enumerate(re.split(r"<page ", xml)[1:], start=1):
        for x1, y1, x2, y2, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            body,
        ):
            found.append((page, html.unescape(word), (float(x1), float(y1), float(x2), float(y2))))
    return found


def shade_under(image: QImage, box: tuple[float, float, float, float], dpi: int) -> str | None:
    """The highlight shade most of the word's box is painted in (None: no shade)."""
    scale = dpi / 72
    x1, y1, x2, y2 = (round(v * scale) for v in box)
    counts = dict.fromkeys(HIGHLIGHT_SHADES, 0)
    for y in range(y1, y2):
        for x in range(x1, x2):
            pixel = image.pixelColor(x, y)
            for name, shade in HIGHLIGHT_SHADES.items():
                target = QColor(shade)
                if all(
                    abs(a - b) <= 6
                    for a, b in zip(
                        (pixel.red(), pixel.green(), pixel.blue()),
                        (target.red(), target.green(), target.blue()),
                        strict=True,
                    )
                ):
                    counts[name] += 1
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] > (x2 - x1) * (y2 - y1) * 0.2 else None


def test_every_highlight_prints_in_its_own_colour_wrapped_and_overlapping(
    qtbot: QtBot, library: Path, tmp_path: Path
):
    """The welcome article is hard-wrapped: passages cross line breaks of its source."""
    from reader.store import articles, highlights
    from reader.store.location import bundled_path

    source = bundled_path("resources") / "welcome" / "welcome.en.md"
    article = articles.import_file(source).article_id
    chosen = [
        ("mark what matters, write what you think, and gather ideas", "green"),  # wraps
        ("Active reading means talking back to a text.", "yellow"),
        ("A reader who marks the key sentence of a paragraph remembers more", "blue"),
        ("paragraph remembers more than one who simply reads it twice.", "pink"),  # overlaps
        ("pick one from the small toolbar above it, or right-click.", "purple"),  # in a list
        ("Write a thought; it is saved as you type.", "green"),
    ]
    for quote, colour in chosen:
        start, end = highlights.find_quote(article, quote)
        highlights.create_highlight(article, start, end, color=colour)
    path = tmp_path / "welcome.pdf"
    printing.export_pdf(article, path, "A4")

    dpi = 100
    run(tool("pdftoppm"), "-png", "-r", dpi, path, tmp_path / "page")
    images = {
        int(re.search(r"(\d+)\.png$", p.name)[1]): QImage(str(p))  # type: ignore[index]
        for p in tmp_path.glob("page*.png")
    }
    words = pdf_words(path)
    plain = [re.sub(r"\W", "", w).casefold() for _page, w, _box in words]
    stored = highlights.list_highlights(article)
    checked = 0
    for item in stored:
        wanted = [re.sub(r"\W", "", w).casefold() for w in item.exact.split()]
        at = next(
            i for i in range(len(plain)) if plain[i : i + len(wanted)] == wanted
        )  # the passage's words in the PDF
        for offset, word in enumerate(re.finditer(r"\S+", item.exact)):
            first, last = item.start + word.start(), item.start + word.end()
            # A word two highlights share may show either colour.
            overlapped = [
                other
                for other in stored
                if other.id != item.id and other.start < last and first < other.end
            ]
            page, text, box = words[at + offset]
            shade = shade_under(images[page], box, dpi)
            if overlapped:
                assert shade in {item.color, *(o.color for o in overlapped)}, text
                continue
            assert shade == item.color, f"“{text}” of “{item.exact}” printed {shade}"
            checked += 1
    assert checked > 30


# -- headings stay with what follows them -----------------------------------------------


def sections(seed: int) -> tuple[str, list[str]]:
    """A handout of many sections of different lengths, ending in a glossary; its headings."""
    words = [
        "kerja",
        "sama",
        "bilateral",
        "antarnegara",
        "membangun",
        "kepercayaan",
        "melalui",
        "dialog",
    ]
    parts, headings = ["# Judul"], []
    for number in range(1, 19):
        heading = f"Bagian {number}"
        headings.append(heading)
        length = 25 + (number * 37 + seed * 53) % 140
        body = " ".join(words[(i + number) % len(words)] for i in range(length))
        parts += [f"## {heading}", body.capitalize() + "."]
    headings.append("Glossary")
    parts += ["## Glossary", "**Détente** #detente: *no definition yet*"]
    return "\n\n".join(parts) + "\n", headings


@pytest.mark.parametrize("seed", range(6))
def test_a_heading_is_never_the_last_line_of_a_page(qtbot: QtBot, tmp_path: Path, seed: int):
    markdown, headings = sections(seed)
    path = tmp_path / "sections.pdf"
    write_pdf(markdown, "Sections", path)
    pages = int(pdf_info(path)["Pages"])
    assert pages >= 3
    for page in range(1, pages + 1):
        text = run(tool("pdftotext"), "-f", page, "-l", page, "-layout", path, "-")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        body = [line for line in lines if not re.fullmatch(r"Page \d+ of \d+", line)]
        assert body[-1] not in headings, f"page {page} ends with the heading “{body[-1]}”"
