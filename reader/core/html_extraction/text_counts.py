"""What each element holds — characters, link text, commas, pictures, stop words — in one walk.

The walk goes bottom-up with an explicit stack: an element's counts are its own text's plus its
kept children's, so every element is touched twice (start and end) and no subtree is measured
again. A caller can drop an element as the walk leaves it; the counts around it then leave it
out, which is how boxes are judged on what remains inside them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import lxml.etree  # type: ignore[import-untyped,unused-ignore]

from reader.core.html_extraction.page_tree import Element

__all__ = ["Counts", "TextCounter", "walk_counts"]

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LISTS = frozenset(["ul", "ol"])
_EMBEDS = frozenset(["object", "embed", "iframe"])
# Commas of other scripts: Arabic, small and full-width forms, CJK's enumeration comma.
_OTHER_COMMAS = "\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001"
_LONG_TEXT = 20_000  # characters: a text longer than this is measured from a sample


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


def _comma_count(text: str) -> int:
    commas = text.count(",")
    if not text.isascii():
        commas += sum(text.count(comma) for comma in _OTHER_COMMAS)
    return commas


# Punctuation that sticks to a word: "the," "(and" "“of". Text is split at white space only
# (a regular expression per text costs more than the rest of the walk together), so the stop
# words are looked up with these attached as well.
_TRAILING = ",.;:!?)]}\"'”’»…"
_LEADING = "([{\"'“„‘«¿¡"


@cache  # one language's list, built once per process
def _with_punctuation(stop_words: frozenset[str]) -> frozenset[str]:
    variants = set(stop_words)
    for word in stop_words:
        variants.update(word + mark for mark in _TRAILING)
        variants.update(mark + word for mark in _LEADING)
    return frozenset(variants)


class TextCounter:
    """Counts a run of text into :class:`Counts`; stop words only when a list is given."""

    def __init__(self, stop_words: frozenset[str]) -> None:
        self.stop_words = _with_punctuation(stop_words) if stop_words else stop_words

    def count(self, counts: Counts, text: str) -> int:
        """Add ``text`` to ``counts``; returns the characters it added."""
        if len(text) > _LONG_TEXT:
            return self._count_long(counts, text)
        stripped = text.strip()
        if not stripped:
            return 0
        if "  " in stripped or "\n" in stripped or "\t" in stripped:
            stripped = " ".join(stripped.split())
        chars = len(stripped)
        counts.chars += chars
        counts.commas += text.count(",") if text.isascii() else _comma_count(text)
        stop_words = self.stop_words
        if stop_words:
            tokens = text.lower().split()
            counts.words += len(tokens)
            counts.stop_words += sum(map(stop_words.__contains__, tokens))
        return chars

    def _count_long(self, counts: Counts, text: str) -> int:
        """A very long text (a page on one line) measured from a sample, in bounded time.

        Its length stands for its visible characters, and its first part for its words.
        """
        chars = len(text)
        counts.chars += chars
        sample = text[:_LONG_TEXT]
        counts.commas += round(_comma_count(sample) * chars / len(sample))
        if self.stop_words:
            tokens = sample.lower().split()
            scale = chars / len(sample)
            counts.words += round(len(tokens) * scale)
            counts.stop_words += round(sum(map(self.stop_words.__contains__, tokens)) * scale)
        return chars


# Called as the walk leaves a box, with its counts and the boxes around it; returns False to
# drop the box (its counts then go nowhere).
Judge = Callable[[Element, Counts, list[tuple[Element, Counts]]], bool]
PARAGRAPH_BREAKERS = frozenset(
    ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article"]
)
# Text-level elements: their text counts for the box they are in, and they get no counts of
# their own (most of a page's elements are these; sparing them keeps the walk fast).
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "picture",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)


def walk_counts(
    root: Element,
    counter: TextCounter,
    judge: Judge,
    paragraph_tags: frozenset[str],
    skip: Callable[[Element], bool] | None = None,
) -> list[Element]:
    """Walk ``root``'s subtree bottom-up, counting every box; returns the elements left out.

    A box is any element but the text-level ones (:data:`INLINE_TAGS`); link text is counted
    as it is met, weighed by the innermost open link. ``paragraph_tags`` count as paragraphs.
    ``skip``, asked of every element as the walk enters it, leaves an element out unread.
    """
    dropped = []
    stack: list[tuple[Element, Counts]] = []
    links: list[float] = []  # the weight of each open link's text
    count = counter.count
    walk = lxml.etree.iterwalk(root, events=("start", "end"))
    skipped: Element | None = None
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if skipped is not None:  # the end of the element left out: only its tail counts
            skipped = None
            if element.tail and stack:
                added = count(stack[-1][1], element.tail)
                if links:
                    stack[-1][1].link_chars += added * links[-1]
            continue
        if event == "start" and skip is not None and element is not root and skip(element):
            walk.skip_subtree()
            skipped = element
            dropped.append(element)
            continue
        box = tag not in INLINE_TAGS or element is root
        if event == "start":
            if box:
                counts = Counts()
                stack.append((element, counts))
            else:
                counts = stack[-1][1]
                if tag == "a":
                    links.append(0.3 if (element.get("href") or "").startswith("#") else 1.0)
                elif tag == "img":
                    counts.images += 1
                    counts.has_breaker = True
            if element.text:
                added = count(counts, element.text)
                if links:
                    counts.link_chars += added * links[-1]
            continue
        if not box:
            if tag == "a":
                links.pop()
            around = stack[-1][1]
        else:
            _, counts = stack.pop()
            if tag in paragraph_tags:
                counts.paragraphs += 1
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
            around = stack[-1][1]
            if keep:
                around.add(counts)
                if tag in PARAGRAPH_BREAKERS or counts.has_breaker:
                    around.has_breaker = True
            else:
                dropped.append(element)
        if element.tail:
            added = count(around, element.tail)
            if links:
                around.link_chars += added * links[-1]
    return dropped
