"""Compare reader-mode HTML extractors on the shared Readability test pages.

``python -m bench.html_extraction_compare [--cases] [CANDIDATE ...]`` scores every candidate on each
case of ``shared/readability-test-pages``: the words it keeps against the case's ``expected.html``
(casefolded Unicode words, precision/recall/F1 as multiset overlap) and its title against
``expected-metadata.json`` (exact after whitespace normalisation, plus a similarity ratio).

Candidates that are not installed are reported as such, so the script runs with only the
project's own dependencies installed. Nothing here fetches anything: every extractor gets the
page as a string.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "readability-test-pages"

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def words(text: str) -> Counter[str]:
    """The multiset of casefolded Unicode words in ``text``."""
    return Counter(_WORD.findall(text.casefold()))


# Elements that break the text: words on either side of one are separate words.
BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "img",
    ]
)


def html_text(html: str) -> str:
    """The text of an HTML fragment as a reader sees it: block boundaries separate words.

    Images, and the app's "[Image: …]" stand-ins for them, are pictures, not text: an image
    kept by both sides counts for neither.
    """
    import lxml.html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//span[@class='image-placeholder']"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = " " + (element.tail or "")
            element.text = " " + (element.text or "")
    return str(root.text_content())


def markdown_text(markdown: str) -> str:
    """The text a reader sees once the app renders the Markdown: no link targets, no markup.

    Pictures count as the app shows them, "[Image: description]".
    """
    from reader.core.rendering import markdown_to_html

    return html_text(markdown_to_html(markdown))


def prf(got: Counter[str], want: Counter[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``got`` against ``want`` as multiset overlap."""
    overlap = sum((got & want).values())
    n_got, n_want = sum(got.values()), sum(want.values())
    if n_got == 0 and n_want == 0:
        return 1.0, 1.0, 1.0
    precision = overlap / n_got if n_got else 0.0
    recall = overlap / n_want if n_want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def normalise_title(title: str) -> str:
    return _SPACE.sub(" ", title).strip()


@dataclass(frozen=True)
class Case:
    name: str
    source: str
    expected_words: Counter[str]
    title: str


@dataclass(frozen=True)
class Score:
    case: str
    precision: float
    recall: float
    f1: float
    title_ok: bool
    title_similarity: float
    seconds: float
    error: str = ""


def load_cases(pages: Path = PAGES) -> list[Case]:
    cases = []
    for folder in sorted(p for p in pages.iterdir() if (p / "source.html").is_file()):
        metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = html_text((folder / "expected.html").read_text(encoding="utf-8"))
        cases.append(
            Case(
                name=folder.name,
                source=(folder / "source.html").read_text(encoding="utf-8"),
                expected_words=words(expected),
                title=metadata.get("title") or "",
            )
        )
    return cases


# A candidate takes the page's HTML and returns (title, the article's visible text).
Extractor = Callable[[str], tuple[str, str]]


def _marginalia(html: str) -> tuple[str, str]:
    from bench.reader_mode_html import marginalia

    return marginalia()(html.encode("utf-8"))


def _trafilatura(**options: Any) -> Extractor:
    def run(html: str) -> tuple[str, str]:
        import trafilatura  # type: ignore[import-untyped,import-not-found,unused-ignore]

        metadata = trafilatura.extract_metadata(html)
        title = (metadata.title if metadata is not None else None) or ""
        text = trafilatura.extract(html, **options) or ""
        if options.get("output_format") == "markdown":
            text = markdown_text(text)
        return title, text

    return run


def _readability(html: str) -> tuple[str, str]:
    from readability import Document  # type: ignore[import-untyped,import-not-found,unused-ignore]

    document = Document(html)
    return document.short_title(), html_text(document.summary(html_partial=True))


def _justext(html: str) -> tuple[str, str]:
    import justext  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import lxml.html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    stoplist: frozenset[str] = frozenset()
    try:
        lang = (lxml.html.fromstring(html).get("lang") or "en").split("-")[0].lower()
    except Exception:
        lang = "en"
    names = {"en": "English", "de": "German", "fr": "French", "pt": "Portuguese", "cs": "Czech"}
    stoplist = justext.get_stoplist(names.get(lang, "English"))
    paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
    text = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    title_match = re.search(r"<title[^>]*>(.*?)</title>", html, re.S | re.I)
    return (title_match.group(1).strip() if title_match else ""), text


def _goose(html: str) -> tuple[str, str]:
    from goose3 import Goose  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with Goose({"enable_image_fetching": False}) as goose:
        article = goose.extract(raw_html=html)
    return article.title or "", article.cleaned_text or ""


def _newspaper(html: str) -> tuple[str, str]:
    from newspaper import Article  # type: ignore[import-untyped,import-not-found,unused-ignore]

    article = Article("http://localhost/", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return article.title or "", article.text or ""


def _boilerpy(html: str) -> tuple[str, str]:
    from boilerpy3 import extractors  # type: ignore[import-untyped,import-not-found,unused-ignore]

    document = extractors.ArticleExtractor(raise_on_failure=False).get_doc(html)
    return document.title or "", document.content or ""


CANDIDATES: dict[str, tuple[str, Extractor]] = {
    "marginalia": ("reader.core.html_extraction", _marginalia),
    "trafilatura": ("trafilatura", _trafilatura()),
    "trafilatura-recall": ("trafilatura", _trafilatura(favor_recall=True)),
    "trafilatura-precision": ("trafilatura", _trafilatura(favor_precision=True)),
    "trafilatura-md": (
        "trafilatura",
        _trafilatura(
            output_format="markdown",
            include_tables=True,
            include_formatting=True,
            include_links=True,
            include_images=False,
        ),
    ),
    "trafilatura-md-recall": (
        "trafilatura",
        _trafilatura(
            output_format="markdown",
            include_tables=True,
            include_formatting=True,
            include_links=True,
            favor_recall=True,
        ),
    ),
    "readability-lxml": ("readability", _readability),
    "justext": ("justext", _justext),
    "goose3": ("goose3", _goose),
    "newspaper4k": ("newspaper", _newspaper),
    "boilerpy3": ("boilerpy3", _boilerpy),
}


def score(extract: Extractor, case: Case) -> Score:
    start = time.perf_counter()
    try:
        title, text = extract(case.source)
        error = ""
    except Exception as exc:  # a candidate crashing on a page scores zero on it
        title, text, error = "", "", f"{type(exc).__name__}: {exc}"[:80]
    seconds = time.perf_counter() - start
    precision, recall, f1 = prf(words(text), case.expected_words)
    got, want = normalise_title(title), normalise_title(case.title)
    similarity = (
        SequenceMatcher(None, got.casefold(), want.casefold()).ratio() if got or want else 1
    )
    return Score(case.name, precision, recall, f1, got == want, similarity, seconds, error)


def installed(module: str) -> bool:
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    per_case = "--cases" in args
    chosen = [a for a in args if not a.startswith("--")] or list(CANDIDATES)
    if not PAGES.is_dir():
        sys.exit(f"test pages not found at {PAGES}")
    cases = load_cases()
    summary: list[tuple[str, list[Score] | None]] = []
    for name in chosen:
        module, extract = CANDIDATES[name]
        if not installed(module):
            summary.append((name, None))
            continue
        scores = [score(extract, case) for case in cases]
        summary.append((name, scores))
        if per_case:
            print(f"\n## {name}")
            print(
                f"{'case':<28}{'P':>7}{'R':>7}{'F1':>7}  {'title ok':<9}{'title sim':>9}{'ms':>8}"
            )
            for s in scores:
                print(
                    f"{s.case:<28}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}  "
                    f"{'yes' if s.title_ok else 'no':<9}{s.title_similarity:>9.2f}"
                    f"{s.seconds * 1e3:>8.0f}  {s.error}"
                )
    print(f"\n## means over {len(cases)} cases")
    header = f"{'candidate':<24}{'P':>7}{'R':>7}{'F1':>7}{'min F1':>8}{'title ok':>10}"
    print(header + f"{'title sim':>10}{'total s':>9}")
    for name, maybe_scores in summary:
        if maybe_scores is None:
            print(f"{name:<24}  not installed")
            continue
        scores = maybe_scores
        titles_ok = sum(s.title_ok for s in scores)
        print(
            f"{name:<24}{mean([s.precision for s in scores]):>7.3f}"
            f"{mean([s.recall for s in scores]):>7.3f}{mean([s.f1 for s in scores]):>7.3f}"
            f"{min(s.f1 for s in scores):>8.3f}{f'{titles_ok}/{len(scores)}':>10}"
            f"{mean([s.title_similarity for s in scores]):>10.2f}"
            f"{sum(s.seconds for s in scores):>9.2f}"
        )


if __name__ == "__main__":
    main()
