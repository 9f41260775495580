"""The words an export writes around the user's own, in the reader's language.

Titles, headings and labels of the bundled layouts ("Notes: …", "Concepts:", "open in
Marginalia", "Glossary", "no definition yet"…) and colour names are English texts marked
with ``QT_TRANSLATE_NOOP``, so ``pyside6-lupdate`` puts them in the .ts files of
``resources/translations`` with every other text of the app: one place for translations.
Labels use the context ``Export``; colours use ``HighlightColors``, the context in which
the window names them, so a colour reads the same in the app and in its exports.

This module stays free of Qt, as reader/core/errors.py does: a writer gets a
:data:`Translate` callable from its caller. The window passes Qt's own
(``QCoreApplication.translate``), the command line one loaded for ``--language``, and
:func:`english`, the default, keeps the English.

Templates get the translated labels as ``labels`` (``{{ labels.glossary }}``), escaped for
Markdown like every other value, and each highlight's colour in words as ``color_name``.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.errors import QT_TRANSLATE_NOOP
from reader.core.exporting.markdown_text import escape_inline, escape_within_line

# (context, English text) -> the text in the reader's language.
Translate = Callable[[str, str], str]

EXPORT_CONTEXT = "Export"
COLOR_CONTEXT = "HighlightColors"


def english(context: str, text: str) -> str:
    """No translation: the English source text."""
    del context
    return text


# The words of the bundled layouts, by the name templates use. lupdate reads the literal
# context of each call, so it is written out, never as EXPORT_CONTEXT.
LABELS: dict[str, str] = {
    "concepts": QT_TRANSLATE_NOOP("Export", "Concepts:"),
    "open_in_marginalia": QT_TRANSLATE_NOOP("Export", "open in Marginalia"),
    "unplaced": QT_TRANSLATE_NOOP("Export", "(unplaced)"),
    # Before the text now at a highlight's proposed place, in quotes, and a closing ")".
    "needs_look": QT_TRANSLATE_NOOP("Export", "(needs a look: the article changed; perhaps now"),
    # Before the page a passage is on, in a citation: "p. 12".
    "page": QT_TRANSLATE_NOOP("Export", "p."),
    "glossary": QT_TRANSLATE_NOOP("Export", "Glossary"),
    "no_definition": QT_TRANSLATE_NOOP("Export", "no definition yet"),
    "no_definition_sentence": QT_TRANSLATE_NOOP("Export", "No definition yet."),
    "tag": QT_TRANSLATE_NOOP("Export", "Tag:"),
    "not_marked": QT_TRANSLATE_NOOP("Export", "Passages not marked in the text"),
    "untagged": QT_TRANSLATE_NOOP("Export", "Passages without a concept"),
    "no_highlights": QT_TRANSLATE_NOOP("Export", "No highlights yet."),
    "nothing_yet": QT_TRANSLATE_NOOP("Export", "Nothing to export yet."),
}

NOTES_TITLE = QT_TRANSLATE_NOOP("Export", "Notes: {title}")
LIBRARY_TITLE = QT_TRANSLATE_NOOP("Export", "Marginalia library")

# The window's names of the highlight colours (reader/ui/highlight_palette.py marks the
# same texts in the same context, so the .ts holds each once).
COLOR_NAMES: dict[str, str] = {
    "yellow": QT_TRANSLATE_NOOP("HighlightColors", "Yellow"),
    "green": QT_TRANSLATE_NOOP("HighlightColors", "Green"),
    "blue": QT_TRANSLATE_NOOP("HighlightColors", "Blue"),
    "pink": QT_TRANSLATE_NOOP("HighlightColors", "Pink"),
    "purple": QT_TRANSLATE_NOOP("HighlightColors", "Purple"),
}


# Labels the layouts only ever write after other words on a line.
_WITHIN_LINE = frozenset({"page"})


def layout_labels(translate: Translate = english) -> dict[str, str]:
    """Every label, translated and escaped for Markdown, by the name templates use."""
    return {
        name: (escape_within_line if name in _WITHIN_LINE else escape_inline)(
            translate("Export", text)
        )
        for name, text in LABELS.items()
    }


def color_name(color: str, translate: Translate = english) -> str:
    """A colour in words, in lower case as it stands inside a sentence ("yellow")."""
    name = COLOR_NAMES.get(color)
    return translate("HighlightColors", name).lower() if name else color


def notes_title(title: str, translate: Translate = english) -> str:
    """The title of a notes export: "Notes: <the article, concept or library>"."""
    return translate("Export", NOTES_TITLE).format(title=title)


def library_title(translate: Translate = english) -> str:
    return translate("Export", LIBRARY_TITLE)
