"""The interface's language: which translation is installed, and errors in that language.

Marginalia speaks English (the source text) and Indonesian (``resources/translations``,
``marginalia_id.ts`` compiled to ``.qm`` by ``pyside6-lrelease``). By default it follows
the system's languages; Preferences can pin one. The choice takes effect at start, like
novelWriter's: every window is built once in one language.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from reader.core import languages
from reader.core.errors import QT_TRANSLATE_NOOP, Phrase, UserError
from reader.core.languages import SYSTEM
from reader.store.first_run import LANGUAGE_KEY
from reader.translation_files import translations_folder

__all__ = [
    "LANGUAGES",
    "LANGUAGE_KEY",
    "QT_TRANSLATE_NOOP",
    "error_text",
    "install_translator",
    "interface_language",
    "language_label",
    "language_setting",
    "resolve_language",
    "translations_folder",
]


# The choices Preferences offers, as (code, English label); the label is shown translated
# (context "Language") through ``language_label``.
LANGUAGES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("Language", "Follow the system")),
    ("en", QT_TRANSLATE_NOOP("Language", "English")),
    ("id", QT_TRANSLATE_NOOP("Language", "Bahasa Indonesia")),
)
_TRANSLATOR_NAME = "marginalia-translator"
_warned: set[Path] = set()


# Each translation gives its own language's code for this text ("id" in marginalia_id.ts):
# the language the interface speaks is asked of the translation installed, however it was.
LANGUAGE_CODE = QT_TRANSLATE_NOOP("Language", "en")


def interface_language() -> str:
    """The code of the language the interface speaks ("en", "id")."""
    code = QCoreApplication.translate("Language", LANGUAGE_CODE)
    return code if code in {known for known, _ in LANGUAGES if known != SYSTEM} else "en"


def language_label(code: str) -> str:
    """The Preferences label of a language code, in the interface's language."""
    for known, label in LANGUAGES:
        if known == code:
            return QCoreApplication.translate("Language", label)
    return code


def language_setting(settings: QSettings) -> str:
    """The saved choice ("system", "en" or "id"); anything else counts as "system"."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    choice = str(value) if value is not None else SYSTEM
    return choice if choice in {code for code, _ in LANGUAGES} else SYSTEM


def resolve_language(choice: str, ui_languages: Sequence[str] | None = None) -> str:
    """The language to use for ``choice``: "en" or "id" (core.languages decides);
    "system" follows ``QLocale.system().uiLanguages()`` unless ``ui_languages`` is given."""
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    return languages.resolve_language(choice, wanted)


def install_translator(
    app: QCoreApplication, settings: QSettings, folder: Path | None = None
) -> str:
    """Install the translation the settings ask for; returns the language used ("en"/"id").

    Call it once, right after the application and before any window exists: Qt's own
    dialog buttons and every ``tr`` text are read when a widget is built. English needs
    ``marginalia_en.qm`` only for its plural forms ("1 highlight", "2 highlights"). A
    missing file falls back to English with one warning on stderr; it never stops the
    start. ``folder`` replaces the bundled ``resources/translations`` (tests).
    """
    folder = translations_folder() if folder is None else folder
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    language = resolve_language(language_setting(settings))
    if language != "en" and not _load(app, folder / f"marginalia_{language}.qm"):
        language = "en"
    if language == "en":
        _load(app, folder / "marginalia_en.qm")
    # Numbers and dates written through QLocale follow the interface.
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        if language == "id"
        else QLocale.system()
    )
    return language


def _load(app: QCoreApplication, path: Path) -> bool:
    # Parented to the application, so it lives as long as the application does.
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(str(path)):
        app.installTranslator(translator)
        return True
    translator.setParent(None)
    if path not in _warned:
        _warned.add(path)
        print(
            f"marginalia: the translation file {path} is missing or unreadable, so the "
            "interface is in English. Build it with: make translations",
            file=sys.stderr,
        )
    return False


def error_text(error: UserError) -> str:
    """The error's message in the interface's language, values filled in.

    Values that are themselves an error or a :class:`Phrase` (a reason, a place) are
    translated too.
    """
    return _translated(error.template, error.params)


def _translated(template: str, params: dict[str, object]) -> str:
    text = QCoreApplication.translate("Errors", template)
    if not params:
        return text
    values = {name: _shown(value) for name, value in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        # A translation whose fields do not match its source must not hide the error.
        return template.format(**values)


def _shown(value: object) -> object:
    if isinstance(value, UserError):
        return error_text(value)
    if isinstance(value, Phrase):
        return _translated(value.template, value.params)
    return value
