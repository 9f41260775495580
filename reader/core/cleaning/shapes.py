"""Shape tests on a single line of text: length, capitalisation, sentence boundaries.

The structure rules (title, headings, lists, tables, FAQ) share these so that they agree
on what "looks like a heading" or "starts with its own short title".
"""

from __future__ import annotations

import re

# Lowercase words that may join the capitalised words of a title ("Kerja Sama dalam Bidang
# Ekonomi", "Pride and Prejudice") without ending it.
FUNCTION_WORDS = frozenset(
    {
        # Indonesian
        "dan",
        "yang",
        "dalam",
        "pada",
        "sebagai",
        "di",
        "ke",
        "dari",
        "untuk",
        "terhadap",
        "bagi",
        "oleh",
        "dengan",
        "atau",
        "serta",
        "tentang",
        "antara",
        "melalui",
        "menuju",
        "itu",
        "ini",
        "para",
        "si",
        "sang",
        "vs",
        # English
        "of",
        "and",
        "the",
        "in",
        "for",
        "to",
        "a",
        "an",
        "on",
        "at",
        "by",
        "with",
        "from",
        "or",
        "as",
        "vs.",
        "is",
        "are",
        "into",
        "over",
        "under",
        "about",
    }
)

_WORD = re.compile(r"\S+")
_ABBREVIATION = re.compile(r"(?:^|\s)[A-Z][a-z]{1,3}\.$")
_SENTENCE_END = re.compile(r"(?:(?<!\b[A-Z])\.|[!?…])[\"'”’)\]]*\s+[\"'“‘(\[]*(\S)")
_HEADING_MAX_CHARS = 120
_HEADING_MAX_WORDS = 14
_TITLE_MAX_CHARS = 250
_TITLE_MAX_WORDS = 30


def is_capitalised(word: str) -> bool:
    """True for "Aliansi", "NATO", "2024", "(Tujuan" - a word a title may be built from."""
    for char in word:
        if char.isalnum():
            return char.isupper() or char.isdigit()
    return False


def is_joining_word(word: str) -> bool:
    return word in FUNCTION_WORDS


def has_sentence_break(text: str) -> bool:
    """True when one sentence ends inside the text and another capitalised one follows.

    A number after a short capitalised word's full stop ("Feb. 1, 2016", "No. 5", "Vol. 3")
    follows an abbreviation, not a sentence."""
    for match in _SENTENCE_END.finditer(text):
        if not is_capitalised(match.group(1)):
            continue
        if match.group(1).isdigit() and _ABBREVIATION.search(text, 0, match.start() + 1):
            continue
        return True
    return False


def word_count(text: str) -> int:
    return len(text.split())


def capitalised_share(words: list[str]) -> float:
    content = [w for w in words if w not in FUNCTION_WORDS]
    if not content:
        return 0.0
    return sum(1 for w in content if is_capitalised(w)) / len(content)


def has_letters(text: str) -> bool:
    """Whether the text holds a letter: a count, a page number, a bullet or a date in
    figures ("158", "•", "07.12.2017") holds none, and is no title, heading or text."""
    return any(char.isalpha() for char in text)


def is_heading_like(text: str) -> bool:
    """A short, single, capitalised phrase without a closing period: a bare heading line.

    Questions ("Apa itu Aliansi Keamanan Internasional?") qualify whatever their case,
    because a short question on a line of its own in an article is nearly always a heading.
    """
    if not text or len(text) > _HEADING_MAX_CHARS or "://" in text:
        return False
    if not has_letters(text):
        return False  # a count, a page number or a bullet: no section title
    words = text.split()
    if len(words) > _HEADING_MAX_WORDS or not is_capitalised(words[0]):
        return False
    last = text[-1]
    if not (last.isalnum() or last in "?)#+"):
        return False
    if has_sentence_break(text):
        return False
    if last == "?":
        return True
    if len(words) == 1:
        return True
    return capitalised_share(words) >= 0.6


def is_title_like(text: str) -> bool:
    """Could this line be the article's title? Looser than a heading: sentence case is fine."""
    if not text or len(text) > _TITLE_MAX_CHARS:
        return False
    if word_count(text) > _TITLE_MAX_WORDS or has_sentence_break(text):
        return False
    return text[-1] not in ".,;:"


def first_sentence(text: str) -> str:
    match = _SENTENCE_END.search(text)
    while match and not is_capitalised(match.group(1)):
        match = _SENTENCE_END.search(text, match.end(1))
    if match is None:
        return text
    return text[: match.start(1)].rstrip()


def split_lead(text: str, max_words: int = 10) -> tuple[str, str] | None:
    """Split "Menangkal Ancaman Global Dalam dunia yang ..." into its title and its sentence.

    The title is a run of capitalised words, possibly joined by lowercase function words;
    it ends where a capitalised word starts a sentence (the word after it is lowercase),
    or after a word ending in a colon. Returns None when the text does not start that way.
    """
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        spans.append(match.span())
        if len(spans) > max_words + 2:
            break
    words = [text[start:end] for start, end in spans]
    if len(words) < 2 or not is_capitalised(words[0]):
        return None
    for j in range(1, min(len(words), max_words + 1)):
        prev, cur = words[j - 1], words[j]
        prev_joins = prev in FUNCTION_WORDS
        if not (is_capitalised(prev) or (prev_joins and j > 1)):
            return None
        if prev.endswith(":") and len(prev) > 1:
            return text[: spans[j - 1][1]], text[spans[j][0] :]
        if not prev[-1].isalnum() and prev[-1] not in ")'’":
            return None
        if not is_capitalised(cur):
            if cur in FUNCTION_WORDS:
                continue
            return None
        if prev_joins or j + 1 >= len(words):
            continue
        nxt = words[j + 1]
        joins_on = nxt in FUNCTION_WORDS and j + 2 < len(words) and is_capitalised(words[j + 2])
        starts_sentence = (not is_capitalised(nxt) and not joins_on) or cur[-1] in ",;"
        if starts_sentence:
            return text[: spans[j - 1][1]], text[spans[j][0] :]
    return None
