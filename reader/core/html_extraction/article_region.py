"""Finding the article in a page's tree, the way reader modes descended from Readability do.

Every paragraph scores for the elements around it (length, commas, and how much of it is prose in
the page's language), the best-scoring container is the article, and siblings that read like
more of it join it. Inside, blocks that look like page furniture go: lists and boxes of links,
share bars, forms, a box with more pictures than text. The evidence is what any page shows —
text length, link density, sentence punctuation, stop words, and generic HTML semantics in tag,
role and class names (``<nav>``, ``role="complementary"``, ``class="sidebar"``); no site is
named anywhere.

Every pass is a walk over the tree that touches each element a bounded number of times: counts
are gathered bottom-up in one walk and kept per element, so no element's subtree is measured
twice. Nothing recurses in Python, so a deep page cannot exhaust the stack.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]

from reader.core.html_extraction.content_model import ContentModel
from reader.core.html_extraction.page_title import text_similarity

__all__ = ["find_article"]

Element = lxml.html.HtmlElement

# Elements that end a paragraph: text on either side of one belongs to different blocks.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Children that keep a <div> from being read as one paragraph (Readability's DIV_TO_P_ELEMS).
_PARAGRAPH_BREAKERS = frozenset(
    ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article"]
)
# Elements whose whole text is scored as one paragraph for the elements around it.
_SCORED_TAGS = frozenset(["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LISTS = frozenset(["ul", "ol"])
_EMBEDS = frozenset(["object", "embed", "iframe"])
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
_COMMAS = re.compile("[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001]")
_SPACES = re.compile(r"\s+")

# Generic words of class and id names. Furniture whatever its size, unless the name also says
# content ("article-comments" is not "comments"):
_UNLIKELY_NAMES = re.compile(
    r"-ad-|banner|breadcrumb|combx|comment|community|cover-wrap|extra|footer|gdpr|header"
    r"|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
    r"|supplemental|ad-break|agegate|pagination|pager|popup",
    re.IGNORECASE,
)
_MAYBE_CONTENT_NAMES = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
_UNLIKELY_ROLES = frozenset(
    ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
)
# Names that count for or against a container as the article.
_NEGATIVE_NAMES = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
    r"|masthead|media|meta|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
    r"|shopping|tags|widget",
    re.IGNORECASE,
)
_POSITIVE_NAMES = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
    re.IGNORECASE,
)
_SHARE_NAMES = re.compile(r"(?:\b|_)(?:share|sharedaddy)(?:\b|_)", re.IGNORECASE)
_BYLINE_NAMES = re.compile(r"byline|author|dateline|writtenby|p-author", re.IGNORECASE)
# A box whose whole text is one of these words is an advertisement or a spinner.
_AD_WORDS = re.compile(
    r"^(?:ad(?:vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|广告|Реклама|Anuncio)$",
    re.IGNORECASE,
)
_LOADING_WORDS = re.compile(
    r"^(?:(?:loading|正在加载|Загрузка|chargement|cargando)(?:…|\.\.\.)?)$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"\.(?: |$)")


@dataclass(frozen=True)
class Settings:
    """The numbers the search runs on; :mod:`content_model` may learn some of them."""

    min_article_chars: int = 500  # shorter, and the search is retried with fewer exclusions
    top_candidates: int = 5
    paragraph_min_chars: int = 25
    share_max_chars: int = 500
    prose_weight: float = 0.0  # how much a paragraph's prose evidence adds to its score


@dataclass(slots=True)
class Counts:
    """What an element holds, all of its subtree, gathered bottom-up in one walk."""

    chars: int = 0
    link_chars: float = 0.0
    commas: int = 0
    paragraphs: int = 0
    images: int = 0
    items: int = 0
    embeds: int = 0
    heading_chars: int = 0
    list_chars: int = 0
    words: int = 0
    stop_words: int = 0
    has_breaker: bool = False  # holds a block that keeps it from reading as one paragraph
    text: list[str] = field(default_factory=list)  # only kept for short texts (ad words)

    def add(self, other: Counts) -> None:
        self.chars += other.chars
        self.link_chars += other.link_chars
        self.commas += other.commas
        self.paragraphs += other.paragraphs
        self.images += other.images
        self.items += other.items
        self.embeds += other.embeds
        self.heading_chars += other.heading_chars
        self.list_chars += other.list_chars
        self.words += other.words
        self.stop_words += other.stop_words

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def _class_and_id(element: Element) -> str:
    attributes = element.attrib
    return f"{attributes.get('class', '')} {attributes.get('id', '')}"


def class_weight(element: Element) -> int:
    """Readability's class weight: ±25 for each of class and id that names content or furniture."""
    weight = 0
    for name in (element.get("class"), element.get("id")):
        if name:
            if _NEGATIVE_NAMES.search(name):
                weight -= 25
            if _POSITIVE_NAMES.search(name):
                weight += 25
    return weight


def _children(element: Element) -> Iterator[Element]:
    return (child for child in element if isinstance(child.tag, str))


def _drop(element: Element) -> None:
    if element.getparent() is not None:
        element.drop_tree()


class _Flags:
    """Which exclusions a search attempt makes; each retry drops one (Readability's order)."""

    def __init__(self, strip_unlikely: bool, weigh_classes: bool, clean_boxes: bool) -> None:
        self.strip_unlikely = strip_unlikely
        self.weigh_classes = weigh_classes
        self.clean_boxes = clean_boxes


_ATTEMPTS = (
    _Flags(True, True, True),
    _Flags(False, True, True),
    _Flags(False, False, True),
    _Flags(False, False, False),
)


def find_article(
    body: Element, title: str, model: ContentModel, settings: Settings | None = None
) -> Element | None:
    """The article's elements gathered under a new ``<div>``, or None when there is no text.

    ``body`` is not changed: every attempt works on its own copy.
    """
    settings = settings or Settings()
    best: tuple[int, Element] | None = None
    for flags in _ATTEMPTS:
        work = copy.deepcopy(body)
        article = _Search(work, title, model, settings, flags).run()
        if article is None:
            continue
        length = _text_length(article)
        if length >= settings.min_article_chars:
            return article
        if best is None or length > best[0]:
            best = (length, article)
    if best is None or best[0] == 0:
        return None
    return best[1]


def _text_length(element: Element) -> int:
    return len(_SPACES.sub(" ", element.text_content()).strip())


class _Search:
    """One attempt at finding the article in ``body`` (which it changes)."""

    def __init__(
        self,
        body: Element,
        title: str,
        model: ContentModel,
        settings: Settings,
        flags: _Flags,
    ) -> None:
        self.body = body
        self.title = title
        self.model = model
        self.settings = settings
        self.flags = flags
        self.counts: dict[Element, Counts] = {}
        self.scores: dict[Element, float] = {}
        self.as_paragraph: set[Element] = set()

    def run(self) -> Element | None:
        self._strip()
        self._measure_and_score()
        top = self._top_candidate()
        article = self._gather(top)
        self._clean(article)
        if not article.text_content().strip() and article.find(".//img") is None:
            return None
        return article

    # -- before scoring ---------------------------------------------------------------------

    def _strip(self) -> None:
        """Drop unlikely furniture (by role and name), the byline, and the title's heading.

        A container of the page's ``<main>``, an ``<article>`` or a formula is never furniture,
        whatever its name says.
        """
        keep = _holders(self.body, ("main", "article", "math"))
        doomed: list[Element] = []
        stack: list[tuple[Element, bool]] = [(self.body, False)]  # (element, inside table/code)
        strip = self.flags.strip_unlikely
        title_heading_found = not self.title
        byline_found = False
        while stack:
            element, sheltered = stack.pop()
            tag = element.tag
            if element is not self.body:
                names = _class_and_id(element)
                if strip and not sheltered and tag != "a" and len(names) > 2:
                    if (
                        _UNLIKELY_NAMES.search(names)
                        and not _MAYBE_CONTENT_NAMES.search(names)
                        and element not in keep
                    ):
                        doomed.append(element)
                        continue
                if strip and (element.get("role") or "").strip() in _UNLIKELY_ROLES:
                    doomed.append(element)
                    continue
                if not byline_found and self._is_byline(element, names):
                    byline_found = True
                    doomed.append(element)
                    continue
                if not title_heading_found and tag in ("h1", "h2"):
                    text = element.text_content()
                    if text_similarity(self.title, text) > 0.75:
                        title_heading_found = True
                        doomed.append(element)
                        continue
            inner = sheltered or tag in ("table", "code", "pre")
            stack.extend((child, inner) for child in reversed(list(_children(element))))
        for element in doomed:
            _drop(element)

    @staticmethod
    def _is_byline(element: Element, names: str) -> bool:
        if not (
            element.get("rel") == "author"
            or "author" in (element.get("itemprop") or "")
            or _BYLINE_NAMES.search(names)
        ):
            return False
        text = element.text_content().strip()
        return 0 < len(text) < 100

    # -- scoring ------------------------------------------------------------------------------

    def _measure_and_score(self) -> None:
        """One walk: each element's counts, and each paragraph's score given to its ancestors."""
        counts = self.counts
        scores = self.scores
        stack: list[tuple[Element, Counts]] = []
        minimum = self.settings.paragraph_min_chars
        prose_weight = self.settings.prose_weight
        for event, element in lxml.etree.iterwalk(self.body, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                frame = Counts()
                stack.append((element, frame))
                if element.text:
                    self._add_text(frame, element.text)
                continue
            _, frame = stack.pop()
            if tag == "a":
                href = element.get("href") or ""
                frame.link_chars = frame.chars * (0.3 if href.startswith("#") else 1.0)
            elif tag == "p":
                frame.paragraphs += 1
            elif tag == "img":
                frame.images += 1
            elif tag == "li":
                frame.items += 1
            elif tag in _EMBEDS:
                frame.embeds += 1
            elif tag in _HEADINGS:
                frame.heading_chars = frame.chars
            elif tag in _LISTS:
                frame.list_chars = frame.chars
            counts[element] = frame
            # A <div> holding only text and inline elements is one paragraph.
            if tag == "div" and not frame.has_breaker and frame.chars:
                self.as_paragraph.add(element)
            if (
                tag in _SCORED_TAGS or element in self.as_paragraph
            ) and frame.chars >= minimum:
                score = 1.0 + frame.commas + min(frame.chars // 100, 3)
                if prose_weight and frame.words:
                    score += prose_weight * frame.stop_words / frame.words
                self._credit(stack, score)
            if stack:
                parent_element, parent = stack[-1]
                parent.add(frame)
                if tag in _PARAGRAPH_BREAKERS:
                    parent.has_breaker = True
                if element.tail:
                    self._add_text(parent, element.tail)

    def _add_text(self, frame: Counts, text: str) -> None:
        stripped = text.strip()
        if not stripped:
            return
        frame.chars += len(_SPACES.sub(" ", stripped))
        frame.commas += len(_COMMAS.findall(stripped))
        if self.settings.prose_weight:
            words, stop_words = self.model.count_words(stripped)
            frame.words += words
            frame.stop_words += stop_words

    def _credit(self, stack: list[tuple[Element, Counts]], score: float) -> None:
        """A paragraph's score to its five nearest ancestors, less the further up."""
        for level in range(min(5, len(stack))):
            ancestor = stack[-1 - level][0]
            if ancestor.getparent() is None:
                break
            if ancestor not in self.scores:
                self.scores[ancestor] = self._initial_score(ancestor)
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            self.scores[ancestor] += score / divider

    def _initial_score(self, element: Element) -> float:
        score = float(_TAG_WEIGHTS.get(element.tag, 0))
        if self.flags.weigh_classes:
            score += class_weight(element)
        return score

    # -- choosing the container -------------------------------------------------------------

    def _top_candidate(self) -> Element:
        scores = self.scores
        for element, score in scores.items():
            scores[element] = score * (1 - self.counts[element].link_density)
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)[
            : self.settings.top_candidates
        ]
        if not ranked or ranked[0] is self.body:
            return self.body
        top = ranked[0]
        top_score = scores[top]
        # Several near-best candidates under one ancestor: the ancestor is the article.
        alternatives = [
            set(candidate.iterancestors())
            for candidate in ranked[1:]
            if top_score and scores[candidate] / top_score >= 0.75
        ]
        if len(alternatives) >= 3:
            parent = top.getparent()
            while parent is not None and parent is not self.body:
                if sum(parent in ancestors for ancestors in alternatives) >= 3:
                    top = parent
                    break
                parent = parent.getparent()
        if top not in scores:
            scores[top] = self._initial_score(top)
        # Climb while the parent scores at least as well: the article is rarely split.
        parent = top.getparent()
        last_score = scores[top]
        threshold = last_score / 3
        while parent is not None and parent is not self.body:
            if parent not in scores:
                parent = parent.getparent()
                continue
            parent_score = scores[parent]
            if parent_score < threshold:
                break
            if parent_score > last_score:
                top = parent
                break
            last_score = parent_score
            parent = parent.getparent()
        parent = top.getparent()
        while parent is not None and parent is not self.body and len(list(_children(parent))) == 1:
            top = parent
            parent = top.getparent()
        if top not in scores:
            scores[top] = self._initial_score(top)
        return top

    def _gather(self, top: Element) -> Element:
        """The top candidate and the siblings that read as more of the article."""
        article = lxml.html.Element("div")
        if top is self.body:
            for child in list(_children(top)):
                article.append(child)
            article.text = top.text
            return article
        scores = self.scores
        top_score = scores[top]
        threshold = max(10.0, top_score * 0.2)
        top_class = top.get("class") or ""
        parent = top.getparent()
        chosen = []
        for sibling in _children(parent):
            if sibling is top:
                chosen.append(sibling)
                continue
            bonus = top_score * 0.2 if top_class and sibling.get("class") == top_class else 0.0
            if sibling in scores and scores[sibling] + bonus >= threshold:
                chosen.append(sibling)
            elif sibling.tag == "p" or sibling in self.as_paragraph:
                sibling_counts = self.counts.get(sibling)
                if sibling_counts is None:
                    continue
                length = sibling_counts.chars
                density = sibling_counts.link_density
                if (length > 80 and density < 0.25) or (
                    0 < length < 80
                    and density == 0
                    and _SENTENCE_END.search(_SPACES.sub(" ", sibling.text_content()).strip())
                ):
                    chosen.append(sibling)
        for element in chosen:
            tail = element.tail
            element.tail = None
            article.append(element)
            if tail and tail.strip():
                element.tail = tail
        return article

    # -- cleaning inside the article ---------------------------------------------------------

    def _clean(self, article: Element) -> None:
        for element in list(article.iter("footer", "aside", "nav")):
            _drop(element)
        self._drop_share_bars(article)
        if self.flags.weigh_classes:
            for heading in list(article.iter("h1", "h2")):
                if class_weight(heading) < 0:
                    _drop(heading)
        if self.flags.clean_boxes:
            self._clean_boxes(article)
        for paragraph in list(article.iter("p")):
            if (
                not paragraph.text_content().strip()
                and paragraph.find(".//img") is None
                and paragraph.getparent() is not None
            ):
                _drop(paragraph)

    def _drop_share_bars(self, article: Element) -> None:
        limit = self.settings.share_max_chars
        for top in _children(article):
            doomed = []
            for element in top.iterdescendants():
                if not isinstance(element.tag, str):
                    continue
                names = _class_and_id(element)
                if _SHARE_NAMES.search(names) and _text_length(element) < limit:
                    doomed.append(element)
            for element in doomed:
                _drop(element)

    def _clean_boxes(self, article: Element) -> None:
        """Drop tables, lists and boxes that look like furniture, innermost first.

        One bottom-up walk: each box is judged on what is left inside it once the boxes
        within it were judged (Readability's "clean conditionally").
        """
        data_tables = _data_tables(article)
        stack: list[tuple[Element, Counts, bool]] = []  # element, counts, sheltered
        doomed: list[Element] = []
        for event, element in lxml.etree.iterwalk(article, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                sheltered = bool(stack and stack[-1][2]) or tag == "code" or element in data_tables
                frame = Counts()
                stack.append((element, frame, sheltered))
                if element.text:
                    _add_plain_text(frame, element.text)
                continue
            _, frame, sheltered = stack.pop()
            if tag == "a":
                href = element.get("href") or ""
                frame.link_chars = frame.chars * (0.3 if href.startswith("#") else 1.0)
            elif tag == "p" or element in self.as_paragraph:
                frame.paragraphs += 1
            elif tag == "img":
                frame.images += 1
            elif tag == "li":
                frame.items += 1
            elif tag in _EMBEDS:
                frame.embeds += 1
            elif tag in _HEADINGS:
                frame.heading_chars = frame.chars
            elif tag in _LISTS:
                frame.list_chars = frame.chars
            if element in data_tables:
                frame.has_breaker = True  # here: holds a data table
            removed = False
            if (
                not sheltered
                and not frame.has_breaker
                and tag in ("table", "ul", "ol", "div", "form", "fieldset", "section")
                and element not in self.as_paragraph
                and stack
            ):
                removed = self._is_furniture_box(element, tag, frame, stack)
            if removed:
                doomed.append(element)
            elif stack:
                parent = stack[-1][1]
                parent.add(frame)
                parent.has_breaker = parent.has_breaker or frame.has_breaker
                frame_text = frame.text
                if frame_text and len(parent.text) < 4:
                    parent.text.extend(frame_text)
            if stack and element.tail:
                _add_plain_text(stack[-1][1], element.tail)
        for element in doomed:
            _drop(element)

    def _is_furniture_box(
        self, element: Element, tag: str, counts: Counts, stack: list[tuple[Element, Counts, bool]]
    ) -> bool:
        is_list = tag in _LISTS or (counts.chars > 0 and counts.list_chars / counts.chars > 0.9)
        weight = class_weight(element) if self.flags.weigh_classes else 0
        if weight < 0:
            return True
        if counts.commas >= 10:
            return False
        paragraphs, images = counts.paragraphs, counts.images
        items = counts.items - 100
        text = _SPACES.sub(" ", element.text_content()).strip() if counts.chars < 40 else ""
        if text and (_AD_WORDS.match(text) or _LOADING_WORDS.match(text)):
            return True
        in_figure = any(e.tag == "figure" for e, _, _ in stack)
        length = counts.chars
        density = counts.link_density
        heading_density = counts.heading_chars / length if length else 0.0
        remove = (
            (not in_figure and images > 1 and paragraphs / images < 0.5)
            or (not is_list and items > paragraphs)
            or (
                not is_list
                and not in_figure
                and heading_density < 0.9
                and length < 25
                and (images == 0 or images > 2)
                and density > 0
            )
            or (not is_list and weight < 25 and density > 0.2)
            or (weight >= 25 and density > 0.5)
            or (counts.embeds == 1 and length < 75)
            or counts.embeds > 1
            or (images == 0 and length == 0)
        )
        if remove and is_list:
            # A list of pictures is a gallery, not furniture.
            if all(len(list(_children(child))) <= 1 for child in _children(element)):
                if images == counts.items and images:
                    return False
        return remove


def _holders(root: Element, tags: tuple[str, ...]) -> set[Element]:
    """The elements that hold (or are) one of ``tags``; each ancestor is visited once."""
    found: set[Element] = set()
    for element in root.iter(*tags):
        while element is not None and element not in found:
            found.add(element)
            element = element.getparent()
    return found


def _add_plain_text(frame: Counts, text: str) -> None:
    stripped = text.strip()
    if stripped:
        frame.chars += len(_SPACES.sub(" ", stripped))
        frame.commas += len(_COMMAS.findall(stripped))


def _data_tables(root: Element) -> set[Element]:
    """Tables that hold data, not layout (Readability's test), to keep whole."""
    found = set()
    for table in root.iter("table"):
        if _is_data_table(table):
            found.add(table)
    return found


def _is_data_table(table: Element) -> bool:
    if table.get("role") == "presentation" or table.get("datatable") == "0":
        return False
    if table.get("summary"):
        return True
    caption = table.find("caption")
    if caption is not None and len(caption):
        return True
    if any(True for _ in _descendants(table, ("col", "colgroup", "tfoot", "thead", "th"))):
        return True
    if any(True for _ in _descendants(table, ("table",))):
        return False
    rows = 0
    columns = 0
    for row in _descendants(table, ("tr",)):
        rows += 1
        cells = 0
        for cell in row:
            if cell.tag in ("td", "th"):
                span = cell.get("colspan") or "1"
                cells += int(span) if span.isdigit() and 0 < int(span) < 1000 else 1
        columns = max(columns, cells)
    if rows == 1 or columns == 1:
        return False
    if rows >= 10 or columns > 4:
        return True
    return rows * columns > 10


def _descendants(element: Element, tags: Iterable[str]) -> Iterator[Element]:
    return element.iterdescendants(*tags)
