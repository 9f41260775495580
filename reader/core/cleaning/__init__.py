"""Reader-mode cleaner: scraped plain text in, clean Markdown out.

``clean_text(text)`` runs the rule chain declared in :mod:`.chain` - boilerplate line rules,
then structure rules, then inline rules while rendering - and returns the Markdown with
every hidden line listed in ``removed``. Bump ``CLEANER_VERSION`` whenever the output for
some input changes, so stored articles get cleaned again.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from .document import CleanedDocument, RemovedLine

if TYPE_CHECKING:
    from .content_model import ContentModel
    from .render import Renderer

__all__ = [
    "CLEANER_VERSION",
    "MAX_TEXT_CHARS",
    "MAX_TEXT_LINES",
    "CleanedDocument",
    "RemovedLine",
    "TextTooLong",
    "clean_text",
    "line_key",
]

# An article copied from the longest pages we know (a long Wikipedia article, a thread of
# comments) is a few hundred thousand characters and a few thousand lines. Past these
# bounds a text is a book or a data dump; cleaning it would keep the window waiting for
# seconds, so it is refused instead, with a message that says why.
MAX_TEXT_CHARS = 1_000_000
MAX_TEXT_LINES = 10_000


class TextTooLong(ValueError):
    """The text is past what the cleaner takes: ``MAX_TEXT_CHARS`` or ``MAX_TEXT_LINES``."""

    def __init__(self, chars: int, lines: int) -> None:
        super().__init__(
            f"the text is too long to clean ({chars:,} characters in {lines:,} lines; "
            f"at most {MAX_TEXT_CHARS:,} characters and {MAX_TEXT_LINES:,} lines)"
        )
        self.chars = chars
        self.lines = lines


def check_size(text: str) -> None:
    """Raise :class:`TextTooLong` for a text past the cleaner's bounds."""
    breaks = text.count("\n") + text.count("\r")
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(len(text), breaks + 1)
    if breaks >= MAX_TEXT_LINES:
        lines = sum(1 for line in text.splitlines() if line.strip())
        if lines > MAX_TEXT_LINES:
            raise TextTooLong(len(text), lines)


# Bumped when the cleaner's output changes: the library's copied articles are cleaned
# again at the next start (store/articles.reclean_outdated). 3: the content model;
# 4: comment-thread evidence and page titles wrapped, doubled or with a long last part;
# 5: words keep their combining marks (Hindi, Thai, Burmese read as words), comment
# forms known by their labels, mojibake in part of a page put back; 6: the article
# region starts at the headline and its bar follows the page's prose, list numbers are no
# sentences, titles from the page title over look-alike lines (#12 round 2); 7: evidence
# for scripts without case or a stop-word list, paragraphs without full stops or with
# references after them, no sentence marks inside numbers, the region ends at its last
# sentence (#12 round 3); 8: a line without letters (a count, a page number) is never
# a heading; 9: a feed of timed items ends the article, counts over it are hidden, a
# headline under a blog's masthead or holding the title's first parts is the title, a
# date in a page title stays in it, "Feb. 1" ends no sentence (#12 round 4).
CLEANER_VERSION: int = 9


def line_key(text: str) -> str:
    """A line as compared with the lines of other articles (casefolded words only)."""
    from .evidence import line_key as key

    return key(text)


@cache
def _renderer() -> Renderer:
    # The rule chain compiles some 150 regular expressions (about 90 ms): loaded on first
    # use, so that opening the app, which never cleans, does not pay for it.
    from .chain import INLINE_RULES
    from .render import Renderer

    return Renderer(INLINE_RULES)


def clean_text(
    text: str,
    seen_elsewhere: Mapping[str, int] | None = None,
    *,
    model: ContentModel | None = None,
) -> CleanedDocument:
    """Clean scraped article text into Markdown that starts with ``# <title>``.

    ``seen_elsewhere`` maps lines (by :func:`line_key`) to the number of other articles of
    the library that hold them: such lines are the site's template. ``model`` replaces the
    shipped content model (the benchmark uses it to score models fitted without a page).
    Raises :class:`TextTooLong` for a text past ``MAX_TEXT_CHARS`` or ``MAX_TEXT_LINES``.
    """
    check_size(text)
    from .chain import BLOCK_RULES
    from .mojibake import repair_mojibake
    from .state import CleanState

    state = CleanState.from_text(repair_mojibake(text))
    state.seen_elsewhere = seen_elsewhere
    state.content_model = model
    for rule in BLOCK_RULES:
        rule.apply(state)
    removed = [
        RemovedLine(line.number, line.raw, line.removed)
        for line in state.lines
        if line.removed is not None
    ]
    return CleanedDocument(
        title=state.title,
        markdown=_renderer().document(state),
        removed=removed,
        title_inferred=state.title_inferred,
    )
