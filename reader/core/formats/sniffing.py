"""Which kind of document a file is, from its bytes, not its name.

A PDF starts with ``%PDF-`` (within its first kilobyte, as readers allow); DOCX, ODT and
EPUB are zip archives told apart by what they hold: EPUB and OpenDocument name their kind
in a ``mimetype`` member, a Word document has ``word/document.xml``. Kinds we do not read
but students often have (an old Word ``.doc``, RTF) are recognised so the message can say
what to do.
"""

from __future__ import annotations

import io
import zipfile

PDF = "pdf"
DOCX = "docx"
ODT = "odt"
EPUB = "epub"
OLD_WORD = "doc"  # recognised only to explain; not imported
RTF = "rtf"  # likewise
ZIP = "zip"  # some other zip archive

DOCUMENT_KINDS = (PDF, DOCX, ODT, EPUB)
# The names a file dialog offers for them, and folders are searched for.
DOCUMENT_SUFFIXES = {".pdf": PDF, ".docx": DOCX, ".odt": ODT, ".epub": EPUB}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_TYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
)


def identify(data: bytes) -> str | None:
    """The document kind of ``data``, or None when it is not one (text, HTML, …)."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(_OLE2):
        return OLD_WORD
    if data.startswith(b"{\\rtf"):
        return RTF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    return None


def _zip_kind(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return ZIP  # a damaged archive; the reader for its kind will say so
    with archive:
        names = set(archive.namelist())
        if "mimetype" in names:
            info = archive.getinfo("mimetype")
            if info.file_size <= 100:  # a mimetype member is one short line
                try:
                    mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
                    mimetype = ""
                if mimetype == "application/epub+zip":
                    return EPUB
                if mimetype in _ODT_TYPES:
                    return ODT
        if "word/document.xml" in names:
            return DOCX
        if "META-INF/container.xml" in names:
            return EPUB  # an EPUB whose mimetype member went missing
        if "content.xml" in names and "META-INF/manifest.xml" in names:
            return ODT
    return ZIP
