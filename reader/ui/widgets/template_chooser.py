"""Choosing a layout file of one's own for Markdown notes (a Jinja2 template, though the
reader is never asked to know the word): one file dialog, one filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

TEMPLATE_KEY = "export/template"  # the library's settings: the template exports use


def choose_template(parent: QWidget | None) -> Path | None:
    """Ask for a template file; None when the reader cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TemplateChooser", "Choose a layout file"),
        str(Path.home()),
        QCoreApplication.translate("TemplateChooser", "Layout files (*.j2 *.md);;All files (*)"),
    )
    return Path(chosen) if chosen else None
