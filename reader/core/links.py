"""Ids and addresses that come from outside: read strictly, shown truthfully.

An article id typed on the command line or carried by a ``marginalia://open/…`` link is
taken only as plain ASCII digits that fit SQLite's integers: ``str.isdigit`` also accepts
"²" and "١", which ``int`` then refuses or reads as another number, and a 20-digit id
overflows SQLite. A web address is shown, before it is opened, the way a careful browser
shows it: invisible and direction-changing characters written out as ``\\u202e``, and a
host name that mixes scripts (a Cyrillic "а" in "аpple.com") in its punycode form, so
the reader sees the address that will really be opened.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# SQLite's INTEGER is a signed 64-bit number; ids are positive.
MAX_ID = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")
# A highlight id is a UUID; a little room for ids made by other tools, never unbounded.
_HIGHLIGHT_ID = re.compile(r"[A-Za-z0-9._~-]{1,80}")
OPEN_LINK_PREFIX = "marginalia://open/"


def parse_id(text: str) -> int | None:
    """``text`` as a database id (ASCII digits, 1 … 2⁶³−1), or None if it is not one."""
    text = text.strip()
    if not _ASCII_DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def parse_open_link(url: str) -> tuple[int, str] | None:
    """``marginalia://open/<article id>/<highlight id>`` as its two ids, or None."""
    if not url.startswith(OPEN_LINK_PREFIX) or len(url) > 300:
        return None
    parts = url.removeprefix(OPEN_LINK_PREFIX).strip("/").split("/")
    if len(parts) != 2 or not _HIGHLIGHT_ID.fullmatch(parts[1]):
        return None
    article_id = parse_id(parts[0])
    return (article_id, parts[1]) if article_id is not None else None


# -- showing an address -------------------------------------------------------------------

# Categories a reader cannot see, or that reorder what they see: controls, formatting
# characters (bidi overrides, zero-width joiners), line and paragraph separators, and
# unassigned or private code points.
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"}
# Letters that look like Latin ones; a host name made only of them, in one non-Latin
# script, passes for a Latin name ("раураl" in Cyrillic), so it is shown as punycode too.
_LATIN_LOOKALIKES = frozenset(
    "аеорсухіјѕԁԛԝӏһԍпьвмкт"  # Cyrillic
    "οαρτυικνεβμηχ"  # Greek
)


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible_text(text: str) -> str:
    """``text`` with every invisible or reordering character written as an escape."""
    return "".join(
        _escaped(ch)
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES or (ch.isspace() and ch != " ")
        else ch
        for ch in text
    )


def _script(ch: str) -> str | None:
    """A letter's script, from its Unicode name (its first word: LATIN, CYRILLIC, …)."""
    if not ch.isalpha():
        return None  # digits, hyphens: common to every script
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


# Scripts that are written together (as browsers allow them in one label): Japanese,
# Korean and Chinese with Bopomofo, each also beside Latin.
_HAN = {"CJK", "IDEOGRAPHIC"}
_WRITTEN_TOGETHER = (
    {"LATIN", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", *_HAN},
    {"LATIN", "HANGUL", *_HAN},
    {"LATIN", "BOPOMOFO", *_HAN},
)


def _label_needs_punycode(label: str) -> bool:
    if label.isascii():
        return False
    scripts = {s for s in map(_script, label) if s is not None}
    if len(scripts) > 1 and not any(scripts <= allowed for allowed in _WRITTEN_TOGETHER):
        return True
    letters = [ch for ch in label.lower() if ch.isalpha()]
    return bool(letters) and scripts <= {"CYRILLIC", "GREEK"} and set(letters) <= _LATIN_LOOKALIKES


def _ace_label(label: str) -> str:
    try:
        return "xn--" + label.lower().encode("punycode").decode("ascii")
    except UnicodeError:
        return visible_text(label)


def display_host(host: str) -> str:
    """A host name as it should be shown: a label that could pass for another in punycode."""
    return ".".join(
        _ace_label(label) if _label_needs_punycode(label) else visible_text(label)
        for label in host.split(".")
    )


def display_address(url: str) -> str:
    """The address ``url`` as a reader should see it before it is opened."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return visible_text(url)
    if not host or not parts.netloc:
        return visible_text(url)
    # The netloc keeps the host's own case and any user name and port around it.
    netloc = parts.netloc
    at = netloc.rfind("@") + 1
    found = netloc.lower().find(host, at)
    if found < 0:
        return visible_text(url)
    shown_netloc = (
        visible_text(netloc[:found])
        + display_host(netloc[found : found + len(host)])
        + visible_text(netloc[found + len(host) :])
    )
    head = f"{parts.scheme}://" if parts.scheme else "//"
    rest = url[url.find(parts.netloc, len(parts.scheme)) + len(parts.netloc) :]
    return visible_text(head) + shown_netloc + visible_text(rest)
