"""A rating acknowledged on screen (the next card shown) survives SIGKILL of the window.

The kill rounds live in bench/review_crash_rounds.py: 6 here, 20 in ``make bench``.
"""

from __future__ import annotations

from pathlib import Path

from bench.review_crash_rounds import prepare_library, run_rounds


def test_ratings_acknowledged_on_screen_survive_sigkill(data_dir: Path):
    prepare_library(data_dir)
    result = run_rounds(data_dir, rounds=6)
    assert result.acknowledged > 20
