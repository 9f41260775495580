"""What an element's class, id and role say about it: furniture, content, a share bar, a byline.

The words are generic (``sidebar``, ``comment``, ``content``, ``share``), as Readability uses
them, in English because that is what page templates are written in; no site is named. Names are
lowercased once, so every pattern runs without case folding.
"""

from __future__ import annotations

import re

from reader.core.html_extraction.page_tree import Element

__all__ = [
    "UNLIKELY_ROLES",
    "class_weight",
    "is_byline",
    "is_share_bar",
    "is_unlikely",
    "names_of",
]

# Furniture whatever its size, unless the name also says content ("article-comments").
_UNLIKELY = re.compile(
    r"-ad-|banner|breadcrumb|combx|comment|community|cover-wrap|extra|footer|gdpr|header"
    r"|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
    r"|supplemental|ad-break|agegate|pagination|pager|popup"
)
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_MAYBE_CONTENT = re.compile(r"and|article|body|column|content|main|shadow")
UNLIKELY_ROLES = frozenset(
    ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
)
# Names that count for or against a container as the article.
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
    r"|masthead|media|meta|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
    r"|shopping|tags|widget"
)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
)
_SHARE = re.compile(r"(?:\b|_)(?:share|sharedaddy)(?:\b|_)")
_BYLINE = re.compile(r"byline|author|dateline|writtenby|p-author")


def names_of(element: Element) -> str:
    """The element's class and id, lowercased, one space apart ("" when it has neither)."""
    attributes = element.attrib
    if not attributes:
        return ""
    names = f"{attributes.get('class', '')} {attributes.get('id', '')}"
    return names.lower() if len(names) > 1 else ""


def is_unlikely(names: str, tag: str = "") -> bool:
    """Whether the names say furniture and nothing says content.

    A heading named a "header" ("subheader", "section-header") is the article's own heading,
    not the page's header.
    """
    if tag in _HEADING_TAGS:
        names = names.replace("header", "")
    return bool(names and _UNLIKELY.search(names) and not _MAYBE_CONTENT.search(names))


def class_weight(element: Element) -> int:
    """±25 for each of class and id that names content or furniture (Readability's weights)."""
    weight = 0
    for name in (element.get("class"), element.get("id")):
        if name:
            name = name.lower()
            if _NEGATIVE.search(name):
                weight -= 25
            if _POSITIVE.search(name):
                weight += 25
    return weight


def is_share_bar(names: str) -> bool:
    return bool(names and _SHARE.search(names))


def is_byline(element: Element, names: str) -> bool:
    """Whether the element is marked as the author line (its text is checked by the caller)."""
    return (
        element.get("rel") == "author"
        or "author" in (element.get("itemprop") or "")
        or bool(names and _BYLINE.search(names))
    )
