"""Tag and category lines are removed; sentences starting with "Topik" are kept."""

from __future__ import annotations

import pytest

from .support import clean_body, removed_reasons

INTRO = "Judul Artikel Contoh\nParagraf pembuka artikel ini cukup panjang untuk dibaca."


@pytest.mark.parametrize(
    "line",
    [
        "Tags: climate, cities, flooding",
        "Tag: pendidikan, gizi, sekolah",
        "Topik: Pemilu 2024",
        "Kategori: Nasional",
        "Category: World",
        "Filed under: Politics",
    ],
)
def test_tag_line_is_removed(line: str) -> None:
    assert removed_reasons(f"{INTRO}\n{line}") == {line: "tags"}


def test_sentence_about_topics_is_kept() -> None:
    line = "Topik ini menjadi perdebatan panjang di parlemen. Para ahli berbeda pendapat."
    assert line in clean_body(f"{INTRO}\n{line}")
