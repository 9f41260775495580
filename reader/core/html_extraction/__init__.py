"""Reader mode for saved web pages: keep the article's title and text, drop the site around it.

The page is parsed within bounds (:mod:`page_tree`), its title found (:mod:`page_title`), the
article found by its content (:mod:`article_region`), checked against the article text the
page declares, if any (:mod:`declared_text`), and written out as Markdown
(:mod:`markdown_writer`). Nothing here touches the network: the page is handed over as a
string, links are only rewritten as text, and no image, stylesheet or script is ever loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.html_extraction.decoding import decode_html
from reader.core.html_extraction.page_tree import PageRefused

if TYPE_CHECKING:
    from reader.core.html_extraction.article_region import Settings
    from reader.core.html_extraction.declared_text import DeclaredWords
    from reader.core.html_extraction.page_language import PageLanguage
    from reader.core.html_extraction.page_tree import Element

__all__ = [
    "ExtractedArticle",
    "PageRefused",
    "decode_html",
    "extract_article",
    "extract_article_bytes",
]

_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class ExtractedArticle:
    """An article taken out of a web page: its title and its text as Markdown."""

    title: str  # "" when the page names none; the caller then falls back, e.g. to the file name
    markdown: str  # starts with "# {title}" when there is a title


def _escape_heading(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text).rstrip("#").rstrip() or text


def _page_address(doc: Element) -> str | None:
    """Where the page says it lives: its ``<base>``, else its canonical address or og:url.

    Relative links are made absolute against it, so that they open from the reading view.
    """
    head = doc.find("head")
    if head is None:
        return None
    for element, attribute in (
        (head.find("base[@href]"), "href"),
        (head.find("link[@rel='canonical'][@href]"), "href"),
        (head.find("meta[@property='og:url'][@content]"), "content"),
    ):
        if element is not None:
            address = (element.get(attribute) or "").strip()
            if address.casefold().startswith(("http://", "https://")):
                return address
    return None


def extract_article(
    html: str, url: str | None = None, settings: Settings | None = None
) -> ExtractedArticle:
    """The article in a saved web page, as its title and clean Markdown.

    ``url`` (the page's address, if known) only makes relative links absolute; nothing is
    fetched. ``settings`` replaces the learned settings (to measure others). Raises
    :class:`PageRefused` (a ``ValueError``) with a one-line reason for a page out of bounds,
    and ``ValueError("no article text found")`` when the page holds no article.
    """
    from reader.core.html_extraction.article_region import find_article
    from reader.core.html_extraction.datelines import without_datelines
    from reader.core.html_extraction.declared_text import declared_words
    from reader.core.html_extraction.markdown_writer import write_markdown
    from reader.core.html_extraction.page_language import language_of
    from reader.core.html_extraction.page_title import find_title
    from reader.core.html_extraction.page_tree import parse_page, visible_body
    from reader.core.html_extraction.post_links import without_post_links

    if not _WORD.search(html):
        raise ValueError("no article text found")
    doc = parse_page(html)
    title = find_title(doc)
    declared = declared_words(doc)
    body = visible_body(doc)
    language = language_of(body.itertext())
    article = find_article(body, title, language, settings)
    if article is not None and declared is not None:
        article = _checked_against(article, declared, body, title, language, settings)
    if article is None:
        raise ValueError("no article text found")
    body_markdown = without_post_links(
        without_datelines(write_markdown(article, url, _page_address(doc)))
    )
    if not _WORD.search(body_markdown):
        raise ValueError("no article text found")
    markdown = f"# {_escape_heading(title)}\n\n{body_markdown}\n" if title else f"{body_markdown}\n"
    return ExtractedArticle(title=title, markdown=markdown)


def _checked_against(
    article: Element,
    declared: DeclaredWords,
    body: Element,
    title: str,
    language: PageLanguage,
    settings: Settings | None,
) -> Element:
    """The article, or a search bounded to where the page's declared words are, when the
    article found holds few of them and the bounded search holds more."""
    from reader.core.html_extraction.article_region import find_article
    from reader.core.html_extraction.page_tree import text_of

    found = text_of(article)
    if not declared.is_missed_by(found):
        return article
    within = declared.holder(body)
    if within is None:
        return article
    bounded = find_article(body, title, language, settings, within)
    if bounded is None or declared.share_in(text_of(bounded)) <= declared.share_in(found):
        return article
    return bounded


def extract_article_bytes(
    data: bytes, url: str | None = None, settings: Settings | None = None
) -> ExtractedArticle:
    """:func:`extract_article` on a page's bytes, decoded as :func:`decode_html` says."""
    return extract_article(decode_html(data), url, settings)
