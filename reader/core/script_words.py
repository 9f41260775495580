"""What a word is, in any script: the word characters and word counts the core shares.

Python's ``\\w`` takes letters and digits but not combining marks, and Hindi, Bengali,
Tamil, Thai, Burmese and other scripts write most vowels as marks on a consonant: with
``\\w+`` the Hindi word "नमस्ते" falls into three pieces, and a line of Burmese looks like
symbols. Here marks belong to the word they sit in.

Thai, Lao, Khmer, Burmese and Tibetan put no spaces between words, and Chinese and Japanese
none at all, so a run of their letters is a phrase or a whole sentence; where a count of
words matters (reading time, how long a line is), such a run counts by its letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# The blocks of the Basic Multilingual Plane that hold combining marks (a test checks
# that they hold all of them): scanning these, not all 65,536 code points, keeps the
# import quick.
_MARK_BLOCKS = (
    (0x0300, 0x1DFF),
    (0x20D0, 0x20FF),
    (0x2CEF, 0x2DFF),
    (0x302A, 0x309A),
    (0xA66F, 0xABFF),
    (0xFB1E, 0xFB1E),
    (0xFE00, 0xFE2F),
)


def _mark_class() -> str:
    """The combining marks as the inside of a regular-expression class ("\\u0300-\\u036f...")."""
    marks = [
        code
        for low, high in _MARK_BLOCKS
        for code in range(low, high + 1)
        if unicodedata.category(chr(code)).startswith("M")
    ]
    spans: list[list[int]] = []
    for code in marks:
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(
        f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}" for low, high in spans
    )


MARKS = _mark_class()
# A word character: a letter, a digit or a mark on one (no underscore, no punctuation).
LETTER = rf"(?:[^\W_]|[{MARKS}])"
# A word as \w+ meant it, with its marks (and, like \w, its underscores). Possessive
# (++): a plain repeat of a group keeps a note per character to backtrack to, 580 MB
# for a five-million-letter "word".
WORD = re.compile(rf"(?:\w|[{MARKS}])++")

# Scripts written without spaces between words.
_UNSPACED = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\uaa60-\uaa7f"
# Chinese and Japanese letters (kana and ideographs), as the inside of a class.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_LETTER = re.compile(rf"[{_UNSPACED}]")
_CJK_LETTER = re.compile(rf"[{CJK}]")
_UNSPACED_OR_CJK = re.compile(rf"[{_UNSPACED}{CJK}]")
# Average letters (marks aside) per word: about three in Thai, Lao, Khmer and Burmese;
# one and a half in Chinese and Japanese, where most words are one or two characters.
_UNSPACED_LETTERS_PER_WORD = 3.0
_CJK_LETTERS_PER_WORD = 1.5


@functools.lru_cache(maxsize=1 << 16)  # pages repeat their words; Chinese, its characters
def word_weight(token: str) -> int:
    """How many words a run of word characters is: one, or for a script without spaces
    between words, its letters over the script's average word length (at least one)."""
    if token.isascii() or not _UNSPACED_OR_CJK.search(token):
        return 1  # (the common case, answered without counting: cleaning asks per word)
    cjk = len(_CJK_LETTER.findall(token))
    unspaced = len(_UNSPACED_LETTER.findall(token))
    if unspaced:
        unspaced -= sum(1 for ch in token if unicodedata.category(ch).startswith("M"))
    estimate = cjk / _CJK_LETTERS_PER_WORD + max(unspaced, 0) / _UNSPACED_LETTERS_PER_WORD
    return max(1, round(estimate))
