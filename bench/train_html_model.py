"""Train the HTML reader mode's learned numbers on the shared pages, and hold each site out.

``python -m bench.train_html_model`` scores every shared page under every setting of a small
grid (how much a paragraph's share of stop words adds to its score; how little link text the
rest of an ``<article>`` may hold for it to be taken whole), picks the setting with the best
mean word F1, and writes it to ``reader/core/html_extraction/settings.json`` with the figures
it was chosen on. ``--check`` only prints what it would write.

The training pages are the shared pages twice: as saved, and with every class and id name
removed. Unseen sites name their parts in words the extractor has never met (or in hashes);
the second copy makes a setting that leans on names pay for it.

Leave one site out uses the same learner: for each site (a folder name without its trailing
``-N``), the setting is chosen on both copies of the pages of all the other sites, and the
site's own pages, as saved, are scored with it. One table of page × setting scores serves every
fold, so the whole cross-validation costs one pass over the grid.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.reader_mode_html import Page, PageScore, load_pages, marginalia, score_page
from reader.core.html_extraction.article_region import Settings

SETTINGS_FILE = (
    Path(__file__).resolve().parents[1] / "reader" / "core" / "html_extraction" / "settings.json"
)
GRID: dict[str, tuple[float, ...]] = {
    "prose_weight": (0.0, 2.0, 5.0, 8.0, 12.0),
    "article_link_density": (0.0, 0.05, 0.1, 0.3),
}
NAMELESS = " (no class names)"
_NAMES = re.compile(r"""\s(?:class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def without_names(page: Page) -> Page:
    """The page with every class and id attribute taken out of its source."""
    source = _NAMES.sub("", page.source.decode("utf-8", "replace")).encode("utf-8")
    return dataclasses.replace(page, name=page.name + NAMELESS, source=source)


def training_pages(pages: Sequence[Page]) -> list[Page]:
    return [*pages, *(without_names(page) for page in pages)]


def grid() -> list[Settings]:
    names = list(GRID)
    return [
        Settings.from_dict(dict(zip(names, values, strict=True)))
        for values in itertools.product(*(GRID[name] for name in names))
    ]


Table = list[list[PageScore]]  # [page][setting]


def score_table(pages: Sequence[Page], settings: Sequence[Settings]) -> Table:
    extractors = [marginalia(s) for s in settings]
    return [[score_page(extract, page) for extract in extractors] for page in pages]


def best_setting(table: Table, rows: Sequence[int]) -> int:
    """The setting with the best mean F1 over ``rows``; the first of equals (the grid's order
    puts the simpler, smaller values first)."""
    totals = [sum(table[row][column].f1 for row in rows) for column in range(len(table[0]))]
    return max(range(len(totals)), key=lambda column: (round(totals[column], 9), -column))


def train(pages: Sequence[Page]) -> Settings:
    """The grid's best setting on ``pages`` (both copies of each)."""
    settings = grid()
    rows = training_pages(pages)
    table = score_table(rows, settings)
    return settings[best_setting(table, range(len(rows)))]


def leave_one_site_out(
    pages: Sequence[Page], table: Table | None = None
) -> list[tuple[PageScore, Settings]]:
    """Each page's score under the setting learned without its site, in page order.

    ``table`` is :func:`score_table` of :func:`training_pages` of ``pages``, if already made.
    """
    settings = grid()
    rows = training_pages(pages)
    table = table if table is not None else score_table(rows, settings)
    held_out: list[tuple[PageScore, Settings]] = []
    for index, page in enumerate(pages):
        training = [row for row, other in enumerate(rows) if other.site != page.site]
        column = best_setting(table, training)
        held_out.append((table[index][column], settings[column]))
    return held_out


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    pages = load_pages()
    settings = grid()
    rows = training_pages(pages)
    table = score_table(rows, settings)
    column = best_setting(table, range(len(rows)))
    chosen = settings[column]
    mean_f1 = sum(table[row][column].f1 for row in range(len(pages))) / len(pages)
    held_out = leave_one_site_out(pages, table)
    loso_f1 = sum(score.f1 for score, _ in held_out) / len(pages)
    record = {
        "trained_by": "bench/train_html_model.py",
        "pages": len(pages),
        "sites": len({p.site for p in pages}),
        "grid": GRID,
        "mean_word_f1": round(mean_f1, 4),
        "leave_one_site_out_word_f1": round(loso_f1, 4),
        "settings": {name: getattr(chosen, name) for name in GRID},
    }
    text = json.dumps(record, indent=2) + "\n"
    print(text)
    if "--check" not in args:
        SETTINGS_FILE.write_text(text, encoding="utf-8")
        print(f"written to {SETTINGS_FILE}")


if __name__ == "__main__":
    main()
