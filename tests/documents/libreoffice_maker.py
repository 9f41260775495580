"""PDFs as a word processor exports them: LibreOffice, from pandoc's OpenDocument.

An independent check on the PDF reader, whose own test PDFs come from our typesetter:
LibreOffice sets footnotes in its own way (per column, numbers that fill the tab), lays
out two columns, and draws a running header and a "Halaman N" footer. Optional: only
``make bench`` uses it, when ``soffice`` is installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.documents import pandoc_maker
from tests.documents.corpus import StudyText

HEADER = "Jurnal Kajian Asia Tenggara, Vol. 12"


def available() -> bool:
    return shutil.which("soffice") is not None


def write_pdf(text: StudyText, path: Path, columns: int = 2) -> Path:
    """``text`` as LibreOffice exports it to PDF, in ``columns`` columns, at ``path``."""
    odt = pandoc_maker.write_document(text, path.with_suffix(".odt"))
    members = pandoc_maker.members(odt)
    styles = members["styles.xml"].decode()
    styles = styles.replace(
        "<style:footnote-sep ",
        f'<style:columns fo:column-count="{columns}" fo:column-gap="0.25in"/><style:footnote-sep ',
        1,
    )
    styles = styles.replace(
        "<style:header-style />",
        '<style:header-style><style:header-footer-properties fo:min-height="0.3in" '
        'fo:margin-bottom="0.2in"/></style:header-style><style:footer-style>'
        '<style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.2in"/>'
        "</style:footer-style>",
        1,
    )
    # pandoc's page style has a page-number footer; a running header goes above it.
    styles = styles.replace(
        '<style:master-page style:name="Standard" style:page-layout-name="Mpm1">',
        '<style:master-page style:name="Standard" style:page-layout-name="Mpm1">'
        f"<style:header><text:p>{HEADER}</text:p></style:header>",
        1,
    )
    members["styles.xml"] = styles.encode()
    laid_out = pandoc_maker.rezip(members, path.with_suffix(".columns.odt"))
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(path.parent),
            str(laid_out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    laid_out.with_suffix(".pdf").rename(path)
    return path
