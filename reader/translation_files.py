"""Marginalia's compiled translations (``resources/translations/marginalia_<code>.qm``),
read with Qt's core alone.

The window installs one of them for its interface (reader/ui/translation.py); an export
may want another language's words than the interface speaks: ``marginalia export
--language id`` on the command line, the Language choice of the Export dialog. Both ask
``export_translate`` here, so there is one way to read a language's words, not two. It
needs no display and no widgets: the command line imports it without the window.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QTranslator

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.wording import Translate, english
from reader.store.location import bundled_path

SOURCE_LANGUAGE = "en"  # the texts in the code; its .qm only carries plural forms


def translations_folder() -> Path:
    return bundled_path("resources") / "translations"


def translation_file(language: str) -> Path:
    return translations_folder() / f"marginalia_{language}.qm"


def export_translate(language: str) -> Translate:
    """The words of an export in ``language`` ("en", "id"), read from its compiled
    translation. A missing file is a UserError that says how to build it."""
    if language == SOURCE_LANGUAGE:
        return english
    translator = _translator(translation_file(language))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


@lru_cache(maxsize=8)
def _translator(path: Path) -> QTranslator:
    # Kept for the life of the program: a translation is read once, however many exports.
    translator = QTranslator()
    if not translator.load(str(path)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The translation file {path} is missing or unreadable. "
                "Build it with: make translations",
            ),
            path=path,
        )
    return translator
