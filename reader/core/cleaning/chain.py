"""The rule chain: every cleaning rule, registered once, in the order it runs.

Line rules come first and only hide boilerplate lines; ``paragraphs`` then builds blocks
from what is left, and the structure rules reshape those blocks. Inline rules run on each
piece of text while rendering. A rule for a new kind of page is one new module in
``rules/`` plus one line here.
"""

from __future__ import annotations

from typing import Final

from .rules import (
    blank,
    boilerplate,
    breadcrumbs,
    bylines,
    comment_form,
    content,
    escaping,
    faq,
    headings,
    links,
    lists,
    navigation,
    paragraphs,
    reactions,
    related,
    share,
    tables,
    tags,
    title,
)
from .state import InlineRule, Rule

BLOCK_RULES: Final[tuple[Rule, ...]] = (
    # Boilerplate lines. Related-article lists come last so that every other kind of
    # furniture is already gone and cannot be mistaken for one of the listed titles.
    Rule("blank", blank.run),
    Rule("reactions", reactions.run),
    Rule("comment_form", comment_form.run),
    Rule("navigation", navigation.run),
    Rule("share", share.run),
    Rule("bylines", bylines.run),
    Rule("breadcrumbs", breadcrumbs.run),
    Rule("tags", tags.run),
    Rule("boilerplate", boilerplate.run),
    Rule("related", related.run),
    # The content model comes after every furniture rule: what they hid is evidence too.
    Rule("content", content.run),
    # Structure. FAQ questions and tables are claimed before lists and headings, which would
    # otherwise read "1. Apa ...?" as a list item and "Aspek Deskripsi" as a heading.
    Rule("paragraphs", paragraphs.run),
    Rule("title", title.run),
    Rule("faq", faq.run),
    Rule("tables", tables.run),
    Rule("lists", lists.run),
    Rule("headings", headings.run),
)

INLINE_RULES: Final[tuple[InlineRule, ...]] = (
    # Links first: URLs must be lifted out before escaping touches their characters.
    InlineRule("links", links.run),
    InlineRule("escaping", escaping.run),
)
