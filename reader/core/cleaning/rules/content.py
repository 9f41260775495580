"""Rule: keep the article the content model finds, and hide the page around it.

The furniture rules before this one hide what they recognise by its words (a share row, a
comment form); this rule weighs every line's evidence (:mod:`..evidence`) with the content
model (:mod:`..content_model`), takes the article as the one region of the page the model
finds, and hides the rest: the menus above it, the lists of other articles, comments and
footers below it, and lines inside it that are plainly not text. A line that other articles
of the library hold word for word is site template wherever it stands. Each hidden line
gets a reason in plain words for Show Original.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...stamps import is_stamp
from ..content_model import end_at_last_sentence, shipped_model, start_at_headline
from ..evidence import FEATURES, PageEvidence, PageLine, line_key, page_evidence
from ..shapes import has_letters, is_heading_like
from ..state import CleanState, Line
from .comment_form import REASON as COMMENT_FORM
from .title import site_name_keys

MENU = "menu"
LINK_LIST = "list of links to other articles"
FOOTER = "page footer"
HEADER = "page header"
AFTER = "text after the article (comments, notes)"
INSIDE = "not part of the article's text"
REPEATED_BOX = "a box of lines the page shows more than once"
# A line in this many other articles of the library is the site's template, not this
# article: one other article may quote the same sentence.
LIBRARY_MIN_ARTICLES = 2
# A site's template is a small part of each page. When lines other articles hold make up
# more than this share of the page's words, those articles are copies of this one (saved
# again with a typo fixed, or from a mirror): its text must not hide itself.
LIBRARY_MAX_SHARE = 0.5
_TITLE_REPEAT = FEATURES.index("title_repeat")
_ENDS_SENTENCE = FEATURES.index("ends_sentence")
# Paragraphs of the article above a comment form before it ends the article there.
_PROSE_BEFORE_COMMENTS = 3
# A date or time over each item: this many within this many lines are a feed.
_FEED_STAMPS = 3
_FEED_SPAN = 8
_MENU_RUN = 3  # short lines in a row that make a menu
_LINK_RUN = 2  # unpunctuated title-length lines in a row that make a list of links
_LINK_MIN_WORDS = 3
# Lines in a row, no sentence among them, that the page shows again in the same order: a
# box of headlines or links dropped between paragraphs. An article does not repeat itself
# so; where it does, in code listings or protocol examples ("Host: example.org"), the
# lines carry the brackets, colons, slashes and signs of code.
_BOX_LINES = 3
_CODE = re.compile(r"[(){}\[\]<>=_;:*#@$\\/]")
# A text this short is a note or a snippet, not a copied web page: there is no page
# around it to take away, and too little of it to tell a region by.
MIN_PAGE_LINES = 12


def library_reason(count: int) -> str:
    return f"the same line is in {count} other articles of your library"


def page_lines(state: CleanState) -> tuple[Line | None, list[Line]]:
    """The title line (the first line no furniture rule hid: on a copied page, the page's
    title) and the other non-blank lines of the page, in order."""
    lines = [line for line in state.lines if not line.blank]
    head = next((line for line in lines if line.live), None)
    return head, [line for line in lines if line is not head]


def _outside_reason(index: int, first: int, last: int, evidence: PageEvidence) -> str:
    if evidence.short_run[index] >= _MENU_RUN:
        return MENU
    if index < first:
        return HEADER
    if evidence.unpunctuated_run[index] >= _LINK_RUN and evidence.words[index] >= _LINK_MIN_WORDS:
        return LINK_LIST
    # Below the article: what runs on to the end of the page without prose is its footer.
    later_prose = any(evidence.prose[k] for k in range(index, len(evidence.prose)))
    if evidence.prose[index] or later_prose:
        return AFTER
    return FOOTER


def _hide(state: CleanState, body: list[Line], evidence: PageEvidence, title: str) -> None:
    model = state.content_model or shipped_model()
    probabilities = [model.probability(vector) for vector in evidence.vectors]
    threshold = model.page_threshold(probabilities, evidence.prose)
    first, last = start_at_headline(
        model.region(probabilities, evidence.words, threshold),
        probabilities,
        [bool(vector[_TITLE_REPEAT]) for vector in evidence.vectors],
        evidence.prose,
        threshold,
    )
    last = _before_feed(body, evidence, first, last)
    first, last = end_at_last_sentence(
        (first, last),
        probabilities,
        [model.weight(n) for n in evidence.words],
        [bool(vector[_ENDS_SENTENCE]) for vector in evidence.vectors],
        [line.removed is not None for line in body],
    )
    last = _before_comments(body, evidence, first, last)
    template = _template_lines(body, evidence)
    boxes = _repeated_boxes(body, evidence)
    bare = _bare_opening(body, evidence, first, last)
    # A line with the site's name (the masthead) repeats a part of the page title too, but
    # it is the page's furniture, not the title's to place.
    site_keys = site_name_keys(title)
    site_name = {i for i, line in enumerate(body) if line_key(line.text) in site_keys}
    for index, line in enumerate(body):
        if line.removed is not None:
            continue
        count = evidence.library[index]
        if index in template:
            state.remove(line, library_reason(count))
        elif first < 0 or (evidence.vectors[index][_TITLE_REPEAT] and index not in site_name):
            # No article text found: better to show the page than nothing. A repeat of
            # the title is the title rule's to place.
            continue  # no article text found: better to show the page than nothing
        elif index < first or index > last:
            state.remove(line, _outside_reason(index, first, last, evidence))
        elif index in boxes:
            state.remove(line, REPEATED_BOX)
        elif index in bare:
            state.remove(line, INSIDE)
        elif probabilities[index] < model.inner_threshold:
            short = evidence.short_run[index] >= _MENU_RUN
            state.remove(line, MENU if short else INSIDE)


def _before_comments(body: list[Line], evidence: PageEvidence, first: int, last: int) -> int:
    """The region's last line, ending before a comment form or thread it runs into.

    Comments are prose too, and a long thread can outweigh the article it follows; but
    the page says where they begin ("3 comments", "Leave a reply", a form's fields). Such
    a line under the title ("0 comments" beside the date) has no article above it yet.
    """
    prose = 0
    for index in range(max(first, 0), last + 1):
        if body[index].removed == COMMENT_FORM and prose >= _PROSE_BEFORE_COMMENTS:
            return index - 1
        prose += evidence.prose[index]
    return last


def _bare_opening(body: list[Line], evidence: PageEvidence, first: int, last: int) -> set[int]:
    """Lines without letters between the region's start and its first paragraph (a
    bullet, a count of comments or shares): the page's, set between the headline and
    the article, never the article's words."""
    if first < 0:
        return set()
    opening = next((i for i in range(first, last + 1) if evidence.prose[i]), first)
    return {i for i in range(first, opening) if not has_letters(body[i].text)}


def _before_feed(body: list[Line], evidence: PageEvidence, first: int, last: int) -> int:
    """The region's last line, ending before a feed it runs into: items each under its
    own date or time, ``_FEED_STAMPS`` of them within ``_FEED_SPAN`` lines (a live ticker
    beside the article, a thread of comments). One date under the headline is the
    article's; a feed starts only after the article's first paragraphs."""
    if first < 0:
        return last
    stamps = [i for i in range(first, last + 1) if is_stamp(body[i].text)]
    prose = 0
    seen = first
    for k in range(len(stamps) - _FEED_STAMPS + 1):
        start = stamps[k]
        prose += sum(evidence.prose[seen:start])
        seen = start
        run = stamps[k : k + _FEED_STAMPS]
        if (
            run[-1] - start < _FEED_SPAN
            and all(b - a > 1 for a, b in pairwise(run))  # each over an item: not a table
            and prose >= _PROSE_BEFORE_COMMENTS
        ):
            return start - 1
    return last


def _repeated_boxes(body: list[Line], evidence: PageEvidence) -> set[int]:
    """The lines of every run of ``_BOX_LINES`` visible lines (distinct, none a sentence
    or code, one at least of headline length) that the page shows twice or more in order."""
    visible = [index for index, line in enumerate(body) if line.removed is None]
    keys = [line_key(body[index].text) for index in visible]
    starts: dict[tuple[str, ...], list[int]] = {}
    for k in range(len(visible) - _BOX_LINES + 1):
        window = tuple(keys[k : k + _BOX_LINES])
        members = visible[k : k + _BOX_LINES]
        if (
            len(set(window)) < _BOX_LINES
            or not all(window)
            or any(evidence.vectors[i][_ENDS_SENTENCE] for i in members)
            or any(_CODE.search(body[i].text) for i in members)
            or max(evidence.words[i] for i in members) < _LINK_MIN_WORDS
        ):
            continue
        starts.setdefault(window, []).append(k)
    found: set[int] = set()
    for repeats in starts.values():
        if len(repeats) > 1:
            for k in repeats:
                found.update(visible[k : k + _BOX_LINES])
    return found


def _template_lines(body: list[Line], evidence: PageEvidence) -> set[int]:
    """The lines enough other articles of the library hold to be the site's template;
    none when they are most of the page (the other articles are copies of this one)."""
    found = {
        index
        for index, line in enumerate(body)
        if line.removed is None
        and evidence.library[index] >= LIBRARY_MIN_ARTICLES
        and not is_heading_like(line.text)
    }
    shared = sum(evidence.words[index] for index in found)
    total = sum(evidence.words[index] for index, line in enumerate(body) if line.removed is None)
    return found if shared <= LIBRARY_MAX_SHARE * total else set()


def run(state: CleanState) -> None:
    """Hide every line outside the article region, and site template lines anywhere."""
    head, body = page_lines(state)
    if len(body) < MIN_PAGE_LINES:
        return
    lines = [PageLine(line.text, line.removed is not None) for line in body]
    evidence = page_evidence(lines, head.text if head else "", state.seen_elsewhere)
    _hide(state, body, evidence, head.text if head else "")
