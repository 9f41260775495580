"""Breadcrumb trails are removed; comparisons and paths in prose are kept."""

from __future__ import annotations

import pytest

from .support import clean_body, removed_reasons

INTRO = "A Title For The Story\nThe first paragraph of the story, long enough to read."


@pytest.mark.parametrize(
    "line",
    ["Home » News » Politics", "Beranda > Berita", "Beranda > Berita > Nasional", "News › World"],
)
def test_breadcrumb_is_removed(line: str) -> None:
    assert removed_reasons(f"{line}\n{INTRO}") == {line: "breadcrumbs"}


@pytest.mark.parametrize(
    "sentence",
    ["Inflation > 5 percent is what worries the bank most.", "Growth » decline » recovery."],
)
def test_arrows_in_prose_are_kept(sentence: str) -> None:
    assert sentence in clean_body(f"{INTRO}\n{sentence}")


def test_french_quotation_marks_are_not_breadcrumb_arrows() -> None:
    # "»" closes a quotation opened by "«": a French page's title, not a trail of links.
    title = "Écrans : «Vape Wave», «Six Jours», «Alphonse Président» - Culture / Next"
    assert "breadcrumbs" not in removed_reasons(f"{title}\n{INTRO}").values()
