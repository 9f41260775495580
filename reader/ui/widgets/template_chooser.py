"""Choosing a Jinja2 template of one's own for Markdown notes: one file dialog, one filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

TEMPLATE_KEY = "export/template"  # the library's settings: the template exports use


def choose_template(parent: QWidget | None) -> Path | None:
    """Ask for a template file; None when the reader cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TemplateChooser", "Choose a template"),
        str(Path.home()),
        QCoreApplication.translate(
            "TemplateChooser", "Jinja2 templates (*.j2 *.md);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None
