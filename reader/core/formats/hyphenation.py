"""Undoing line-end hyphenation, with the document's own words as the only evidence.

A word broken at the end of a line ("perda-" / "gangan") is joined again only where the
document shows the joined word is a word; no dictionary is consulted, so it works for any
language the document is in. The evidence, in order:

1. the joined word ("perdagangan") occurs elsewhere in the document, unbroken, more often
   than the hyphenated one ("perda-gangan"): join;
2. the hyphenated form occurs elsewhere mid-line ("negara-negara", "Asia-Pasifik"): keep
   the hyphen;
3. the two halves echo each other (reduplication: "isu-" / "isu", "porak-" /
   "poranda"), or the second half starts with a capital or a digit ("COVID-" / "19"),
   or both halves are words the document uses on their own ("well-" / "known"): keep
   the hyphen;
4. otherwise a half is a fragment, not a word: join.
"""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_TRAILING_WORD = re.compile(r"(\w+(?:-\w+)*)-$", re.UNICODE)
_LEADING_WORD = re.compile(r"^(\w+)", re.UNICODE)


def _echoes(head: str, tail: str) -> bool:
    """Whether the halves echo each other, as reduplicated words do ("isu-isu",
    "tabok-tabokan", "porak-poranda"); halves of one broken word practically never do."""
    return head == tail or tail.startswith(head) or (len(head) >= 3 and head[:3] == tail[:3])


class Vocabulary:
    """How often each word (casefolded) occurs whole in the document."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add_line(self, text: str, after_hyphen: bool) -> None:
        """Count a line's words, leaving out the halves of words broken at its ends."""
        tokens = _TOKEN.findall(text)
        if after_hyphen and tokens:
            tokens = tokens[1:]
        if text.endswith("-") and tokens:
            tokens = tokens[:-1]
        self.counts.update(token.casefold() for token in tokens)

    def joins(self, head: str, tail: str) -> bool:
        """Whether ``head``- at a line end and ``tail`` on the next line are one word."""
        joined = f"{head}{tail}".casefold()
        hyphenated = f"{head}-{tail}".casefold()
        whole, kept = self.counts[joined], self.counts[hyphenated]
        if whole > kept:
            return True
        if kept > whole:
            return False
        last_part = head.rsplit("-", 1)[-1].casefold()
        if _echoes(last_part, tail.casefold()):
            return False
        if tail[:1].isupper() or tail[:1].isdigit():
            return False
        return not (self.counts[last_part.casefold()] and self.counts[tail.casefold()])


def join_lines(first: str, second: str, vocabulary: Vocabulary) -> str:
    """Two lines of one paragraph as one, a line-end hyphen undone where it should be."""
    if not first:
        return second
    if first.endswith("-") and not first.endswith(" -"):
        head = _TRAILING_WORD.search(first)
        tail = _LEADING_WORD.match(second)
        if head and tail:
            if vocabulary.joins(head.group(1), tail.group(1)):
                return first[:-1] + second
            return first + second
    return f"{first} {second}"
