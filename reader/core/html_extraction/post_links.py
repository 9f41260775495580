"""The links to the previous and next post under a web page's article, left out.

Blogs end a post with a link each way, marked by an arrow ("← Older post title",
"Newer post title →", "« Title", "Title »"): the site's navigation, not the article's
words. Only the blocks that end the article are looked at, and only a block that is one
link with an arrow beside it and nothing else.
"""

from __future__ import annotations

import re

__all__ = ["without_post_links"]

_ARROWS = "←«‹→»›"
# One link, an arrow before or after it (inside or outside the link's text), nothing else.
_POST_LINK = re.compile(
    rf"^(?:[{_ARROWS}]\s*)?\[(?P<text>[^\]\n]+)\]\([^)\s]+\)(?:\s*[{_ARROWS}])?$"
)
_LOOK = 300  # a post link is short; longer blocks are not read


def _is_post_link(block: str) -> bool:
    block = block.strip()
    if len(block) > _LOOK:
        return False
    match = _POST_LINK.match(block)
    if match is None:
        return False
    text = match.group("text").strip()
    return any(edge in _ARROWS for edge in (block[0], block[-1], text[0], text[-1]))


def without_post_links(markdown: str) -> str:
    """``markdown`` without the blocks at its end that are links to the previous or next
    post; the article's own last words stay."""
    blocks = markdown.split("\n\n")
    end = len(blocks)
    while end > 1 and _is_post_link(blocks[end - 1]):
        end -= 1
    return "\n\n".join(blocks[:end])
