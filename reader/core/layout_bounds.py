"""Keeping the reading view's layout linear: no endless unbreakable run, no endless paragraph.

Qt lays a paragraph out line by line, and its cost grows faster than the paragraph: a run
of letters with no place to break (one 5 MB "word") is searched for a break point again
for every line, and even ordinary text in one paragraph of megabytes takes seconds. An
article of one 400 KB line took 28 s to open, and a 5 MB one more than five minutes.

So before the view lays an article out, its HTML gets two kinds of invisible help, and
nothing else changes:

* a zero-width space (U+200B, a break opportunity) after every ``RUN_LIMIT`` characters
  of a run with no space in it, so a line can always end near where it is full;
* past ``BLOCK_LIMIT`` characters a paragraph (or heading, list item, cell, code block)
  is continued in a new block, cut between two letters, so no block is larger.

The view's text is then the reading text with these characters inserted — a zero-width
space, or one block boundary each — between two non-space characters, never elsewhere,
which is what lets ``inserted_positions`` find them again in linear time and highlights
keep their exact places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ZERO_WIDTH_SPACE = "\u200b"
RUN_LIMIT = 200  # characters without a break opportunity
BLOCK_LIMIT = 50_000  # characters in one block: 5 MB of them lay out in a fraction of a second

_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_TAGS = re.compile(r"<[^>]*>")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
# Blocks the view lays out, and those a split may simply close and reopen.
_BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "td",
        "th",
        "pre",
        "blockquote",
        "div",
        "ul",
        "ol",
        "table",
        "thead",
        "tbody",
        "tr",
        "dl",
        "dt",
        "dd",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
    ]
)
_REOPENED = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"])
# A line break: the line ends, so does a run; the block goes on.
_LINE_BREAK = "br"
_VOID = frozenset(
    [
        "br",
        "img",
        "hr",
        "input",
        "meta",
        "link",
        "wbr",
        "col",
        "area",
        "base",
        "embed",
        "source",
        "track",
    ]
)
_CONTINUATION = '<p style="margin-top:0; margin-bottom:0">'


class _Walker:
    """One pass over the HTML, writing it out with the breaks it needs."""

    def __init__(self, run_limit: int, block_limit: int) -> None:
        self.run_limit = run_limit
        self.block_limit = block_limit
        self.out: list[str] = []
        self.inline: list[tuple[str, str]] = []  # open inline tags: (name, start tag)
        self.block: tuple[str, str] | None = None  # the innermost open block
        self.inner_paragraph = False  # a continuation <p> opened inside a list item or cell
        self.run = 0  # characters since the last break opportunity
        self.length = 0  # characters in the current block
        self.last_is_text = False  # the last character written was a non-space character
        self._long_run = re.compile(rf"\S{{{run_limit + 1}}}")

    def tag(self, token: str) -> None:
        match = _TAG_NAME.match(token)
        self.out.append(token)
        if match is None:
            return  # a comment or declaration
        name = match.group(1).lower()
        closing = token.startswith("</")
        if name in _BLOCKS and self.inner_paragraph:
            # The continuation paragraph ends where the item or cell it is in goes on.
            self.out.insert(len(self.out) - 1, "</p>")
            self.inner_paragraph = False
        if name == _LINE_BREAK or name in _BLOCKS:
            self.run = 0
            self.last_is_text = False
        if name in _BLOCKS:
            self.block = None if closing else (name, token)
            self.inline = []
            self.length = 0
        elif name not in _VOID and not token.endswith("/>"):
            if closing:
                for index in range(len(self.inline) - 1, -1, -1):
                    if self.inline[index][0] == name:
                        del self.inline[index:]
                        break
            else:
                self.inline.append((name, token))

    def text(self, token: str) -> None:
        """Write a text token, breaking its runs and, when the block is full, the block."""
        if self._fits(token):
            self.out.append(token)
            return
        for piece, is_space in _pieces(token):
            if is_space:
                self.out.append(piece)
                self.run = 0
                self.length += 1
                self.last_is_text = False
                continue
            self._letters(piece)

    def _fits(self, token: str) -> bool:
        """Write nothing yet: whether ``token`` needs no break at all (nearly every one);
        then count it. Entities count as their characters here, which only errs on the
        side of looking closer."""
        if self.length + len(token) >= self.block_limit:
            return False
        first_space = _SPACE.search(token)
        if first_space is None:
            if self.run + len(token) > self.run_limit:
                return False
            self.run += len(token)
        else:
            if self.run + first_space.start() > self.run_limit or self._long_run.search(token):
                return False
            self.run = 0 if token[-1].isspace() else len(token) - _last_space(token) - 1
        self.length += len(token)
        self.last_is_text = not token[-1].isspace()
        return True

    def _letters(self, piece: str) -> None:
        """Write a run of non-space characters, a slice at a time between breaks."""
        chars: str | list[str] = _characters(piece)
        at = 0
        while at < len(chars):
            due = self.length >= self.block_limit or self.run >= self.run_limit
            if due and self.last_is_text:
                if self.length >= self.block_limit:
                    self._split_block()
                else:
                    self.out.append(ZERO_WIDTH_SPACE)
                    self.run = 0
                    self.length += 1
                continue
            # At least one character before a break, which must fall between two letters.
            take = max(
                1, min(self.run_limit - self.run, self.block_limit - self.length, len(chars) - at)
            )
            self.out.append("".join(chars[at : at + take]))
            at += take
            self.run += take
            self.length += take
            self.last_is_text = True

    def _split_block(self) -> None:
        """Continue the current block in a new one, inline formatting carried over."""
        closers = "".join(f"</{name}>" for name, _tag in reversed(self.inline))
        openers = "".join(tag for _name, tag in self.inline)
        if self.block is not None and self.block[0] in _REOPENED:
            name, tag = self.block
            reopened = tag if "style=" in tag else tag[:-1].rstrip("/ ") + ' style="margin-top:0">'
            self.out.append(f"{closers}</{name}>{reopened}{openers}")
        else:
            ending = "</p>" if self.inner_paragraph else ""
            self.out.append(f"{closers}{ending}{_CONTINUATION}{openers}")
            self.inner_paragraph = True
        self.length = 0
        self.run = 0


_SPACE = re.compile(r"\s")


def _last_space(token: str) -> int:
    """The index of the last whitespace character in ``token`` (which has one)."""
    return max(token.rfind(ch) for ch in set(token) if ch.isspace())


def _pieces(token: str) -> Iterator[tuple[str, bool]]:
    """Runs of space and of non-space characters, in order."""
    for match in re.finditer(r"\s+|\S+", token):
        yield match.group(0), match.group(0)[0].isspace()


def _characters(piece: str) -> str | list[str]:
    """A piece's characters as the view counts them: an entity is one."""
    if "&" not in piece:
        return piece
    chars: list[str] = []
    at = 0
    for match in _ENTITY.finditer(piece):
        chars.extend(piece[at : match.start()])
        chars.append(match.group(0))
        at = match.end()
    chars.extend(piece[at:])
    return chars


def needs_bounds(html: str, run_limit: int = RUN_LIMIT, block_limit: int = BLOCK_LIMIT) -> bool:
    """Whether ``html`` holds a run or a block that would lay out slowly (a quick look)."""
    if len(html) < run_limit:
        return False
    # Runs are looked for in the text without its tags: "*a*" a thousand times is one run.
    if re.search(rf"[^\s<>]{{{run_limit + 1}}}", _TAGS.sub("", html)):
        return True
    return len(html) > block_limit and any(
        len(segment) > block_limit for segment in re.split(r"</?(?:p|h\d|li|td|th|pre)\b", html)
    )


def bound_layout(html: str, run_limit: int = RUN_LIMIT, block_limit: int = BLOCK_LIMIT) -> str:
    """``html`` with break opportunities in long runs and long blocks continued in new ones;
    unchanged when it needs neither (as nearly every article)."""
    if not needs_bounds(html, run_limit, block_limit):
        return html
    walker = _Walker(run_limit, block_limit)
    for match in _TOKEN.finditer(html):
        token = match.group(0)
        if token.startswith("<"):
            walker.tag(token)
        else:
            walker.text(token)
    return "".join(walker.out)


def inserted_positions(reading: str, shown: str) -> list[int] | None:
    """Where ``shown`` has characters ``reading`` has not, if it is ``reading`` with only
    zero-width spaces and newlines (block boundaries) inserted; None otherwise.

    Linear: equal stretches are compared a slice at a time, growing and halving (so the
    work is in C), not character by character.
    """
    extra = len(shown) - len(reading)
    if extra < 0:
        return None
    inserted: list[int] = []
    i = j = 0
    while True:
        common = _common_prefix(reading, i, shown, j)
        i += common
        j += common
        if i == len(reading) and j == len(shown):
            return inserted
        if j < len(shown) and shown[j] in (ZERO_WIDTH_SPACE, "\n") and len(inserted) < extra:
            inserted.append(j)
            j += 1
            continue
        return None


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    """How many characters ``a[i:]`` and ``b[j:]`` have in common at their start."""
    limit = min(len(a) - i, len(b) - j)
    step = 64
    done = 0
    # Gallop: compare ever longer slices while they agree.
    while done < limit:
        size = min(step, limit - done)
        if a[i + done : i + done + size] != b[j + done : j + done + size]:
            break
        done += size
        step *= 2
    else:
        return done
    # Then halve into the slice that differs.
    low, high = done, min(done + step, limit)
    while low < high:
        middle = (low + high + 1) // 2
        if a[i + low : i + middle] == b[j + low : j + middle]:
            low = middle
        else:
            high = middle - 1
    return low
