"""Rule: remove share buttons ("Share", "Bagikan", "Tweet", "Facebook", "Copy link", ...).

A line goes when it is made only of share words and network names. A bare network name
("Facebook") alone is only removed beside another share line, since an article about
social media may well have a "Facebook" heading.
"""

from __future__ import annotations

import re

from ..state import CleanState, Line

_REASON = "share buttons"
_SEPARATORS = re.compile(r"[\s|,·•/:;()\[\]!\-–—]+")
_STRONG_PHRASES = re.compile(
    r"share this(?: article| post| story| page)?|share (?:on|via|to|with)"
    r"|bagikan(?: ke| via| artikel ini| berita ini| lewat)?|share|tweet(?: this)?"
    r"|copy(?: the)? link|copy url|salin(?: tautan| link| url)?"
    r"|link copied|tautan disalin|like this|like loading\.*|loading\.*"
    r"|click to (?:share|print|email)"
    r"(?: on)?|opens in new window|membuka di jendela baru|print|cetak|email this|kirim email"
    r"|\d+\s*(?:shares?|kali dibagikan|dibagikan)|dibagikan",
    re.IGNORECASE,
)
_NETWORKS = re.compile(
    r"facebook|fb|twitter|x|whatsapp|wa|telegram|linkedin|pinterest|reddit|email|e-mail|line"
    r"|messenger|threads|tumblr|pocket|flipboard|instagram|tiktok|mastodon|bluesky|google\+?"
    r"|kakaotalk|vk|weibo|wechat|sms|mail|skype|more|lainnya",
    re.IGNORECASE,
)
_TOKENS = re.compile(
    rf"(?:(?:{_STRONG_PHRASES.pattern})|(?:{_NETWORKS.pattern}))(?=$|[\s|,·•/:;()\[\]!\-–—])",
    re.IGNORECASE,
)
_MAX_CHARS = 160


def _classify(text: str) -> str | None:
    """Say "strong" for a line of share words, "network" for a lone network name."""
    if len(text) > _MAX_CHARS:
        return None
    rest = _SEPARATORS.sub(" ", text).strip()
    if not rest:
        return None
    pos = 0
    strong = False
    tokens = 0
    while pos < len(rest):
        match = _TOKENS.match(rest, pos)
        if match is None:
            return None
        tokens += 1
        if _STRONG_PHRASES.fullmatch(match.group(0)):
            strong = True
        pos = match.end()
        while pos < len(rest) and rest[pos] == " ":
            pos += 1
    if strong or tokens >= 2:
        return "strong"
    return "network"


def run(state: CleanState) -> None:
    """Remove lines of share words; lone network names only next to other share lines."""
    content: list[Line] = [line for line in state.lines if not line.blank]
    kinds = [_classify(line.text) if line.live else None for line in content]
    # A lowercase line carrying on the prose above it is no button, unless the line above
    # is a share button too ("Share" / "facebook").
    above: str | None = None
    for index, line in enumerate(content):
        kind = kinds[index]
        if kind is not None and above is None and state.wraps_on(line):
            kinds[index] = None
        above = kind
    for index, (line, kind) in enumerate(zip(content, kinds, strict=True)):
        if kind == "strong":
            state.remove(line, _REASON)
            continue
        if kind != "network":
            continue
        neighbours = kinds[max(index - 1, 0) : index] + kinds[index + 1 : index + 2]
        if any(k is not None for k in neighbours):
            state.remove(line, _REASON)
