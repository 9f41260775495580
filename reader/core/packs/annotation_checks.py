"""Checking a W3C annotation from a pack or a hand-back before anything keeps it.

``marginalia import-annotations`` is lenient: it keeps what it can of any annotation.
Annotations that arrive from other people in a class are held to the shape Marginalia
writes: a text quote on one of the file's own articles, a creator who is the file's
author, text bodies of bounded length. Anything else is a malformed file, refused whole,
so a class never sees half of a teacher's notes. Bodies are kept as text whatever
``format`` they claim: a note is never read as HTML.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase
from reader.core.exporting.document import article_urn
from reader.core.exporting.web_annotation import (
    PURPOSE_COLOR,
    PURPOSE_CONCEPT,
    PURPOSE_NOTE,
    ImportedAnnotation,
    read_annotation,
)
from reader.core.packs.pack_format import FormatProblem, Person, person_from

MAX_QUOTE_CHARS = 20_000
MAX_CONTEXT_CHARS = 400  # a prefix or suffix (Marginalia writes 32)
MAX_NOTE_CHARS = 20_000
MAX_CONCEPT_CHARS = 200
MAX_BODIES = 100
MAX_OFFSET = 100_000_000
MAX_ID_CHARS = 200
_PURPOSES = {PURPOSE_NOTE, PURPOSE_CONCEPT, PURPOSE_COLOR}
# What a message names, translated with it.
_QUOTE = Phrase(QT_TRANSLATE_NOOP("Errors", "quote"))
_CONTEXT = Phrase(QT_TRANSLATE_NOOP("Errors", "quote's context"))
_NOTE = Phrase(QT_TRANSLATE_NOOP("Errors", "note"))
_ANNOTATION = Phrase(QT_TRANSLATE_NOOP("Errors", "the annotation"))


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(value: Mapping[str, object]) -> set[str]:
    return {str(t) for t in _as_list(value.get("type"))}


def _bad(template: str, **params: object) -> FormatProblem:
    return FormatProblem(template, **params)


def _check_text(value: object, limit: int, what: Phrase) -> None:
    if not isinstance(value, str):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "its {what} is not text"), what=what)
    if len(value) > limit:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "its {what} is longer than {limit} characters"),
            what=what,
            limit=limit,
        )


def _check_target(target: object, articles: Collection[str]) -> None:
    if not isinstance(target, Mapping):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it has no target"))
    source = target.get("source")
    source_id = source.get("id") if isinstance(source, Mapping) else source
    if source_id not in {article_urn(h) for h in articles}:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it is on an article the file does not hold"))
    quotes = 0
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, Mapping):
            raise _bad(QT_TRANSLATE_NOOP("Errors", "one of its selectors is not an object"))
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds:
            quotes += 1
            _check_text(selector.get("exact"), MAX_QUOTE_CHARS, _QUOTE)
            for side in ("prefix", "suffix"):
                if side in selector:
                    _check_text(selector.get(side), MAX_CONTEXT_CHARS, _CONTEXT)
        elif "TextPositionSelector" in kinds:
            start, end = selector.get("start"), selector.get("end")
            # bool is an int to Python, never a position.
            if type(start) is not int or type(end) is not int:
                raise _bad(QT_TRANSLATE_NOOP("Errors", "its position is not two whole numbers"))
            if not 0 <= start <= end <= MAX_OFFSET:
                raise _bad(QT_TRANSLATE_NOOP("Errors", "its position is out of range"))
    if quotes != 1:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it needs exactly one text quote to anchor"))


def _check_bodies(body: object) -> None:
    bodies = _as_list(body)
    if len(bodies) > MAX_BODIES:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it has more than {limit} bodies"), limit=MAX_BODIES)
    for item in bodies:
        if not isinstance(item, Mapping) or "TextualBody" not in _types(item):
            raise _bad(QT_TRANSLATE_NOOP("Errors", "one of its bodies is not a TextualBody"))
        purposes = {str(p) for p in _as_list(item.get("purpose"))}
        if not purposes or not purposes <= _PURPOSES:
            raise _bad(QT_TRANSLATE_NOOP("Errors", "one of its bodies has an unknown purpose"))
        limit = MAX_CONCEPT_CHARS if PURPOSE_CONCEPT in purposes else MAX_NOTE_CHARS
        _check_text(item.get("value"), limit, _NOTE)


def checked_annotation(
    data: object, articles: Collection[str], author: Person
) -> ImportedAnnotation:
    """``data`` as an annotation to keep; FormatProblem says why it is not one.

    ``articles`` are the content hashes of the file's articles, ``author`` the person
    every annotation must be by.
    """
    if not isinstance(data, Mapping) or "Annotation" not in _types(data):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it is not a W3C Annotation"))
    identifier = data.get("id")
    if not isinstance(identifier, str) or not identifier or len(identifier) > MAX_ID_CHARS:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it has no id"))
    if person_from(data.get("creator"), _ANNOTATION).id != author.id:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "its creator is not the file's author"))
    targets = _as_list(data.get("target"))
    if len(targets) != 1:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it has no target, or more than one"))
    _check_target(targets[0], articles)
    _check_bodies(data.get("body"))
    for moment in ("created", "modified"):
        if moment in data and not isinstance(data[moment], str):
            raise _bad(QT_TRANSLATE_NOOP("Errors", "its time is not text"))
    item = read_annotation(data)
    if item is None:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "it has no text quote to anchor"))
    return item


def checked_annotations(
    items: object, articles: Collection[str], author: Person, limit: int
) -> list[ImportedAnnotation]:
    """Every annotation of a page's ``items``, checked; FormatProblem names the first bad one."""
    if not isinstance(items, list):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "its annotations are not a list"))
    if len(items) > limit:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "it holds {count} annotations, more than {limit}"),
            count=len(items),
            limit=limit,
        )
    checked = []
    for number, data in enumerate(items, start=1):
        try:
            checked.append(checked_annotation(data, articles, author))
        except FormatProblem as problem:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "annotation {number} is malformed: {problem}"),
                number=number,
                problem=problem,
            ) from None
    return checked


def embedded_items(collection: object) -> object:
    """The items of a collection's first (and only) embedded page, or None."""
    if not isinstance(collection, Mapping) or "AnnotationCollection" not in _types(collection):
        return None
    first = collection.get("first")
    if isinstance(first, Mapping):
        return first.get("items", [])
    return [] if collection.get("total") == 0 else None
