"""The article's title, found as Readability finds it: JSON-LD, ``<meta>`` tags, ``<title>``.

The ``<title>`` element loses the site's name around it ("Story - Site", "Site | Story") by
Readability's rules; article metadata is trusted first because sites fill it for sharing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from reader.core.html_extraction.page_tree import Element, text_of
from reader.core.script_words import CJK, word_weight

__all__ = ["find_title", "jsonld_articles", "normalise_space", "text_similarity"]

# (Between Chinese or Japanese characters a site's name follows a bare hyphen: "...需求-新华网".)
_SEPARATORS = re.compile(rf" [|\-–—\\/>»] |(?<=[{CJK}])-(?=[{CJK}])")
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
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-.:]\s*)?(title)\s*$",
    re.IGNORECASE,
)


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _word_count(text: str) -> int:
    # (Chinese and Japanese count by characters: "全力保障临床用药需求" is several words.)
    return sum(word_weight(word) for word in text.split())


def text_similarity(a: str, b: str) -> float:
    """How much of ``b``'s text is made of words that ``a`` also has (Readability's measure)."""
    tokens_a = {t for t in re.split(r"\W+", a.casefold()) if t}
    tokens_b = [t for t in re.split(r"\W+", b.casefold()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    unique_b = [t for t in tokens_b if t not in tokens_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(tokens_b))


def _title_element_title(doc: Element) -> str:
    """The ``<title>`` without the site's name around it, as Readability cuts it."""
    element = doc.find(".//title")
    original = normalise_space(text_of(element)) if element is not None else ""
    title = original
    had_hierarchical = False
    if _SEPARATORS.search(title):
        had_hierarchical = bool(_HIERARCHICAL_SEPARATORS.search(title))
        title = original[: list(_SEPARATORS.finditer(original))[-1].start()]
        if _word_count(title) < 3:
            title = re.sub(r"^[^|\-–—\\/>»]*[|\-–—\\/>»]", "", original)
    elif ": " in title:
        headings = {normalise_space(text_of(h)) for h in doc.iter("h1", "h2")}
        if title not in headings:
            title = original[original.rfind(":") + 1 :]
            if _word_count(title) < 3:
                title = original[original.find(":") + 1 :]
            elif _word_count(original[: original.find(":")]) > 5:
                title = original
    elif len(title) > 150 or len(title) < 15:
        h1s = list(doc.iter("h1"))
        if len(h1s) == 1:
            title = text_of(h1s[0])
    title = normalise_space(title)
    words = _word_count(title)
    if words <= 4 and (
        not had_hierarchical or words != _word_count(re.sub(r"[|\-–—\\/>»]+", "", original)) - 1
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


def jsonld_articles(doc: Element) -> Iterator[dict[str, Any]]:
    """The schema.org articles the page describes in JSON-LD, in the page's order."""
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
            if any(isinstance(k, str) and _JSONLD_ARTICLE_TYPES.match(k) for k in kinds):
                yield item


def _jsonld_title(doc: Element, fallback: str) -> str:
    for item in jsonld_articles(doc):
        name, headline = item.get("name"), item.get("headline")
        chosen: object = name if isinstance(name, str) else headline
        if isinstance(name, str) and isinstance(headline, str) and name != headline:
            name_matches = text_similarity(name, fallback) > 0.75
            headline_matches = text_similarity(headline, fallback) > 0.75
            chosen = headline if headline_matches and not name_matches else name
        if isinstance(chosen, str) and chosen.strip():
            return normalise_space(chosen)
    return ""


def _meta_title(doc: Element) -> str:
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name"):
            for key in (meta.get(attribute) or "").split():
                if _META_KEY.match(key):
                    normal = re.sub(r"\s+", "", key.casefold()).replace(".", ":")
                    found[normal] = normalise_space(content)  # the last one counts
    for key in _META_TITLE_KEYS:
        if found.get(key):
            return found[key]
    return ""


def find_title(doc: Element) -> str:
    """The article's title: JSON-LD, then ``<meta>`` tags, then the trimmed ``<title>``."""
    from_title = _title_element_title(doc)
    return _jsonld_title(doc, from_title) or _meta_title(doc) or from_title
