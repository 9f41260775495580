"""Whole-line pattern matching shared by the boilerplate rules.

A boilerplate pattern must cover the entire line (``fullmatch``) and the line must be
short, so that a long sentence which merely mentions "share" or "cookies" is never hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .state import CleanState

# Optional decoration scrapers leave around widget labels: bullets, arrows, pipes, dashes.
EDGE = r"[\s|•·»«›‹>→←\-–—:*#\[\]()]*"


@dataclass(frozen=True)
class LinePattern:
    """Lines that fully match ``regex`` (case-insensitively) are removed with ``reason``."""

    regex: re.Pattern[str]
    reason: str
    max_chars: int = 120


def pattern(body: str, reason: str, max_chars: int = 120) -> LinePattern:
    return LinePattern(
        re.compile(EDGE + "(?:" + body + ")" + EDGE, re.IGNORECASE), reason, max_chars
    )


def matching_reason(text: str, patterns: tuple[LinePattern, ...]) -> str | None:
    for candidate in patterns:
        if len(text) <= candidate.max_chars and candidate.regex.fullmatch(text):
            return candidate.reason
    return None


def remove_matching(state: CleanState, patterns: tuple[LinePattern, ...]) -> None:
    for line in state.live_lines():
        reason = matching_reason(line.text, patterns)
        if reason is not None and not state.wraps_on(line):
            state.remove(line, reason)
