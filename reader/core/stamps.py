"""Dates and times standing alone on a line: what a page sets over its article (a dateline)
or over each item of a feed or a comment thread.

Both reader modes ask the same question of a line (copied text, to end the article before
a feed; web pages, to leave the dateline out), so it is answered here once.
"""

from __future__ import annotations

import re

__all__ = ["is_stamp"]

_WORD = re.compile(r"\w+")
# A time of day: "14:44", "19:49", "14h44", "7:30AM". Dates alone are not enough: a
# timeline's years and a table's dates are an article's own.
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}(?!\d)")
_MAX_WORDS = 7
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def is_stamp(text: str, *, date_alone: bool = False) -> bool:
    """A time of day with a date or a name and little else ("14:44", "Yesterday 12:35PM",
    "24. März 2004, 19:49 | Genesis", "August 3, 2019 at 4:11 am"): at most seven words,
    two in five of them carrying digits. With ``date_alone``, a date with its year and no
    time counts too ("Donnerstag, 31. Mai 2012"): where only a dateline can stand."""
    words = _WORD.findall(text)
    if not 0 < len(words) <= _MAX_WORDS:
        return False
    if _CLOCK.search(text) is None and not (date_alone and _YEAR.search(text)):
        return False
    dated = sum(1 for word in words if any(c.isdigit() for c in word))
    return 5 * dated >= 2 * len(words)
