"""Finding the article in a page's tree, the way reader modes descended from Readability do.

Every paragraph scores for the elements around it — its length, its commas, and how much of it
is prose in the page's language (its share of stop words) — and the best-scoring container is
the article. The page's own marks narrow the search: inside its ``<main>``, the ``<article>``
around the best container when the rest of it is text, never a data table's rows. Siblings that
read as more of the article join it, and :mod:`furniture` clears what does not belong inside.

The numbers are the evidence any page shows; those in :class:`Settings` were measured on the
shared test pages with every site held out in turn (``bench/train_html_model.py``). No site is
named. Each pass walks the tree a bounded number of times, without recursion.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib.resources import files
from typing import Any

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

from reader.core.html_extraction.element_names import (
    UNLIKELY_ROLES,
    class_weight,
    is_byline,
    is_unlikely,
    names_of,
)
from reader.core.html_extraction.furniture import data_tables, remove_furniture
from reader.core.html_extraction.page_language import PageLanguage
from reader.core.html_extraction.page_title import text_similarity
from reader.core.html_extraction.page_tree import Element, drop, text_of
from reader.core.html_extraction.text_counts import Counts, TextCounter, walk_counts

__all__ = ["Settings", "find_article", "learned_settings"]

# Elements whose whole text is scored as one paragraph for the elements around it.
_SCORED_TAGS = frozenset(["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"])
_PARAGRAPH_TAGS = frozenset(["p"])
# Landmarks the furniture pass always takes out of an article (see furniture.py).
_LANDMARKS = ("footer", "nav", "aside")
_PROSE_ITEM_CHARS = 80  # a list item this long, with few links, is scored as a paragraph
_PROSE_ITEM_LINK_DENSITY = 0.25
# Short text-level parts that may stand beside a paragraph joining the article: its date.
_SHORT_MARKS = frozenset(["time", "span", "small", "em", "b", "strong"])
_SHORT_MARK_CHARS = 40
_SIBLING_LINK_DENSITY = 0.25  # a sibling box with more link text is not more of the article
# Elements searched in all, over the retries of one page (see find_article): a page at the
# element limit is searched once, one of up to a fifth of this gets every retry; the largest
# shared page has 4,300 elements.
_SEARCH_BUDGET = 40_000
_COUNT_ELEMENTS = lxml.etree.XPath("count(descendant::*)")
_LIST_TAGS = frozenset(["ul", "ol"])
_TITLE_TAGS = frozenset(["h1", "h2"])  # a heading that may repeat the page's title
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr")
# How much a container is worth as an article before its paragraphs count (Readability's).
_TAG_WEIGHTS = {
    "div": 5,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}
_SENTENCE_END = (". ", ".\n")
_DIVIDERS = (1, 2, 6, 9, 12)  # a paragraph's score shared with its ancestors, level by level
_LEVELS = len(_DIVIDERS)
_PLAIN_COUNTER = TextCounter(frozenset())  # furniture is judged without stop words
# An article split into parts: each part scores at least this share of the best one...
_PART_SCORE_SHARE = 0.75
# ...and the parts hold at least this share of the box around them (the rest is furniture).
_PARTS_TEXT_SHARE = 0.7
_MOST_PARTS = 12  # more near-equal parts are a list of teasers, not judged further


@dataclass(frozen=True)
class Settings:
    """The numbers the search runs on. The learned ones are read from ``settings.json``."""

    min_article_chars: int = 500  # shorter, and the search is retried with fewer exclusions
    top_candidates: int = 5
    paragraph_min_chars: int = 25
    # Learned: what a paragraph's share of stop words adds to its score (0 to 1 times this).
    prose_weight: float = 0.0
    # Learned: the most link text the rest of an <article> may hold for it to be taken whole.
    article_link_density: float = 0.0

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Settings:
        """Settings with ``values`` (a name to a number) over the defaults; others ignored."""
        default = cls()
        known = {f.name for f in fields(cls)}
        chosen = {k: type(getattr(default, k))(v) for k, v in values.items() if k in known}
        return replace(default, **chosen)


@cache
def learned_settings() -> Settings:
    """The settings trained by ``bench/train_html_model.py``, shipped beside this module."""
    text = files("reader.core.html_extraction").joinpath("settings.json").read_text("utf-8")
    return Settings.from_dict(json.loads(text)["settings"])


@dataclass(frozen=True)
class _Attempt:
    """Which exclusions a search makes; each retry drops one (Readability's order)."""

    strip_unlikely: bool
    weigh_classes: bool
    clean_boxes: bool
    use_main: bool = True


# Each attempt after the first makes one exclusion fewer: the one named beside it.
_ATTEMPTS = (
    (_Attempt(True, True, True), ""),
    (_Attempt(False, True, True), "strip_unlikely"),
    (_Attempt(False, False, True), "weigh_classes"),
    (_Attempt(False, False, False), "clean_boxes"),
    (_Attempt(False, False, False, use_main=False), "use_main"),
)


def find_article(
    body: Element,
    title: str,
    language: PageLanguage,
    settings: Settings | None = None,
    within: tuple[int, ...] | None = None,
) -> Element | None:
    """The article's elements gathered under a new ``<div>``, or None when there is no text.

    A search whose article is shorter than ``min_article_chars`` is retried with fewer
    exclusions, and the longest result wins; a retry is skipped when the exclusion it drops
    changed nothing the time before. ``body`` is not changed: each search has a copy.
    ``within`` (child positions from ``body``) names the element that is the article, as the
    page's declared text shows; only its furniture is then searched for.
    """
    settings = settings or learned_settings()
    counter = TextCounter(language.stop_words if settings.prose_weight else frozenset())
    best: tuple[int, Element] | None = None
    effects: set[str] | None = None
    # Each search walks the page twice: a large page gets fewer retries, so the work stays
    # in proportion to a page of _SEARCH_BUDGET elements, however many retries it would want.
    searches = max(1, _SEARCH_BUDGET // max(1, int(_COUNT_ELEMENTS(body))))
    for attempt, dropped in _ATTEMPTS:
        if effects is not None and dropped not in effects:
            continue
        if searches == 0:
            break
        searches -= 1
        copied = copy.deepcopy(body)
        bound = _follow(copied, within) if within is not None else None
        search = _Search(copied, title, counter, settings, attempt, bound)
        article = search.run()
        effects = search.effects
        if article is None:
            continue
        if _has_text(article, settings.min_article_chars):
            return article
        length = len(" ".join(text_of(article).split()))
        if best is None or length > best[0]:
            best = (length, article)
    return best[1] if best is not None and best[0] else None


class _Search:
    """One attempt at finding the article in ``body`` (which it changes)."""

    def __init__(
        self,
        body: Element,
        title: str,
        counter: TextCounter,
        settings: Settings,
        attempt: _Attempt,
        bound: Element | None = None,
    ) -> None:
        self.body = body
        self.bound = bound
        self.title = title
        self.counter = counter
        self.settings = settings
        self.attempt = attempt
        self.counts: dict[Element, Counts] = {}
        self.scores: dict[Element, float] = {}
        self.paragraphs: set[Element] = set()  # <div>s that read as one paragraph
        self.table_parts: set[Element] = set()
        self.marked_main: list[Element] = []
        self.scope = body
        self.effects: set[str] = set()  # the exclusions that changed something

    def run(self) -> Element | None:
        self._read()
        if self.bound is not None and _inside(self.bound, self.body):
            # The page says where its article is (and the bound was not read as furniture).
            top = self.bound
            self.scores.setdefault(top, self._initial_score(top))
        else:
            if self.attempt.use_main:
                self.scope = self._main_content()
                if self.scope is not self.body:
                    self.effects.add("use_main")
            top = self._whole_article(self._top_candidate())
        article = self._gather(top)
        self.effects |= remove_furniture(
            article,
            _PLAIN_COUNTER,
            self.paragraphs,
            weigh_classes=self.attempt.weigh_classes,
            clean_boxes=self.attempt.clean_boxes,
        )
        if not _has_text(article, 1) and article.find(".//img") is None:
            return None
        return article

    def _read(self) -> None:
        """One walk over the page: what is left out unread, what each box holds, and each
        paragraph's score given to the boxes around it.

        Left out: unlikely furniture (by role and name, unless it holds the page's ``<main>``,
        an ``<article>`` or a formula, or sits in a table or code), the byline, and the
        heading that repeats the title.
        """
        self.table_parts = {
            part for table in data_tables(self.body) for part in table.iter(*_TABLE_PARTS)
        }
        minimum = self.settings.paragraph_min_chars
        prose_weight = self.settings.prose_weight
        counts_of = self.counts
        paragraphs = self.paragraphs
        marked_main = self.marked_main
        strip = self.attempt.strip_unlikely
        keep = _holders(self.body, ("main", "article", "math")) if strip else set()
        landmarks = _landmark_parts(self.body)
        title = self.title
        found = {"byline": False, "title": not title}

        def skip(element: Element) -> bool:
            tag = element.tag
            if not element.attrib and (found["title"] or tag not in _TITLE_TAGS):
                return False  # most elements: nothing in a name, and not the title
            names = names_of(element)
            if (
                strip
                and tag != "a"
                and (
                    (is_unlikely(names, tag) and element not in keep)
                    or (element.get("role") or "").strip() in UNLIKELY_ROLES
                )
                and not _sheltered(element)
            ):
                self.effects.add("strip_unlikely")
                return True
            if (
                not found["byline"]
                and is_byline(element, names)
                and 0 < len(text_of(element).strip()) < 100
            ):
                found["byline"] = True
                return True
            if (
                not found["title"]
                and tag in _TITLE_TAGS
                and text_similarity(title, text_of(element)) > 0.75
            ):
                found["title"] = True
                return True
            return False

        def judge(element: Element, counts: Counts, stack: list[tuple[Element, Counts]]) -> bool:
            tag = element.tag
            counts_of[element] = counts
            if tag == "main" or (element.attrib and element.get("role") == "main"):
                marked_main.append(element)
            # A <div> holding only text and inline elements is one paragraph.
            if tag == "div" and not counts.has_breaker and counts.chars:
                paragraphs.add(element)
                counts.paragraphs += 1
            elif tag not in _SCORED_TAGS and not (tag == "li" and _is_prose_item(counts)):
                return True
            if element in landmarks:
                return True  # the page's footer, menu or aside: never the article
            if counts.chars >= minimum:
                score = 1.0 + counts.commas + min(counts.chars // 100, 3)
                score += prose_weight * counts.prose
                if tag == "li" and stack and stack[-1][0].tag in _LIST_TAGS:
                    # A list is part of an article, never the article: the box around it is.
                    self._credit(stack[:-1], score)
                else:
                    self._credit(stack, score)
            return True

        for element in walk_counts(self.body, self.counter, judge, _PARAGRAPH_TAGS, skip):
            drop(element)

    def _credit(self, stack: list[tuple[Element, Counts]], score: float) -> None:
        """A paragraph's score to its five nearest ancestors, less the further up.

        A data table's rows and body are part of an article, never the article: a cell's
        paragraph counts for the table's container instead.
        """
        scores = self.scores
        parts = self.table_parts
        level = 0
        for ancestor, _ in reversed(stack):
            if parts and ancestor in parts:
                continue
            current = scores.get(ancestor)
            if current is None:
                current = self._initial_score(ancestor)
            scores[ancestor] = current + score / _DIVIDERS[level]
            level += 1
            if level == _LEVELS:
                return

    def _initial_score(self, element: Element) -> float:
        score = float(_TAG_WEIGHTS.get(element.tag, 0))
        if self.attempt.weigh_classes:
            weight = class_weight(element)
            if weight:
                score += weight
                self.effects.add("weigh_classes")
        return score

    # -- choosing the container ---------------------------------------------------------------

    def _main_content(self) -> Element:
        """The page's ``<main>`` (or ``role="main"``) when it marks one, else the body.

        Of nested ones, the innermost that still holds half the text of the one around it.
        """
        counts = self.counts
        marked = sorted(
            (e for e in self.marked_main if counts[e].chars),
            key=lambda e: counts[e].chars,
            reverse=True,
        )
        if not marked:
            return self.body
        chosen = marked[0]
        for element in marked[1:]:
            if counts[element].chars * 2 >= counts[chosen].chars and _inside(element, chosen):
                chosen = element
        return chosen

    def _top_candidate(self) -> Element:
        scores = self.scores
        for element, score in scores.items():
            scores[element] = score * (1 - self.counts[element].link_density)
        scope = self.scope
        candidates = [e for e in scores if scope is self.body or _inside(e, scope)]
        ranked = sorted(candidates, key=scores.__getitem__, reverse=True)[
            : self.settings.top_candidates
        ]
        if not ranked or ranked[0] is self.body:
            if scope not in scores:  # a <main> with nothing scored in it
                scores[scope] = self._initial_score(scope)
            return scope
        top = ranked[0]
        stop = (self.body, scope.getparent())  # climbing never leaves these
        top_score = scores[top]
        # Several near-best candidates under one ancestor: the ancestor is the article.
        alternatives = [
            set(candidate.iterancestors())
            for candidate in ranked[1:]
            if top_score > 0 and scores[candidate] / top_score >= 0.75
        ]
        if len(alternatives) >= 3:
            parent = top.getparent()
            while parent is not None and parent not in stop:
                if sum(parent in ancestors for ancestors in alternatives) >= 3:
                    top = parent
                    break
                parent = parent.getparent()
        else:
            top = self._split_article(top, candidates)
        if top not in scores:
            scores[top] = self._initial_score(top)
        # Climb while the parent scores about as well: an article is rarely split in two.
        parent = top.getparent()
        last_score = scores[top]
        threshold = last_score / 3
        while parent is not None and parent not in stop:
            if parent in scores:
                parent_score = scores[parent]
                if parent_score < threshold:
                    break
                if parent_score > last_score:
                    top = parent
                    break
                last_score = parent_score
            parent = parent.getparent()
        # A lone child stands for its parent.
        parent = top.getparent()
        while parent is not None and parent not in stop and len(parent) == 1:
            top = parent
            parent = top.getparent()
        if top not in scores:
            scores[top] = self._initial_score(top)
        return top

    def _split_article(self, top: Element, candidates: list[Element]) -> Element:
        """The box around an article the page split into parts (an advertisement or a "most
        popular" box between them): near-best candidates apart from the top one, whose
        nearest common ancestor is mostly made of them. Else ``top``."""
        scores = self.scores
        counts = self.counts
        top_score = scores[top]
        if top_score <= 0:
            return top
        floor = top_score * _PART_SCORE_SHARE
        parts = [top]
        for candidate in sorted(candidates, key=scores.__getitem__, reverse=True):
            if scores[candidate] < floor or len(parts) == _MOST_PARTS:
                break
            if any(_inside(candidate, p) or _inside(p, candidate) for p in parts):
                continue
            parts.append(candidate)
        if len(parts) < 2:
            return top
        common = set(top.iterancestors())
        for part in parts[1:]:
            common &= set(part.iterancestors())
        holder = next((a for a in top.iterancestors() if a in common), None)
        if holder is None or holder is self.body or not _inside(holder, self.scope):
            return top
        whole = counts.get(holder)
        kept = sum(counts[p].chars for p in parts if p in counts)
        if whole is None or kept < _PARTS_TEXT_SHARE * whole.chars:
            return top
        if holder not in scores:
            scores[holder] = self._initial_score(holder)
        scores[holder] = max(scores[holder], top_score)
        return holder

    def _whole_article(self, top: Element) -> Element:
        """The ``<article>`` around the top candidate, when the rest of it is not links."""
        limit = self.settings.article_link_density
        if not limit:
            return top
        for ancestor in top.iterancestors():
            if ancestor is self.body or ancestor is self.scope.getparent():
                return top
            if ancestor.tag != "article":
                continue
            whole, part = self.counts.get(ancestor), self.counts.get(top)
            if whole is None or part is None or whole.chars <= part.chars:
                return top
            density = (whole.link_chars - part.link_chars) / (whole.chars - part.chars)
            if density >= limit or ancestor.find(".//article") is not None:
                return top
            self.scores[ancestor] = max(self.scores.get(ancestor, 0.0), self.scores[top])
            return ancestor
        return top

    def _gather(self, top: Element) -> Element:
        """The top candidate and the siblings that read as more of the article."""
        article = lxml.etree.Element("div")
        if top is self.body:
            article.text = top.text
            article.extend(list(top))
            return article
        scores = self.scores
        top_score = scores[top]
        threshold = max(10.0, top_score * 0.2)
        top_class = top.get("class") or ""
        parent = top.getparent()
        chosen = []
        for sibling in parent if parent is not None else (top,):
            if sibling is top:
                chosen.append(sibling)
                continue
            if not isinstance(sibling.tag, str):
                continue
            bonus = top_score * 0.2 if top_class and sibling.get("class") == top_class else 0.0
            if (
                sibling in scores and scores[sibling] + bonus >= threshold
            ) or self._holds_more_article(sibling):
                chosen.append(sibling)
            elif sibling.tag == "p" or sibling in self.paragraphs:
                counts = self.counts.get(sibling)
                if counts is not None and _reads_as_more_text(sibling, counts):
                    chosen.append(sibling)
        for element in chosen:
            tail = element.tail
            article.append(element)
            element.tail = tail if tail and tail.strip() else None
        return article

    def _holds_more_article(self, sibling: Element) -> bool:
        """A sibling box that only wraps, one lone child inside another, paragraphs that
        would join the article as siblings of their own: its end wrapped deeper than its
        start, or a standfirst wrapped apart from the body.

        Only a wrapper of paragraphs: a box with more inside (rows of other boxes, a heading
        and a list of comments) is judged by its own score.
        """
        counts = self.counts.get(sibling)
        if counts is None or counts.link_density >= _SIBLING_LINK_DENSITY:
            return False
        inner = sibling
        while len(inner) == 1 and not (inner.text or "").strip():
            inner = inner[0]
        paragraphs = self.paragraphs
        all_counts = self.counts
        run = [inner] if inner.tag == "p" or inner in paragraphs else list(inner)
        found = 0
        for child in run:
            if child.tag in _SHORT_MARKS and len(text_of(child)) <= _SHORT_MARK_CHARS:
                continue  # the date beside a standfirst
            if child.tag != "p" and child not in paragraphs:
                return False
            child_counts = all_counts.get(child)
            if child_counts is None or not _reads_as_more_text(child, child_counts):
                return False
            found += 1
        # Not a wrapper: its own score said it is not the article's, unless it is the one
        # paragraph a standfirst is.
        return found == 1 if inner is sibling else found > 0


def _reads_as_more_text(paragraph: Element, counts: Counts) -> bool:
    """A sibling paragraph of the article: long with few links, or a short plain sentence."""
    length, density = counts.chars, counts.link_density
    if length > 80:
        return density < 0.25
    if length == 0 or density > 0:
        return False
    text = " ".join(text_of(paragraph).split())
    return text.endswith(".") or any(end in text for end in _SENTENCE_END)


def _is_prose_item(counts: Counts) -> bool:
    """A list item that reads as a paragraph of the article (a list of prose, a listicle's
    points), not a menu entry or a linked headline: long, few links, no blocks inside."""
    return (
        counts.chars >= _PROSE_ITEM_CHARS
        and not counts.has_breaker
        and counts.link_density < _PROSE_ITEM_LINK_DENSITY
    )


def _landmark_parts(body: Element) -> set[Element]:
    """What sits in the page's footers, menus and asides, which the article never is (they
    are taken out of it as furniture), unless one of them holds the page's main part or an
    ``<article>``."""
    parts: set[Element] = set()
    for landmark in body.iter(*_LANDMARKS):
        if landmark in parts:
            continue
        if next(landmark.iterdescendants("main", "article"), None) is not None:
            continue
        parts.update(landmark.iter())
    return parts


def _has_text(element: Element, characters: int) -> bool:
    """Whether ``element`` holds at least that many characters of text (read only so far)."""
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total >= characters:
            return True
    return False


def _sheltered(element: Element) -> bool:
    """Inside a table or code, where a name says nothing about the page's furniture."""
    return any(a.tag in ("table", "code", "pre") for a in element.iterancestors())


def _follow(root: Element, path: tuple[int, ...]) -> Element | None:
    """The element at those child positions under ``root``, or None if there is none."""
    element = root
    for index in path:
        if index >= len(element):
            return None
        element = element[index]
    return element


def _inside(element: Element, container: Element) -> bool:
    return element is container or any(a is container for a in element.iterancestors())


def _holders(root: Element, tags: tuple[str, ...]) -> set[Element]:
    """The elements that hold (or are) one of ``tags``; each ancestor is visited once."""
    found: set[Element] = set()
    for element in root.iter(*tags):
        holder: Element | None = element
        while holder is not None and holder not in found:
            found.add(holder)
            holder = holder.getparent()
    return found
