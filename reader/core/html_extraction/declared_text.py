"""The article's words as the page declares them for search engines: schema.org ``articleBody``.

News sites put the article's plain text in their JSON-LD. It is never shown as it is (it has
no headings, lists, links or pictures, and may be cut short), but it says which words the
article holds. When the article found by its layout holds few of them, the search is sent to
the innermost part of the page that holds most of them: a check that no site's markup can
fool the same way twice.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.html_extraction.page_title import jsonld_articles
from reader.core.html_extraction.page_tree import Element

__all__ = ["DeclaredWords", "declared_words"]

# Scripts written without spaces between words (Thai, Burmese, Japanese, Chinese) are read a
# character at a time, so a sentence split by a link still matches its declared text.
_UNSPACED = "\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(f"[{_UNSPACED}]|[^\\W{_UNSPACED}]+")
MIN_WORDS = 80  # a shorter articleBody is a summary, not the article
_MAX_CHARS = 500_000  # an articleBody longer than this is read no further
_HOLDER_SHARE = 0.8  # the part of the page sent to holds this share of the declared words
_COVERED = 0.6  # an article holding this share of the declared words is not second-guessed


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text[:_MAX_CHARS].casefold()))


class DeclaredWords:
    """The words of the page's ``articleBody``, counted."""

    def __init__(self, text: str) -> None:
        self.counts = _words(text)
        self.total = sum(self.counts.values())

    def share_in(self, text: str) -> float:
        """How much of the declared text ``text`` holds, word by word (0 to 1)."""
        found = _words(text)
        held = sum(min(count, found[word]) for word, count in self.counts.items())
        return held / self.total if self.total else 1.0

    def is_missed_by(self, text: str) -> bool:
        return self.share_in(text) < _COVERED

    def holder(self, body: Element) -> tuple[int, ...] | None:
        """Where the innermost element holding most of the declared words sits under
        ``body``, as child positions from it; None when only ``body`` itself does.

        Each text is read once and its words credited up the tree, so the walk is linear.
        """
        counts = self.counts
        hits: dict[Element, int] = {}
        elements = [e for e in body.iter() if isinstance(e.tag, str)]
        for element in elements:
            own = sum(1 for w in _WORD.findall((element.text or "").casefold()) if w in counts)
            hits[element] = hits.get(element, 0) + own
            parent = element.getparent()
            if parent is not None and element is not body and element.tail:
                tail = _WORD.findall(element.tail.casefold())
                hits[parent] = hits.get(parent, 0) + sum(1 for w in tail if w in counts)
        for element in reversed(elements):
            parent = element.getparent()
            if element is not body and parent is not None and parent in hits:
                hits[parent] += hits[element]
        needed = self.total * _HOLDER_SHARE
        holding = [e for e in elements if hits[e] >= needed]
        if not holding:
            return None
        innermost = min(reversed(holding), key=hits.__getitem__)  # the deepest of equals
        if innermost is body:
            return None
        path = []
        element = innermost
        while element is not body:
            parent = element.getparent()
            path.append(parent.index(element))
            element = parent
        return tuple(reversed(path))


def declared_words(doc: Element) -> DeclaredWords | None:
    """The page's declared article words, or None when it declares no article body of length.

    Read before the page's scripts are taken out: JSON-LD lives in them.
    """
    for item in jsonld_articles(doc):
        body = item.get("articleBody")
        if isinstance(body, str):
            words = DeclaredWords(body)
            if words.total >= MIN_WORDS:
                return words
    return None
