"""Fit the copied-text content model on the shared pages, and measure it site by site.

``python -m bench.reader_model_fit``: labels every line of every shared page's copied text
as article or not (its words aligned with ``expected.html``), computes the cleaner's own
evidence for it (reader/core/cleaning/evidence.py), fits a logistic model (numpy: install the
``bench`` extra), chooses the region threshold, length weight and inner threshold that give
the best mean word F1 over the training pages, and writes the learned numbers to
``reader/core/cleaning/content_model.json``. It prints the in-sample figure and the
leave-one-site-out one: every site scored by a model fitted and tuned without it.

The same fitting backs the "leave one site out" row of ``bench/reader_mode.py``. Nothing is
random: the same pages give the same numbers.
"""

from __future__ import annotations

import difflib
import json
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bench.html_extraction_compare import prf
from bench.reader_eval import Page, mean, sites, word_list
from reader.core.cleaning.content_model import end_at_last_sentence, start_at_headline
from reader.core.cleaning.evidence import FEATURES
from reader.core.cleaning.rules.content import MIN_PAGE_LINES

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "reader" / "core" / "cleaning" / "content_model.json"
SEEDS = ROOT / "seeds"
# A line is article text when at least this share of its words align with expected.html.
_ALIGNED_SHARE = 0.5
# A strong penalty: measured leave one site out, 30 did best (line-level word F1 0.882
# against 0.871 at 10); weaker ones fit the sites in hand.
_L2 = 30.0
# Long lines count more when fitting, as they do in word F1, but not in proportion: a page
# of one long paragraph must not outweigh the menus of ten others.
_LENGTH_POWER = 0.5
# Only the region threshold is tuned. Tuning the length power and an inner threshold too
# fitted the pages in hand better and unseen sites worse (a site left out could flip the
# length power to 1.0 and keep a whole feed of headlines below its article).
_GRID = [(threshold, 0.5, 0.0) for threshold in (0.3, 0.4, 0.5)]

Score = TypeVar("Score")
_TITLE_REPEAT = FEATURES.index("title_repeat")
_PROSE = FEATURES.index("prose")
_ENDS_SENTENCE = FEATURES.index("ends_sentence")


@dataclass
class PageData:
    """One page's lines as the content rule sees them, with their labels."""

    name: str
    site: str
    vectors: list[list[float]]
    labels: list[float]
    words: list[int]
    hidden: list[bool]  # already hidden by a furniture rule
    line_words: list[list[str]]
    expected: Counter[str]


def _labels(lines: list[str], expected_text: str) -> list[float]:
    """1.0 for each line whose words mostly align, in order, with the expected article."""
    line_words = [word_list(line) for line in lines]
    flat: list[str] = []
    owner: list[int] = []
    for number, found in enumerate(line_words):
        flat += found
        owner += [number] * len(found)
    matcher = difflib.SequenceMatcher(None, flat, word_list(expected_text), autojunk=False)
    aligned = [0] * len(lines)
    for start, _, size in matcher.get_matching_blocks():
        for position in range(start, start + size):
            aligned[owner[position]] += 1
    return [
        1.0 if found and aligned[n] / len(found) >= _ALIGNED_SHARE else 0.0
        for n, found in enumerate(line_words)
    ]


def _measured(
    text: str, seen_elsewhere: Mapping[str, int] | None = None
) -> tuple[list[str], list[bool], Any]:
    """The body lines of a text after the cleaner's furniture rules, which of them those
    rules hid, and their evidence, exactly as the content rule sees them."""
    from reader.core.cleaning.chain import BLOCK_RULES
    from reader.core.cleaning.evidence import PageLine, page_evidence
    from reader.core.cleaning.mojibake import repair_mojibake
    from reader.core.cleaning.rules.content import page_lines
    from reader.core.cleaning.state import CleanState

    state = CleanState.from_text(repair_mojibake(text))
    for rule in BLOCK_RULES:
        if rule.name == "content":
            break
        rule.apply(state)
    head, body = page_lines(state)
    lines = [PageLine(line.text, line.removed is not None) for line in body]
    evidence = page_evidence(lines, head.text if head else "", seen_elsewhere)
    return [line.text for line in body], [line.furniture for line in lines], evidence


def page_data(page: Page, text: str, seen_elsewhere: Mapping[str, int] | None = None) -> PageData:
    """A shared page's copied text, measured and labelled against its expected article."""
    texts, hidden, evidence = _measured(text, seen_elsewhere)
    return PageData(
        name=page.name,
        site=page.site,
        vectors=evidence.vectors,
        labels=_labels(texts, page.expected_text),
        words=evidence.words,
        hidden=hidden,
        line_words=[word_list(t) for t in texts],
        expected=page.expected_words,
    )


def seed_data() -> list[PageData]:
    """The five bundled articles, each a site of its own: everything the furniture rules
    leave is article text (their golden files say so). They teach the model what the
    articles our readers import look like: Indonesian, with lists, tables and FAQs."""
    data = []
    for path in sorted(SEEDS.glob("*.txt")):
        texts, hidden, evidence = _measured(path.read_text(encoding="utf-8"))
        line_words = [word_list(t) for t in texts]
        data.append(
            PageData(
                name=f"seed {path.stem}",
                site=f"seed {path.stem}",
                vectors=evidence.vectors,
                labels=[0.0 if h else 1.0 for h in hidden],
                words=evidence.words,
                hidden=hidden,
                line_words=line_words,
                expected=Counter(
                    w for ws, h in zip(line_words, hidden, strict=True) if not h for w in ws
                ),
            )
        )
    return data


def library_of(pages: list[Page], texts: Mapping[str, str]) -> dict[str, dict[str, int]]:
    """For each page, the lines other pages of its site hold, and how many: the library a
    reader who saved several articles of one site would have."""
    from reader.core.cleaning import line_key

    keys = {
        page.name: {line_key(line) for line in texts[page.name].splitlines() if line.strip()}
        for page in pages
    }
    result: dict[str, dict[str, int]] = {}
    for page in pages:
        counts: Counter[str] = Counter()
        for other in pages:
            if other.site == page.site and other.name != page.name:
                counts.update(keys[other.name] & keys[page.name])
        result[page.name] = dict(counts)
    return result


def fit_weights(data: list[PageData]) -> list[float]:
    """Logistic regression by Newton's method, each page weighing the same in total."""
    import numpy as np

    rows, labels, weights = [], [], []
    for page in data:
        # The content rule leaves a text this short as it is: it must not teach the model.
        if len(page.vectors) < MIN_PAGE_LINES:
            continue
        length = np.asarray(page.words, dtype=float) ** _LENGTH_POWER + 0.5
        rows.append(np.asarray(page.vectors))
        labels.append(np.asarray(page.labels))
        weights.append(length / length.sum())
    x, y, w = np.vstack(rows), np.concatenate(labels), np.concatenate(weights)
    # Standardised columns make one L2 penalty fair to every feature.
    centre, spread = x.mean(axis=0), x.std(axis=0)
    centre[0], spread[0] = 0.0, 1.0
    spread[spread == 0] = 1.0
    z = (x - centre) / spread
    beta = np.zeros(z.shape[1])
    penalty = _L2 / len(data)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        gradient = z.T @ (w * (p - y)) + penalty * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + penalty * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = beta / spread
    raw[0] = beta[0] - float(np.sum(beta[1:] * centre[1:] / spread[1:]))
    return [float(v) for v in raw]


def _probabilities(weights: tuple[float, ...], page: PageData) -> list[float]:
    import numpy as np

    if not page.vectors:
        return []
    scores = np.clip(np.asarray(page.vectors) @ np.asarray(weights), -30, 30)
    return [float(p) for p in 1.0 / (1.0 + np.exp(-scores))]


def _region(
    model: Any, probabilities: list[float], words: list[int], threshold: float
) -> tuple[int, int]:
    """ContentModel.region with numpy prefix sums: the same run, quicker for tuning."""
    import numpy as np

    if not probabilities:
        return -1, -1
    gains = (np.asarray(probabilities) - threshold) * (
        np.asarray(words, dtype=float) ** model.length_power + 0.5
    )
    totals = np.concatenate([[0.0], np.cumsum(gains)])
    lowest = np.minimum.accumulate(totals[:-1])
    best = totals[1:] - lowest
    last = int(np.argmax(best))
    if best[last] <= 0:
        return -1, -1
    first = int(np.argmax(totals[: last + 1] == lowest[last]))
    return first, last


def line_f1(model: Any, page: PageData, probabilities: list[float] | None = None) -> float:
    """Word F1 of the lines the model keeps (structure aside), for fast tuning."""
    if probabilities is None:
        probabilities = _probabilities(model.weights, page)
    prose = [bool(vector[_PROSE]) for vector in page.vectors]
    threshold = model.page_threshold(probabilities, prose)
    first, last = start_at_headline(
        _region(model, probabilities, page.words, threshold),
        probabilities,
        [bool(vector[_TITLE_REPEAT]) for vector in page.vectors],
        prose,
        threshold,
    )
    first, last = end_at_last_sentence(
        (first, last),
        probabilities,
        [model.weight(n) for n in page.words],
        [bool(vector[_ENDS_SENTENCE]) for vector in page.vectors],
        page.hidden,
    )
    got: Counter[str] = Counter()
    for index in range(max(first, 0), last + 1):
        if not page.hidden[index] and probabilities[index] >= model.inner_threshold:
            got.update(page.line_words[index])
    return prf(got, page.expected)[2]


def fit_model(data: list[PageData]) -> Any:
    """The weights, then the region settings that do best on the same pages."""
    from reader.core.cleaning.content_model import ContentModel

    weights = tuple(fit_weights(data))
    probabilities = [_probabilities(weights, page) for page in data]
    candidates = [ContentModel(weights, *settings) for settings in _GRID]
    return max(
        candidates,
        key=lambda model: mean(
            line_f1(model, page, p) for page, p in zip(data, probabilities, strict=True)
        ),
    )


def numpy_available() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def leave_one_site_out_scores(
    pages: list[Page],
    texts: Mapping[str, str],
    score: Callable[[Callable[[str], tuple[str, str]], Page, str], Score],
) -> dict[str, Score] | None:
    """Each page scored by the whole cleaner with a model fitted without its site; None
    when numpy (the ``bench`` extra) is missing."""
    return held_out_scores(pages, texts, score, lambda page: page.site)


def copied_language(text: str) -> str:
    """The language the cleaner detects in a copied page ("none" when it finds none);
    jusText's "Simple_English" list counts as English."""
    from reader.core.cleaning.evidence import tokens
    from reader.core.cleaning.stopwords import detect_language

    language = detect_language(tokens(text)) or "none"
    return "English" if language.endswith("English") else language


def half_of_sites(page: Page) -> str:
    """One of two fixed halves of the sites (by a hash of the site's name, not at random,
    so every run splits the same way)."""
    return "AB"[zlib.crc32(page.site.encode("utf-8")) % 2]


def held_out_scores(
    pages: list[Page],
    texts: Mapping[str, str],
    score: Callable[[Callable[[str], tuple[str, str]], Page, str], Score],
    group: Callable[[Page], str],
) -> dict[str, Score] | None:
    """Each page scored by the whole cleaner with a model fitted without its ``group``
    (its site, its language, its half of the sites); None when numpy is missing."""
    if not numpy_available():
        return None
    from bench.reader_mode import cleaner_with

    data = {page.name: page_data(page, texts[page.name]) for page in pages}
    seeds = seed_data()
    groups = {page.name: group(page) for page in pages}
    results: dict[str, Score] = {}
    for name in dict.fromkeys(groups.values()):
        model = fit_model([data[p.name] for p in pages if groups[p.name] != name] + seeds)
        for page in pages:
            if groups[page.name] == name:
                results[page.name] = score(cleaner_with(model), page, texts[page.name])
    return results


def main() -> None:
    from bench.reader_eval import load_pages
    from bench.reader_mode import copied_texts

    if not numpy_available():
        sys.exit("numpy is needed to fit the model: pip install -e '.[bench]'")
    pages = load_pages()
    texts = copied_texts(pages)
    data = [page_data(page, texts[page.name]) for page in pages]
    seeds = seed_data()
    model = fit_model(data + seeds)
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(MODEL_PATH.parents[3])}")
    print(f"threshold {model.threshold}, length power {model.length_power}, ", end="")
    print(f"inner threshold {model.inner_threshold}")

    for name, weight in zip(FEATURES, model.weights, strict=True):
        print(f"  {name:<24}{weight:>9.3f}")
    in_sample = mean(line_f1(model, page) for page in data)
    print(f"seeds: line-level word F1 {mean(line_f1(model, page) for page in seeds):.3f}")
    held_out: list[float] = []
    for site in sites(pages):
        fitted = fit_model([page for page in data if page.site != site] + seeds)
        held_out += [line_f1(fitted, page) for page in data if page.site == site]
    print(f"line-level word F1: in sample {in_sample:.3f}, leave one site out {mean(held_out):.3f}")


if __name__ == "__main__":
    main()
