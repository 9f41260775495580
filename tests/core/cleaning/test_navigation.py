"""Previous/next post links are removed; sentences starting with "Next" are not."""

from __future__ import annotations

import pytest

from .support import clean_body, removed_reasons

INTRO = "A Title For The Story\nThe first paragraph of the story, long enough to read."


@pytest.mark.parametrize(
    "line",
    [
        "Previous post Analitik Real-time Untuk Keputusan Strategis",
        "Next post Rencana Ekonomi Terpusat Negara",
        "Previous article: How Ports Adapt",
        "Artikel Selanjutnya Harga Beras Naik",
        "« Previous",
        "Next »",
        "Post navigation",
    ],
)
def test_navigation_line_is_removed(line: str) -> None:
    assert removed_reasons(f"{INTRO}\n{line}\nClosing words of the story.") == {
        line: "previous/next links"
    }


def test_sentence_starting_with_next_is_kept() -> None:
    line = "Next post-war governments struggled to rebuild the harbour."
    assert line in clean_body(f"{INTRO}\n{line}")
