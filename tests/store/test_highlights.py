"""Highlights in the store: committed at once, never lost, re-anchored when text changes."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.store import articles, highlights
from reader.store.article_text import article_text
from reader.store.models import Article, Highlight


@pytest.fixture
def article_id(library: Path, tmp_path: Path) -> int:
    path = tmp_path / "artikel.txt"
    path.write_text(
        "Diplomasi Detente\n\n"
        "Diplomasi detente meredakan ketegangan antara dua negara yang sebelumnya tegang.\n\n"
        "Asal Mula\n\n"
        "Konsep ini muncul pada era Perang Dingin. Kedua negara saling mengancam.\n\n"
        "Kesimpulan\n\n"
        "Diplomasi detente memerlukan dialog bilateral yang berkelanjutan.\n",
        encoding="utf-8",
    )
    return articles.import_file(path).article_id


def _span(article_id: int, quote: str) -> tuple[int, int]:
    text = article_text(articles.get_article(article_id)).text
    start = text.index(quote)
    return start, start + len(quote)


def test_a_new_highlight_keeps_w3c_selectors_and_a_uuid(article_id: int):
    start, end = _span(article_id, "era Perang Dingin")
    made = highlights.create_highlight(article_id, start, end, note="penting")
    assert uuid.UUID(made.id)
    assert made.exact == "era Perang Dingin"
    assert made.prefix.endswith("Konsep ini muncul pada ")
    assert len(made.prefix) <= 32 and len(made.suffix) <= 32
    assert made.suffix.startswith(". Kedua")
    assert made.color == "yellow" and made.note == "penting" and made.placed


def test_highlights_list_in_reading_order_with_orphans_last(article_id: int):
    late = highlights.create_highlight(article_id, *_span(article_id, "dialog bilateral"))
    early = highlights.create_highlight(article_id, *_span(article_id, "meredakan ketegangan"))
    Highlight.update(placed=False).where(Highlight.id == early.id).execute()
    middle = highlights.create_highlight(article_id, *_span(article_id, "Perang Dingin"))
    assert [h.id for h in highlights.list_highlights(article_id)] == [middle.id, late.id, early.id]


def test_colour_note_and_extent_changes_keep_everything_else(article_id: int):
    made = highlights.create_highlight(
        article_id, *_span(article_id, "Perang Dingin"), concepts=["Détente"]
    )
    highlights.set_color(made.id, "blue")
    highlights.set_note(made.id, "catatan\n\nparagraf kedua")
    moved = highlights.set_extent(made.id, *_span(article_id, "era Perang Dingin"))
    assert moved.exact == "era Perang Dingin"
    assert moved.color == "blue"
    assert moved.note == "catatan\n\nparagraf kedua"
    assert moved.concepts == ("Détente",)


def test_bad_input_changes_nothing(article_id: int):
    with pytest.raises(UserError, match="colour"):
        highlights.create_highlight(article_id, 0, 5, color="orange")
    with pytest.raises(UserError):
        highlights.create_highlight(article_id, 5, 5)
    with pytest.raises(UserError):
        highlights.create_highlight(article_id, 0, 10_000_000)
    with pytest.raises(UserError, match="needs a name"):
        highlights.create_highlight(article_id, 0, 5, concepts=["  "])
    assert highlights.list_highlights(article_id) == []


def test_a_deleted_highlight_is_restored_exactly(article_id: int):
    made = highlights.create_highlight(
        article_id, *_span(article_id, "Perang Dingin"), note="n", concepts=["NATO", "détente"]
    )
    gone = highlights.delete_highlight(made.id)
    assert highlights.list_highlights(article_id) == []
    back = highlights.restore_highlight(gone)
    assert back == made
    # The list's fast path reads the same values as the one-by-one path.
    assert highlights.list_highlights(article_id) == [made]


def test_deleting_an_article_deletes_its_highlights(article_id: int):
    highlights.create_highlight(article_id, *_span(article_id, "Perang Dingin"))
    articles.get_article(article_id).delete_instance()
    assert Highlight.select().count() == 0


def test_merging_joins_notes_and_unites_concepts(article_id: int):
    a = highlights.create_highlight(
        article_id, *_span(article_id, "muncul pada era"), note="satu", concepts=["A"]
    )
    b = highlights.create_highlight(
        article_id, *_span(article_id, "era Perang Dingin"), note="dua", concepts=["B", "A"]
    )
    start, end = _span(article_id, "muncul pada era Perang Dingin")
    merged = highlights.merge_into(a.id, [b.id], start, end)
    assert merged.exact == "muncul pada era Perang Dingin"
    assert merged.note == "satu\n\ndua"
    assert merged.concepts == ("A", "B")
    assert [h.id for h in highlights.list_highlights(article_id)] == [a.id]


def test_a_changed_file_reanchors_its_highlights(article_id: int, tmp_path: Path):
    kept = highlights.create_highlight(article_id, *_span(article_id, "era Perang Dingin"))
    edited = highlights.create_highlight(article_id, *_span(article_id, "saling mengancam"))
    deleted = highlights.create_highlight(article_id, *_span(article_id, "dialog bilateral"))
    path = tmp_path / "artikel.txt"
    changed = (
        path.read_text(encoding="utf-8")
        .replace(
            "Diplomasi detente meredakan", "Paragraf baru di awal.\n\nDiplomasi detente meredakan"
        )
        .replace("saling mengancam", "saling mengancm")
        .replace("Diplomasi detente memerlukan dialog bilateral yang berkelanjutan.", "Selesai.")
    )
    path.write_text(changed, encoding="utf-8")
    articles.import_file(path)
    text = article_text(articles.get_article(article_id)).text
    after = {h.id: h for h in highlights.list_highlights(article_id)}
    assert text[after[kept.id].start : after[kept.id].end] == "era Perang Dingin"
    assert text[after[edited.id].start : after[edited.id].end] == "saling mengancm"
    assert not after[deleted.id].placed  # an orphan, kept with its quote
    assert after[deleted.id].exact == "dialog bilateral"


def test_find_quote_needs_an_occurrence_when_repeated(article_id: int):
    with pytest.raises(UserError, match="occurs 2 times"):
        highlights.find_quote(article_id, "Diplomasi detente")
    first = highlights.find_quote(article_id, "Diplomasi detente", occurrence=1)
    second = highlights.find_quote(article_id, "Diplomasi   detente", occurrence=2)
    assert first < second
    with pytest.raises(UserError, match="out of range"):
        highlights.find_quote(article_id, "Diplomasi detente", occurrence=3)
    with pytest.raises(UserError, match="not found"):
        highlights.find_quote(article_id, "tidak ada")


def test_colours_can_be_given_meanings(library: Path):
    highlights.set_color_meaning("yellow", "  definisi  penting ")
    highlights.set_color_meaning("green", "contoh")
    highlights.set_color_meaning("green", "")
    assert highlights.color_meanings() == {"yellow": "definisi penting"}
    with pytest.raises(UserError):
        highlights.set_color_meaning("orange", "x")


def test_concept_names_ignore_case_and_spacing(article_id: int):
    a = highlights.create_highlight(
        article_id, *_span(article_id, "Perang Dingin"), concepts=["Détente", "kerja  sama"]
    )
    b = highlights.add_concepts(a.id, ["détente", " Kerja sama "])
    assert b.concepts == ("Détente", "kerja sama")


def test_a_new_cleaner_version_reanchors_highlights(article_id: int):
    from reader.store.models import Article

    article = articles.get_article(article_id)
    current = article.markdown
    # As an older cleaner might have left it: a boilerplate line that is now removed.
    older = current.replace("\n\n", "\n\nBACA JUGA: artikel lain\n\n", 1)
    Article.update(markdown=older, cleaner_version=0).where(Article.id == article_id).execute()
    made = highlights.create_highlight(article_id, *_span(article_id, "era Perang Dingin"))
    assert articles.reclean_outdated() == 1
    [after] = highlights.list_highlights(article_id)
    text = article_text(articles.get_article(article_id)).text
    assert after.start < made.start
    assert text[after.start : after.end] == "era Perang Dingin"


def test_an_unplaced_highlight_is_placed_again_when_its_passage_comes_back(article_id: int):
    start, end = _span(article_id, "era Perang Dingin")
    made = highlights.create_highlight(article_id, start, end, note="penting")
    original = articles.get_article(article_id).markdown
    # The passage goes (an edited re-import): the highlight is kept, unplaced.
    Article.update(markdown=original.replace("Perang Dingin", "masa itu")).where(
        Article.id == article_id
    ).execute()
    assert highlights.reanchor_article(articles.get_article(article_id)).orphaned == 1
    assert not highlights.get_highlight(made.id).placed
    # The passage comes back at the very same place: the highlight shows there again.
    Article.update(markdown=original).where(Article.id == article_id).execute()
    highlights.reanchor_article(articles.get_article(article_id))
    back = highlights.get_highlight(made.id)
    assert back.placed and (back.start, back.end, back.note) == (start, end, "penting")
