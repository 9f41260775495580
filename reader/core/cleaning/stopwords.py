"""Stop words for the page's language, and the language itself, from jusText's word lists.

jusText ships frequency-ordered stop-word lists for about 100 languages (Indonesian, Malay,
Javanese and Sundanese among them). Only its data files are read: importing the package
would pull in its HTML parser for nothing. The language is told from the text itself, by
which list's most frequent words it uses most. Scripts without spaces between words (Chinese,
Japanese, Thai) have no list: the evidence (:mod:`.evidence`) then takes a Chinese or
Japanese page's most frequent characters instead, and for other scripts goes without.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterable
from functools import cache
from itertools import islice
from pathlib import Path

# The most frequent words of each list tell the languages apart; the full list (several
# hundred words) then measures how much of a line is ordinary running text.
_DETECTION_WORDS = 100
# Below this share of tokens found in the best list, the text is in no listed language
# (or in no language: a page of numbers and names).
_MIN_DETECTED_SHARE = 0.08
_SAMPLE_TOKENS = 10_000


def stoplist_folder() -> Path | None:
    """jusText's folder of word lists, found without importing jusText (None if absent)."""
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return folder if folder.is_dir() else None


@cache
def languages() -> tuple[str, ...]:
    """The names of the languages with a stop-word list ("English", "Indonesian", ...)."""
    folder = stoplist_folder()
    if folder is None:
        return ()
    return tuple(sorted(path.stem for path in folder.glob("*.txt")))


def _read_words(language: str, limit: int | None = None) -> list[str]:
    folder = stoplist_folder()
    if folder is None:
        return []
    words: list[str] = []
    seen: set[str] = set()
    with (folder / f"{language}.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word = line.strip().casefold()
            if word and word not in seen:
                seen.add(word)
                words.append(word)
                if limit is not None and len(words) >= limit:
                    break
    return words


@cache
def _detection_index() -> dict[str, tuple[int, ...]]:
    """Each frequent word -> the languages (indexes into ``languages()``) it is frequent in."""
    index: dict[str, list[int]] = {}
    for number, language in enumerate(languages()):
        for word in _read_words(language, _DETECTION_WORDS):
            index.setdefault(word, []).append(number)
    return {word: tuple(found) for word, found in index.items()}


@cache
def stop_words(language: str) -> frozenset[str]:
    """The whole stop-word list of ``language``, casefolded (empty when there is none)."""
    if language not in languages():
        return frozenset()
    return frozenset(_read_words(language))


def detect_language(tokens: Iterable[str]) -> str | None:
    """The listed language whose frequent words the casefolded ``tokens`` use most, if any."""
    index = _detection_index()
    names = languages()
    counts: Counter[str] = Counter(islice(tokens, _SAMPLE_TOKENS))
    total = sum(counts.values())
    hits: Counter[int] = Counter()
    for token, count in counts.items():
        for number in index.get(token, ()):
            hits[number] += count
    if not hits or total == 0:
        return None
    number, count = hits.most_common(1)[0]
    if count / total < _MIN_DETECTED_SHARE:
        return None
    return names[number]
