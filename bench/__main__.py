"""``make bench``: runs the benchmarks and prints each result as a ratio to its floor.

Each result is a ratio to a floor measured in the same run, so it holds on any machine:
the cleaner against merely splitting the text into lines, and opening an article with
1,000 highlights against opening it with none, anchoring against finding quotes, and the
start-up from a shell (bench/startup.py: the real command's first frame and complete
window against a bare PySide6 window). bench/reader_mode_html.py measures importing saved
web pages against trafilatura (quality on the shared pages, time in the same run).
bench/library_scale.py measures a library of 10,000 articles: time to a usable window,
search latency, opening, memory. bench/formats.py imports PDF, DOCX, ODT and EPUB
documents it makes, against their known text, and a 300-page PDF against pdfium reading
the same pages. bench/study.py times the next card after a rating and today's queue at
100,000 highlights; bench/review_crash_rounds.py kills the window mid-review.
bench/reanchoring.py counts where highlights land after their article is
edited, against a Hypothesis-style peer, on the seed articles and on held-back ones;
bench/annotation_articles.py whether annotations made by another tool land in the right
article.
bench/reader_mode.py scores the copied-text reader mode on the shared pages and times it
against trafilatura in the same run.
bench/hostile.py runs every hostile input of tests/hostile/ and names the slowest.
"""

from __future__ import annotations

from pathlib import Path

from bench.timing import best_of
from reader.core.cleaning import clean_text
from reader.core.rendering import markdown_to_html

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    floor = best_of(20, lambda: [t.splitlines() for t in texts])
    cleaning = best_of(20, lambda: [clean_text(t) for t in texts])
    markdown = [clean_text(t).markdown for t in texts]
    rendering = best_of(20, lambda: [markdown_to_html(m) for m in markdown])
    print(f"{'benchmark':<32}{'time':>12}{'ratio to floor':>18}")
    print(f"{'floor: split 5 seeds into lines':<32}{floor * 1e3:>10.3f}ms{1:>18.1f}")
    print(f"{'clean 5 seeds':<32}{cleaning * 1e3:>10.3f}ms{cleaning / floor:>18.1f}")
    print(f"{'render 5 seeds to HTML':<32}{rendering * 1e3:>10.3f}ms{rendering / floor:>18.1f}")
    print()
    from bench import anchoring

    for label, seconds, ratio in anchoring.run():
        print(f"{label:<56}{seconds * 1e3:>10.1f}ms  ratio {ratio:.2f}")
    print()
    from bench import startup

    startup.report(startup.run())
    print()
    from bench import opening

    for label, seconds, ratio in opening.run():
        print(f"{label:<56}{seconds * 1e3:>10.1f}ms  ratio {ratio:.2f}")
    print()
    from bench import crash_rounds

    crashed = crash_rounds.run(rounds=50)  # raises if one acknowledged change was lost
    print(
        f"{'50 SIGKILL rounds while writing annotations':<56}{crashed.seconds:>10.1f}s  "
        f"{crashed.acknowledged} acknowledged changes, none lost"
    )
    print()
    from bench import reader_mode_html

    reader_mode_html.print_report(reader_mode_html.run())
    print()
    from bench import reader_mode

    reader_mode.print_report(reader_mode.run())
    print()
    from bench import reanchoring

    for held_back in (False, True):
        for line in reanchoring.run(held_back=held_back):
            print(line)
        print()
    from bench import annotation_articles

    annotation_articles.main([])
    print()
    from bench import review_crash_rounds, study

    study.main()
    rounds = review_crash_rounds.run(rounds=20)  # raises if an acknowledged rating was lost
    print(
        f"{'20 SIGKILL rounds while reviewing':<56}{rounds.seconds:>10.1f}s  "
        f"{rounds.acknowledged} ratings acknowledged on screen, none lost"
    )
    print()
    from bench import hostile

    hostile.main()
    print()
    from bench import library_scale

    library_scale.main()
    print()
    from bench import formats

    formats.main()


if __name__ == "__main__":
    main()
