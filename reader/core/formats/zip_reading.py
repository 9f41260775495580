"""Reading members of a DOCX, ODT or EPUB archive within bounds.

A document archive is untrusted input: a zip bomb expands a few kilobytes into gigabytes,
and member names can point outside the archive (``../../.bashrc``). Nothing here ever
writes a member to disk, so a name is only a key; but a name that climbs out of the
archive or is absolute marks a hostile file, and the whole file is refused. Sizes are
checked before anything is decompressed: Python's zipfile never produces more bytes than
a member's declared size (a member that lies about it fails its CRC check), so refusing
large declared sizes bounds the memory an import can take.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase

MAX_MEMBERS = 10_000
# A 1,000-page Word document's document.xml is some 6 MB; a long book's chapters together
# some 10 MB. Five times that is room enough, and keeps the parsed trees in memory small.
MAX_MEMBER_BYTES = 32 * 1024 * 1024  # one chapter or document.xml, uncompressed
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # all the text we may read from one archive
MAX_RATIO = 200  # uncompressed to compressed; text compresses ~5-20 times, bombs ~1000


class DocumentArchive:
    """A document's zip archive, opened from bytes; read members with :meth:`read`."""

    def __init__(self, data: bytes, path: Path, kind_name: Phrase) -> None:
        self.path = path
        self.kind_name = kind_name
        self.data = data
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            raise self.damaged() from None
        if len(infos) > MAX_MEMBERS:
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the {kind} holds {count} files; more than any document has"
                ),
                kind=self.kind_name,
                count=len(infos),
            )
        self.infos: dict[str, zipfile.ZipInfo] = {}
        self.read_bytes = 0
        total = 0
        for info in infos:
            name = info.filename
            normal = posixpath.normpath(name.replace("\\", "/"))
            if name.startswith(("/", "\\")) or normal.startswith("..") or ":" in name[:3]:
                raise DocumentError(
                    self.path,
                    QT_TRANSLATE_NOOP(
                        "Errors", "the {kind} holds a file named “{name}” outside the document"
                    ),
                    kind=self.kind_name,
                    name=name[:80],
                )
            total += info.file_size
            self.infos[normal] = info
        if total > MAX_TOTAL_BYTES * 4:
            raise self.bomb()

    def check_members(self) -> None:
        """Refuse the archive if a text member is oversized, for readers that read it whole.

        Pictures are never decoded, so only XML counts (mammoth reads nothing else).
        """
        total = 0
        for name, info in self.infos.items():
            if not name.endswith((".xml", ".rels")):
                continue
            self._check(info)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise self.bomb()

    def _check(self, info: zipfile.ZipInfo) -> None:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or (info.file_size > 1_000_000 and ratio > MAX_RATIO):
            raise self.bomb()

    def damaged(self) -> DocumentError:
        return DocumentError(
            self.path,
            QT_TRANSLATE_NOOP("Errors", "the {kind} is damaged (its zip archive cannot be read)"),
            kind=self.kind_name,
        )

    def bomb(self) -> DocumentError:
        return DocumentError(
            self.path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the {kind} expands to far more data than a document holds (a zip bomb?)",
            ),
            kind=self.kind_name,
        )

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return posixpath.normpath(name) in self.infos

    def read(self, name: str) -> bytes:
        """A member's bytes; DocumentError when it is missing, oversized or damaged."""
        info = self.infos.get(posixpath.normpath(name))
        if info is None:
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP("Errors", "the {kind} is incomplete (“{name}” is missing)"),
                kind=self.kind_name,
                name=name[:80],
            )
        self._check(info)
        self.read_bytes += info.file_size
        if self.read_bytes > MAX_TOTAL_BYTES:
            raise self.bomb()
        try:
            return self.zip.read(info)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
            raise self.damaged() from None
        except RuntimeError:  # an encrypted member
            raise DocumentError(
                self.path,
                QT_TRANSLATE_NOOP("Errors", "the {kind} is protected by a password"),
                kind=self.kind_name,
            ) from None

    def read_optional(self, name: str) -> bytes | None:
        return self.read(name) if self.has(name) else None
