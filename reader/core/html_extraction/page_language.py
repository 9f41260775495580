"""The page's language, told from its words, and that language's stop words (jusText's lists).

Prose is mostly stop words ("the", "of", "yang", "dan"); menus, lists of headlines and share
rows are not. jusText ships frequency-ordered stop-word lists for about 100 languages; their
most frequent words tell the language apart, and the whole list of the language found then
measures each paragraph. Only the list files are read: jusText's code is never imported.
Languages without a list (Chinese, Japanese, Thai) get an empty one, and the evidence is left
out for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.core.cleaning import stopwords as word_lists
from reader.core.script_words import WORD

__all__ = ["PageLanguage", "language_of"]

_WORDS = WORD
_PROFILE_WORDS = 100  # a list's most frequent words: enough to tell languages apart
_SAMPLE_WORDS = 1000
_MIN_SHARE = 0.08  # of the sample that must be stop words for a language to be believed


@dataclass(frozen=True)
class PageLanguage:
    """A language's name as jusText spells it ("" when unknown) and its stop words."""

    name: str
    stop_words: frozenset[str]

    def count(self, text: str) -> tuple[int, int]:
        """How many words ``text`` has, and how many of them are stop words."""
        words = _WORDS.findall(text.casefold())
        stop_words = self.stop_words
        return len(words), sum(1 for word in words if word in stop_words)


UNKNOWN = PageLanguage("", frozenset())


def _read_words(path: Path, limit: int | None = None) -> frozenset[str]:
    words = []
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if limit is not None and index >= limit:
                break
            word = line.strip().casefold()
            if word:
                words.append(word)
    return frozenset(words)


@cache
def _profiles() -> dict[str, frozenset[str]]:
    """Each language's most frequent words, read once per process."""
    folder = word_lists.stoplist_folder()
    if folder is None:
        return {}
    return {path.stem: _read_words(path, _PROFILE_WORDS) for path in sorted(folder.glob("*.txt"))}


def language_of(texts: Iterable[str]) -> PageLanguage:
    """The language whose most frequent words cover most of the first words of ``texts``."""
    sample: list[str] = []
    for text in texts:
        sample += _WORDS.findall(text[: _SAMPLE_WORDS * 20].casefold())
        if len(sample) >= _SAMPLE_WORDS:
            break
    if not sample:
        return UNKNOWN
    owners = _owners()
    evidence: dict[str, float] = {}
    covered: dict[str, int] = {}
    for word, times in Counter(sample[:_SAMPLE_WORDS]).items():
        languages = owners.get(word)
        if languages:
            # A word many languages share ("a", "la", "de") says little about which one it is.
            weight = times / len(languages)
            for name in languages:
                evidence[name] = evidence.get(name, 0.0) + weight
                covered[name] = covered.get(name, 0) + times
    if not evidence:
        return UNKNOWN
    best = max(evidence, key=evidence.__getitem__)
    if covered[best] < _MIN_SHARE * min(len(sample), _SAMPLE_WORDS):
        return UNKNOWN
    return PageLanguage(best, word_lists.stop_words(best))


@cache
def _owners() -> dict[str, tuple[str, ...]]:
    """For each frequent word, the languages it is frequent in."""
    owners: dict[str, list[str]] = {}
    for name, profile in _profiles().items():
        for word in profile:
            owners.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in owners.items()}
