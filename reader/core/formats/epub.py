"""EPUB books (2 and 3) as articles: the spine in order, chapters as headings.

The package document (OPF) gives the title, the authors, the reading order (spine) and
the table of contents (EPUB 3's navigation document, or EPUB 2's NCX). Each chapter's
XHTML goes through :mod:`html_document`; images become their descriptions, scripts and
styles go, and nothing is fetched — a remote image or stylesheet is only ever text.

One book or several articles? Decided by the table of contents (see :func:`is_collection`):
a book — a novel, a textbook, a monograph — is one article with its chapters as headings;
a collection of articles — a journal issue, conference proceedings, an anthology — is
one article per entry of the table of contents. Entries that are front or back matter (a
cover, a title page, the contents, an index: little text of their own) never decide.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase
from reader.core.formats import html_document
from reader.core.formats.metadata import plausible_title
from reader.core.formats.progress import NO_PROGRESS, ImportProgress
from reader.core.formats.xml_parsing import parse_xhtml, parse_xml
from reader.core.formats.zip_reading import DocumentArchive

KIND_NAME = Phrase(QT_TRANSLATE_NOOP("Errors", "EPUB"))
MAX_CHAPTERS = 5_000

_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_HTML_TYPES = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")

# An entry that is one numbered part of a whole: "Chapter 3", "Bab III", "Part Two", "4.",
# "IV The Cold War". A collection's entries are titles of their own.
_NUMBERED_ENTRY = re.compile(
    r"^\s*(?:(?:chapter|chap\.|bab|part|bagian|section|lesson|pelajaran|unit|book|buku|volume)"
    r"\b|(?:\d{1,3}|[IVXLC]{1,6})(?:[.:)\s]|$))",
    re.IGNORECASE,
)
# A collection's entries are articles: long enough to stand alone.
MIN_ARTICLE_WORDS = 1_000
# Entries with fewer words than this are front or back matter and do not decide.
MIN_CONTENT_WORDS = 150


@dataclass
class TocEntry:
    label: str
    document: str  # the spine document it points into, a path inside the archive
    fragment: str
    children: list[TocEntry] = field(default_factory=list)


@dataclass
class Chapter:
    """One spine document, parsed: its body and its words."""

    name: str
    root: lxml.html.HtmlElement
    html: str
    words: int = 0


@dataclass(frozen=True)
class EpubArticle:
    """One article made from the book: the whole book, or one entry of a collection."""

    title: str
    markdown: str
    original: str  # the chapters' XHTML, kept as the original
    part: str  # "" for the whole book; else which entry (its first document)


@dataclass
class _Book:
    path: Path
    archive: DocumentArchive
    opf_dir: str = ""
    title: str = ""
    authors: list[str] = field(default_factory=list)
    spine: list[str] = field(default_factory=list)
    auxiliary: list[str] = field(default_factory=list)  # linear="no": note pages and such
    toc: list[TocEntry] = field(default_factory=list)
    nav: str = ""


def _member(base: str, href: str) -> str | None:
    """The archive member ``href`` (relative to ``base``'s folder) names, or None."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None  # a remote resource: never fetched
    name = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))
    return None if name.startswith("..") or name.startswith("/") else name


def _text(element: lxml.etree._Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _read_package(book: _Book) -> lxml.etree._Element:
    archive = book.archive
    container = parse_xml(
        archive.read("META-INF/container.xml"), book.path, KIND_NAME, "META-INF/container.xml"
    )
    rootfile = container.find(f".//{_CONTAINER}rootfile")
    opf_name = rootfile.get("full-path", "") if rootfile is not None else ""
    if not opf_name:
        raise archive.damaged()
    opf_name = posixpath.normpath(unquote(opf_name))
    book.opf_dir = opf_name
    return parse_xml(archive.read(opf_name), book.path, KIND_NAME, opf_name)


def _read_metadata(book: _Book, opf: lxml.etree._Element) -> None:
    metadata = opf.find(f"{_OPF}metadata")
    if metadata is None:
        return
    title = metadata.find(f"{_DC}title")
    book.title = _text(title)
    roles = {
        m.get("refines", "").lstrip("#"): (m.text or "").strip()
        for m in metadata.iter(f"{_OPF}meta")
        if m.get("property") == "role"
    }
    for creator in metadata.iter(f"{_DC}creator"):
        role = creator.get(f"{_OPF}role") or roles.get(creator.get("id", ""), "aut")
        name = _text(creator)
        if name and role in ("aut", "") and name not in book.authors:
            book.authors.append(name)


def _read_spine(book: _Book, opf: lxml.etree._Element) -> None:
    manifest: dict[str, tuple[str, str, str]] = {}
    for item in opf.iter(f"{_OPF}item"):
        name = _member(book.opf_dir, item.get("href", ""))
        if name is not None:
            manifest[item.get("id", "")] = (
                name,
                item.get("media-type", ""),
                item.get("properties", ""),
            )
    for _id, (name, _kind, properties) in manifest.items():
        if "nav" in properties.split():
            book.nav = name
    spine = opf.find(f"{_OPF}spine")
    if spine is None:
        return
    for itemref in spine.iter(f"{_OPF}itemref"):
        found = manifest.get(itemref.get("idref", ""))
        if found is None or found[1] not in _HTML_TYPES or not book.archive.has(found[0]):
            continue
        if itemref.get("linear", "yes") == "no":
            book.auxiliary.append(found[0])
        elif found[0] not in book.spine:
            book.spine.append(found[0])
    if len(book.spine) > MAX_CHAPTERS:
        raise DocumentError(
            book.path,
            QT_TRANSLATE_NOOP("Errors", "the {kind} has {count} chapters; more than any book has"),
            kind=KIND_NAME,
            count=len(book.spine),
        )
    ncx_id = spine.get("toc", "")
    if not book.nav and ncx_id in manifest:
        book.toc = _read_ncx(book, manifest[ncx_id][0])


def _entry(book: _Book, base: str, href: str, label: str) -> TocEntry | None:
    name = _member(base, href)
    if name is None:
        return None
    return TocEntry(" ".join(label.split()), name, urlsplit(href).fragment)


def _read_ncx(book: _Book, name: str) -> list[TocEntry]:
    data = book.archive.read_optional(name)
    if data is None:
        return []
    root = parse_xml(data, book.path, KIND_NAME, name)

    def points(parent: lxml.etree._Element) -> list[TocEntry]:
        found = []
        for point in parent.findall(f"{_NCX}navPoint"):
            content = point.find(f"{_NCX}content")
            label = _text(point.find(f"{_NCX}navLabel"))
            entry = _entry(book, name, content.get("src", "") if content is not None else "", label)
            if entry is not None:
                entry.children = points(point)
                found.append(entry)
        return found

    nav_map = root.find(f"{_NCX}navMap")
    return points(nav_map) if nav_map is not None else []


def _read_nav(book: _Book) -> list[TocEntry]:
    data = book.archive.read_optional(book.nav)
    root = parse_xhtml(data) if data else None
    if root is None:
        return []
    navs = [n for n in root.iter("nav") if "toc" in n.get("epub-type", "")] or list(
        root.iter("nav")
    )
    if not navs:
        return []

    def items(ol: lxml.html.HtmlElement) -> list[TocEntry]:
        found = []
        for li in ol.findall("li"):
            link = li.find("a")
            label = _text(link if link is not None else li.find("span"))
            entry = _entry(book, book.nav, link.get("href", "") if link is not None else "", label)
            sub = li.find("ol")
            children = items(sub) if sub is not None else []
            if entry is None:
                found += children
                continue
            entry.children = children
            found.append(entry)
        return found

    top = navs[0].find(".//ol")
    return items(top) if top is not None else []


def _load_chapters(book: _Book, progress: ImportProgress) -> dict[str, Chapter]:
    chapters: dict[str, Chapter] = {}
    names = book.spine + book.auxiliary
    for done, name in enumerate(names):
        progress.step(done, len(names))
        data = book.archive.read(name)
        root = parse_xhtml(data)
        if root is None:
            continue
        body = root.find("body")
        if body is None:
            body = root
        html_document.drop_non_text(body)
        chapters[name] = Chapter(name, body, data.decode("utf-8", "replace"))
    return chapters


def _resolver(
    chapters: dict[str, Chapter], current: str, index: dict[str, dict[str, lxml.html.HtmlElement]]
) -> Callable[[str], lxml.html.HtmlElement | None]:
    """Finds a link's target in this chapter or another (an endnotes file)."""

    def resolve(href: str) -> lxml.html.HtmlElement | None:
        parts = urlsplit(href)
        if not parts.fragment:
            return None
        name = (_member(current, parts.path) if parts.path else current) or ""
        chapter = chapters.get(name)
        if chapter is None:
            return None
        if name not in index:
            index[name] = html_document.anchors(chapter.root)
        return index[name].get(parts.fragment)

    return resolve


def _words(element: lxml.html.HtmlElement) -> int:
    return len(html_document.text_of(element).split())


def _content_entries(book: _Book, chapters: dict[str, Chapter]) -> list[tuple[TocEntry, list[str]]]:
    """Top-level TOC entries with text of their own, and the spine documents each spans."""
    starts = []
    for entry in book.toc:
        if entry.document in book.spine:
            starts.append((book.spine.index(entry.document), entry))
    starts.sort(key=lambda pair: pair[0])
    spans: list[tuple[TocEntry, list[str]]] = []
    for i, (index, entry) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(book.spine)
        spans.append((entry, book.spine[index:end]))
    return [
        (entry, names)
        for entry, names in spans
        if sum(chapters[n].words for n in names if n in chapters) >= MIN_CONTENT_WORDS
    ]


def is_collection(book: _Book, chapters: dict[str, Chapter]) -> bool:
    """Whether the book is a collection of articles rather than one work.

    It is when its table of contents has at least two top-level entries with text of their
    own, each starting its own document, and every one of them reads like an article:
    at least MIN_ARTICLE_WORDS words, sections of its own (sub-entries in the table of
    contents, or headings below its title), and a title of its own rather than a number
    in a sequence ("Chapter 3", "Bab III", "4."). A novel's chapters have no sections; a
    textbook's are numbered; both stay one article.
    """
    entries = _content_entries(book, chapters)
    if len(entries) < 2:
        return False
    if len({names[0] for _e, names in entries}) < len(entries):
        return False  # two entries in one document cannot be split apart cleanly
    for entry, names in entries:
        words = sum(chapters[n].words for n in names if n in chapters)
        headings = sum(
            len(chapters[n].root.xpath(".//h1|.//h2|.//h3|.//h4")) for n in names if n in chapters
        )
        if words < MIN_ARTICLE_WORDS or _NUMBERED_ENTRY.match(entry.label):
            return False
        if not entry.children and headings < 2:
            return False
    return True


def _is_title_page(chapter: Chapter, book: _Book) -> bool:
    """A document holding only the book's title and authors (already above the text)."""
    known = set(" ".join([book.title, *book.authors]).casefold().split())
    words = html_document.text_of(chapter.root).casefold().split()
    return bool(words) and len(words) <= 60 and set(words) <= known


def _ensure_heading(chapter: Chapter, label: str) -> None:
    """Start a chapter with its table-of-contents label when it has no heading of its own."""
    if not label:
        return
    for element in chapter.root.iter():
        if not isinstance(element.tag, str) or element is chapter.root:
            continue
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return
        if (
            element.tag in ("p", "li", "div", "td", "blockquote")
            and element.text
            and element.text.strip()
        ):
            break
    heading = lxml.html.Element("h1")
    heading.text = label
    chapter.root.insert(0, heading)


def _markdown_of(
    chapters: list[Chapter], title: str, byline: str, resolve_in: dict[str, Chapter]
) -> str:
    notes = html_document.NoteCollector()
    index: dict[str, dict[str, lxml.html.HtmlElement]] = {}
    for chapter in chapters:
        html_document.gather_notes(chapter.root, notes, _resolver(resolve_in, chapter.name, index))
    roots = []
    for chapter in chapters:
        html_document.remove_taken_notes(chapter.root, notes)
        html_document.tidy(chapter.root)
        roots.append(chapter.root)
    levels = [int(h.tag[1]) for r in roots for h in r.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    shift = 2 - min(levels) if levels else 0
    bodies = [html_document.to_markdown(r, heading_shift=shift) for r in roots]
    body = "\n\n".join(b for b in bodies if b)
    return html_document.document_markdown(title, byline, body, notes.markdown())


def prepare_epub(
    data: bytes, path: Path, progress: ImportProgress = NO_PROGRESS
) -> list[EpubArticle]:
    """The articles an EPUB's bytes make: one for a book, one per entry for a collection."""
    archive = DocumentArchive(data, path, KIND_NAME)
    if archive.has("META-INF/encryption.xml"):
        encrypted = parse_xml(
            archive.read("META-INF/encryption.xml"), path, KIND_NAME, "META-INF/encryption.xml"
        )
        # Font obfuscation is harmless; encrypted chapters mean DRM.
        if any(
            "font" not in (r.get("URI") or "").lower() for r in encrypted.iter("{*}CipherReference")
        ):
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors", "the EPUB is locked with DRM; only DRM-free books can be read"
                ),
            )
    book = _Book(path, archive)
    opf = _read_package(book)
    _read_metadata(book, opf)
    _read_spine(book, opf)
    if book.nav:
        book.toc = _read_nav(book) or book.toc
    if not book.spine:
        raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the EPUB has no chapters to read"))
    chapters = _load_chapters(book, progress)
    for chapter in chapters.values():
        chapter.words = _words(chapter.root)
    title = plausible_title(book.title, path)
    byline = ", ".join(book.authors)
    original = "\n".join(chapters[n].html for n in book.spine if n in chapters)
    if is_collection(book, chapters):
        articles = []
        for entry, names in _content_entries(book, chapters):
            parts = [chapters[n] for n in names if n in chapters]
            label = entry.label or html_document.take_leading_heading(parts[0].root)
            first = parts[0].root
            html_document.drop_heading_named(first, label)
            markdown = _markdown_of(parts, label or title, "", chapters)
            articles.append(
                EpubArticle(label or title, markdown, "\n".join(p.html for p in parts), names[0])
            )
        return articles
    labels = {e.document: e.label for e in book.toc if not e.fragment}
    kept = []
    for name in book.spine:
        found = chapters.get(name)
        if found is None or found.words == 0 or _is_title_page(found, book):
            continue
        _ensure_heading(found, labels.get(name, ""))
        kept.append(found)
    if not kept:
        raise DocumentError(path, QT_TRANSLATE_NOOP("Errors", "the EPUB holds no text"))
    # A first heading repeating the book's title stands above the text already.
    html_document.drop_heading_named(kept[0].root, title)
    markdown = _markdown_of(kept, title, byline, chapters)
    return [EpubArticle(title, markdown, original, "")]
