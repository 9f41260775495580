"""Who the user is to a class: the name on their class packs and on the notes they hand back.

Kept in the library (LibraryFlag), so the window's Preferences and the command line
share it. The id (a urn:uuid, made once per library) lets a newer pack from the same
teacher replace the older one, and a student's second hand-back replace the first,
even when two people share a name.
"""

from __future__ import annotations

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.packs.pack_format import MAX_NAME_CHARS, Person, new_person_id, tidy_name
from reader.store.models import LibraryFlag, database_proxy

NAME_KEY = "your_name"
ID_KEY = "your_person_id"


def _flag(key: str) -> str:
    row = LibraryFlag.get_or_none(LibraryFlag.key == key)
    return str(row.value) if row is not None else ""


def your_name() -> str:
    return _flag(NAME_KEY)


def set_your_name(name: str) -> str:
    """Remember the user's name; returns it as kept ("" forgets it)."""
    tidy = tidy_name(name)
    if len(tidy) > MAX_NAME_CHARS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A name can be at most {limit} characters long."),
            limit=MAX_NAME_CHARS,
        )
    if tidy:
        LibraryFlag.insert(key=NAME_KEY, value=tidy).on_conflict_replace().execute()
    else:
        LibraryFlag.delete().where(LibraryFlag.key == NAME_KEY).execute()
    return tidy


def your_id() -> str:
    """The user's person id in this library, made the first time it is needed."""
    with database_proxy.atomic():
        found = _flag(ID_KEY)
        if found:
            return found
        made = new_person_id()
        LibraryFlag.insert(key=ID_KEY, value=made).execute()
        return made


def you(name: str | None = None) -> Person:
    """The user as a creator: ``name`` if given (not remembered), else the saved one.

    A UserError says how to set a name when there is none: a class pack or a hand-back
    must say whose it is.
    """
    chosen = tidy_name(name) if name is not None else your_name()
    if not chosen:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Say who you are first: set your name in Edit → Preferences "
                "(or give --name on the command line).",
            )
        )
    if len(chosen) > MAX_NAME_CHARS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A name can be at most {limit} characters long."),
            limit=MAX_NAME_CHARS,
        )
    return Person(your_id(), chosen)
