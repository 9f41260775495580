"""The class pack format: its names and limits, the people in it, and what a pack holds.

A pack is a zip archive (``.marginalia``, MIME type ``application/x-marginalia-pack``):

* ``mimetype``: the MIME type, stored first and uncompressed, as EPUB and OpenDocument do,
  so the desktop's shared-mime-info recognises a pack by its bytes whatever its name;
* ``manifest.json``: the format and its version, the pack's id, title, creation time and
  creator, the articles (each with its stable ``key``, content id, title, source format
  and the names of its two files), the names of the other members, and ``files``: the
  SHA-256 and size of every member listed;
* ``articles/NN/article.md``: an article as clean Markdown, and ``articles/NN/source.txt``
  the text it was cleaned from, whose SHA-256 is the article's id everywhere
  (``urn:marginalia:article:sha256:…``), so a library that has the article finds it;
* ``annotations.json``: the teacher's highlights, notes and concepts as one W3C
  ``AnnotationCollection``, every annotation with the teacher as its ``creator``;
* ``concepts.json``: the concepts used, with their definitions;
* ``instruction.txt`` (optional): what the teacher asks the class to do, as plain text.

Limits bound what a pack may hold: a pack is untrusted input from a stranger's e-mail.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase, UserError

MIME_TYPE = "application/x-marginalia-pack"
SUFFIX = ".marginalia"
FORMAT_VERSION = 1

MIMETYPE_MEMBER = "mimetype"
MANIFEST = "manifest.json"
ANNOTATIONS = "annotations.json"
CONCEPTS = "concepts.json"
INSTRUCTION = "instruction.txt"

# A pack carries articles of at most 20 MB (the import limit) and their notes; these
# leave room for that and refuse anything far past it before it is decompressed.
MAX_PACK_BYTES = 64 * 1024 * 1024  # the file on disk
MAX_ENTRY_BYTES = 24 * 1024 * 1024  # one member, uncompressed
MAX_TOTAL_BYTES = 96 * 1024 * 1024  # all members, uncompressed
MAX_RATIO = 100  # uncompressed to compressed, for members past 1 MB: text is ~3-20
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ARTICLES = 50
MAX_ANNOTATIONS = 10_000
MAX_CONCEPTS = 2_000
MAX_NAME_CHARS = 120  # a person's name
MAX_TITLE_CHARS = 300
MAX_INSTRUCTION_CHARS = 4_000
MAX_DEFINITION_CHARS = 5_000

_UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Identifiers this build made: a person, a pack and an article key are urn:uuid.
_PACKS = uuid.UUID("d3b7a0c4-5f1e-4a8b-9c2d-7e6f50a1b2c3")
SOURCE_FORMATS = ("txt", "md", "html", "pdf", "docx", "odt", "epub")


def new_person_id() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def is_uuid_urn(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID_URN.match(value))


def derived_id(*parts: str) -> str:
    """A ``urn:uuid`` that is the same whenever ``parts`` are: the same teacher's pack of
    the same articles keeps its id from one edition to the next."""
    return f"urn:uuid:{uuid.uuid5(_PACKS, chr(0).join(parts))}"


@dataclass(frozen=True)
class Person:
    """Whoever made a pack or a hand-back: a stable id (urn:uuid) and a display name."""

    id: str
    name: str

    def as_creator(self) -> dict[str, object]:
        """The W3C ``creator`` (a ``Person`` with its ``name``)."""
        return {"id": self.id, "type": "Person", "name": self.name}


def tidy_name(name: str) -> str:
    """A person's name on one line, without control characters."""
    return " ".join("".join(ch for ch in name if ch.isprintable()).split())


class FormatProblem(UserError):
    """Something in a pack or hand-back that breaks the format; its text says what (a
    reason, to go after the file's name)."""


def person_from(value: object, what: Phrase) -> Person:
    """The person described by a W3C ``creator`` value, or FormatProblem."""
    if not isinstance(value, Mapping):
        raise FormatProblem(QT_TRANSLATE_NOOP("Errors", "{what} names no creator"), what=what)
    person_id, name = value.get("id"), value.get("name")
    if not is_uuid_urn(person_id):
        raise FormatProblem(
            QT_TRANSLATE_NOOP("Errors", "{what}: the creator has no id of the form urn:uuid:…"),
            what=what,
        )
    if not isinstance(name, str) or not tidy_name(name) or len(name) > MAX_NAME_CHARS:
        raise FormatProblem(
            QT_TRANSLATE_NOOP("Errors", "{what}: the creator's name is missing or too long"),
            what=what,
        )
    assert isinstance(person_id, str)
    return Person(person_id, tidy_name(name))


@dataclass(frozen=True)
class PackArticle:
    """One article of a pack: the Markdown a reader sees and the text it was cleaned from."""

    key: str  # urn:uuid, the same article in every edition of the teacher's pack
    title: str
    content_hash: str  # SHA-256 of source_text: the article's id in every library
    source_format: str
    cleaner_version: int
    source_name: str  # the file it was imported from, its name only ("" if none)
    markdown: str
    source_text: str


@dataclass(frozen=True)
class PackConcept:
    name: str
    definition: str


@dataclass(frozen=True)
class ClassPack:
    """What a pack holds; ``annotations`` are W3C Annotations, each with its creator."""

    id: str
    title: str
    created: datetime  # timezone-aware
    creator: Person
    instruction: str
    articles: tuple[PackArticle, ...]
    annotations: tuple[Mapping[str, object], ...]
    concepts: tuple[PackConcept, ...]
