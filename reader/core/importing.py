"""Turning a file on disk into an article ready to store: decode, identify, clean.

`.txt` files go through the reader-mode cleaner; `.md` files are taken as Markdown as
they are. Documents (PDF, DOCX, ODT, EPUB), recognised by their content whatever their
name, go to :mod:`reader.core.formats`. Every failure is a :class:`DocumentError`
naming the file and the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.cleaning import (
    CLEANER_VERSION,
    MAX_TEXT_CHARS,
    MAX_TEXT_LINES,
    RemovedLine,
    TextTooLong,
    clean_text,
)
from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError
from reader.core.file_reading import (
    FileReadError,
    ReadProblem,
    read_regular_file,
    unreadable_document,
)
from reader.core.formats import (
    DOCUMENT_KINDS,
    DOCUMENT_SUFFIXES,
    MAX_DOCUMENT_BYTES,
    NO_PROGRESS,
    ImportProgress,
    identify,
    prepare_document,
    refuse_unreadable,
)
from reader.core.page_map import PageStart
from reader.core.text_stats import count_words

SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}


def importable_suffixes() -> list[str]:
    """Every file-name ending an article may have (".txt", ".pdf"…), for a file chooser;
    import itself goes by content, so these only narrow what a chooser lists."""
    return sorted([*SUPPORTED_SUFFIXES, *DOCUMENT_SUFFIXES])


# Articles are a few hundred KB at most; a file past this is almost surely not one, and
# reading it whole would freeze the window. Documented in the README.
MAX_FILE_BYTES = 20 * 1024 * 1024

_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_ATX_H1 = re.compile(r"^ {0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class PreparedArticle:
    """Everything the store needs to save an article, computed without touching the store."""

    title: str
    source_format: str  # "txt", "md", "html", "pdf", "docx", "odt" or "epub"
    original_text: str
    markdown: str
    removed: list[RemovedLine] = field(default_factory=list)
    content_hash: str = ""
    words: int = 0
    cleaner_version: int = CLEANER_VERSION
    pages: tuple[PageStart, ...] = ()  # where each PDF page begins in the Markdown
    part: str = ""  # which article of a file holding several (an EPUB collection)


# UTF-32 first: its little-endian mark begins with UTF-16's (FF FE), so read as UTF-16 a
# UTF-32 file becomes text with a NUL after every character.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, path: Path) -> str:
    """Decode article bytes: BOM-marked UTF-8/16/32, then UTF-8, then Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Errors", "the text is damaged ({encoding} marker, {problem})"
                    ),
                    encoding=encoding,
                    problem=exc.reason,
                ) from None
    if b"\x00" in data:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "this is a binary file, not a text article (it holds NUL bytes)"
            ),
        )
    try:
        return _reject_binary(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    # Legacy Windows text is by far the most common non-UTF-8 article encoding; cp1252
    # leaves five bytes undefined, so fall back to Latin-1 for those rather than fail.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _reject_binary(text, path)


def _reject_binary(text: str, path: Path) -> str:
    """Refuse text that is mostly control characters: an image or archive, not an article."""
    sample = text[:8192]
    # Only C0 controls (and DEL) count: binary data holds them in about one byte in ten,
    # whatever it decodes as. C1 controls (U+0080-U+009F) are what UTF-8 read as Latin-1
    # leaves in every curly quote ("â\x80\x99"): a reader's copy of a page, which the
    # cleaner repairs, not a binary file.
    controls = sum(1 for ch in sample if (ch < "\x20" or ch == "\x7f") and ch not in _TEXT_CONTROLS)
    # Real text has none or a stray one; decoded binary data has several in every hundred.
    if controls > max(2, len(sample) // 100):
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "this looks like a binary file, not a text article")
        )
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """Identity of an article's content: the same text imported twice is one article."""
    return hashlib.sha256(normalise_newlines(text).encode("utf-8")).hexdigest()


def markdown_title(markdown: str, fallback: str) -> str:
    match = _ATX_H1.search(markdown)
    if match:
        return match.group(1).strip()
    for line in markdown.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:200] or fallback
    return fallback


# Given an article's text, how many other articles of the library hold each of its lines
# (by reader.core.cleaning.line_key); the store provides it, the cleaner uses it.
LibraryLines = Callable[[str], Mapping[str, int]]


def prepare_text(
    text: str, source_format: str, fallback_title: str, library_lines: LibraryLines | None = None
) -> PreparedArticle:
    """Clean (``txt``) or adopt (``md``) decoded text as an article.

    ``library_lines`` tells the cleaner which lines are the template of a site other
    articles came from. Raises :class:`TextTooLong` for a ``txt`` text past the cleaner's
    bounds.
    """
    text = normalise_newlines(text)
    if source_format == "md":
        title = markdown_title(text, fallback_title)
        markdown, removed = text, []
    else:
        cleaned = clean_text(text, library_lines(text) if library_lines else None)
        title, markdown, removed = cleaned.title, cleaned.markdown, list(cleaned.removed)
    return PreparedArticle(
        title=title or fallback_title,
        source_format=source_format,
        original_text=text,
        markdown=markdown,
        removed=removed,
        content_hash=content_hash(text),
        words=count_words(markdown),
    )


def read_article_file(
    path: Path, progress: ImportProgress = NO_PROGRESS, library_lines: LibraryLines | None = None
) -> PreparedArticle:
    """Read, decode and prepare one article file, or raise DocumentError saying why not.

    A file holding several articles (an EPUB collection) gives its first; see
    :func:`read_articles`.
    """
    return read_articles(path, progress, library_lines)[0]


def read_articles(
    path: Path, progress: ImportProgress = NO_PROGRESS, library_lines: LibraryLines | None = None
) -> list[PreparedArticle]:
    """Every article in one file: one, or several for an EPUB collection of articles.

    ``progress`` hears of each page or chapter of a long document and can cancel it
    (ImportCancelled); plain text files are read at once. ``library_lines`` tells the
    cleaner of a copied text which of its lines other articles of the library hold.
    """
    source_format = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    document_suffix = DOCUMENT_SUFFIXES.get(path.suffix.lower())
    if source_format is None and document_suffix is None and _starts_like_document(path):
        document_suffix = "?"  # a PDF saved without its extension, an old .doc: read to tell
    if source_format is None and document_suffix is None:
        kinds = ", ".join(sorted([*SUPPORTED_SUFFIXES, *DOCUMENT_SUFFIXES]))
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "not a supported kind of file (Marginalia reads {kinds})"),
            kinds=kinds,
        )
    limit = MAX_DOCUMENT_BYTES if document_suffix else MAX_FILE_BYTES
    data = _read_limited(path, limit, document=document_suffix is not None)
    # By content, not name: a PDF saved as ".txt" is read as a PDF.
    kind = identify(data)
    if kind in DOCUMENT_KINDS:
        return prepare_document(kind, data, path, progress)
    refuse_unreadable(kind, path)
    if document_suffix is not None:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "the file is named {suffix} but is not one (it holds something else)"
            ),
            suffix=path.suffix.lower(),
        )
    assert source_format is not None
    if source_format == "html":
        return [_prepare_web_page(data, path)]
    text = decode_bytes(data, path)
    if not text.strip():
        raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    try:
        return [prepare_text(text, source_format, path.stem, library_lines)]
    except TextTooLong as exc:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the text is too long to read as an article ({chars} characters in {lines} "
                "lines; at most {max_chars} characters and {max_lines} lines)",
            ),
            chars=f"{exc.chars:,}",
            lines=f"{exc.lines:,}",
            max_chars=f"{MAX_TEXT_CHARS:,}",
            max_lines=f"{MAX_TEXT_LINES:,}",
        ) from None


def _starts_like_document(path: Path) -> bool:
    """Whether a file with a name we do not know starts as a document (or a .doc) does."""
    try:
        if not path.is_file():  # never open a FIFO or a device to look
            return False
        with path.open("rb") as file:
            head = file.read(1024)
    except OSError:
        return False
    return identify(head) is not None


def _read_limited(path: Path, limit: int, document: bool) -> bytes:
    """The file's bytes, read only if it is a regular file and only up to ``limit``."""
    try:
        return read_regular_file(path, limit)
    except FileReadError as exc:
        if exc.problem is not ReadProblem.TOO_LARGE:
            raise unreadable_document(path, exc) from None
    megabytes = f"{path.stat().st_size / 1e6:.0f}"  # a regular file: its size is true
    if document:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "the file is {megabytes} MB; documents larger than 200 MB are refused"
            ),
            megabytes=megabytes,
        )
    raise DocumentError(
        path,
        QT_TRANSLATE_NOOP(
            "Errors", "the file is {megabytes} MB; articles larger than 20 MB are refused"
        ),
        megabytes=megabytes,
    )


def _prepare_web_page(data: bytes, path: Path) -> PreparedArticle:
    """A saved web page in reader mode: its article as Markdown, the page kept as original."""
    from reader.core.html_extraction import PageRefused, decode_html, extract_article

    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # The page decoder knows UTF-8 and UTF-16 marks; a UTF-32 page is handed on as UTF-8.
        data = codecs.BOM_UTF8 + decode_bytes(data, path).encode("utf-8")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "this is a binary file, not a web page (it holds NUL bytes)"
            ),
        )
    text = normalise_newlines(decode_html(data))
    if not text.strip():
        raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    try:
        article = extract_article(text)
    except PageRefused as refused:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("Errors", "this web page is not read: {reason}"),
            reason=refused.reason,
        ) from None
    except ValueError:
        raise DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "no article text was found in this web page")
        ) from None
    title = article.title or path.stem
    markdown = article.markdown if article.title else f"# {title}\n\n{article.markdown}"
    return PreparedArticle(
        title=title,
        source_format="html",
        original_text=text,
        markdown=markdown,
        content_hash=content_hash(text),
        words=count_words(markdown),
    )


def find_article_files(path: Path) -> Iterator[Path]:
    """The article files at ``path``: itself, or every supported file below a folder."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            suffix = child.suffix.lower()
            if child.is_file() and (suffix in SUPPORTED_SUFFIXES or suffix in DOCUMENT_SUFFIXES):
                yield child
    else:
        yield path
