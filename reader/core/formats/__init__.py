"""Documents students are handed — PDF, Word, OpenDocument, EPUB — as articles.

:func:`identify` tells a document's kind from its bytes; :func:`prepare_document` turns
it into one article (or, for an EPUB collection, one per article in it), each ready for
the store like any other import. One module per format (``pdf``, ``docx``, ``odt``,
``epub``) does the reading; a long import reports progress and can be cancelled through
:class:`~reader.core.formats.progress.ImportProgress`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError
from reader.core.formats.progress import NO_PROGRESS, ImportCancelled, ImportProgress
from reader.core.formats.sniffing import (
    DOCUMENT_KINDS,
    DOCUMENT_SUFFIXES,
    DOCX,
    EPUB,
    ODT,
    OLD_WORD,
    PDF,
    RTF,
    ZIP,
    identify,
)

if TYPE_CHECKING:
    from reader.core.importing import PreparedArticle

__all__ = [
    "DOCUMENT_KINDS",
    "DOCUMENT_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "NO_PROGRESS",
    "ImportCancelled",
    "ImportProgress",
    "identify",
    "prepare_document",
    "refuse_unreadable",
]

# Books and scanned-looking PDFs are larger than articles; past this, not a study text.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


def refuse_unreadable(kind: str | None, path: Path) -> None:
    """Raise a message with the fix for kinds recognised but not read (old Word, RTF)."""
    if kind == OLD_WORD:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this is an old Word document (.doc); open it in Word or LibreOffice "
                "and save it as .docx, then import that",
            ),
        )
    if kind == RTF:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this is an RTF document; save it as .docx or .odt, then import that",
            ),
        )
    if kind == ZIP:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "this is a zip archive, not a document (unpack it and import its files)"
            ),
        )


def prepare_document(
    kind: str, data: bytes, path: Path, progress: ImportProgress = NO_PROGRESS
) -> list[PreparedArticle]:
    """The article(s) a document of ``kind`` makes; DocumentError says why it cannot."""
    from reader.core.importing import PreparedArticle, content_hash
    from reader.core.text_stats import count_words

    def prepared(title: str, original: str, markdown: str, **more: Any) -> PreparedArticle:
        return PreparedArticle(
            title=title,
            source_format=kind,
            original_text=original,
            markdown=markdown,
            content_hash=content_hash(original),
            words=count_words(markdown),
            **more,
        )

    if kind == PDF:
        from reader.core.formats.pdf import prepare_pdf

        pdf = prepare_pdf(data, path, progress)
        return [
            prepared(
                pdf.title, pdf.original, pdf.markdown, removed=pdf.removed, pages=tuple(pdf.pages)
            )
        ]
    if kind == EPUB:
        from reader.core.formats.epub import prepare_epub

        return [
            prepared(article.title, article.original, article.markdown, part=article.part)
            for article in prepare_epub(data, path, progress)
        ]
    if kind in (DOCX, ODT):
        progress.step(0, 1)
        if kind == DOCX:
            from reader.core.formats.docx import prepare_docx as prepare
        else:
            from reader.core.formats.odt import prepare_odt as prepare
        title, markdown, original = prepare(data, path)
        progress.step(1, 1)
        if count_words(markdown) <= count_words(title):
            raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the document holds no text"))
        return [prepared(title, original, markdown)]
    raise ValueError(f"not a document kind: {kind}")
