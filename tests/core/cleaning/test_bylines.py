"""Bylines, dates and reading times are removed; sentences starting "By"/"Oleh" are kept."""

from __future__ import annotations

import pytest

from .support import clean_body, removed_reasons

INTRO = "A Title For The Story"
PARAGRAPH = "The first paragraph of the story, long enough to read comfortably."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Jane Doe", "byline"),
        ("By Jane Doe and John Smith", "byline"),
        ("Oleh: Rina Suryani", "byline"),
        ("Oleh Ahmad Fauzi", "byline"),
        ("Penulis: Tim Redaksi", "byline"),
        ("Editor: Budi Santoso", "byline"),
        ("Penulis: Tim Redaksi | Editor: Budi Santoso", "byline"),
        ("By Jane Doe | 3 March 2024 | 5 min read", "byline"),
        ("Published 3 March 2024", "date line"),
        ("Updated 4 March 2024, 10:15 GMT", "date line"),
        ("Published 3 March 2024 | Updated 4 March 2024", "date line"),
        ("Senin, 12 Februari 2024 10:15 WIB", "date line"),
        ("Kamis, 7 Maret 2024 - 08:30 WIB", "date line"),
        ("March 3, 2024", "date line"),
        ("Diperbarui 2 jam yang lalu", "date line"),
        ("5 min read", "reading time"),
        ("Read Time:6 Minute, 6 Second", "reading time"),
        ("Waktu baca: 3 menit", "reading time"),
    ],
)
def test_byline_or_date_line_is_removed(line: str, reason: str) -> None:
    assert removed_reasons(f"{INTRO}\n{line}\n{PARAGRAPH}") == {line: reason}


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the war, the alliance had doubled in size.",
        "Oleh karena itu, pemerintah menunda keputusan tersebut.",
        "On 3 March 2024 the council met for the first time since the flood.",
        "Editors said the story had been checked by three people.",
    ],
)
def test_sentences_that_look_like_credits_are_kept(sentence: str) -> None:
    assert sentence in clean_body(f"{INTRO}\n{PARAGRAPH}\n{sentence}")


@pytest.mark.parametrize("line", ["by Jane Austen", "on 28 January 1813"])
def test_wrapped_sentence_ending_in_a_name_or_date_is_kept(line: str) -> None:
    text = f"{INTRO}\nThe novel that opens the series was first published\n{line}\nMore text."
    assert removed_reasons(text) == {}
    assert f"published\n\n{line}\n" in clean_body(text)
