"""A student's notes for the teacher: one small W3C JSON file, written and read back.

The file is a W3C ``AnnotationCollection`` whose ``creator`` is the student and whose
annotations are the student's highlights on the articles of one class pack, each with
the student as its creator. Beside the W3C properties, ``marginaliaHandback`` says what
it answers: the format and version, the pack's id and title, and the pack's articles
(key, id and title), so the teacher's library finds each article, and knows which
articles the student handed in notes for even where they marked nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase
from reader.core.exporting.document import article_urn
from reader.core.exporting.web_annotation import CONTEXT, ImportedAnnotation, timestamp
from reader.core.packs.annotation_checks import checked_annotations, embedded_items
from reader.core.packs.pack_format import (
    MAX_ANNOTATIONS,
    MAX_ARTICLES,
    MAX_TITLE_CHARS,
    FormatProblem,
    Person,
    derived_id,
    is_uuid_urn,
    person_from,
)
from reader.core.packs.pack_reader import MEBIBYTE, refuse_deep_json, refuse_problem

HANDBACK_FORMAT = "application/x-marginalia-handback+json"
HANDBACK_VERSION = 1
HANDBACK_KEY = "marginaliaHandback"
MAX_HANDBACK_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class HandbackArticle:
    key: str  # the article's key in the teacher's pack
    content_hash: str
    title: str


@dataclass(frozen=True)
class Handback:
    """A student's notes on one pack, checked: who, on which articles, and the notes."""

    student: Person
    pack_id: str
    pack_title: str
    generated: datetime | None
    articles: tuple[HandbackArticle, ...]
    items: tuple[ImportedAnnotation, ...]


def handback_collection(
    student: Person,
    pack_id: str,
    pack_title: str,
    articles: Sequence[HandbackArticle],
    annotations: Sequence[Mapping[str, object]],
    generated: datetime,
    label: str,
) -> dict[str, object]:
    """The hand-back file's contents; ``annotations`` already carry the student as creator."""
    collection: dict[str, object] = {
        "@context": CONTEXT,
        "id": derived_id("handback", pack_id, student.id),
        "type": "AnnotationCollection",
        "label": label,
        "creator": student.as_creator(),
        "generated": timestamp(generated),
        "total": len(annotations),
        HANDBACK_KEY: {
            "format": HANDBACK_FORMAT,
            "version": HANDBACK_VERSION,
            "pack": pack_id,
            "packTitle": pack_title,
            "articles": [
                {"key": a.key, "id": article_urn(a.content_hash), "title": a.title}
                for a in articles
            ],
        },
    }
    if annotations:
        collection["first"] = {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": list(annotations),
        }
    return collection


def is_handback(data: object) -> bool:
    return isinstance(data, Mapping) and isinstance(data.get(HANDBACK_KEY), Mapping)


def _articles(listed: object, path: Path) -> tuple[HandbackArticle, ...]:
    if not isinstance(listed, list) or not 0 < len(listed) <= MAX_ARTICLES:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the notes name no articles, or too many")
        )
    found = []
    prefix = "urn:marginalia:article:sha256:"
    for entry in listed:
        source = entry.get("id") if isinstance(entry, Mapping) else None
        title = entry.get("title") if isinstance(entry, Mapping) else None
        key = entry.get("key") if isinstance(entry, Mapping) else None
        digest = source.removeprefix(prefix) if isinstance(source, str) else ""
        if (
            not is_uuid_urn(key)
            or not isinstance(title, str)
            or len(title) > MAX_TITLE_CHARS
            or not isinstance(source, str)
            or not source.startswith(prefix)
            or len(digest) != 64
            or any(ch not in "0123456789abcdef" for ch in digest)
        ):
            raise DocumentError(
                path, QT_TRANSLATE_NOOP("Errors", "an article the notes name is malformed")
            )
        assert isinstance(key, str)
        found.append(HandbackArticle(key, digest, title))
    return tuple(found)


def check_notes_size(path: Path, size: int) -> None:
    """Refuse a notes file of ``size`` bytes before reading it, when it is past the limit."""
    if size > MAX_HANDBACK_BYTES:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "the file is {megabytes} MB; students' notes are at most {limit} MB"
            ),
            megabytes=f"{size / 1e6:,.0f}",
            limit=MAX_HANDBACK_BYTES // MEBIBYTE,
        )


def read_handback(raw: bytes, path: Path) -> Handback:
    """The student's notes in ``raw`` (the file at ``path``), checked whole."""
    check_notes_size(path, len(raw))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "not UTF-8 text, so not a student's notes")
        ) from None
    except RecursionError:
        raise refuse_deep_json(path, path.name) from None
    except json.JSONDecodeError as exc:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "not valid JSON (line {line}: {problem})"),
            line=exc.lineno,
            problem=exc.msg,
        ) from None
    if not is_handback(data):
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "not a student's notes for a class pack (W3C annotations of your own are "
                "imported with import-annotations)",
            ),
        )
    assert isinstance(data, Mapping)
    about = data[HANDBACK_KEY]
    assert isinstance(about, Mapping)
    version = about.get("version")
    if about.get("format") != HANDBACK_FORMAT or type(version) is not int or version < 1:
        raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the notes name no format version"))
    if version > HANDBACK_VERSION:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the notes are format version {found}, made by a newer Marginalia; this one "
                "reads version {known}: update Marginalia to open them",
            ),
            found=version,
            known=HANDBACK_VERSION,
        )
    pack_id, pack_title = about.get("pack"), about.get("packTitle")
    if (
        not is_uuid_urn(pack_id)
        or not isinstance(pack_title, str)
        or len(pack_title) > MAX_TITLE_CHARS
    ):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the notes do not say which class pack they answer")
        )
    articles = _articles(about.get("articles"), path)
    try:
        student = person_from(data.get("creator"), Phrase(QT_TRANSLATE_NOOP("Errors", "the notes")))
        items = checked_annotations(
            embedded_items(data), [a.content_hash for a in articles], student, MAX_ANNOTATIONS
        )
    except FormatProblem as problem:
        raise refuse_problem(path, problem) from None
    generated = data.get("generated")
    try:
        when = datetime.fromisoformat(generated) if isinstance(generated, str) else None
    except ValueError:
        when = None
    assert isinstance(pack_id, str)
    return Handback(student, pack_id, pack_title, when, articles, tuple(items))
