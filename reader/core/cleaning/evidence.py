"""Evidence about each line of a page: is it article text or page furniture?

Every measure holds across sites and languages: how long the line is, whether it is
punctuated like sentences, how much of it is ordinary running text (stop words of the page's
own language), digits and symbols, web addresses, whether it sits in a run of short menu-like
lines, whether it repeats the title, repeats itself on the page or appears in other articles
of the library, and where it lies against the densest run of prose on the page. No site,
phrase or language is named here; :mod:`.content_model` weighs the measures.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..script_words import CJK, MARKS, word_weight
from .stopwords import detect_language, stop_words

# Chinese and Japanese are written without spaces: each character counts as a word there,
# as the benchmark's scoring counts it.
_TOKEN = re.compile(rf"[{CJK}]|(?:[^\W{CJK}]|[{MARKS}])++")  # possessive: see WORD
# Full stops of other scripts too: Devanagari's danda, Urdu's, Burmese, Tibetan, Ethiopic.
_FULL_STOPS = ".!?…。！？؟।۔။།።។"
# A sentence's end may carry closing quotes and brackets, and references after it:
# "... results.[2]", "... in motion. [MP3]", "[citation needed]".
_SENTENCE_END = re.compile(rf"[{_FULL_STOPS}][\"'”’»)\]]*(?:\s?\[[^\[\]\n]{{1,40}}\])*$")
# A mark between two digits ("22,278.48", "11:06") separates the parts of a number, not
# clauses: a table of prices is no punctuated prose.
_MARK_CLASS = rf"[{_FULL_STOPS},;:，、；：،؛၊]"
_SENTENCE_MARKS = re.compile(rf"(?<!\d){_MARK_CLASS}|{_MARK_CLASS}(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_ADDRESS = re.compile(r"https?://|www\.|\S@\S|\.(?:com|org|net|html?|php)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
# The first letter of each word (a letter right after a space or the line's start).
_INITIAL = re.compile(r"(?<!\S)[^\W\d_]")
_LIST_MARKER = re.compile(r"(?:[•·●▪◦‣∙○■□►▸✓✔➤\-*+–—]|\d{1,3}[.)])\s")
_SYMBOL = re.compile(rf"[^\w\s{MARKS}.,;:!?'\"’“”()\-–—/%&…。！？，、{_FULL_STOPS}،؛၊]")
# Between the parts of a page title ("Headline - Section | Site"): a spaced dash, bar,
# dot, guillemet, colon, slash or double hyphen; a bar or star even unspaced; in Chinese and
# Japanese a hyphen or underscore between two letters. The one definition, used here to
# know lines that repeat the title and by the title rule to take the site's name off.
TITLE_SEPARATOR = re.compile(rf"\s+(?:--|[-|–—·•»:/])\s+|\s*[|✩｜]\s*|(?<=[{CJK}])[-_](?=[{CJK}])")

SHORT_WORDS = 5  # a line this short (and unpunctuated) is a label, a link or a heading
PROSE_WORDS = 10  # a line this long and punctuated is a sentence of running text
_WRAPPED_MIN_WORDS = 4  # a line shorter than this is a label, even when the next is lowercase
_WINDOW = 3
_WIDE_WINDOW = 5
_RUN_CAP = 30
_NEAR_TITLE = 25  # lines after a repeated title that an article usually starts within
# The densest run of prose: a punctuated unit of running text scores its words, anything
# unlike article text costs this much, so the run stops where prose thins out into
# furniture.
_GAP_COST = 12.0
_HEADING_WORDS = 12
# A paragraph this long is running text on a page whose paragraphs end without full
# stops (see _mark_unpunctuated_sentences); a headline is seldom half as long.
_LONG_WORDS = 3 * PROSE_WORDS
_LONG_MIN = 2
_LONG_PUNCTUATED_SHARE = 0.25
_CJK_WORD = re.compile(rf"[{CJK}]")
_PAGE_STOP_WORDS = 20
_PAGE_STOP_MIN = 3  # times on the page: fewer is no sign of a function word
# Capital letters tell a label ("Share", "Top Stories") from a sentence, but Chinese,
# Japanese, Arabic, Thai and the other scripts without case have none. Read as 0 (no
# capitals), every label in such a script looked like running text. Such a line counts as
# capitalised as the cased lines of its shape are on the shared pages (a sentence, a short
# label, a longer unpunctuated line). A line of figures, without letters, stays at 0.
_UNCASED_CAPITALS = (0.17, 0.64, 0.32)
# Likewise the share of stop words, on a page in no language with a word list (Thai,
# Burmese): 0 made every label of such a page look like a line of names, as prose does not.
_UNLISTED_STOPS = (0.45, 0.13, 0.35)

FEATURES: tuple[str, ...] = (
    # the line (or the hard-wrapped paragraph it belongs to) itself
    "bias",
    "log_words",
    "prose",
    "short",
    "ends_sentence",
    "marks_per_word",
    "stop_density",
    "capitalised",
    "digits",
    "symbols",
    "address",
    # repetition
    "repeated_on_page",
    "title_repeat",
    "furniture_rule",
    "in_library",
    # its neighbourhood
    "log_short_run",
    "log_unpunctuated_run",
    "short_neighbours",
    "prose_neighbours",
    "repeated_neighbours",
    "neighbour_log_words",
    "after_title_repeat",
    "in_prose_core",
    "log_distance_to_core",
    "log_wall_to_core",
    "position",
    # short lines carrying digits nearby (dates, bylines, table years), and short lines
    # interleaved with paragraphs (a comment thread: name, date, comment, "reply")
    "dated_neighbours",
    "mixed_neighbours",
)


@dataclass(frozen=True)
class PageLine:
    """A non-blank line of the page as the content model sees it."""

    text: str
    furniture: bool = False  # a furniture rule already hid it (comment form, share row, ...)


@dataclass
class PageEvidence:
    """The measures of every line of a page, in order, plus what the reasons need."""

    vectors: list[list[float]]  # one vector of FEATURES per line
    words: list[int]  # words of each line's paragraph
    short_run: list[int]  # length of the run of short lines each line is in (0: not short)
    unpunctuated_run: list[int]  # same for lines that do not end a sentence
    prose: list[bool]
    library: list[int]  # other articles of the library holding the very same line


def tokens(text: str) -> tuple[str, ...]:
    """The casefolded words of ``text`` (each Chinese or Japanese character is one)."""
    # The passes ask again for the same lines; a huge line is not kept after its page.
    if len(text) > _CACHED_LINE:
        return tuple(_TOKEN.findall(text.casefold()))
    return _short_line_tokens(text)


_CACHED_LINE = 2000


@functools.lru_cache(maxsize=1 << 14)
def _short_line_tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.casefold()))


def line_key(text: str) -> str:
    """A line as compared with lines of other articles: its casefolded words."""
    return " ".join(tokens(text))


def title_keys(title: str) -> set[str]:
    """The title and its parts between separators (" - ", " | ", ...), as line keys."""
    keys = {line_key(title)}
    for part in TITLE_SEPARATOR.split(title):
        if len(tokens(part)) >= 2:
            keys.add(line_key(part))
    keys.discard("")
    return keys


@dataclass
class _Unit:
    """A paragraph: one line, or the pieces of a hard-wrapped one; measured as a whole."""

    lines: list[int]
    words: int
    ends_sentence: bool
    marks: int
    stop: int
    cased: int
    capitalised: int
    digits: float
    symbols: float
    address: bool
    letters: bool = True
    structured: bool = False  # a table row, a list item or a short sentence
    furniture: bool = False
    repeated: bool = False
    title_repeat: bool = False

    @property
    def short(self) -> bool:
        return self.words <= SHORT_WORDS and not self.ends_sentence

    @property
    def prose(self) -> bool:
        return self.words >= PROSE_WORDS and self.ends_sentence and not self.furniture


def _shape_mean(unit: _Unit, means: tuple[float, float, float]) -> float:
    """One of ``means`` (for a sentence, a short label, a longer unpunctuated line) by
    the shape of ``unit``: the value a missing measure is taken to have."""
    if unit.ends_sentence:
        return means[0]
    return means[1] if unit.short else means[2]


def _capitals(unit: _Unit) -> float:
    """The share of capitalised words; for a line in a script without case, the average
    of cased lines of its shape (a line of figures, without letters, has none: 0)."""
    if unit.cased:
        return unit.capitalised / unit.cased
    return _shape_mean(unit, _UNCASED_CAPITALS) if unit.letters else 0.0


def _stop_density(unit: _Unit) -> float:
    return unit.stop / unit.words if unit.words else 0.0


def _measure(lines: list[int], text: str, found: Sequence[str], stops: frozenset[str]) -> _Unit:
    initials = _INITIAL.findall(text)
    upper = sum(1 for c in initials if c.isupper())
    lower = sum(1 for c in initials if c.islower())
    chars = max(len(text), 1)
    letters = bool(_LETTER.search(text))
    # A sentence ends the line when its mark follows words: "1." alone on a line is the
    # number of a list item flattened by the copy ("1." / "Skin Cancer" / "2." / ...).
    ends = letters and bool(_SENTENCE_END.search(text))
    return _Unit(
        lines=lines,
        words=sum(word_weight(word) for word in found),
        ends_sentence=ends,
        # A line without letters ("1.", "-1.77%") holds no sentence, whatever its marks.
        marks=len(_SENTENCE_MARKS.findall(text)) if letters else 0,
        stop=sum(1 for word in found if word in stops) if stops else 0,
        cased=upper + lower,
        capitalised=upper,
        digits=len(_DIGIT.findall(text)) / chars,
        symbols=len(_SYMBOL.findall(text)) / chars,
        address=bool(_ADDRESS.search(text)),
        letters=letters,
        structured="\t" in text or bool(_LIST_MARKER.match(text)) or ends,
    )


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` carries on the sentence ``previous`` broke off (hard-wrapped text)."""
    if not line[:1].islower() or len(previous.split()) < _WRAPPED_MIN_WORDS:
        return False
    return not _SENTENCE_END.search(previous)


def _units(
    lines: Sequence[PageLine], found: list[tuple[str, ...]], stops: frozenset[str], title: str
) -> list[_Unit]:
    """The page's paragraphs, measured. A furniture line is a unit of its own; other lines
    join the unit above when they carry on its sentence."""
    keys = [" ".join(words) for words in found]
    # Digits aside, so "2/50" and "3/50", or two comments' dates, count as one line repeated.
    on_page = Counter(_DIGITS.sub("0", key) for key in keys)
    repeats = title_keys(title) if title else set()
    groups: list[list[int]] = []
    for index, line in enumerate(lines):
        previous = groups[-1][-1] if groups else -1
        if (
            previous >= 0
            and not line.furniture
            and not lines[previous].furniture
            and _continues(lines[previous].text, line.text)
        ):
            groups[-1].append(index)
        else:
            groups.append([index])
    units = []
    for group in groups:
        first = group[0]
        if len(group) == 1:
            unit = _measure(group, lines[first].text, found[first], stops)
        else:
            text = " ".join(lines[i].text for i in group)
            unit = _measure(group, text, [w for i in group for w in found[i]], stops)
        unit.furniture = lines[first].furniture
        unit.repeated = (
            len(group) == 1 and bool(keys[first]) and on_page[_DIGITS.sub("0", keys[first])] > 1
        )
        unit.title_repeat = len(group) == 1 and keys[first] in repeats
        units.append(unit)
    return units


def _mark_unpunctuated_sentences(units: Sequence[_Unit]) -> None:
    """On a page whose long paragraphs end without a full stop, let them end sentences.

    Thai and Lao write no full stop (a space ends a sentence), and some copies lose the
    marks: there, no paragraph looked like a sentence, and the article scored as a list
    of headlines. A paragraph this long is running text wherever the page says nothing
    else; where most long paragraphs end in a full stop, the page does say.
    """
    long = [unit for unit in units if unit.words >= _LONG_WORDS and not unit.furniture]
    if len(long) < _LONG_MIN:
        return
    if sum(unit.ends_sentence for unit in long) >= _LONG_PUNCTUATED_SHARE * len(long):
        return
    for unit in long:
        unit.ends_sentence = True


def _gains(units: Sequence[_Unit], gap_cost: float) -> list[float]:
    """What each unit adds to the prose core: a prose unit its words; a list item, table
    row or short sentence nothing; a heading over prose a little less; anything else
    (menus, links, furniture) ``gap_cost`` less."""
    gains = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if unit.prose:
            gains.append(float(unit.words))
        elif unit.furniture:
            gains.append(-gap_cost)
        elif unit.structured:
            gains.append(0.0)
        elif following is not None and following.prose and unit.words <= _HEADING_WORDS:
            gains.append(-gap_cost / 4)
        else:
            gains.append(-gap_cost)
    return gains


def prose_core(gains: Sequence[float]) -> tuple[int, int]:
    """The run of units (first, last) with the largest sum of gains; (-1, -1) if none."""
    best, best_span = 0.0, (-1, -1)
    total, start = 0.0, 0
    for index, gain in enumerate(gains):
        if total <= 0:
            total, start = 0.0, index
        total += gain
        if total > best:
            best, best_span = total, (start, index)
    return best_span


def _run_lengths(flags: Sequence[bool], skip: Sequence[bool]) -> list[int]:
    """For each position, the length of the run of set flags it is in (0 where unset).

    Skipped positions neither count nor break a run; they take the run they sit in.
    """
    lengths = [0] * len(flags)
    members: list[int] = []
    skipped: list[int] = []
    for index in range(len(flags) + 1):
        if index < len(flags) and skip[index]:
            skipped.append(index)
            continue
        if index < len(flags) and flags[index]:
            members.extend(skipped)
            skipped = []
            members.append(index)
            continue
        counted = sum(1 for member in members if not skip[member])
        for member in members:
            lengths[member] = counted
        members, skipped = [], []
    return lengths


def _walls(gains: Sequence[float], first: int, last: int) -> list[int]:
    """For each unit outside the core, the longest run of units unlike article text (a
    negative gain) between it and the core."""
    walls = [0] * len(gains)
    if first < 0:
        return walls
    run = longest = 0
    for index in range(first - 1, -1, -1):
        run = run + 1 if index + 1 < first and gains[index + 1] < 0 else 0
        longest = max(longest, run)
        walls[index] = longest
    run = longest = 0
    for index in range(last + 1, len(gains)):
        run = run + 1 if index - 1 > last and gains[index - 1] < 0 else 0
        longest = max(longest, run)
        walls[index] = longest
    return walls


def _neighbourhood(units: Sequence[_Unit]) -> list[list[float]]:
    """Per unit, the context measures of :data:`FEATURES` from "log_short_run" on.

    Runs and neighbours are counted among units no furniture rule hid; the cores and walls
    among all units, so a share row still breaks the prose.
    """
    count = len(units)
    skip = [unit.furniture for unit in units]
    short_run = _run_lengths([unit.short for unit in units], skip)
    unpunctuated_run = _run_lengths([not unit.ends_sentence for unit in units], skip)
    visible = [index for index in range(count) if not skip[index]]
    # For every unit, the rank among visible units of itself or the next visible one.
    next_visible = [0] * count
    rank = len(visible)
    for index in range(count - 1, -1, -1):
        if not skip[index]:
            rank -= 1
        next_visible[index] = rank
    gains = _gains(units, _GAP_COST)
    core_first, core_last = prose_core(gains)
    walls = _walls(gains, core_first, core_last)
    shares = _Shares(
        [units[k] for k in visible],
        (
            lambda n: float(n.short),
            lambda n: float(n.prose),
            lambda n: float(n.repeated),
            lambda n: math.log1p(n.words),
            lambda n: float(n.short and n.digits > 0),
        ),
    )
    rows: list[list[float]] = []
    last_title: int | None = None
    for index, unit in enumerate(units):
        since_title = index - last_title if last_title is not None else _NEAR_TITLE + 1
        if unit.title_repeat:
            last_title = index
        middle = next_visible[index]
        own = None if skip[index] else middle
        distance = count if core_first < 0 else max(core_first - index, index - core_last, 0)
        rows.append(
            [
                math.log1p(min(short_run[index], _RUN_CAP)),
                math.log1p(min(unpunctuated_run[index], _RUN_CAP)),
                shares.mean(0, middle, _WINDOW, own),
                shares.mean(1, middle, _WIDE_WINDOW, own),
                shares.mean(2, middle, _WIDE_WINDOW, own),
                shares.mean(3, middle, 2, own),
                1.0 if since_title <= _NEAR_TITLE else 0.0,
                1.0 if core_first <= index <= core_last else 0.0,
                math.log1p(distance),
                math.log1p(min(walls[index], _RUN_CAP)),
                index / max(count - 1, 1),
                shares.mean(4, middle, _WIDE_WINDOW, own),
                # A product, so the logistic model can weigh the mix apart from each share.
                shares.mean(0, middle, _WIDE_WINDOW, own)
                * shares.mean(1, middle, _WIDE_WINDOW, own),
            ]
        )
    return rows


class _Shares:
    """Means of per-unit measures over windows of neighbours, by prefix sums."""

    def __init__(
        self, units: Sequence[_Unit], measures: Sequence[Callable[[_Unit], float]]
    ) -> None:
        self._values = [[measure(unit) for unit in units] for measure in measures]
        self._sums = []
        for values in self._values:
            sums = [0.0]
            for value in values:
                sums.append(sums[-1] + value)
            self._sums.append(sums)
        self._count = len(units)

    def mean(self, measure: int, middle: int, reach: int, own: int | None) -> float:
        """The mean over the units within ``reach`` of ``middle``, leaving out ``own``
        (unless it is the only one)."""
        low, high = max(0, middle - reach), min(self._count, middle + reach + 1)
        if high <= low:
            return 0.0
        total = self._sums[measure][high] - self._sums[measure][low]
        size = high - low
        if own is not None and low <= own < high and size > 1:
            total -= self._values[measure][own]
            size -= 1
        return total / size


def _page_stop_words(found: Sequence[Sequence[str]]) -> frozenset[str]:
    """Stand-in stop words for a page in no listed language: its most frequent Chinese
    and Japanese characters. Where each character is a word, the commonest ones are the
    function words (的, 在, の, に) that running text is full of and labels lack. Where a
    token is a phrase (Thai, Burmese), frequency would find only the site's name."""
    counts = Counter(word for words in found for word in words if _CJK_WORD.fullmatch(word))
    return frozenset(
        word for word, n in counts.most_common(_PAGE_STOP_WORDS) if n >= _PAGE_STOP_MIN
    )


def page_evidence(
    lines: Sequence[PageLine],
    title: str,
    seen_elsewhere: Mapping[str, int] | None = None,
    language: str | None = None,
) -> PageEvidence:
    """The measures of every line of the page (one :data:`FEATURES` vector each).

    A hard-wrapped paragraph is measured as one unit, so its pieces count as the prose they
    are. Lines a furniture rule already hid are transparent to the measures of runs and
    neighbours (an "Advertisement" between every two paragraphs must not make the article
    look like a menu) but still break the prose core.
    """
    found = [tokens(line.text) for line in lines]
    if language is None:
        language = detect_language(word for words in found for word in words)
    stops = stop_words(language) if language else frozenset()
    if not stops:
        stops = _page_stop_words(found)
    units = _units(lines, found, stops, title)
    _mark_unpunctuated_sentences(units)
    context = _neighbourhood(units)
    skip = [unit.furniture for unit in units]
    short_run = _run_lengths([unit.short for unit in units], skip)
    unpunctuated_run = _run_lengths([not unit.ends_sentence for unit in units], skip)
    evidence = PageEvidence(
        vectors=[[] for _ in lines],
        words=[0] * len(lines),
        short_run=[0] * len(lines),
        unpunctuated_run=[0] * len(lines),
        prose=[False] * len(lines),
        library=[0] * len(lines),
    )
    for number, (unit, around) in enumerate(zip(units, context, strict=True)):
        words = unit.words
        own = [
            1.0,
            math.log1p(words),
            1.0 if unit.prose else 0.0,
            1.0 if unit.short else 0.0,
            1.0 if unit.ends_sentence else 0.0,
            min(unit.marks / max(words, 1), 1.0),
            _stop_density(unit) if stops else _shape_mean(unit, _UNLISTED_STOPS),
            _capitals(unit),
            unit.digits,
            unit.symbols,
            1.0 if unit.address else 0.0,
            1.0 if unit.repeated else 0.0,
            1.0 if unit.title_repeat else 0.0,
            1.0 if unit.furniture else 0.0,
        ]
        for index in unit.lines:
            key = " ".join(found[index])
            library = seen_elsewhere.get(key, 0) if seen_elsewhere and key else 0
            evidence.vectors[index] = [*own, math.log1p(library), *around]
            evidence.words[index] = words
            evidence.short_run[index] = short_run[number]
            evidence.unpunctuated_run[index] = unpunctuated_run[number]
            evidence.prose[index] = unit.prose
            evidence.library[index] = library
    return evidence
