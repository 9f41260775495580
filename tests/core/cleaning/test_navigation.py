"""Previous/next post links are removed; sentences starting with "Next" are not."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text

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
        "See next articles",
        "See previous articles",
    ],
)
def test_navigation_line_is_removed(line: str) -> None:
    assert removed_reasons(f"{INTRO}\n{line}\nClosing words of the story.") == {
        line: "previous/next links"
    }


def test_sentence_starting_with_next_is_kept() -> None:
    line = "Next post-war governments struggled to rebuild the harbour."
    assert line in clean_body(f"{INTRO}\n{line}")


@pytest.mark.parametrize(
    "line", ["Skip to content", "Skip to main content", "Langsung ke konten", "Lompat ke isi utama"]
)
def test_skip_link_is_removed(line: str) -> None:
    assert removed_reasons(f"{line}\n{INTRO}\nClosing words of the story.") == {line: "skip link"}


def test_skip_link_does_not_become_the_title() -> None:
    assert clean_text(f"Skip to main content\n{INTRO}").title == "A Title For The Story"


def test_sentence_about_skipping_is_kept() -> None:
    line = "Skip to the end of the report and the numbers tell a different story."
    assert line in clean_body(f"{INTRO}\n{line}")
