"""Reading a class pack as the untrusted input it is: every check before anything is kept.

The zip archive is opened by the same bounded reader DOCX and EPUB use
(:class:`~reader.core.formats.zip_reading.DocumentArchive`: names that climb out of the
archive, absolute names and archives that declare gigabytes are refused there). Then
the pack's own rules, before any member is decompressed: no symbolic links, no member
past its size limit or compressed suspiciously well, no more in all than a pack may
hold. The manifest must be this format in a version this build reads; every member it
lists must match its checksum; every article's text must match its id; every annotation
must be well formed (annotation_checks). Any failure is one DocumentError naming the
pack and the problem, and nothing has been kept.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.concept_names import MAX_NAME_LENGTH
from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase
from reader.core.exporting.web_annotation import ImportedAnnotation
from reader.core.file_reading import (
    FileReadError,
    ReadProblem,
    read_regular_file,
    unreadable_document,
)
from reader.core.formats.zip_reading import DocumentArchive
from reader.core.importing import content_hash
from reader.core.packs.annotation_checks import checked_annotations, embedded_items
from reader.core.packs.pack_format import (
    FORMAT_VERSION,
    MANIFEST,
    MAX_ANNOTATIONS,
    MAX_ARTICLES,
    MAX_CONCEPTS,
    MAX_DEFINITION_CHARS,
    MAX_ENTRY_BYTES,
    MAX_INSTRUCTION_CHARS,
    MAX_PACK_BYTES,
    MAX_RATIO,
    MAX_TITLE_CHARS,
    MAX_TOTAL_BYTES,
    MIME_TYPE,
    MIMETYPE_MEMBER,
    RATIO_FLOOR_BYTES,
    SOURCE_FORMATS,
    ClassPack,
    FormatProblem,
    PackArticle,
    PackConcept,
    is_uuid_urn,
    person_from,
)

PACK_KIND = Phrase(QT_TRANSLATE_NOOP("Errors", "class pack"))


@dataclass(frozen=True)
class OpenedPack:
    """A pack that passed every check, with its annotations read for anchoring."""

    pack: ClassPack
    items: tuple[ImportedAnnotation, ...]


MEBIBYTE = 1024 * 1024


def check_pack_size(path: Path, size: int) -> None:
    """Refuse a pack file of ``size`` bytes before reading it, when it is past the limit."""
    if size > MAX_PACK_BYTES:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the file is {megabytes} MB; class packs larger than {limit} MB are refused",
            ),
            megabytes=f"{size / 1e6:,.0f}",
            limit=MAX_PACK_BYTES // MEBIBYTE,
        )


def read_class_file(path: Path, check_size: Callable[[Path, int], None], limit: int) -> bytes:
    """The bytes of a pack or a student's notes at ``path``, at most ``limit``; past it,
    ``check_size`` says so in its own words. A regular file only: a pipe would block the
    reader for ever, and a link to /dev/zero, whose size reads as 0, never ends."""
    try:
        return read_regular_file(path, limit)
    except FileReadError as exc:
        if exc.problem is not ReadProblem.TOO_LARGE:
            raise unreadable_document(path, exc) from None
        # A regular file, so its size is true; past the limit, check_size refuses it.
        check_size(path, max(path.stat().st_size, limit + 1))
        raise


def refuse_problem(path: Path, problem: FormatProblem) -> DocumentError:
    """The file at ``path`` refused for ``problem`` (its reason, marked where it was raised)."""
    return DocumentError(path, QT_TRANSLATE_NOOP("Errors", "{problem}"), problem=problem)


def refuse_deep_json(path: Path, name: str) -> DocumentError:
    """JSON nested past Python's recursion limit ([[[[…]]]]) cannot be read, only refused."""
    return DocumentError(
        path,
        QT_TRANSLATE_NOOP("Errors", "“{name}” is nested too deeply to be read"),
        name=name[:80],
    )


def _check_entries(archive: DocumentArchive, path: Path) -> None:
    """Refuse links, oversized and suspiciously compressed members before reading any."""
    total = 0
    for name, info in archive.infos.items():
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the class pack holds a symbolic link (“{name}”); packs hold files"
                ),
                name=name[:80],
            )
        if info.file_size > MAX_ENTRY_BYTES:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the class pack's “{name}” declares {megabytes} MB; "
                    "a pack's file may hold {limit} MB",
                ),
                name=name[:80],
                megabytes=f"{info.file_size / (1024 * 1024):,.0f}",
                limit=MAX_ENTRY_BYTES // (1024 * 1024),
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the class pack's “{name}” expands {ratio} times (a zip bomb?); "
                    "text expands at most some twenty times",
                ),
                name=name[:80],
                ratio=f"{ratio:,.0f}",
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the class pack expands to {megabytes} MB in all (a zip bomb?); "
                "a pack may hold {limit} MB",
            ),
            megabytes=f"{total / (1024 * 1024):,.0f}",
            limit=MAX_TOTAL_BYTES // (1024 * 1024),
        )


class _Members:
    """The members the manifest lists, each read once and checked against its checksum."""

    def __init__(self, archive: DocumentArchive, files: object, path: Path) -> None:
        self.archive, self.path = archive, path
        if not isinstance(files, Mapping) or not files:
            raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the manifest lists no files"))
        self.files: dict[str, str] = {}
        for name, entry in files.items():
            digest = entry.get("sha256") if isinstance(entry, Mapping) else None
            if not isinstance(name, str) or not isinstance(digest, str):
                raise DocumentError(
                    path, QT_TRANSLATE_NOOP("Errors", "the manifest's file list is malformed")
                )
            self.files[name] = digest.lower()

    def read(self, name: object) -> bytes:
        if not isinstance(name, str) or name not in self.files:
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP("Errors", "the manifest names “{name}” without its checksum"),
                name=str(name)[:80],
            )
        data = self.archive.read(name)
        if hashlib.sha256(data).hexdigest() != self.files[name]:
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the class pack is damaged: “{name}” does not match its checksum"
                ),
                name=name[:80],
            )
        return data

    def text(self, name: object, limit: int | None = None) -> str:
        data = self.read(name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP("Errors", "the class pack's “{name}” is not UTF-8 text"),
                name=str(name)[:80],
            ) from None
        if "\x00" in text or (limit is not None and len(text) > limit):
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the class pack's “{name}” is not text of a length a pack holds"
                ),
                name=str(name)[:80],
            )
        return text

    def json(self, name: object) -> object:
        text = self.text(name)
        try:
            return json.loads(text)
        except RecursionError:
            raise refuse_deep_json(self.path, str(name)) from None
        except json.JSONDecodeError as exc:
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the class pack's “{name}” is not valid JSON (line {line}: {problem})"
                ),
                name=str(name)[:80],
                line=exc.lineno,
                problem=exc.msg,
            ) from None


def _manifest(archive: DocumentArchive, path: Path) -> Mapping[str, object]:
    if not archive.has(MANIFEST):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "this is not a class pack (it has no manifest.json)")
        )
    if archive.has(MIMETYPE_MEMBER) and archive.read(MIMETYPE_MEMBER).strip() != MIME_TYPE.encode():
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "this is not a class pack (its mimetype differs)")
        )
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the class pack's manifest.json is not valid JSON")
        ) from None
    if not isinstance(manifest, Mapping) or manifest.get("format") != MIME_TYPE:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "this is not a class pack (its manifest says otherwise)"),
        )
    version = manifest.get("version")
    if type(version) is not int or version < 1:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the class pack's manifest has no format version")
        )
    if version > FORMAT_VERSION:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the class pack is format version {found}, made by a newer Marginalia; "
                "this one reads version {known}: update Marginalia to open it",
            ),
            found=version,
            known=FORMAT_VERSION,
        )
    return manifest


def _short_text(value: object, limit: int) -> str | None:
    return value if isinstance(value, str) and len(value) <= limit else None


def _created(value: object, path: Path) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the class pack's creation time is malformed")
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _article(entry: object, members: _Members, path: Path) -> PackArticle:
    if not isinstance(entry, Mapping):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "an article of the manifest is malformed")
        )
    key, title = entry.get("key"), _short_text(entry.get("title"), MAX_TITLE_CHARS)
    source_format, cleaner = entry.get("sourceFormat"), entry.get("cleanerVersion")
    name = _short_text(entry.get("sourceName", ""), MAX_TITLE_CHARS)
    if (
        not is_uuid_urn(key)
        or title is None
        or name is None
        or source_format not in SOURCE_FORMATS
        or type(cleaner) is not int
        or not 0 <= cleaner < 10_000
    ):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "an article of the manifest is malformed")
        )
    markdown = members.text(entry.get("markdown"))
    source = members.text(entry.get("source"))
    digest = content_hash(source)
    if entry.get("id") != f"urn:marginalia:article:sha256:{digest}":
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "the class pack is damaged: the text of “{title}” does not match its id"
            ),
            title=title[:80],
        )
    if not markdown.strip():
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the article “{title}” is empty"), title=title[:80]
        )
    assert isinstance(key, str) and isinstance(source_format, str)
    return PackArticle(key, title, digest, source_format, cleaner, name, markdown, source)


def _concepts(data: object, path: Path) -> tuple[PackConcept, ...]:
    listed = data.get("concepts") if isinstance(data, Mapping) else None
    if not isinstance(listed, list) or len(listed) > MAX_CONCEPTS:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the class pack's concepts are malformed")
        )
    concepts = []
    for entry in listed:
        name = (
            _short_text(entry.get("name"), MAX_NAME_LENGTH) if isinstance(entry, Mapping) else None
        )
        definition = (
            _short_text(entry.get("definition", ""), MAX_DEFINITION_CHARS)
            if isinstance(entry, Mapping)
            else None
        )
        if not name or not name.strip() or definition is None:
            raise DocumentError(
                path, QT_TRANSLATE_NOOP("Errors", "the class pack's concepts are malformed")
            )
        concepts.append(PackConcept(name, definition))
    return tuple(concepts)


def read_pack(data: bytes, path: Path) -> OpenedPack:
    """The pack in ``data`` (the bytes of the file at ``path``), checked whole."""
    check_pack_size(path, len(data))
    archive = DocumentArchive(data, path, PACK_KIND)
    _check_entries(archive, path)
    manifest = _manifest(archive, path)
    members = _Members(archive, manifest.get("files"), path)
    pack_id, title = manifest.get("id"), _short_text(manifest.get("title"), MAX_TITLE_CHARS)
    if not is_uuid_urn(pack_id) or title is None:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the class pack's manifest has no id or title")
        )
    try:
        creator = person_from(
            manifest.get("creator"), Phrase(QT_TRANSLATE_NOOP("Errors", "the manifest"))
        )
    except FormatProblem as problem:
        raise refuse_problem(path, problem) from None
    listed = manifest.get("articles")
    if not isinstance(listed, list) or not 0 < len(listed) <= MAX_ARTICLES:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "the class pack holds no articles, or more than {limit}"),
            limit=MAX_ARTICLES,
        )
    articles = tuple(_article(entry, members, path) for entry in listed)
    hashes = [a.content_hash for a in articles]
    if len(set(hashes)) != len(hashes) or len({a.key for a in articles}) != len(articles):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "the class pack lists an article twice")
        )
    collection = members.json(manifest.get("annotations"))
    items = embedded_items(collection)
    try:
        checked = checked_annotations(items, hashes, creator, MAX_ANNOTATIONS)
    except FormatProblem as problem:
        raise refuse_problem(path, problem) from None
    instruction_name = manifest.get("instruction")
    instruction = (
        members.text(instruction_name, MAX_INSTRUCTION_CHARS)
        if instruction_name is not None
        else ""
    )
    assert isinstance(pack_id, str) and isinstance(items, list)
    pack = ClassPack(
        id=pack_id,
        title=title,
        created=_created(manifest.get("created"), path),
        creator=creator,
        instruction=instruction,
        articles=articles,
        annotations=tuple(items),
        concepts=_concepts(members.json(manifest.get("concepts")), path),
    )
    return OpenedPack(pack, tuple(checked))
