"""HTML import reader mode, measured on the shared Readability pages against trafilatura.

``python -m bench.reader_mode_html [--cases] [--no-loso]`` prints, for Marginalia's extractor and
the peers that are installed (trafilatura, readability-lxml):

- word precision, recall and F1 of the article text against ``expected.html``, per page (with
  ``--cases``) and as means over all pages;
- the same with every learned number trained on the other sites only (leave one site out: a
  site is a folder name without its trailing ``-N``), so tuning to pages in hand shows;
- a snippet judgement, as multilingual extraction benchmarks judge: per page, a few sentences of
  the expected article that must be kept and a few lines of page furniture (text of the source
  page that is not in the article) that must not be; precision and recall over all snippets;
- the title, exactly right after whitespace normalisation;
- time per page, ours (from the page's bytes to Markdown) against trafilatura's plain
  ``extract`` on the same page in the same run: median and slowest page, and their ratios.

:func:`run` returns the figures; :func:`main` prints them. Nothing here fetches anything.
"""

from __future__ import annotations

import contextlib
import json
import re
import statistics
import sys
import time
import timeit
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.html_extraction_compare import BLOCKS, html_text, installed, markdown_text, prf, words
from bench.reader_eval import pages_dir_arg
from reader.core.html_extraction.article_region import Settings

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "readability-test-pages"

_SITE_SUFFIX = re.compile(r"-\d+$")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
REQUIRED_PER_PAGE = 3
FORBIDDEN_PER_PAGE = 3
SNIPPET_WORDS = 10  # a required snippet is the first words of a sentence, as benchmarks quote
TIMING_REPEATS = 3  # the fastest of a few runs: the machine is shared


def site_of(case: str) -> str:
    """The site a shared page comes from: its folder name without a trailing ``-N``.

    (A training copy, "aclu (no class names)", comes from its page's site.)
    """
    return _SITE_SUFFIX.sub("", case.split(" ", 1)[0])


@dataclass(frozen=True)
class Page:
    name: str
    source: bytes
    expected_text: str
    expected_words: Counter[str]
    title: str
    required: tuple[str, ...]
    forbidden: tuple[str, ...]

    @property
    def site(self) -> str:
        return site_of(self.name)


def _word_string(text: str) -> str:
    """Words only, casefolded, one space apart: snippets match whatever the markup did."""
    return " ".join(_WORD.findall(text.casefold()))


# Blocks whose text is read as one line (the scoring's own list, not the extractor's).
_LINE_BLOCKS = BLOCKS | {"body", "main", "nav", "aside", "caption"}


def _visible_lines(html: str) -> list[str]:
    """The page's text as lines a reader sees: scripts, styles and hidden parts left out."""
    import lxml.html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    if not html.strip():
        return []
    root = lxml.html.document_fromstring(html)
    for bad in root.xpath(
        "//script|//style|//noscript|//template|//head|//*[@hidden]"
        "|//*[@aria-hidden='true']|//*[contains(translate(@style,' ',''),'display:none')]"
        "|//*[contains(translate(@style,' ',''),'visibility:hidden')]"
    ):
        if bad.getparent() is not None:
            bad.drop_tree()
    for element in root.iter():
        if (isinstance(element.tag, str) and element.tag in _LINE_BLOCKS) or element.tag == "br":
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return [line for line in lines if line]


def _spread(items: Sequence[str], count: int) -> tuple[str, ...]:
    """``count`` items spread over the sequence: the first, the last and evenly between."""
    if len(items) <= count:
        return tuple(items)
    step = (len(items) - 1) / (count - 1)
    return tuple(items[round(i * step)] for i in range(count))


def make_snippets(source: str, expected: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Snippets to judge one page by: sentences the article must keep, furniture it must drop.

    Required: the first words of sentences of the expected article (its first, last and middle
    prose lines of six words or more). Forbidden: lines of the source page of four words or more
    that share no run of four words with the expected article (menus, footers, related links,
    comment headers), spread over the page.
    """
    expected_lines = _visible_lines(expected)
    prose = [line for line in expected_lines if len(_WORD.findall(line)) >= 6]
    sentences = [_SENTENCE_END.split(line)[0] for line in prose]
    required = tuple(
        " ".join(s.split()[:SNIPPET_WORDS])
        for s in _spread(sentences, REQUIRED_PER_PAGE)
        if len(_WORD.findall(s)) >= 4
    )
    expected_words = _word_string(" \n ".join(expected_lines)).split()
    shingles = {tuple(expected_words[i : i + 4]) for i in range(len(expected_words) - 3)}
    furniture = []
    for line in _visible_lines(source):
        line_words = _word_string(line).split()
        if len(line_words) < 4:
            continue
        if any(tuple(line_words[i : i + 4]) in shingles for i in range(len(line_words) - 3)):
            continue
        furniture.append(" ".join(line.split()[:SNIPPET_WORDS]))
    return required, _spread(list(dict.fromkeys(furniture)), FORBIDDEN_PER_PAGE)


def _hand_judged(folder: Path) -> Page:
    """A page of a suite judged by hand-picked snippets only (``snippets.json``: the text the
    article must keep, "with", and what it must drop, "without"), as multilingual extraction
    benchmarks publish them. Such a page has no expected text or title: only the snippet columns
    mean anything for it."""
    judged = json.loads((folder / "snippets.json").read_text(encoding="utf-8"))
    return Page(
        name=folder.name,
        source=(folder / "source.html").read_bytes(),
        expected_text="",
        expected_words=Counter(),
        title="",
        required=tuple(judged["with"]),
        forbidden=tuple(judged["without"]),
    )


def load_pages(pages: Path = PAGES) -> list[Page]:
    loaded = []
    for folder in sorted(p for p in pages.iterdir() if (p / "source.html").is_file()):
        if not (folder / "expected.html").is_file() and (folder / "snippets.json").is_file():
            loaded.append(_hand_judged(folder))
            continue
        metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        source = (folder / "source.html").read_bytes()
        expected_html = (folder / "expected.html").read_text(encoding="utf-8")
        expected = html_text(expected_html)
        required, forbidden = make_snippets(source.decode("utf-8", "replace"), expected_html)
        loaded.append(
            Page(
                name=folder.name,
                source=source,
                expected_text=expected,
                expected_words=words(expected),
                title=metadata.get("title") or "",
                required=required,
                forbidden=forbidden,
            )
        )
    return loaded


# An extractor takes a page's bytes and gives (title, the article's visible text).
Extractor = Callable[[bytes], tuple[str, str]]


def marginalia(settings: Settings | None = None) -> Extractor:
    def run(data: bytes) -> tuple[str, str]:
        from reader.core.html_extraction import extract_article_bytes

        try:
            article = extract_article_bytes(data, settings=settings)
        except ValueError:
            return "", ""
        body = article.markdown
        if article.title and body.startswith("# "):
            body = body.split("\n", 1)[1] if "\n" in body else ""  # the title is scored apart
        return article.title, markdown_text(body)

    return run


def _trafilatura(data: bytes) -> tuple[str, str]:
    import trafilatura  # type: ignore[import-untyped,import-not-found,unused-ignore]

    html = data.decode("utf-8", "replace")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata is not None else None) or ""
    return title, trafilatura.extract(html) or ""


def _readability(data: bytes) -> tuple[str, str]:
    from readability import Document  # type: ignore[import-untyped,import-not-found,unused-ignore]

    document = Document(data.decode("utf-8", "replace"))
    return document.short_title(), html_text(document.summary(html_partial=True))


PEERS: dict[str, tuple[str, Extractor]] = {
    "trafilatura": ("trafilatura", _trafilatura),
    "readability-lxml": ("readability", _readability),
}


@dataclass(frozen=True)
class PageScore:
    page: str
    precision: float
    recall: float
    f1: float
    title_ok: bool
    required_kept: int
    required: int
    forbidden_kept: int
    forbidden: int


def score_page(extract: Extractor, page: Page) -> PageScore:
    try:
        title, text = extract(page.source)
    except Exception:  # a peer crashing on a page scores zero on it
        title, text = "", ""
    precision, recall, f1 = prf(words(text), page.expected_words)
    kept = _word_string(text)

    def found(snippet: str) -> bool:
        # Hand-picked snippets may start or end inside a word ("...sation des rapports"):
        # they are found as they are quoted; made ones are whole words.
        if not page.expected_text:
            return _word_string(snippet) in kept
        return f" {_word_string(snippet)} " in f" {kept} "

    return PageScore(
        page=page.name,
        precision=precision,
        recall=recall,
        f1=f1,
        title_ok=" ".join(title.split()) == " ".join(page.title.split()),
        required_kept=sum(found(s) for s in page.required),
        required=len(page.required),
        forbidden_kept=sum(found(s) for s in page.forbidden),
        forbidden=len(page.forbidden),
    )


@dataclass(frozen=True)
class Summary:
    """One extractor's figures over a set of pages."""

    name: str
    pages: int
    precision: float
    recall: float
    f1: float
    min_f1: float
    titles_ok: int
    snippet_precision: float
    snippet_recall: float
    snippet_f1: float


def summarise(name: str, scores: Sequence[PageScore]) -> Summary:
    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    true_pos = sum(s.required_kept for s in scores)
    false_neg = sum(s.required - s.required_kept for s in scores)
    false_pos = sum(s.forbidden_kept for s in scores)
    s_precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    s_recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    s_f1 = 2 * s_precision * s_recall / (s_precision + s_recall) if s_precision + s_recall else 0.0
    return Summary(
        name=name,
        pages=len(scores),
        precision=mean([s.precision for s in scores]),
        recall=mean([s.recall for s in scores]),
        f1=mean([s.f1 for s in scores]),
        min_f1=min((s.f1 for s in scores), default=0.0),
        titles_ok=sum(s.title_ok for s in scores),
        snippet_precision=s_precision,
        snippet_recall=s_recall,
        snippet_f1=s_f1,
    )


def leave_one_site_out(pages: Sequence[Page]) -> list[PageScore]:
    """Every page scored with the settings learned on the pages of all the other sites."""
    from bench import train_html_model

    return [score for score, _ in train_html_model.leave_one_site_out(pages)]


@dataclass(frozen=True)
class Timing:
    """Seconds per page, ours and trafilatura's, each the fastest of a few runs."""

    ours: list[float]
    peer: list[float]
    slowest_page: str

    @property
    def median_ratio(self) -> float:
        return statistics.median(self.ours) / statistics.median(self.peer)

    @property
    def slowest_ratio(self) -> float:
        return max(self.ours) / max(self.peer)


def _fastest(work: Callable[[], object], repeats: int) -> float:
    return min(timeit.repeat(work, number=1, repeat=repeats))


def time_pages(pages: Sequence[Page], repeats: int = TIMING_REPEATS) -> Timing | None:
    """Ours (bytes to Markdown) and trafilatura's ``extract``, page by page, in turn."""
    if not installed("trafilatura"):
        return None
    import trafilatura

    from reader.core.html_extraction import extract_article_bytes

    def ours(data: bytes) -> None:
        with contextlib.suppress(ValueError):
            extract_article_bytes(data)

    warm = pages[0].source
    ours(warm)
    trafilatura.extract(warm.decode("utf-8", "replace"))
    mine, theirs = [], []
    for page in pages:
        html = page.source.decode("utf-8", "replace")
        mine.append(_fastest(lambda data=page.source: ours(data), repeats))  # type: ignore[misc]
        theirs.append(_fastest(lambda html=html: trafilatura.extract(html), repeats))  # type: ignore[misc]
    slowest = pages[max(range(len(pages)), key=lambda i: mine[i])].name
    return Timing(ours=mine, peer=theirs, slowest_page=slowest)


def hostile_pages(pages: Sequence[Page]) -> list[tuple[str, bytes]]:
    """Pages built to be hard: 5 MB on one line, nested 10,000 deep, at and past the element
    limit."""
    from reader.core.html_extraction.page_tree import MAX_ELEMENTS

    sentence = "The committee met on Tuesday, and the members agreed the report was ready. "
    five_mb = 5_000_000
    biggest = max(pages, key=lambda p: len(p.source)).source.decode("utf-8", "replace")
    head, _, rest = biggest.partition("<body")
    inner = rest.partition(">")[2].rpartition("</body>")[0]
    minified = " ".join(inner.split())
    repeats = five_mb // max(1, len(minified)) + 1
    return [
        (
            "5 MB, one line, one paragraph",
            f"<html><body><p>{sentence * (five_mb // len(sentence))}</p></body></html>".encode(),
        ),
        (
            "5 MB, one line: a saved page repeated",
            (" ".join(head.split()) + "<body>" + minified * repeats + "</body></html>").encode(),
        ),
        (
            "10,000 levels of <div>",
            ("<div>" * 10_000 + f"<p>{sentence}</p>" + "</div>" * 10_000).encode(),
        ),
        (
            "10,000 levels of lists",
            ("<ul><li>" * 10_000 + sentence + "</li></ul>" * 10_000).encode(),
        ),
        (
            f"{MAX_ELEMENTS:,} paragraphs (the element limit)",
            ("<article>" + f"<p>{sentence}</p>" * (MAX_ELEMENTS - 10) + "</article>").encode(),
        ),
        (
            "unclosed <script> tags, no charset",
            b"<html><body>" + b"<script \xe9" * 8000 + b"</body></html>",
        ),
        (
            "60,000 paragraphs",
            ("<article>" + f"<p>{sentence}</p>" * 60_000 + "</article>").encode(),
        ),
    ]


@dataclass(frozen=True)
class HostileResult:
    name: str
    seconds: float
    outcome: str
    peer_seconds: float | None


def time_hostile(pages: Sequence[Page]) -> list[HostileResult]:
    """Each hostile page, ours against trafilatura's ``extract`` (when installed)."""
    from reader.core.html_extraction import PageRefused, extract_article_bytes

    peer = None
    if installed("trafilatura"):
        import trafilatura

        peer = trafilatura.extract
    results = []
    for name, data in hostile_pages(pages):
        start = time.perf_counter()
        try:
            outcome = f"read, {len(extract_article_bytes(data).markdown):,} characters"
        except PageRefused as refused:
            outcome = f"refused: {refused}"
        except ValueError as error:
            outcome = f"no article: {error}"
        seconds = time.perf_counter() - start
        peer_seconds = None
        if peer is not None:
            html = data.decode("utf-8", "replace")
            start = time.perf_counter()
            peer(html)
            peer_seconds = time.perf_counter() - start
        results.append(HostileResult(name, seconds, outcome, peer_seconds))
    return results


@dataclass
class Report:
    pages: list[Page]
    scores: dict[str, list[PageScore]] = field(default_factory=dict)
    summaries: list[Summary] = field(default_factory=list)
    timing: Timing | None = None
    timed: bool = False
    hostile: list[HostileResult] = field(default_factory=list)


def run(*, loso: bool = True, timing: bool = True, pages_dir: Path = PAGES) -> Report:
    pages = load_pages(pages_dir)
    report = Report(pages=pages)
    candidates: list[tuple[str, Extractor]] = [("marginalia", marginalia())]
    candidates += [(name, ex) for name, (module, ex) in PEERS.items() if installed(module)]
    for name, extract in candidates:
        report.scores[name] = [score_page(extract, p) for p in pages]
    if loso:
        report.scores["marginalia, leave one site out"] = leave_one_site_out(pages)
    report.summaries = [summarise(name, s) for name, s in report.scores.items()]
    if timing:
        report.timed = True
        report.timing = time_pages(pages)
        report.hostile = time_hostile(pages)
    return report


def _page_cell(page: Page, score: PageScore) -> str:
    """Word F1, or for a hand-judged page: snippets kept of those to keep, and furniture kept."""
    if page.expected_text:
        return f"{score.f1:.3f}"
    return f"{score.required_kept}/{score.required} +{score.forbidden_kept}"


def print_report(report: Report, per_page: bool = False) -> None:
    if per_page:
        names = list(report.scores)
        print(f"{'page':<30}" + "".join(f"{n[:14]:>16}" for n in names) + "   F1 (P/R)")
        for i, page in enumerate(report.pages):
            cells = "".join(f"{_page_cell(page, report.scores[n][i]):>16}" for n in names)
            print(f"{page.name:<30}{cells}")
        print()
    n = len(report.pages)
    print(f"HTML import over {n} pages ({len({p.site for p in report.pages})} sites)")
    if not any(p.expected_text for p in report.pages):
        print("(judged by hand-picked snippets only: word figures and titles do not apply)")
    print(
        f"{'extractor':<32}{'P':>7}{'R':>7}{'F1':>7}{'min F1':>8}{'titles':>9}"
        f"{'snip P':>8}{'snip R':>8}{'snip F1':>8}"
    )
    for s in report.summaries:
        print(
            f"{s.name:<32}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.min_f1:>8.3f}"
            f"{f'{s.titles_ok}/{s.pages}':>9}{s.snippet_precision:>8.3f}"
            f"{s.snippet_recall:>8.3f}{s.snippet_f1:>8.3f}"
        )
    required = sum(len(p.required) for p in report.pages)
    forbidden = sum(len(p.forbidden) for p in report.pages)
    print(f"(snippets: {required} to keep, {forbidden} to drop)")
    timing = report.timing
    if timing is None:
        if report.timed:
            print("timing: trafilatura is not installed (pip install trafilatura)")
        return
    print()
    print(f"{'time per page':<32}{'median':>10}{'slowest':>10}")
    for label, values in (("marginalia", timing.ours), ("trafilatura.extract", timing.peer)):
        print(f"{label:<32}{statistics.median(values) * 1e3:>8.1f}ms{max(values) * 1e3:>8.0f}ms")
    ratios = f"{timing.median_ratio:>10.2f}{timing.slowest_ratio:>10.2f}"
    print(f"{'ratio, ours to trafilatura':<32}{ratios}   (our slowest: {timing.slowest_page})")
    if report.hostile:
        print()
        print(f"{'hostile page':<40}{'ours':>8}{'trafilatura':>13}  outcome")
        for result in report.hostile:
            peer = f"{result.peer_seconds:>11.2f}s" if result.peer_seconds is not None else ""
            print(f"{result.name:<40}{result.seconds:>7.2f}s{peer:>13}  {result.outcome}")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    pages_dir = pages_dir_arg(args, PAGES)
    if not pages_dir.is_dir():
        sys.exit(f"test pages not found at {pages_dir}")
    # Another suite was never fitted on: the shipped model is already held out from it.
    loso = "--no-loso" not in args and pages_dir == PAGES
    report = run(loso=loso, timing="--no-timing" not in args, pages_dir=pages_dir)
    print_report(report, per_page="--cases" in args)


if __name__ == "__main__":
    main()
