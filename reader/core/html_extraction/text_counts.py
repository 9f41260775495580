"""What each element holds — characters, link text, commas, pictures, stop words — in one walk.

The walk goes bottom-up with an explicit stack: an element's counts are its own text's plus its
kept children's, so every element is touched twice (start and end) and no subtree is measured
again. A caller can drop an element as the walk leaves it; the counts around it then leave it
out, which is how boxes are judged on what remains inside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

from reader.core.html_extraction.page_tree import Element

__all__ = ["Counts", "TextCounter", "walk_counts"]

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LISTS = frozenset(["ul", "ol"])
_EMBEDS = frozenset(["object", "embed", "iframe"])
# Commas of other scripts: Arabic, small and full-width forms, CJK's enumeration comma.
_OTHER_COMMAS = "\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001"
_WORDS = re.compile(r"\w+")


@dataclass(slots=True)
class Counts:
    """What an element holds, all of its subtree."""

    chars: int = 0  # visible characters, a run of white space counting as one
    link_chars: float = 0.0  # in-page links ("#top") weigh 0.3, as Readability weighs them
    commas: int = 0
    paragraphs: int = 0
    images: int = 0
    items: int = 0
    embeds: int = 0
    heading_chars: int = 0
    list_chars: int = 0
    words: int = 0
    stop_words: int = 0
    has_breaker: bool = False  # holds a block that keeps a <div> from reading as a paragraph

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

    @property
    def prose(self) -> float:
        """The share of the words that are stop words; 0 when the language has no list."""
        return self.stop_words / self.words if self.words else 0.0


class TextCounter:
    """Counts a run of text into :class:`Counts`; stop words only when a list is given."""

    def __init__(self, stop_words: frozenset[str]) -> None:
        self.stop_words = stop_words

    def count(self, counts: Counts, text: str) -> None:
        words = text.split()
        if not words:
            return
        counts.chars += sum(map(len, words)) + len(words) - 1
        commas = text.count(",")
        if not text.isascii():
            commas += sum(text.count(comma) for comma in _OTHER_COMMAS)
        counts.commas += commas
        if self.stop_words:
            tokens = _WORDS.findall(text.lower())
            counts.words += len(tokens)
            counts.stop_words += sum(map(self.stop_words.__contains__, tokens))


# Called as the walk leaves an element, with its counts and the open elements around it;
# returns False to drop the element (its counts then go nowhere).
Judge = Callable[[Element, Counts, list[tuple[Element, Counts]]], bool]
PARAGRAPH_BREAKERS = frozenset(
    ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article"]
)


def walk_counts(
    root: Element, counter: TextCounter, judge: Judge, paragraph_tags: frozenset[str]
) -> list[Element]:
    """Walk ``root``'s subtree bottom-up, counting; returns the elements the judge dropped.

    ``paragraph_tags`` count as paragraphs for their ancestors ("p", and <div>s read as one).
    """
    dropped = []
    stack: list[tuple[Element, Counts]] = []
    count = counter.count
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            counts = Counts()
            stack.append((element, counts))
            if element.text:
                count(counts, element.text)
            continue
        _, counts = stack.pop()
        if tag == "a":
            href = element.get("href") or ""
            counts.link_chars = counts.chars * (0.3 if href.startswith("#") else 1.0)
        elif tag in paragraph_tags:
            counts.paragraphs += 1
        elif tag == "img":
            counts.images += 1
        elif tag == "li":
            counts.items += 1
        elif tag in _EMBEDS:
            counts.embeds += 1
        elif tag in _HEADINGS:
            counts.heading_chars = counts.chars
        elif tag in _LISTS:
            counts.list_chars = counts.chars
        keep = judge(element, counts, stack)
        if not stack:
            continue
        parent = stack[-1][1]
        if keep:
            parent.add(counts)
            if tag in PARAGRAPH_BREAKERS or counts.has_breaker:
                parent.has_breaker = True
        else:
            dropped.append(element)
        if element.tail:
            count(parent, element.tail)
    return dropped
