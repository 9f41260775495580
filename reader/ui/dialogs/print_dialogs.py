"""File → Print Handout… and Export as PDF…: the printer and file dialogs around the handout.

The handout itself (its document, pages and PDF) is drawn by reader.printing.handout_pdf,
which the command line uses too; this module only asks the user where it should go.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from reader.core.errors import UserError
from reader.printing.handout_pdf import (
    default_page_size,
    handout_document,
    page_layout,
    print_document,
    write_pdf,
)
from reader.printing.mark_paint import MarkColor
from reader.ui.lifetime import modal
from reader.ui.translation import error_text


def _ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(default_page_size()))
    # The dialog keeps a pointer to the printer: it goes first, however it was answered.
    with modal(QPrintDialog(printer, parent)) as dialog:
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Handout"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    return printer


def _ask_pdf_path(parent: QWidget, title: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, QCoreApplication.translate("Printing", "Export as PDF"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("Printing", "PDF documents (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(str(Path(folder or Path.home()) / f"{_file_stem(title)}.pdf"))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def _file_stem(title: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in title)
    return " ".join(stem.split())[:80].strip(" .") or QCoreApplication.translate(
        "Printing", "Handout"
    )


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def print_with_dialog(
    parent: QWidget, markdown: str, title: str, colors: Sequence[MarkColor] = ()
) -> bool:
    """File → Print…: ask for a printer, then print the handout; True once printed."""
    printer = _ask_printer(parent)
    if printer is None:
        return False
    try:
        with _busy():
            print_document(handout_document(markdown, title, colors), printer, title)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Printing", "Cannot print"), error_text(error)
        )
        return False
    return True


def save_pdf_with_dialog(
    parent: QWidget, markdown: str, title: str, colors: Sequence[MarkColor] = ()
) -> Path | None:
    """File → Export as PDF…: ask where (the dialog confirms an overwrite), then write.

    Returns the file written, or None when the user cancelled or it could not be written
    (the user was told why).
    """
    path = _ask_pdf_path(parent, title)
    if path is None:
        return None
    try:
        from reader.store.library_files import refuse_library_files

        refuse_library_files(path)
        with _busy():
            write_pdf(markdown, title, path, default_page_size(), colors)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Printing", "Cannot export"), error_text(error)
        )
        return None
    return path
