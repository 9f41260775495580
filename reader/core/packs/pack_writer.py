"""Writing a class pack: a ClassPack as the bytes of one ``.marginalia`` zip archive.

The ``mimetype`` member comes first and is stored uncompressed (the desktop recognises a
pack by it); the manifest follows with the checksum of every other member. Every member
has the pack's creation time, so the same pack written twice is the same file.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime

from reader.core.exporting.document import article_urn
from reader.core.exporting.web_annotation import CONTEXT, timestamp
from reader.core.packs.pack_format import (
    ANNOTATIONS,
    CONCEPTS,
    FORMAT_VERSION,
    INSTRUCTION,
    MANIFEST,
    MIME_TYPE,
    MIMETYPE_MEMBER,
    ClassPack,
)


def edition_time(moment: datetime) -> str:
    """When a pack was made, in UTC with a ``Z``, to the microsecond."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _json_bytes(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def annotations_collection(pack: ClassPack) -> dict[str, object]:
    """The teacher's annotations as one W3C AnnotationCollection, creator and all."""
    collection: dict[str, object] = {
        "@context": CONTEXT,
        "id": f"{pack.id}:annotations",
        "type": "AnnotationCollection",
        "label": pack.title,
        "creator": pack.creator.as_creator(),
        "generated": timestamp(pack.created),
        "total": len(pack.annotations),
    }
    if pack.annotations:
        collection["first"] = {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": list(pack.annotations),
        }
    return collection


def _members(pack: ClassPack) -> tuple[dict[str, bytes], list[dict[str, object]]]:
    members: dict[str, bytes] = {}
    articles: list[dict[str, object]] = []
    for number, article in enumerate(pack.articles, start=1):
        folder = f"articles/{number:02d}"
        members[f"{folder}/article.md"] = article.markdown.encode("utf-8")
        members[f"{folder}/source.txt"] = article.source_text.encode("utf-8")
        articles.append(
            {
                "key": article.key,
                "id": article_urn(article.content_hash),
                "title": article.title,
                "sourceFormat": article.source_format,
                "cleanerVersion": article.cleaner_version,
                "sourceName": article.source_name,
                "markdown": f"{folder}/article.md",
                "source": f"{folder}/source.txt",
            }
        )
    members[ANNOTATIONS] = _json_bytes(annotations_collection(pack))
    concepts = [{"name": c.name, "definition": c.definition} for c in pack.concepts]
    members[CONCEPTS] = _json_bytes({"concepts": concepts})
    if pack.instruction.strip():
        members[INSTRUCTION] = pack.instruction.encode("utf-8")
    return members, articles


def manifest(
    pack: ClassPack, members: dict[str, bytes], articles: list[dict[str, object]], generator: str
) -> dict[str, object]:
    """The manifest: format and version, who and when, the articles, every checksum."""
    return {
        "format": MIME_TYPE,
        "version": FORMAT_VERSION,
        "id": pack.id,
        "title": pack.title,
        # To the microsecond: an edition made again a moment later is still the newer.
        "created": edition_time(pack.created),
        "creator": pack.creator.as_creator(),
        "generator": generator,
        "articles": articles,
        "annotations": ANNOTATIONS,
        "concepts": CONCEPTS,
        "instruction": INSTRUCTION if INSTRUCTION in members else None,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in members.items()
        },
    }


def write_pack(pack: ClassPack, generator: str) -> bytes:
    """The pack as the bytes of a ``.marginalia`` file; ``generator`` names the program."""
    members, articles = _members(pack)
    moment = pack.created.astimezone(UTC)
    date_time = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        first = zipfile.ZipInfo(MIMETYPE_MEMBER, date_time)
        first.compress_type = zipfile.ZIP_STORED
        archive.writestr(first, MIME_TYPE.encode("ascii"))
        listed = {MANIFEST: _json_bytes(manifest(pack, members, articles, generator)), **members}
        for name, data in listed.items():
            info = zipfile.ZipInfo(name, date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # a plain file, read-write for its owner
            archive.writestr(info, data)
    return buffer.getvalue()
