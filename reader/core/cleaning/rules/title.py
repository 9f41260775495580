"""Rule: choose the article's title, and drop later repeats of it.

The title is chosen among candidates. The first line is one: on a page copied from a
browser it is the page's title, often with the site's name after " - " or " | ". The
article's own headline is a better one when the page shows it as a line of its own - a
line that repeats one of the first line's parts between separators, or its last words
after a blog's name (a line that merely shares most words with it is an edited headline
or a breadcrumb trail, and the page title wins). Failing that, a web page's title loses a
trailing site name. When the first line is a paragraph rather than a title (the scraper
lost the real title), the title is taken from its first sentence, shortened if need be;
the paragraph itself stays in the body so no text is lost. A short fragment ending in "?",
"!" or ":" that opens such a paragraph ("Strategi Diplomasi? Konflik ...") is what
survived of the lost title: it moves into the
title rather than being shown twice.
"""

from __future__ import annotations

import re

from ...script_words import CJK
from ..evidence import PROSE_WORDS, TITLE_SEPARATOR, line_key, title_keys, tokens
from ..shapes import first_sentence, has_letters, is_title_like
from ..state import Block, CleanState, Line

_FALLBACK_TITLE = "Untitled"
_INFERRED_MAX_WORDS = 12
_FRAGMENT_MAX_WORDS = 8
PAGE_TITLE = "the page's title with the site's name (the article's headline is the title)"
REPEATED_TITLE = "repeated title"
# " - Site", " | Site", " — Site", " · Site": the separators a page title puts a site's
# name behind. A colon is not one: "Diplomasi: Jembatan Penghubung" is one title. Chinese
# and Japanese titles glue the separator to the words ("标题-新华网", "标题_网易").
_HAS_CJK = re.compile(f"[{CJK}]")
_SITE_NAME_MAX_WORDS = 5
_MAIN_MIN_WORDS = 3
_PLAIN_MAIN_WORDS = 4
_PLAIN_TAIL_WORDS = 3
_HEADLINE_MAX_WORDS = 40
_NAME_MAX_WORDS = 3  # a first line this short is the site's name, not a page title
_CLOSING_BRACKETS = ")]}>）］｝＞」』】〉》"
_ENDS_SENTENCE = ".!?…:;,"
# A line wrapped by the copy fills most of its width; a short title above a lowercase
# sentence ("Judul" / "a very odd line") is a title and a paragraph.
_WRAPPED_MIN_CHARS = 60
# The headline stands above the article or among its first lines kept: a blog's copy may
# show its address, name and tagline first.
_HEADLINE_WITHIN = 6


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _inferred(paragraph: str) -> str:
    sentence = first_sentence(paragraph)
    words = sentence.split()
    if len(words) <= _INFERRED_MAX_WORDS:
        return " ".join(words).rstrip(".")
    return " ".join(words[:_INFERRED_MAX_WORDS]).rstrip(".,;:") + "…"


def _words(text: str) -> int:
    """Words as a reader counts them: "Minecraft 1.8" is two; in Chinese or Japanese,
    written without spaces, each character."""
    return len(tokens(text)) if _HAS_CJK.search(text) else len(text.split())


def _without_site_name(title: str) -> str:
    """The title without trailing parts short enough to be a site's name or a section.

    A part without letters ("Headline - 07.12.2017 - Site") is a date or a number the page
    gives its article, never a name: it and what comes before it stay."""
    parts = TITLE_SEPARATOR.split(title)
    kept = len(parts)
    while (
        kept > 1
        and len(tokens(parts[kept - 1])) <= _SITE_NAME_MAX_WORDS
        and has_letters(parts[kept - 1])
    ):
        kept -= 1
    if kept == len(parts):
        return title
    main = title[: _separator_positions(title)[kept - 1]].strip()
    if _words(main) < _MAIN_MIN_WORDS:
        return title
    return main


def _without_last_part(title: str) -> str:
    """The page title without its last part after a separator, when enough is left."""
    positions = _separator_positions(title)
    if not positions:
        return title
    main = title[: positions[-1]].strip()
    return main if len(tokens(main)) > _PLAIN_MAIN_WORDS else title


def _without_repeat(title: str) -> str:
    """ "Minecraft 1.8 - Update - Minecraft 1.8 - Update" (a page title built from the post's
    title twice) said once."""
    parts = [_normalised(part) for part in TITLE_SEPARATOR.split(title)]
    half = len(parts) // 2
    if half and len(parts) == 2 * half and parts[:half] == parts[half:]:
        return title[: _separator_positions(title)[half - 1]].strip()
    return title


def _plainly_site_name(title: str, main: str) -> bool:
    """A long title and a short tail ("Lorem ipsum dolor sit amet – My website")."""
    tail = title[len(main) :]
    return len(main.split()) >= _PLAIN_MAIN_WORDS and len(tokens(tail)) <= _PLAIN_TAIL_WORDS


def _separator_positions(title: str) -> list[int]:
    return [match.start() for match in TITLE_SEPARATOR.finditer(title)]


def _ends(line: tuple[str, ...], title: str) -> bool:
    """The line is the page title's last words and most of it: the headline with a
    blog's name in front of it in the page title ("Coast Notes: Harbour Walls Rise"). A
    line that only shares most words with the title (an edited headline, a breadcrumb trail
    holding it) is not the title: the page title is what the page calls itself. Nor is the
    name in brackets that closes a title ("Story <Site Tales>"), or a last word or two."""
    words = tokens(title)
    size = len(line)
    if size < _MAIN_MIN_WORDS or size > _HEADLINE_MAX_WORDS or size >= len(words):
        return False
    if 2 * size < len(words) or title.rstrip()[-1:] in _CLOSING_BRACKETS:
        return False
    return words[-size:] == line


def _repeated_headline(state: CleanState, first: Block) -> Line | None:
    """A title-like line the page shows twice above the article's first paragraph (in the
    page's header and again over the article): the headline of a page whose copy starts
    with the site's name instead of a page title ("Quanta Magazine")."""
    own = set(first.lines)
    seen: dict[str, list[Line]] = {}
    for line in state.lines:
        if line.number in own or line.blank:
            continue
        words = len(tokens(line.text))
        if line.live and words >= PROSE_WORDS and line.text[-1:] in ".!?…。！？":
            break  # the article's first paragraph
        if line.removed not in (None, *_HEADLINE_REASONS) or not is_title_like(line.text):
            continue
        if _MAIN_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS:
            seen.setdefault(line_key(line.text), []).append(line)
    repeated = [lines[-1] for lines in seen.values() if len(lines) >= 2]
    return max(repeated, key=lambda line: line.number) if repeated else None


def _site_part(title: str) -> str:
    """The key of the page title's last part when a longer part comes before it: where a
    page title puts the site's name, which the page also shows as a line of its own (its
    logo), never as the article's headline."""
    parts = [line_key(part) for part in TITLE_SEPARATOR.split(title)]
    if len(parts) < 2 or len(parts[-1].split()) >= max(len(p.split()) for p in parts[:-1]):
        return ""
    return parts[-1]


def site_name_keys(title: str) -> set[str]:
    """The line keys of the site's name in a page title: its trailing parts short enough
    to be one, or a last part shorter than the one before. The page shows them as lines of
    their own (the masthead, the source), never as the article's headline."""
    main_part = _without_site_name(title)
    site = title_keys(title[len(main_part) :]) if main_part != title else set()
    return (site | {_site_part(title)}) - {""}


def _headline(state: CleanState, first: Block) -> Line | None:
    """The line of the page that is the article's own headline, if it shows one.

    A headline comes before the article's text: it is looked for above the first few lines
    kept, and of several the last is taken (a page lists other headlines above its own).
    """
    title, own = first.text, set(first.lines)
    # A part of the title, or its first parts together ("Headline -- STOLEN!!!" under
    # "Headline -- STOLEN!!! | Site"): the headline as the page shows it.
    size = len(tokens(title))
    leading = set()
    for at in _separator_positions(title):
        words = len(tokens(title[:at]))
        if words >= _MAIN_MIN_WORDS and 2 * words >= size:
            leading.add(line_key(title[:at]))
    keys = (title_keys(title) | leading) - {line_key(title), ""} - site_name_keys(title)
    kept = [line.number for line in state.lines if line.live and line.number not in own]
    limit = kept[min(len(kept), _HEADLINE_WITHIN) - 1] if kept else len(state.lines)
    found: list[Line] = []
    for line in state.lines[:limit]:
        if line.number in own or line.blank or line.removed not in (None, *_HEADLINE_REASONS):
            continue
        key = line_key(line.text)
        if key in keys or _ends(tokens(line.text), title):
            found.append(line)
    return found[-1] if found else None


# A headline may have been hidden as part of the page around the article, never as a
# known kind of furniture (a byline, a share row).
_HEADLINE_REASONS = ("page header", "menu", "not part of the article's text")


def _part_in_title(headline: str, title: str) -> str:
    """The part of a headline line that is also a part of the page title: "New York|Harbour
    Walls Rise" under "Harbour Walls Rise - The Times" is titled "Harbour Walls Rise"."""
    parts = TITLE_SEPARATOR.split(headline)
    if len(parts) > 1 and not _normalised(title).startswith(_normalised(headline)):
        in_title = {_normalised(part) for part in TITLE_SEPARATOR.split(title)}
        for part in parts:
            if part.strip() and _normalised(part) in in_title:
                return part.strip()
    return headline


def _remove_title_lines(state: CleanState, first: Block) -> None:
    for number in first.lines:
        state.remove(state.lines[number - 1], PAGE_TITLE)


def _choose(state: CleanState, first: Block) -> None:
    """Title a web page by its headline, or its title without the site's name."""
    # The site's name is only taken off the title of what looks like a web page; a
    # note titled "Pride and Prejudice - Chapter 3" keeps its title.
    web_page = any(line.removed is not None for line in state.lines)
    headline = _headline(state, first) if web_page else None
    if headline is None and web_page and len(tokens(first.text)) <= _NAME_MAX_WORDS:
        headline = _repeated_headline(state, first)
    if headline is not None:
        state.title = _part_in_title(headline.text, first.text)
        _remove_title_lines(state, first)
        if headline.removed is not None:
            headline.removed = REPEATED_TITLE
        # A headline still in the body is dropped below, as any repeat of the title.
        return
    shorter = _without_site_name(first.text)
    if web_page and shorter == first.text:
        shorter = _without_last_part(first.text)
    if web_page:
        shorter = _without_repeat(shorter)
    if shorter != first.text and (web_page or _plainly_site_name(first.text, shorter)):
        state.title = shorter
        _remove_title_lines(state, first)


def _join_wrapped_title(state: CleanState, first: Block) -> None:
    """Join a page title that the copy wrapped onto a second line ("... browser on" /
    "the Web - Mozilla"): the line after it goes on in lowercase, with no sentence ended."""
    head = state.lines[first.lines[0] - 1]
    if (
        head.number >= len(state.lines)
        or len(head.text) < _WRAPPED_MIN_CHARS
        or head.text[-1:] in _ENDS_SENTENCE
    ):
        return
    rest = state.lines[head.number]
    if rest.blank or not rest.text[0].islower():
        return
    joined = f"{first.text} {rest.text}"
    inside = [block for block in state.blocks[1:] if rest.number in block.lines]
    if not is_title_like(joined) or any(block.lines != [rest.number] for block in inside):
        return
    first.text = joined
    first.lines.append(rest.number)
    rest.removed = None
    state.blocks[1:] = [block for block in state.blocks[1:] if block.lines != [rest.number]]


def run(state: CleanState) -> None:
    """Set ``state.title``; remove the title block and any later block repeating it."""
    _title(state)
    if not state.title.strip():
        # A page title that was all separator ("|") lost it as the "site's name".
        state.title = _FALLBACK_TITLE
        state.title_inferred = True


def _title(state: CleanState) -> None:
    if not state.blocks:
        state.title = _FALLBACK_TITLE
        state.title_inferred = True
        return
    first = state.blocks[0]
    if first.kind == "paragraph" and len(first.lines) == 1:
        _join_wrapped_title(state, first)
    if first.kind == "paragraph" and is_title_like(first.text):
        state.title = first.text
        state.blocks = state.blocks[1:]
        key = _normalised(first.text)
        repeats = [b for b in state.blocks if b.kind == "paragraph" and _normalised(b.text) == key]
        _choose(state, first)
        title_key = _normalised(state.title)
        if title_key != key:
            repeats += [
                b
                for b in state.blocks
                if b.kind == "paragraph" and _normalised(b.text) == title_key
            ]
        state.drop_blocks(repeats, REPEATED_TITLE)
        return
    state.title_inferred = True
    sentence = first_sentence(first.text)
    rest = first.text[len(sentence) :].strip()
    if rest and sentence[-1:] in "?!:" and len(sentence.split()) <= _FRAGMENT_MAX_WORDS:
        state.title = sentence.rstrip(":").strip()
        first.text = rest
        return
    state.title = _inferred(first.text) or _FALLBACK_TITLE
