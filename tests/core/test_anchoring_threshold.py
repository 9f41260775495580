"""Why the fuzzy thresholds are where they are, measured on the five Indonesian seed articles.

``MAX_ERROR_RATE`` (edits / quote length) and ``MIN_EVIDENCE`` (agreeing fraction of quote +
context) must let realistic edits through - a typo fixed, a word changed, inserted or
dropped, punctuation or whitespace changed - and keep out passages that merely resemble
the quote. The tests below measure both sides and check that the thresholds sit between.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.anchoring import (
    MAX_ERROR_RATE,
    MIN_EVIDENCE,
    AnchorMethod,
    _weigh,
    anchor,
    anchor_all,
    describe,
)
from reader.core.approximate_match import search

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
ARTICLES = [p.read_text(encoding="utf-8") for p in SEEDS]


def sentences(text: str, min_len: int, max_len: int) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` that occur only once."""
    spans = []
    for match in re.finditer(r"[^.!?\n]+[.!?]", text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.end()
        sentence = text[start:end]
        if min_len <= len(sentence) <= max_len and text.count(sentence) == 1:
            spans.append((start, end))
    return spans


Edit = Callable[[str, random.Random], str]


def fix_typo(s: str, rng: random.Random) -> str:
    # The *stored* text had the typo, so the edit that the anchor must survive is a fix;
    # symmetric for edit distance, so introduce one (swap two letters of a word).
    words = [m for m in re.finditer(r"\w{4,}", s)]
    w = rng.choice(words)
    i = rng.randrange(w.start(), w.end() - 1)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def change_word(s: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"\w{3,}", s)]
    w = rng.choice(words)
    vocabulary = [v for v in re.findall(r"\w{3,}", ARTICLES[0]) if v != w.group()]
    replacement: str = rng.choice(vocabulary)
    return s[: w.start()] + replacement + s[w.end() :]


def insert_word(s: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(" ", s)]
    i = rng.choice(spaces)
    return s[:i] + " " + rng.choice(["juga", "pun", "sangat", "tersebut"]) + s[i:]


def delete_word(s: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r" \w+", s)]
    w = rng.choice(words[1:] or words)
    return s[: w.start()] + s[w.end() :]


def change_punctuation(s: str, rng: random.Random) -> str:
    if "," in s and rng.random() < 0.5:
        return s.replace(",", ";", 1) if rng.random() < 0.5 else s.replace(",", "", 1)
    spaces = [m.start() for m in re.finditer(" ", s)]
    i = rng.choice(spaces)
    return s[:i] + "," + s[i:]


def respace(s: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(" ", s)]
    i = rng.choice(spaces)
    return s[:i] + rng.choice(["  ", "\n", " \n "]) + s[i + 1 :]


EDITS: dict[str, Edit] = {
    "typo": fix_typo,
    "word changed": change_word,
    "word inserted": insert_word,
    "word deleted": delete_word,
    "punctuation": change_punctuation,
    "whitespace": respace,
}


def realistic_cases(seed: int) -> list[tuple[str, str, int, int, str]]:
    """(edit name, article, sentence start, sentence end, edited sentence)."""
    rng = random.Random(seed)
    cases = []
    for text in ARTICLES:
        for start, end in rng.sample(sentences(text, 40, 400), 8):
            for name, edit in EDITS.items():
                edited = edit(text[start:end], rng)
                if edited != text[start:end]:
                    cases.append((name, text, start, end, edited))
    return cases


def test_realistic_edits_are_followed_with_margin() -> None:
    worst_rate, worst_evidence = 0.0, 1.0
    for name, text, start, end, edited in realistic_cases(seed=1):
        sel = describe(text, start, end)
        new_text = text[:start] + edited + text[end:]
        found = anchor(new_text, sel)
        assert found is not None, (name, text[start:end], edited)
        assert found.method is AnchorMethod.FUZZY
        new_end = start + len(edited)
        assert found.start < new_end and found.end > start, name
        # Measure how far from the limits the true placement is.
        m = end - start
        errors = min(mt.errors for mt in search(new_text, sel.quote.exact, m // 2, start, new_end))
        scored = _weigh(new_text, sel, search(new_text, sel.quote.exact, errors, start, new_end)[0])
        worst_rate = max(worst_rate, errors / m)
        worst_evidence = min(worst_evidence, scored.evidence)
    # Sentence-level edits use well under the error budget and keep strong evidence.
    assert worst_rate < MAX_ERROR_RATE
    assert worst_evidence > MIN_EVIDENCE + 0.1


def test_short_quotes_follow_a_typo_fix_or_punctuation() -> None:
    rng = random.Random(2)
    for text in ARTICLES:
        for start, end in rng.sample(sentences(text, 40, 400), 5):
            # A phrase of 3-4 words from the sentence.
            words = list(re.finditer(r"\w+", text[start:end]))[:4]
            p_start, p_end = start + words[0].start(), start + words[-1].end()
            assume_unique = text.count(text[p_start:p_end]) == 1
            if not assume_unique or p_end - p_start < 16:
                continue
            sel = describe(text, p_start, p_end)
            for edit in (fix_typo, change_punctuation):
                edited = edit(text[p_start:p_end] + " ", rng).rstrip(" ")
                new_text = text[:p_start] + edited + text[p_end:]
                found = anchor(new_text, sel)
                if edited == text[p_start:p_end]:
                    continue
                assert found is not None, (text[p_start:p_end], edited)
                assert found.start < p_start + len(edited) and found.end > p_start


@pytest.mark.parametrize("length", [12, 20, 40, 80, 160])
def test_unrelated_passages_of_the_same_length_are_rejected(length: int) -> None:
    """A passage from another article is never placed fuzzily; Hypothesis' rule would."""
    rng = random.Random(length)
    hypothesis_would_place = 0
    best_evidence = 0.0
    for i, text in enumerate(ARTICLES):
        others = [a for j, a in enumerate(ARTICLES) if j != i]
        for _ in range(12):
            source = rng.choice(others)
            # Start at a word so that passages look like real highlights.
            starts = [m.start() for m in re.finditer(r"\b\w", source[: len(source) - length])]
            s = rng.choice(starts)
            sel = describe(source, s, s + length)
            found = anchor(text, sel)
            if found is not None:
                # Only a verbatim occurrence of the same words may be placed.
                assert found.method is AnchorMethod.EXACT
                assert text[found.start : found.end] == sel.quote.exact
                continue
            m = length
            candidates = search(text, sel.quote.exact, m // 2)  # Hypothesis' error limit
            if candidates:
                hypothesis_would_place += 1
                best = max(_weigh(text, sel, mt).evidence for mt in candidates)
                best_evidence = max(best_evidence, best)
    assert best_evidence < MIN_EVIDENCE
    if length <= 40:
        # The reason for our limits: with len/2 errors allowed, short unrelated passages
        # nearly always find *somewhere* to land.
        assert hypothesis_would_place > 0


def test_reanchoring_the_seed_articles_after_an_editorial_pass() -> None:
    """Highlight sentences, edit the article the way a re-import would, re-anchor."""
    rng = random.Random(3)
    for text in ARTICLES:
        spans = rng.sample(sentences(text, 30, 400), 12)
        spans.sort()
        many = [describe(text, s, e) for s, e in spans]
        # The first four stay as they are; four get a typo; four are deleted.
        typo, deleted = spans[4:8], spans[8:]
        # Build the new text from the end so earlier offsets stay valid while editing.
        new_text = text
        expected: dict[tuple[int, int], str | None] = {}
        for s, e in sorted(spans, reverse=True):
            if (s, e) in deleted:
                new_text = new_text[:s] + new_text[e:]
                expected[(s, e)] = None
            elif (s, e) in typo:
                edited = fix_typo(text[s:e], rng)
                new_text = new_text[:s] + edited + new_text[e:]
                expected[(s, e)] = edited
            else:
                expected[(s, e)] = text[s:e]
        new_text = "Diperbarui: paragraf pembuka baru ditambahkan oleh redaksi.\n\n" + new_text
        found = anchor_all(new_text, many)
        for (s, e), a in zip(spans, found, strict=True):
            want = expected[(s, e)]
            if want is None:
                # A deleted (unique) sentence is an orphan - never a fuzzy guess.
                assert a is None
            else:
                assert a is not None
                assert new_text[a.start : a.end] == want
                method = AnchorMethod.EXACT if want == text[s:e] else AnchorMethod.FUZZY
                assert a.method is method
