"""Reader mode for copied text, measured on every shared Readability page.

``python -m bench.reader_mode [--pages] [--no-timing] [--no-loso] [--splits]``: for each case of
``shared/readability-test-pages``, the page as a reader gets it by select-all and copy
(``shared/tools/copy_as_text.py``, run once per page and cached under ``build/``) is cleaned
by the app's cleaner and scored against ``expected.html`` (bench/reader_eval.py: word
precision, recall, F1; title right or not).

Reported side by side, all from the same run:

- ``uncleaned``: the copied text as it is, the floor any cleaner must beat;
- ``best run (oracle)``: the best single contiguous run of lines, knowing the answer: the
  ceiling for a cleaner that finds the article as one region;
- ``cleaner``: the app's cleaner with its shipped model;
- ``cleaner, leave one site out``: the model fitted again without each page's site
  (bench/reader_model_fit.py), so a weight tuned to the pages in hand shows as a gap;
- with ``--splits``, two more held-out rows: each language (as the cleaner detects it in
  the copy) scored by a model fitted without it, and each of two fixed halves of the sites
  scored by a model fitted on the other half;
- time per page against trafilatura's on the same pages' HTML (median and slowest), as a
  ratio, when trafilatura is installed (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.html_extraction_compare import prf
from bench.reader_eval import (
    PAGES,
    Page,
    load_pages,
    markdown_body,
    markdown_text,
    mean,
    median,
    pages_dir_arg,
    title_matches,
    word_list,
    words,
)
from bench.timing import best_of

ROOT = Path(__file__).resolve().parents[1]
COPY_TOOL = PAGES.parent / "tools" / "copy_as_text.py"
CACHE = ROOT / "build" / "reader-mode" / "copied"


def _copy_key(page: Page) -> str:
    digest = hashlib.sha256(COPY_TOOL.read_bytes())
    digest.update((page.folder / "source.html").read_bytes())
    return digest.hexdigest()[:16]


def _run_copy_tool(page: Page) -> str:
    done = subprocess.run(
        [sys.executable, str(COPY_TOOL), str(page.folder / "source.html")],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def copied_texts(pages: list[Page]) -> dict[str, str]:
    """Each page as copied from a browser, by page name; made once, then read from build/."""
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = {page.name: CACHE / f"{page.name}-{_copy_key(page)}.txt" for page in pages}
    missing = [page for page in pages if not paths[page.name].is_file()]
    if missing:
        print(f"copying {len(missing)} pages as text (cached in {CACHE.relative_to(ROOT)}) ...")
        with ThreadPoolExecutor(max_workers=2) as pool:
            for page, text in zip(missing, pool.map(_run_copy_tool, missing), strict=True):
                paths[page.name].write_text(text, encoding="utf-8")
    return {name: path.read_text(encoding="utf-8") for name, path in paths.items()}


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    title_ok: bool | None  # None where a mode has no title to give

    @classmethod
    def of(cls, got: Counter[str], page: Page, title: str | None) -> Score:
        precision, recall, f1 = prf(got, page.expected_words)
        ok = None if title is None else title_matches(title, page.title)
        return cls(precision, recall, f1, ok)


def best_run(lines: list[str], want: Counter[str]) -> Counter[str]:
    """The words of the contiguous run of lines whose words score the best F1 against ``want``.

    For each first line the run grows one line at a time while the overlap is kept up to
    date, so the search is quadratic in lines, not in words.
    """
    line_words = [word_list(line) for line in lines]
    total_want = sum(want.values())
    best_f1, best = -1.0, (0, 0)
    for start in range(len(lines)):
        if not line_words[start]:
            continue
        got: Counter[str] = Counter()
        overlap = n_got = 0
        for end in range(start, len(lines)):
            for word in line_words[end]:
                if got[word] < want.get(word, 0):
                    overlap += 1
                got[word] += 1
            n_got += len(line_words[end])
            if overlap and n_got:
                f1 = 2 * overlap / (n_got + total_want)
                if f1 > best_f1:
                    best_f1, best = f1, (start, end + 1)
    return Counter(w for ws in line_words[best[0] : best[1]] for w in ws)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


Cleaner = Callable[[str], tuple[str, str]]  # copied text -> (title, Markdown body)


def cleaner_with(model: object | None) -> Cleaner:
    """The app's cleaner with ``model`` as its content model (None: the shipped one)."""

    def clean(text: str) -> tuple[str, str]:
        from reader.core.cleaning import clean_text
        from reader.core.cleaning.content_model import ContentModel

        assert model is None or isinstance(model, ContentModel)
        document = clean_text(text, model=model)
        return document.title, markdown_body(document.markdown)

    return clean


def app_cleaner(text: str) -> tuple[str, str]:
    """The app's cleaner as shipped."""
    from reader.core.cleaning import clean_text

    document = clean_text(text)
    return document.title, markdown_body(document.markdown)


def score_cleaner(clean: Cleaner, page: Page, text: str) -> Score:
    title, body = clean(text)
    return Score.of(words(markdown_text(body)), page, title)


def _trafilatura_available() -> bool:
    try:
        import trafilatura  # type: ignore[import-untyped,import-not-found,unused-ignore] # noqa: F401
    except ImportError:
        return False
    return True


def _trafilatura_extract(html: str) -> str:
    import trafilatura  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return str(trafilatura.extract(html) or "")


@dataclass(frozen=True)
class Timing:
    """Seconds per page, the cleaner's on the copied text and trafilatura's on the HTML,
    each the fastest of a few runs (trafilatura's empty when it is not installed)."""

    ours: dict[str, float]
    theirs: dict[str, float]
    repeats: int


def timing(pages: list[Page], texts: dict[str, str], repeats: int = 3) -> Timing:
    """Cleaning time per page against trafilatura's on the same page's HTML, same run."""
    from reader.core.cleaning import clean_text

    clean_text(texts[pages[0].name])  # load the cleaner and its data once, as the app does
    compare = _trafilatura_available()
    if compare:
        _trafilatura_extract(pages[0].source)
    ours: dict[str, float] = {}
    theirs: dict[str, float] = {}
    # Page by page, one side then the other: on a busy machine, timing all of one side
    # and then all of the other measures the change in load as much as the two sides.
    for page in pages:
        ours[page.name] = best_of(repeats, partial(clean_text, texts[page.name]))
        if compare:
            theirs[page.name] = best_of(repeats, partial(_trafilatura_extract, page.source))
    return Timing(ours, theirs, repeats)


def _print_timing(found: Timing) -> None:
    ours, theirs = found.ours, found.theirs
    slowest = max(ours, key=lambda name: ours[name])
    print(f"\n## time per page ({found.repeats} runs each, best)")
    print(f"{'':<34}{'median ms':>10}{'slowest ms':>12}  slowest page")
    print(f"{'cleaner (copied text)':<34}{median(ours.values()) * 1e3:>10.2f}", end="")
    print(f"{ours[slowest] * 1e3:>12.2f}  {slowest}")
    if not theirs:
        print("trafilatura not installed: pip install -e '.[bench]' to compare")
        return
    their_slowest = max(theirs, key=lambda name: theirs[name])
    print(f"{'trafilatura.extract (page HTML)':<34}{median(theirs.values()) * 1e3:>10.2f}", end="")
    print(f"{theirs[their_slowest] * 1e3:>12.2f}  {their_slowest}")
    ratio = median(ours.values()) / median(theirs.values())
    print(
        f"ratio cleaner / trafilatura: median {ratio:.2f},"
        f" slowest {ours[slowest] / theirs[their_slowest]:.2f}, pages over 1 s:"
        f" {sum(t > 1 for t in ours.values())}"
    )


def _summary_row(label: str, scores: list[Score]) -> str:
    titled = [s.title_ok for s in scores if s.title_ok is not None]
    titles = f"{sum(titled)}/{len(titled)}" if titled else "-"
    return (
        f"{label:<34}{mean(s.precision for s in scores):>7.3f}"
        f"{mean(s.recall for s in scores):>7.3f}{mean(s.f1 for s in scores):>7.3f}"
        f"{min(s.f1 for s in scores):>8.3f}{titles:>10}"
    )


@dataclass
class Report:
    """Every mode's score per page, and the timing when it was measured."""

    pages: list[Page]
    modes: dict[str, dict[str, Score]]
    timing: Timing | None = None
    loso_missing: bool = False  # asked for, but numpy (the bench extra) is not installed


def run(
    *, loso: bool = True, timed: bool = True, splits: bool = False, pages_dir: Path = PAGES
) -> Report:
    """Score the copied-text reader mode on every shared page (the shape of
    bench/reader_mode_html.run, so `make bench` prints both side by side), or on the
    pages of another suite laid out the same way."""
    pages = load_pages(pages_dir)
    texts = copied_texts(pages)
    modes: dict[str, dict[str, Score]] = {
        "uncleaned": {
            p.name: Score.of(words(texts[p.name]), p, _first_line(texts[p.name])) for p in pages
        },
        "best run (oracle)": {
            p.name: Score.of(best_run(texts[p.name].splitlines(), p.expected_words), p, None)
            for p in pages
        },
        "cleaner": {p.name: score_cleaner(app_cleaner, p, texts[p.name]) for p in pages},
    }
    report = Report(pages, modes)
    if loso:
        from bench import reader_model_fit

        held_out = reader_model_fit.leave_one_site_out_scores(pages, texts, score_cleaner)
        if held_out is None:
            report.loso_missing = True
        else:
            modes["cleaner, leave one site out"] = held_out
    if splits and not report.loso_missing:
        from bench import reader_model_fit as fit

        for label, group in (
            ("cleaner, leave one language out", lambda p: fit.copied_language(texts[p.name])),
            ("cleaner, other half of sites", fit.half_of_sites),
        ):
            scores = fit.held_out_scores(pages, texts, score_cleaner, group)
            if scores is not None:
                modes[label] = scores
    if timed:
        report.timing = timing(pages, texts)
    return report


def print_report(report: Report, per_page: bool = False) -> None:
    modes, pages = report.modes, report.pages
    if report.loso_missing:
        print("numpy not installed: pip install -e '.[bench]' for the leave-one-site-out row")
    if per_page:
        print(f"{'page':<34}" + "".join(f"{label[:14]:>16}" for label in modes) + "  title")
        for page in pages:
            row = "".join(f"{modes[label][page.name].f1:>16.3f}" for label in modes)
            ok = modes["cleaner"][page.name].title_ok
            print(f"{page.name:<34}{row}  {'ok' if ok else 'WRONG'}")
    print(f"\n## copied text, means over {len(pages)} shared pages")
    print(f"{'mode':<34}{'P':>7}{'R':>7}{'F1':>7}{'min F1':>8}{'titles':>10}")
    for label, scores in modes.items():
        print(_summary_row(label, [scores[p.name] for p in pages]))
    if report.timing is not None:
        _print_timing(report.timing)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    pages_dir = pages_dir_arg(args, PAGES)
    # Another suite was never fitted on: the shipped model is already held out from it.
    loso = "--no-loso" not in args and pages_dir == PAGES
    report = run(
        loso=loso,
        timed="--no-timing" not in args,
        splits=loso and "--splits" in args,
        pages_dir=pages_dir,
    )
    print_report(report, per_page="--pages" in args)


if __name__ == "__main__":
    main()
