"""``==marked text==`` for markdown-it: the highlight syntax of the handout.

Obsidian, pandoc (3.x, ``+mark``) and many editors read ``==text==`` as ``<mark>``;
markdown-it-py has no rule for it (mdit-py-plugins 0.7 neither), so this is one, shaped
like markdown-it's own strikethrough rule and the markdown-it-mark JS plugin: runs of
two ``=`` are delimiters that pair up like emphasis, and may sit inside a word.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline.state_inline import Delimiter, StateInline

_MARKER = "="


def _tokenize(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if silent or state.src[start] != _MARKER:
        return False
    scanned = state.scanDelims(start, True)
    length = scanned.length
    if length < 2:
        return False
    if length % 2:
        # An odd run: the spare "=" stays text, like markdown-it's "~~~".
        token = state.push("text", "", 0)
        token.content = _MARKER
        length -= 1
    for _ in range(length // 2):
        token = state.push("text", "", 0)
        token.content = _MARKER * 2
        state.delimiters.append(
            Delimiter(
                marker=ord(_MARKER),
                length=0,  # no "rule of 3": marks do not combine like * and _
                token=len(state.tokens) - 1,
                end=-1,
                open=scanned.can_open,
                close=scanned.can_close,
            )
        )
    state.pos += scanned.length
    return True


def _pair_up(state: StateInline, delimiters: list[Delimiter]) -> None:
    lone: list[int] = []
    for opener in delimiters:
        if opener.marker != ord(_MARKER) or opener.end == -1:
            continue
        closer = delimiters[opener.end]
        for index, kind in ((opener.token, "mark_open"), (closer.token, "mark_close")):
            token = state.tokens[index]
            token.type = kind
            token.tag = "mark"
            token.nesting = 1 if kind == "mark_open" else -1
            token.markup = _MARKER * 2
            token.content = ""
        before = state.tokens[closer.token - 1]
        if before.type == "text" and before.content == _MARKER:
            lone.append(closer.token - 1)
    # A spare "=" of an odd run belongs after the closing tags it was split from.
    while lone:
        i = lone.pop()
        j = i + 1
        while j < len(state.tokens) and state.tokens[j].type == "mark_close":
            j += 1
        j -= 1
        if i != j:
            state.tokens[i], state.tokens[j] = state.tokens[j], state.tokens[i]


def _post_process(state: StateInline) -> None:
    _pair_up(state, state.delimiters)
    for meta in state.tokens_meta:
        if meta and "delimiters" in meta:
            _pair_up(state, meta["delimiters"])


def mark_plugin(md: MarkdownIt) -> None:
    """Teach ``md`` the ``==mark==`` syntax (rendered as ``<mark>``)."""
    md.inline.ruler.before("emphasis", "mark", _tokenize)
    md.inline.ruler2.before("emphasis", "mark", _post_process)
