"""Page furniture inside the article's container, found and taken out.

Navigation, asides and footers go by their tags; share bars by their names when they are short;
headings whose names say furniture; then every table, list and box is judged, innermost first,
on what is left inside it (Readability's "clean conditionally"): more pictures than paragraphs,
more list items than paragraphs, mostly link text, a lone embedded player, or nothing at all.
Tables holding data, and code, are kept whole. Forms to fill in (with their title bar) and
runs of cards showing other stories go in every search, even the retries a short article gets.
The evidence is what any page shows; no site is named.
"""

from __future__ import annotations

import re
from itertools import pairwise

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

from reader.core.html_extraction.element_names import class_weight, is_share_bar, names_of
from reader.core.html_extraction.page_tree import (
    FORM_CONTROLS_ATTRIBUTE,
    FORM_WRITES_ATTRIBUTE,
    Element,
    drop,
    text_of,
)
from reader.core.html_extraction.text_counts import Counts, TextCounter, walk_counts

__all__ = ["data_tables", "remove_furniture"]

_SHARE_MAX_CHARS = 500
_PARAGRAPH_TAGS = frozenset(["p"])
_BOXES = frozenset(["table", "ul", "ol", "div", "form", "fieldset", "section"])
_LISTS = frozenset(["ul", "ol"])
_TABLE_STRUCTURE = ("col", "colgroup", "tfoot", "thead", "th")
_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"\d{1,4}")
_CONTROLS_MAX_CHARS = 120
_FORM_TITLE_CHARS = 80
# A form to fill in holds labels and a line of help: with more text than this, or most
# of the article's, the form wraps the page (some sites put the whole page in one <form>).
_FORM_MAX_CHARS = 1000
_FORM_MAX_SHARE = 0.5
# A card showing another article: a box holding a linked headline and a short teaser.
_CARDS = frozenset(["div", "section"])
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CARD_MAX_CHARS = 700
_REST_BESIDE_CARDS = 100  # characters of the article's own beside its cards
# A box holding this many paragraphs of this length on average, with fewer links, is prose.
_PROSE_PARAGRAPHS = 2
_PROSE_PARAGRAPH_CHARS = 80
_PROSE_LINK_DENSITY = 0.2
_SENTENCE = re.compile(r"\w[.!?。！？](?:\s|$)")
_HEADER_KEEPS = ("h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "figure", "p")
_HEADER_ROW_CHARS = 200
# Boxes compared for repetition, and the lengths (characters) compared.
_REPEAT_BOXES = frozenset(["div", "section", "ul", "ol"])
# What a box holding is never template: pictures, code, data, formulas.
_NOT_TEMPLATE = ("img", "picture", "figure", "video", "svg", "pre", "code", "table", "math")
_REPEAT_MIN_CHARS = 20
_LINK_LINES_DENSITY = 0.8  # a paragraph of link lines: at least this share of it is links
_REPEAT_MAX_CHARS = 2000
# A box whose whole text is one of these words is an advertisement or a spinner.
_AD_WORDS = re.compile(
    r"^(?:ad(?:vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|广告|Реклама|Anuncio)$",
    re.IGNORECASE,
)
_LOADING_WORDS = re.compile(
    r"^(?:(?:loading|正在加载|Загрузка|chargement|cargando)(?:…|\.\.\.)?)$", re.IGNORECASE
)


def remove_furniture(
    article: Element,
    counter: TextCounter,
    paragraphs: set[Element],
    *,
    weigh_classes: bool,
    clean_boxes: bool,
) -> set[str]:
    """Take the furniture out of ``article``; ``paragraphs`` are <div>s read as paragraphs.

    ``weigh_classes`` lets class and id names count; ``clean_boxes`` judges every box.
    Returns which of the two changed anything ("weigh_classes", "clean_boxes"). One walk,
    innermost first, so each box is judged on what is left inside it.
    """
    lxml.etree.strip_elements(article, "footer", "aside", "nav", with_tail=False)
    sheltered = _sheltered(article)
    effects: set[str] = set()
    if clean_boxes and _drop_repeated_boxes(article, sheltered):
        effects.add("clean_boxes")
    if clean_boxes:
        _drop_header_rows(article)

    form_titles: list[Element] = []  # dropped after the walk, which still reads them
    cards: list[Element] = []
    article_chars: list[int] = []  # the article's length, measured when a form asks

    def share_of_article(chars: int) -> float:
        if not article_chars:
            article_chars.append(len(_SPACES.sub(" ", text_of(article))))
        return chars / article_chars[0] if article_chars[0] else 1.0

    def judge(element: Element, counts: Counts, stack: list[tuple[Element, Counts]]) -> bool:
        tag = element.tag
        if (
            tag == "form"
            and element.get(FORM_WRITES_ATTRIBUTE)
            and counts.chars <= _FORM_MAX_CHARS
            and not _holds_prose(counts)
            and share_of_article(counts.chars) < _FORM_MAX_SHARE
        ):
            # A box to write a comment in, with its labels (often laid out in a table):
            # never the article's text; nor is the title bar right above it.
            above = _above(element, article)
            if above is not None and _is_form_title(above):
                form_titles.append(above)
            return False
        if element in sheltered:
            return True
        if (
            element.attrib
            and len(stack) > 1
            and counts.chars < _SHARE_MAX_CHARS
            and is_share_bar(names_of(element))
        ):
            return False
        is_paragraph = tag == "p" or element in paragraphs
        if clean_boxes and (
            (is_paragraph and counts.link_chars and _is_link_lines(element, counts))
            or (tag in _BOXES and _is_pager(element, counts))
        ):
            effects.add("clean_boxes")
            return False
        if tag == "p":
            return counts.chars > 0 or counts.images > 0
        if element in paragraphs:
            counts.paragraphs += 1
            return True
        weight = class_weight(element) if weigh_classes else 0
        if weight:
            effects.add("weigh_classes")
        if tag in ("h1", "h2"):
            return weight >= 0
        if (
            tag in _CARDS
            and stack
            and counts.chars <= _CARD_MAX_CHARS
            and _is_teaser_card(element)
            and _in_run_of_cards(element)
        ):
            # Cards showing other articles are never this one's text, however short it
            # is (a short post is searched again with fewer boxes judged).
            cards.append(element)
            return True
        if not clean_boxes or tag not in _BOXES or not stack:
            return True
        in_figure = any(e.tag == "figure" for e, _ in stack)
        if _is_furniture(element, counts, in_figure, weight):
            effects.add("clean_boxes")
            return False
        return True

    for element in walk_counts(article, counter, judge, _PARAGRAPH_TAGS):
        drop(element)
    for element in form_titles:
        if element.getparent() is not None:
            drop(element)
    _drop_cards(article, [card for card in cards if _inside(card, article)])
    return effects


def _inside(element: Element, root: Element) -> bool:
    """``element`` is still in ``root``'s tree (no box around it was dropped)."""
    return any(ancestor is root for ancestor in element.iterancestors())


def _drop_cards(article: Element, cards: list[Element]) -> None:
    """Drop the cards of other stories, unless they are all the page holds (a page that
    lists stories): a reader shown nothing learns less than one shown the list."""
    if not cards:
        return
    total = len(_SPACES.sub(" ", text_of(article)))
    in_cards = sum(len(_SPACES.sub(" ", text_of(card))) for card in cards)
    if total - in_cards >= _REST_BESIDE_CARDS:
        for card in cards:
            drop(card)


def _above(element: Element, root: Element) -> Element | None:
    """The element right above ``element`` on the page: its previous sibling, or that of
    the nearest box it opens (a form wrapped in a <div> under its title bar)."""
    while element.getprevious() is None:
        parent = element.getparent()
        if parent is None or parent is root or (parent.text or "").strip():
            return None
        element = parent
    above: Element = element.getprevious()
    return above


def _is_teaser_card(element: Element) -> bool:
    """A box that shows another page: its headline is a link, and a second link (its
    picture, "Read the rest") goes to the same page; little text besides a teaser."""
    # The headline is one of the card's own children: a box is only asked about what it
    # holds directly, so judging every box of a deep page stays linear.
    heading = next((child for child in element if child.tag in _CARD_HEADINGS), None)
    if heading is None:
        return False
    links = [a for a in heading.iter("a") if a.get("href")]
    if len(links) != 1:
        return False
    headline = _SPACES.sub(" ", text_of(heading)).strip()
    if not headline or _SPACES.sub(" ", text_of(links[0])).strip() != headline:
        return False
    target = links[0].get("href")
    others = sum(1 for a in element.iter("a") if a.get("href") == target)
    if others < 2:
        return False
    return len(_SPACES.sub(" ", text_of(element))) <= _CARD_MAX_CHARS


def _in_run_of_cards(element: Element) -> bool:
    """One of several teaser cards side by side: a list of other articles."""
    for neighbour in (element.getprevious(), element.getnext()):
        if neighbour is not None and neighbour.tag == element.tag and _is_teaser_card(neighbour):
            return True
    return False


def _is_form_title(element: Element) -> bool:
    """A form's title bar ("Leave a reply", "Kommentar schreiben"): a short line of text,
    no sentence, no picture, nothing else inside."""
    if not isinstance(element.tag, str) or element.find(".//img") is not None:
        return False
    text = _SPACES.sub(" ", text_of(element)).strip()
    return 0 < len(text) <= _FORM_TITLE_CHARS and text[-1] not in ".!?。！？"


def _is_link_lines(paragraph: Element, counts: Counts) -> bool:
    """A "paragraph" that is links set one under another ("Related:", an ad, "Follow us"):
    two or more links, broken into lines, and little text that is not theirs."""
    if counts.link_density < _LINK_LINES_DENSITY or paragraph.find("br") is None:
        return False
    return sum(1 for _ in paragraph.iter("a")) >= 2


def _drop_header_rows(article: Element) -> None:
    """Drop the article's ``<header>`` when, its title gone, it holds no sentence, picture or
    heading: only the section links, date and place rows that sit above a story. A
    standfirst is a sentence, a section's header has its heading, and both stay."""
    for header in list(article.iter("header")):
        if next(header.iterdescendants(*_HEADER_KEEPS), None) is not None:
            continue
        text = _SPACES.sub(" ", text_of(header)).strip()
        if len(text) < _HEADER_ROW_CHARS and not _SENTENCE.search(text):
            drop(header)


def _drop_repeated_boxes(article: Element, sheltered: set[Element]) -> bool:
    """Drop every box whose whole text appears again, word for word, in another box.

    An article says a thing once; a block repeated inside it is the site's template laid out
    again between the article's parts (a "most popular" box after each part, a gallery's
    title on every slide, a share row above and below). Only boxes of middling length are
    compared, so the text of each is read once and short labels ("Share", a number) are left
    to the other tests. Returns whether anything was dropped.
    """
    lengths = _text_lengths(article)
    boxes = [
        element
        for element in article.iter(*_REPEAT_BOXES)
        if element is not article
        and element not in sheltered
        and _REPEAT_MIN_CHARS <= lengths.get(element, 0) <= _REPEAT_MAX_CHARS
        and next(element.iterdescendants(*_NOT_TEMPLATE), None) is None
    ]
    by_text: dict[str, list[Element]] = {}
    for box in boxes:
        by_text.setdefault(_SPACES.sub(" ", text_of(box)).strip(), []).append(box)
    dropped = False
    for copies in by_text.values():
        members = set(copies)
        # Of nested boxes with the same text, the outermost stands for them.
        outer = [c for c in copies if not any(a in members for a in c.iterancestors())]
        if len(outer) < 2:
            continue
        for box in outer:
            drop(box)
        dropped = True
    return dropped


def _text_lengths(root: Element) -> dict[Element, int]:
    """The length of every element's text, white space and all, in one pass from the leaves
    up (reading each element's text apart would take time as the square of its depth)."""
    elements = list(root.iter())
    lengths = dict.fromkeys(elements, 0)
    for element in elements:
        if isinstance(element.tag, str):
            lengths[element] += len(element.text or "")
        parent = element.getparent()
        if element.tail and element is not root and parent is not None:
            lengths[parent] += len(element.tail)
    for element in reversed(elements):
        parent = element.getparent()
        if element is not root and parent is not None:
            lengths[parent] += lengths[element]
    return lengths


def _sheltered(root: Element) -> set[Element]:
    """Elements never judged: data tables, what is inside them or inside code, their holders."""
    kept: set[Element] = set()
    for table in data_tables(root):
        kept.update(table.iter())
        for ancestor in table.iterancestors():
            if ancestor in kept:
                break
            kept.add(ancestor)
    for code in root.iter("code", "pre"):
        if code not in kept:
            kept.update(code.iter())
    return kept


def _is_furniture(element: Element, counts: Counts, in_figure: bool, weight: int) -> bool:
    tag = element.tag
    length = counts.chars
    is_list = tag in _LISTS or (length > 0 and counts.list_chars / length > 0.9)
    if weight < 0 and not _holds_prose(counts):
        return True
    if counts.commas >= 10:
        return False
    paragraphs, images = counts.paragraphs, counts.images
    items = counts.items - 100  # Readability's allowance: only very long lists count
    if 0 < length < 40:
        text = _SPACES.sub(" ", text_of(element)).strip()
        if _AD_WORDS.match(text) or _LOADING_WORDS.match(text):
            return True
    density = counts.link_density
    heading_density = counts.heading_chars / length if length else 0.0
    remove = (
        (tag == "form" and _controls(element) > paragraphs // 3)
        or (not in_figure and images > 1 and paragraphs / images < 0.5)
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
    if remove and is_list and images and images == counts.items:
        # A list of pictures, one to an item, is a gallery, not furniture.
        return not all(len(child) <= 1 for child in element)
    return remove


def _holds_prose(counts: Counts) -> bool:
    """Paragraphs of text with few links: article, whatever a box's name says (names that
    sound like furniture, "overflow-hidden", "media", "scroll", are often only styles)."""
    return (
        counts.paragraphs >= _PROSE_PARAGRAPHS
        and counts.chars >= _PROSE_PARAGRAPH_CHARS * counts.paragraphs
        and counts.link_density < _PROSE_LINK_DENSITY
    )


def _is_pager(element: Element, counts: Counts) -> bool:
    """Page numbers counting up from one, with arrows but no word ("« ‹ 1 2 3 … 14 › »"),
    one to a box: a pager or a gallery's controls, in any language."""
    if not 0 < counts.chars < _CONTROLS_MAX_CHARS or len(element) < 3:
        return False
    text = " ".join([element.text or "", *(text_of(child) for child in element)])  # apart
    if _LETTER.search(text) or element.find(".//math") is not None:
        return False
    numbers = [int(n) for n in _NUMBER.findall(text)]
    return len(numbers) >= 3 and numbers[0] <= 1 and all(a < b for a, b in pairwise(numbers))


def _controls(form: Element) -> int:
    """The form's inputs and buttons, counted before they were taken out (see page_tree)."""
    count = form.get(FORM_CONTROLS_ATTRIBUTE) or "0"
    return int(count) if count.isdigit() else 0


def data_tables(root: Element) -> set[Element]:
    """Tables that hold data rather than lay the page out (Readability's test)."""
    return {table for table in root.iter("table") if _is_data_table(table)}


def _is_data_table(table: Element) -> bool:
    if table.get("role") == "presentation" or table.get("datatable") == "0":
        return False
    if table.get("summary"):
        return True
    caption = table.find("caption")
    if caption is not None and len(caption):
        return True
    for _ in table.iterdescendants(*_TABLE_STRUCTURE):
        return True
    for _ in table.iterdescendants("table"):
        return False
    rows = 0
    columns = 0
    for row in table.iterdescendants("tr"):
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
