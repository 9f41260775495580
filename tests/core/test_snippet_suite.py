"""The HTML bench reads a suite judged only by hand-picked snippets, as multilingual extraction
benchmarks publish theirs: text the article must keep and page furniture it must drop."""

from __future__ import annotations

import json
from pathlib import Path

from bench.reader_mode_html import load_pages, marginalia, score_page, summarise

PAGE = """<html><head><title>Harbour news</title></head><body>
<nav><a href="/">Home</a> <a href="/a">Archive of older harbour stories</a></nav>
<article><h1>Harbour news</h1>
<p>The ferry to the northern islands sails again from Monday, after three weeks in dry dock
for repairs to its hull and engines.</p>
<p>Passengers are asked to book ahead, since the first sailings are expected to be full and the
harbour office will not sell tickets at the quay.</p>
<p>The operator thanked the island councils for their patience during the long closure.</p>
</article>
<footer><p>Copyright Harbour Weekly, all rights reserved, 2024.</p></footer>
</body></html>"""


def test_a_hand_judged_page_is_scored_by_its_snippets(tmp_path: Path) -> None:
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "source.html").write_text(PAGE, encoding="utf-8")
    judged = {
        "with": ["The ferry to the northern islands", "thanked the island councils"],
        "without": ["Copyright Harbour Weekly", "Archive of older harbour stories"],
    }
    (folder / "snippets.json").write_text(json.dumps(judged), encoding="utf-8")

    [page] = load_pages(tmp_path)
    score = score_page(marginalia(), page)

    assert (score.required_kept, score.required) == (2, 2)
    assert (score.forbidden_kept, score.forbidden) == (0, 2)
    assert summarise("marginalia", [score]).snippet_f1 == 1.0
