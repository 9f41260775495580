"""Which of Marginalia's languages to use: English (the source text) or Indonesian.

Pure: the window asks Qt for the system's preferred languages, the command line reads
them from the environment as Qt does on Unix; both then decide here, the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

SYSTEM = "system"  # follow the system's preferred languages
SPOKEN = ("en", "id")
# Old systems still name Indonesian "in" (its ISO 639 code before 1989).
_ALIASES = {"in": "id"}


def resolve_language(choice: str, ui_languages: Sequence[str]) -> str:
    """The language to use for ``choice``: "en" or "id".

    A pinned choice is kept; "system" (or anything unknown) walks ``ui_languages``, the
    system's preferred languages in order, and takes the first one Marginalia speaks;
    when it speaks none of them, English.
    """
    if choice in SPOKEN:
        return choice
    for tag in ui_languages:
        primary = tag.replace("_", "-").split("-")[0].lower()
        primary = _ALIASES.get(primary, primary)
        if primary in SPOKEN:
            return primary
    return "en"


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The preferred languages named by the POSIX locale variables, in the order gettext
    (and Qt on Unix) reads them: LANGUAGE's list, else LC_ALL, LC_MESSAGES, LANG."""
    listed = environ.get("LANGUAGE", "")
    if listed:
        return [part for part in listed.split(":") if part]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value and value not in {"C", "POSIX"}:
            return [value.split(".")[0].split("@")[0]]
    return []
