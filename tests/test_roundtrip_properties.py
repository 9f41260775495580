"""Import -> clean -> store -> export never crashes and never loses a character of the original.

Arbitrary Unicode (control characters, right-to-left scripts, emoji, very long lines): a
file either becomes an article whose original text is kept exactly, or is refused with a
reason; every export of it works.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import DocumentError
from reader.core.importing import normalise_newlines
from reader.store import articles, exports, highlights
from reader.store.article_text import article_text
from tests.hostile.shapes import hostile_texts

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
HEBREW = st.characters(min_codepoint=0x0590, max_codepoint=0x05FF)
ANY = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be written
CONTROLS = st.sampled_from(["\x00", "\x07", "\x1b", "\u200b", "\u202e", "\u2028", "\r", "\t"])
WORDS = st.sampled_from(["Diplomasi", "détente", "NATO", "kerja sama", "#", "*", "|", "==", "\n"])

texts = st.one_of(
    st.text(ANY, min_size=1, max_size=400),
    st.lists(st.one_of(WORDS, st.text(ARABIC | HEBREW, max_size=30), CONTROLS), max_size=80).map(
        " ".join
    ),
    st.text(st.sampled_from("abc déf ﻻ א\t"), min_size=3000, max_size=9000),  # one long line
    hostile_texts,  # the shapes of tests/hostile: link syntax, brackets, endless runs
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=texts)
def test_any_text_imports_cleans_and_exports_without_losing_the_original(
    library: Path, tmp_path: Path, text: str
):
    path = tmp_path / f"{uuid.uuid4()}.txt"
    path.write_text(text, encoding="utf-8", newline="")
    try:
        outcome = articles.import_file(path)
    except DocumentError as exc:
        # Refused, with a reason a person understands: only empty or binary-looking text.
        assert "empty" in exc.reason or "binary" in exc.reason
        return
    article = articles.get_article(outcome.article_id)
    assert article.original_text == normalise_newlines(text.removeprefix("\ufeff"))
    reading = article_text(article).text
    words = [i for i, ch in enumerate(reading) if not ch.isspace()]
    if words:
        start = words[0]
        end = min(len(reading), start + 12)
        if reading[start:end].strip():
            made = highlights.create_highlight(article.id, start, end, note=text[:50])
            assert highlights.get_highlight(made.id).note == text[:50]
    assert exports.notes_markdown(article_id=article.id)
    assert exports.handout_markdown(article.id)
    json.dumps(exports.annotations_json(article.id), ensure_ascii=False)
