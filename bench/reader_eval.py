"""Scoring shared by the reader-mode benchmarks (copied text and HTML import).

One definition of "how good is this extraction", so both modes are judged the same way:

- ``load_pages()`` reads every case of ``shared/readability-test-pages`` as a :class:`Page`
  (its HTML, the words of ``expected.html``, the expected title and language, its site);
- ``words(text)`` is the multiset of casefolded Unicode words (scored with
  bench/html_extraction_compare's ``prf``: precision, recall and F1 as multiset overlap);
- ``html_text`` (bench/html_extraction_compare's) / ``markdown_text`` turn an HTML fragment
  or the app's Markdown into the text a reader sees (block boundaries separate words;
  link targets are not text);
- ``title_matches(got, want)`` says whether a title is right;
- ``site_of(name)`` is the case's site (the folder name without a trailing ``-N``), and
  ``leave_one_site_out(pages, fit, evaluate)`` scores each site with what was fitted on the
  others, so a parameter tuned to the pages in hand shows as a gap between the two figures.

Nothing here fetches anything or imports the app's cleaner; the benchmarks do.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bench.html_extraction_compare import html_text

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "readability-test-pages"

# Chinese and Japanese are written without spaces: each character counts as a word there.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_SPACE = re.compile(r"\s+")
_SITE_NUMBER = re.compile(r"-\d+$")

Model = TypeVar("Model")
Result = TypeVar("Result")


def words(text: str) -> Counter[str]:
    """The multiset of casefolded Unicode words in ``text``."""
    return Counter(_WORD.findall(text.casefold()))


def word_list(text: str) -> list[str]:
    """The casefolded Unicode words of ``text`` in order."""
    return _WORD.findall(text.casefold())


def markdown_text(markdown: str) -> str:
    """The text a reader sees once the app renders the Markdown: no link targets, no markup."""
    from reader.core.rendering import markdown_to_html

    return html_text(markdown_to_html(markdown))


def markdown_body(markdown: str) -> str:
    """The Markdown after its ``# title`` line: the title is scored on its own."""
    if markdown.startswith("# "):
        return markdown.split("\n", 1)[1] if "\n" in markdown else ""
    return markdown


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise_title(title: str) -> str:
    """A title as compared: NFKC, casefolded, one kind of quote and dash, single spaces."""
    folded = unicodedata.normalize("NFKC", title).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", folded).strip().rstrip(".")


def title_matches(got: str, want: str) -> bool:
    """A title is right when it reads the same as the expected one (case, quotes and spacing
    aside). A page with no expected title counts any title as right."""
    if not want.strip():
        return True
    return normalise_title(got) == normalise_title(want)


def site_of(name: str) -> str:
    """The site a case comes from: ``nytimes-3`` -> ``nytimes``; ``001`` -> ``001``."""
    return _SITE_NUMBER.sub("", name)


@dataclass(frozen=True)
class Page:
    """One shared test case: the saved page and what a reader mode should make of it."""

    name: str
    folder: Path
    source: str  # the saved page's HTML
    expected_text: str  # the visible text of expected.html
    title: str
    language: str

    @property
    def site(self) -> str:
        return site_of(self.name)

    @property
    def expected_words(self) -> Counter[str]:
        return words(self.expected_text)


def load_pages(pages: Path = PAGES) -> list[Page]:
    """Every case under ``pages`` that has a saved page, in name order."""
    if not pages.is_dir():
        raise SystemExit(f"test pages not found at {pages}")
    loaded = []
    for folder in sorted(p for p in pages.iterdir() if (p / "source.html").is_file()):
        metadata_file = folder / "expected-metadata.json"
        metadata = (
            json.loads(metadata_file.read_text(encoding="utf-8")) if metadata_file.is_file() else {}
        )
        expected_file = folder / "expected.html"
        expected = (
            html_text(expected_file.read_text(encoding="utf-8")) if expected_file.is_file() else ""
        )
        loaded.append(
            Page(
                name=folder.name,
                folder=folder,
                source=(folder / "source.html").read_text(encoding="utf-8", errors="replace"),
                expected_text=expected,
                title=metadata.get("title") or "",
                language=metadata.get("lang") or "",
            )
        )
    return loaded


def pages_dir_arg(args: Sequence[str], default: Path) -> Path:
    """``--pages-dir DIR`` among a bench's arguments: another suite laid out as the
    shared pages are (a folder per page holding source.html, expected.html and
    expected-metadata.json), or ``default``."""
    if "--pages-dir" not in args:
        return default
    at = list(args).index("--pages-dir") + 1
    if at >= len(args):
        raise SystemExit("--pages-dir needs a folder")
    return Path(args[at])


def sites(pages: Iterable[Page]) -> dict[str, list[Page]]:
    """The pages grouped by site, in first-seen order."""
    grouped: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        grouped[page.site].append(page)
    return dict(grouped)


def leave_one_site_out(
    pages: Sequence[Page],
    fit: Callable[[list[Page]], Model],
    evaluate: Callable[[Model, Page], Result],
) -> dict[str, Result]:
    """Each page's result from a model fitted on every site but its own, by page name."""
    results: dict[str, Result] = {}
    for site, held_out in sites(pages).items():
        model = fit([page for page in pages if page.site != site])
        for page in held_out:
            results[page.name] = evaluate(model, page)
    return results


def mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


def median(values: Iterable[float]) -> float:
    items = sorted(values)
    if not items:
        return 0.0
    middle = len(items) // 2
    return items[middle] if len(items) % 2 else (items[middle - 1] + items[middle]) / 2
