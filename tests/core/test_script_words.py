"""Words in scripts that write vowels as marks, or put no spaces between words."""

from __future__ import annotations

import re
import sys
import unicodedata

from reader.core.script_words import MARKS, WORD, word_weight
from reader.core.text_stats import count_words


def test_every_combining_mark_of_the_basic_plane_is_a_word_character() -> None:
    marks = re.compile(f"[{MARKS}]")
    missed = [
        f"U+{code:04X}"
        for code in range(0x10000)
        if unicodedata.category(chr(code)).startswith("M") and not marks.match(chr(code))
    ]
    assert missed == [], f"Unicode {unicodedata.unidata_version} on {sys.version}"


def test_a_hindi_word_stays_whole() -> None:
    # Before: "नमस्ते" fell into "नमस", "त" (the vowel signs are marks, not \w).
    assert WORD.findall("नमस्ते दुनिया।") == ["नमस्ते", "दुनिया"]
    assert WORD.findall("ภาษาไทย ไม่ยาก") == ["ภาษาไทย", "ไม่ยาก"]


def test_hindi_reading_time_counts_words_not_pieces_of_them() -> None:
    sentence = "भारत और इंडोनेशिया के बीच सहयोग बढ़ा है।"
    assert count_words(sentence) == 8


def test_scripts_without_spaces_count_by_their_letters() -> None:
    # A Chinese sentence is one run of characters but about seven words; a Thai phrase
    # of six words is one or two runs.
    assert 5 <= count_words("中美合作共赢符合国际社会利益。") <= 10
    assert 4 <= count_words("ภาษาไทยเป็นภาษาที่สวยงาม") <= 8
    assert word_weight("Indonesia") == 1
    assert word_weight("ไม่") == 1
