"""Show Original on every shared test page: each hidden line has its reason in words.

The pages are ``shared/readability-test-pages`` as a reader gets them by select-all and
copy (``shared/tools/copy_as_text.py``, the same definition the reader mode is judged by).
"""

from __future__ import annotations

import contextlib
import io
import runpy
import sys
from pathlib import Path

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.mojibake import repair_mojibake

from .support import unaccounted_lines

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
PAGES = sorted((SHARED / "readability-test-pages").glob("*/source.html"))
COPY_TOOL = SHARED / "tools" / "copy_as_text.py"


def _copied(page: Path) -> str:
    """The page as copied from a browser (the tool run in this process: it is a script)."""
    out = io.StringIO()
    argv = sys.argv
    sys.argv = [str(COPY_TOOL), str(page)]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(COPY_TOOL), run_name="__main__")
    finally:
        sys.argv = argv
    return out.getvalue()


def test_the_shared_pages_are_there():
    assert len(PAGES) >= 100


@pytest.mark.parametrize("page", PAGES, ids=[page.parent.name for page in PAGES])
def test_every_hidden_line_of_a_shared_page_has_a_reason(page: Path):
    text = _copied(page)
    document = clean_text(text)
    for line in document.removed:
        # A reason a reader can read: words, not a rule's name.
        assert len(line.reason.split()) >= 1 and "_" not in line.reason, line
        assert line.text.strip(), line
    # Nothing disappears without a reason: every line is shown or listed as hidden.
    assert unaccounted_lines(repair_mojibake(text), document) == []
