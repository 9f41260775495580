"""Golden files: each seed's Markdown, byte for byte.

Regenerate after an intended change with ``MARGINALIA_UPDATE_GOLDEN=1 pytest tests/core/cleaning``
(and bump ``CLEANER_VERSION``), then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.cleaning import clean_text

from .support import GOLDEN_DIR, SEED_FILES

UPDATE = os.environ.get("MARGINALIA_UPDATE_GOLDEN") == "1"


def test_all_five_seeds_are_found() -> None:
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem)
def test_seed_matches_golden_markdown(seed: Path) -> None:
    markdown = clean_text(seed.read_text(encoding="utf-8")).markdown
    golden = GOLDEN_DIR / f"{seed.stem}.md"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(markdown.encode("utf-8"))
    assert golden.exists(), f"missing {golden}; run with MARGINALIA_UPDATE_GOLDEN=1"
    assert markdown.encode("utf-8") == golden.read_bytes()
