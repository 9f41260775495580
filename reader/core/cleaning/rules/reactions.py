"""Rule: remove emoji-reaction widgets ("Happy / Happy / 0 % / Sad / Sad / 0 % ...")."""

from __future__ import annotations

import re

from ..matching import EDGE
from ..state import CleanState, Line

_WORDS = (
    "happy|sad|excited|sleepy|angry|surprised?|love|loved|like|haha|wow|lol|funny|cute|scary"
    "|fear|inspired|bored|confused|cool|omg|fail|win|geeky|wtf|amazed|disgusted|upset"
    "|senang|sedih|marah|kaget|terkejut|suka|lucu|takut|bangga|terinspirasi|inspiratif|bosan"
    "|kecewa|terharu|gembira|ngantuk|terhibur|geram|puas|bingung|khawatir|cinta|tidak suka"
    "|jengkel|ngakak|keren|sebal|gemas|syok|haru"
)
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]"
_COUNT = r"\(?\d+(?:[.,]\d+)?\s*%?\)?"
_WORD_LINE = re.compile(
    rf"(?:{_EMOJI}\s*)*(?:{_WORDS})(?:\s*{_EMOJI})*(?:\s*[:\-]?\s*{_COUNT})?", re.IGNORECASE
)
_COUNT_LINE = re.compile(_COUNT)
_EMOJI_LINE = re.compile(rf"(?:{_EMOJI}\s*)+(?:{_COUNT})?")
_HEADER_LINE = re.compile(
    EDGE
    + r"(?:what'?s|what is) your reaction\??|bagaimana (?:reaksi|perasaan) (?:anda|kamu).{0,40}"
    r"|reaksi (?:anda|kamu)|your reaction|how do you feel(?: about this (?:article|post|story))?\??"
    r"|berikan reaksi(?: anda| kamu)?.{0,30}" + EDGE,
    re.IGNORECASE,
)
# "👍 Suka 😂 Lucu 😮 Wow" or "❤️ 12 😂 3": a row of emoji, each with at most a word or
# two and a count, and nothing else - no sentence in it.
_ROW = re.compile(rf"(?:{_EMOJI}+\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*(?:{_COUNT})?\s*){{2,}}")
_MAX_CHARS = 60


def _kind(text: str) -> str | None:
    if len(text) > _MAX_CHARS:
        return None
    if _HEADER_LINE.fullmatch(text):
        return "header"
    if _COUNT_LINE.fullmatch(text):
        return "count"
    if _WORD_LINE.fullmatch(text) or _EMOJI_LINE.fullmatch(text):
        return "word"
    return None


def _flush(state: CleanState, run: list[tuple[Line, str]]) -> None:
    kinds = [kind for _, kind in run]
    words = kinds.count("word")
    if words >= 2 and ("count" in kinds or "header" in kinds):
        for line, _ in run:
            state.remove(line, "emoji reactions")


def _is_row(text: str) -> bool:
    if len(text) > _MAX_CHARS or not _ROW.fullmatch(text):
        return False
    return len(re.findall(rf"{_EMOJI}+", text)) >= 2


def run(state: CleanState) -> None:
    """Find runs of reaction labels and counts (a run needs labels plus counts or a header),
    and one-line rows of emoji with their labels."""
    current: list[tuple[Line, str]] = []
    for line in state.live_lines():
        if _is_row(line.text):
            state.remove(line, "emoji reactions")
            continue
        kind = _kind(line.text)
        if kind is not None and (not current or current[-1][0].number >= line.number - 3):
            current.append((line, kind))
            continue
        _flush(state, current)
        current = [(line, kind)] if kind is not None else []
    _flush(state, current)
