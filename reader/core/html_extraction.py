"""Reader mode for saved web pages: keep the article's title and text, drop the site around it.

The article is found by readability-lxml (a port of the Readability algorithm that browsers'
reader modes descend from), the furniture it lets through is trimmed the way Mozilla's
Readability trims it (forms, buttons, share bars, asides, dialogs), and the result becomes
Markdown with markdownify. The title follows Readability's order: the page's JSON-LD article
metadata, then its ``<meta>`` title tags, then the ``<title>`` element without the site name.

Nothing here touches the network: every library is handed the page as a string, links are
only rewritten as text, and no image, stylesheet or script is ever loaded.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]
from markdownify import MarkdownConverter
from readability import Document  # type: ignore[import-untyped,unused-ignore]
from readability.readability import REGEXES  # type: ignore[import-untyped,unused-ignore]

from reader.core.text_encodings import text_codec

__all__ = ["ExtractedArticle", "decode_html", "extract_article", "extract_article_bytes"]


@dataclass(frozen=True)
class ExtractedArticle:
    """An article taken out of a web page: its title and its text as Markdown."""

    title: str  # "" when the page names none; the caller then falls back, e.g. to the file name
    markdown: str  # starts with "# {title}" when there is a title


# ---------------------------------------------------------------------------------------------
# Decoding bytes


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:+-]+)""", re.IGNORECASE
)
# As in browsers (WHATWG Encoding), these labels mean Windows-1252, a superset of both.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859_1", "ascii", "cp1252"}


def _declared_codec(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta>`` charset, if it names a known one."""
    match = _META_CHARSET.search(data[:16384])
    if match is None:
        return None
    name = text_codec(match.group(1).decode("ascii", "replace"))
    if name is None:  # unknown, or not a text encoding at all (rot13, base64, undefined)
        return None
    name = name.replace("-", "_")
    if name in _WINDOWS_1252_ALIASES:
        return "cp1252"
    if name.startswith("utf_16") or name.startswith("utf_32"):
        return "utf-8"  # a page whose bytes could be scanned as ASCII is not UTF-16 (WHATWG)
    return name


def decode_html(data: bytes) -> str:
    """Decode a saved page: its BOM, else its ``<meta charset>``, else UTF-8, else Windows-1252.

    A page that declares a single-byte charset but whose bytes are valid UTF-8 with non-ASCII
    characters was re-saved as UTF-8 without fixing the declaration; it is read as UTF-8, since
    legacy text is practically never valid UTF-8 by chance. A declared charset the bytes do not
    fit is skipped rather than trusted.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf8: str | None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    declared = _declared_codec(data)
    if declared is not None:
        single_byte = declared == "cp1252" or codecs.lookup(declared).name.startswith(
            ("iso8859", "cp", "windows", "koi8", "mac")
        )
        if utf8 is not None and single_byte and not data.isascii():
            return utf8
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    if utf8 is not None:
        return utf8
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them rather than failing.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# ---------------------------------------------------------------------------------------------
# The title


_SEPARATORS = re.compile(r" [|\-\\/>»] ")
_HIERARCHICAL_SEPARATORS = re.compile(r" [\\/>»] ")
_SPACES = re.compile(r"\s+")
_JSONLD_ARTICLE_TYPES = re.compile(
    r"^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
    r"|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report"
    r"|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting"
    r"|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$"
)
_SCHEMA_ORG = re.compile(r"^https?://schema\.org/?$")
# <meta> names and properties that carry a title, most trusted first (Readability's order).
_META_TITLE_KEYS = (
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
)
_META_KEY = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|weibo:(?:article|webpage))\s*[-.:]\s*)?(title)\s*$",
    re.IGNORECASE,
)


def _normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _word_count(text: str) -> int:
    return len(text.split())


def _text_similarity(a: str, b: str) -> float:
    """How much of ``b``'s text is made of words that ``a`` also has (Readability's measure)."""
    tokens_a = {t for t in re.split(r"\W+", a.casefold()) if t}
    tokens_b = [t for t in re.split(r"\W+", b.casefold()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    unique_b = [t for t in tokens_b if t not in tokens_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(tokens_b))


def _title_element_title(doc: lxml.html.HtmlElement) -> str:
    """The ``<title>`` without the site's name around it, as Readability cuts it."""
    element = doc.find(".//title")
    original = _normalise_space(element.text_content()) if element is not None else ""
    title = original
    had_hierarchical = False
    if _SEPARATORS.search(title):
        had_hierarchical = bool(_HIERARCHICAL_SEPARATORS.search(title))
        title = original[: list(_SEPARATORS.finditer(original))[-1].start()]
        if _word_count(title) < 3:
            title = re.sub(r"^[^|\-\\/>»]*[|\-\\/>»]", "", original)
    elif ": " in title:
        headings = {_normalise_space(h.text_content()) for h in doc.iter("h1", "h2")}
        if title not in headings:
            title = original[original.rfind(":") + 1 :]
            if _word_count(title) < 3:
                title = original[original.find(":") + 1 :]
            elif _word_count(original[: original.find(":")]) > 5:
                title = original
    elif len(title) > 150 or len(title) < 15:
        h1s = list(doc.iter("h1"))
        if len(h1s) == 1:
            title = h1s[0].text_content()
    title = _normalise_space(title)
    words = _word_count(title)
    if words <= 4 and (
        not had_hierarchical or words != _word_count(re.sub(r"[|\-\\/>»]+", "", original)) - 1
    ):
        title = original
    return title


def _jsonld_items(data: Any) -> Iterator[dict[str, Any]]:
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        yield item
        graph = item.get("@graph")
        if isinstance(graph, list):
            yield from (g for g in graph if isinstance(g, dict))


def _jsonld_title(doc: lxml.html.HtmlElement, fallback: str) -> str:
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        text = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", script.text or "")
        try:
            data = json.loads(text)
        except ValueError:
            continue
        context = data.get("@context") if isinstance(data, dict) else None
        for item in _jsonld_items(data):
            item_context = item.get("@context", context)
            if isinstance(item_context, str) and not _SCHEMA_ORG.match(item_context):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and _JSONLD_ARTICLE_TYPES.match(k) for k in kinds):
                continue
            name, headline = item.get("name"), item.get("headline")
            chosen: object = name if isinstance(name, str) else headline
            if isinstance(name, str) and isinstance(headline, str) and name != headline:
                name_matches = _text_similarity(name, fallback) > 0.75
                headline_matches = _text_similarity(headline, fallback) > 0.75
                chosen = headline if headline_matches and not name_matches else name
            if isinstance(chosen, str) and chosen.strip():
                return _normalise_space(chosen)
    return ""


def _meta_title(doc: lxml.html.HtmlElement) -> str:
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name"):
            for key in (meta.get(attribute) or "").split():
                if _META_KEY.match(key):
                    normal = re.sub(r"\s+", "", key.casefold()).replace(".", ":")
                    found.setdefault(normal, _normalise_space(content))
    for key in _META_TITLE_KEYS:
        if found.get(key):
            return found[key]
    return ""


def find_title(doc: lxml.html.HtmlElement) -> str:
    """The article's title: JSON-LD, then ``<meta>`` tags, then the trimmed ``<title>``."""
    from_title = _title_element_title(doc)
    return _jsonld_title(doc, from_title) or _meta_title(doc) or from_title


# ---------------------------------------------------------------------------------------------
# The article


# Page furniture that can sit inside the article's container: never part of the text.
_FURNITURE_TAGS = (
    "nav",
    "aside",
    "footer",
    "form",
    "fieldset",
    "button",
    "input",
    "select",
    "textarea",
    "iframe",
    "object",
    "embed",
    "dialog",
    "noscript",
    "template",
    "svg",
)
_FURNITURE_ROLES = {
    "navigation",
    "menu",
    "menubar",
    "complementary",
    "alert",
    "alertdialog",
    "dialog",
    "search",
}
# Share bars, cookie and consent banners, newsletter prompts: removed when they are short.
_FURNITURE_NAMES = re.compile(
    r"(?:\b|_)(?:share|sharing|sharedaddy|social|cookie|cookies|consent|gdpr|newsletter)(?:\b|_)",
    re.IGNORECASE,
)
_FURNITURE_MAX_CHARS = 500
# Class and id words that mark furniture whatever its length, unless they also mark content
# (Mozilla Readability's "unlikely candidates", which readability-lxml only partly applies).
_UNLIKELY_NAMES = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer"
    r"|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social"
    r"|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
    re.IGNORECASE,
)
_MAYBE_CONTENT_NAMES = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")
_WORD = re.compile(r"\w")


class _Readability(Document):  # type: ignore[misc]
    """readability-lxml, keeping what is inside a table whole, as Mozilla's Readability does.

    readability-lxml drops any element whose class looks like furniture ("header", "menu"),
    even a table's header cells; Readability leaves tables and links alone.
    """

    def remove_unlikely_candidates(self) -> None:
        unlikely, maybe = REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"]
        for element in self.html.findall(".//*"):
            names = f"{element.get('class', '')} {element.get('id', '')}"
            if (
                len(names) >= 2
                and unlikely.search(names)
                and not maybe.search(names)
                and element.tag not in ("html", "body", "a")
                and not element.xpath(
                    "ancestor-or-self::pre|ancestor-or-self::code|ancestor::table"
                    "|descendant-or-self::main|descendant-or-self::article"
                    "|descendant-or-self::math"
                )
            ):
                element.drop_tree()


class _Converter(MarkdownConverter):
    """markdownify, set up for the reading view: ATX headings, pipe tables, one bullet."""

    def __init__(self) -> None:
        super().__init__(
            heading_style="ATX",
            bullets="-",
            escape_misc=True,
            table_infer_header=True,
            strip_document="strip",
            keep_inline_images_in=["td", "th", "a", "figure", "span", "div", "p"],
        )


def _drop(element: lxml.html.HtmlElement) -> None:
    if element.getparent() is not None:
        element.drop_tree()


def _remove_furniture(root: lxml.html.HtmlElement) -> None:
    for element in list(root.iter(*_FURNITURE_TAGS)):
        _drop(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        role = (element.get("role") or "").strip().casefold()
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        unlikely = (
            _UNLIKELY_NAMES.search(names)
            and not _MAYBE_CONTENT_NAMES.search(names)
            and element.tag != "a"
            and not element.xpath("ancestor::table|ancestor::code")
        )
        if (
            role in _FURNITURE_ROLES
            or unlikely
            or (
                _FURNITURE_NAMES.search(names)
                and len(element.text_content().strip()) < _FURNITURE_MAX_CHARS
            )
        ):
            _drop(element)


def _unwrap_layout_tables(root: lxml.html.HtmlElement) -> None:
    """Turn tables used for layout into plain blocks; Markdown tables cannot nest.

    A table holding another table, or only one cell, lays the page out: its cells become
    ``div``s in reading order, and the tables inside it stay tables.
    """
    while True:
        layout = [
            table
            for table in root.iter("table")
            if table.find(".//table") is not None or len(table.xpath(".//td|.//th")) <= 1
        ]
        if not layout:
            return
        table = layout[0]  # outermost first: iter() is in document order
        for element in table.xpath(
            ".//*[self::thead or self::tbody or self::tfoot or self::tr or self::td or self::th"
            " or self::caption or self::colgroup or self::col]"
        ):
            if element.xpath("ancestor::table[1]")[0] is table:
                element.tag = "div"
        table.tag = "div"


def _tidy(root: lxml.html.HtmlElement, title: str) -> None:
    _unwrap_layout_tables(root)
    # The title is the article's only level-1 heading; a heading repeating it goes.
    for heading in root.iter("h1", "h2"):
        text = _normalise_space(heading.text_content())
        if title and text and _text_similarity(title, text) > 0.75 and len(text) > 0:
            _drop(heading)
        break
    for heading in root.iter("h1"):
        heading.tag = "h2"
    for element in root.iter("a", "img"):
        element.attrib.pop("title", None)  # a tooltip, not text; Markdown titles are one line
    for image in root.iter("img"):
        src = image.get("src") or ""
        if src.startswith("data:"):
            image.set("src", "")  # the picture is never shown; only its description is
    for link in root.iter("a"):
        href = link.get("href") or ""
        if href.casefold().startswith(("javascript:", "data:")):
            link.attrib.pop("href", None)


def _escape_heading(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text).rstrip("#").rstrip() or text


def extract_article(html: str, url: str | None = None) -> ExtractedArticle:
    """The article in a saved web page, as its title and clean Markdown.

    ``url`` (the page's address, if known) only makes relative links absolute; nothing is
    fetched. Raises ``ValueError("no article text found")`` when the page holds no article.
    """
    if not _WORD.search(html):
        raise ValueError("no article text found")
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        doc = lxml.html.document_fromstring(html)
        title = find_title(doc)
        summary = _Readability(html, url=url).summary(html_partial=True)
        root = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise ValueError("no article text found") from exc
    _remove_furniture(root)
    _tidy(root, title)
    body = _Converter().convert(lxml.html.tostring(root, encoding="unicode"))
    body = _BLANK_LINES.sub("\n\n", body).strip()
    if not _WORD.search(body):
        raise ValueError("no article text found")
    markdown = f"# {_escape_heading(title)}\n\n{body}\n" if title else f"{body}\n"
    return ExtractedArticle(title=title, markdown=markdown)


def extract_article_bytes(data: bytes, url: str | None = None) -> ExtractedArticle:
    """:func:`extract_article` on a page's bytes, decoded as :func:`decode_html` says."""
    return extract_article(decode_html(data), url)
