"""After a re-import: highlights placed for certain, proposed ("needs a look") or unplaced,
and the proposals confirmed or rejected - each change undoable from its snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.store import articles, highlights
from reader.store.article_text import article_text
from reader.store.placement_checks import (
    confirm_placement,
    placements_to_check,
    reject_placement,
)

ARTICLE = (
    "Kerja Sama Bilateral\n\n"
    "Pada akhirnya, memahami latar belakang kerja sama bilateral bukan hanya soal "
    "kepentingan praktis, tetapi juga menyangkut strategi jangka panjang.\n\n"
    "Sebagai contoh, dalam menangani krisis kemanusiaan di negara yang dilanda perang, "
    "aliansi internasional dapat bergerak cepat.\n\n"
    "Aliansi dapat memberikan pendekatan yang lebih terpadu dalam menangani krisis besar, "
    "seperti perubahan iklim dan terorisme internasional.\n\n"
    "Pada akhirnya, kerja sama bilateral bukan hanya bermanfaat bagi negara yang terlibat "
    "langsung, tetapi juga bagi kawasan.\n"
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def article_id(library: Path, source: Path) -> int:
    return articles.import_file(source).article_id


def _text(article_id: int) -> str:
    return article_text(articles.get_article(article_id)).text


def _highlight(article_id: int, quote: str, occurrence: int = 1, **extra: object):
    start, end = highlights.find_quote(article_id, quote, occurrence)
    return highlights.create_highlight(article_id, start, end, **extra)  # type: ignore[arg-type]


def _reimport(source: Path, old: str, new: str) -> None:
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    articles.import_file(source)


def test_a_word_replaced_whole_waits_for_a_look_and_is_never_attached(
    article_id: int, source: Path
):
    made = _highlight(article_id, "menangani krisis", 1, note="contoh", concepts=["krisis"])
    _reimport(source, "dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan")

    [after] = highlights.list_highlights(article_id)[-1:]
    assert after.id == made.id and after.needs_look and not after.placed
    # The selectors still say what was highlighted; the proposal is the text there now.
    assert after.exact == "menangani krisis" and after.start == made.start
    [check] = placements_to_check(article_id)
    assert check.highlight.id == made.id
    assert (check.old_text, check.new_text) == ("menangani krisis", "membantu korban")
    assert check.old_before.endswith("Sebagai contoh, dalam ")
    assert check.new_before.endswith("Sebagai contoh, dalam ")
    assert check.new_after.startswith(" kemanusiaan")
    assert _text(article_id)[check.new_start : check.new_end] == "membantu korban"


def test_yes_here_places_it_there_and_undo_brings_the_question_back(article_id: int, source: Path):
    made = _highlight(article_id, "menangani krisis", 1, note="contoh", concepts=["krisis"])
    _reimport(source, "dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan")
    before = highlights.get_highlight(made.id)

    placed = confirm_placement(made.id)

    assert placed.placed and not placed.needs_look
    assert _text(article_id)[placed.start : placed.end] == "membantu korban"
    assert placed.exact == "membantu korban"  # described afresh on the new text
    assert (placed.note, placed.concepts) == ("contoh", ("krisis",))
    assert placements_to_check(article_id) == []
    highlights.restore_highlight(before)
    assert highlights.get_highlight(made.id) == before
    assert [c.highlight.id for c in placements_to_check(article_id)] == [made.id]


def test_not_here_leaves_it_unplaced_and_undo_brings_the_proposal_back(
    article_id: int, source: Path
):
    made = _highlight(article_id, "menangani krisis", 1)
    _reimport(source, "dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan")
    before = highlights.get_highlight(made.id)

    rejected = reject_placement(made.id)

    assert not rejected.placed and not rejected.needs_look
    assert rejected.exact == "menangani krisis"
    assert placements_to_check(article_id) == []
    highlights.restore_highlight(before)
    assert highlights.get_highlight(made.id).needs_look


def test_only_a_highlight_with_a_proposal_can_be_confirmed_or_rejected(article_id: int):
    placed = _highlight(article_id, "strategi jangka panjang")
    for action in (confirm_placement, reject_placement):
        with pytest.raises(UserError, match="no proposed place"):
            action(placed.id)
    assert highlights.get_highlight(placed.id) == placed


def test_placing_by_hand_settles_the_question(article_id: int, source: Path):
    made = _highlight(article_id, "menangani krisis", 1)
    _reimport(source, "dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan")
    assert highlights.get_highlight(made.id).needs_look
    start = _text(article_id).index("korban kemanusiaan")
    by_hand = highlights.set_extent(made.id, start, start + len("korban kemanusiaan"))
    assert by_hand.placed and not by_hand.needs_look and by_hand.proposed_start is None


def test_a_deleted_passage_does_not_move_to_another_copy_of_its_words(
    article_id: int, source: Path
):
    made = _highlight(article_id, "dalam menangani krisis", 1)
    _reimport(
        source,
        "Sebagai contoh, dalam menangani krisis kemanusiaan di negara yang dilanda perang, "
        "aliansi internasional dapat bergerak cepat.\n\n",
        "",
    )
    after = highlights.get_highlight(made.id)
    assert not after.placed and not after.needs_look  # unplaced: the copy is another passage
    assert "dalam menangani krisis" in _text(article_id)


def test_a_changed_word_is_followed_not_sent_to_an_unrelated_copy(article_id: int, source: Path):
    made = _highlight(article_id, "kerja sama bilateral bukan", 2)
    _reimport(
        source,
        "Pada akhirnya, kerja sama bilateral bukan hanya bermanfaat",
        "Pada akhirnya, kerja memainkan bilateral bukan hanya bermanfaat",
    )
    after = highlights.get_highlight(made.id)
    text = _text(article_id)
    assert after.placed
    assert text[after.start : after.end] == "kerja memainkan bilateral bukan"
    assert after.start > text.index("bermanfaat") - 60


def test_a_duplicated_sentence_leaves_the_highlight_on_the_original(article_id: int, source: Path):
    made = _highlight(article_id, "bergerak cepat")
    sentence = (
        "Sebagai contoh, dalam menangani krisis kemanusiaan di negara yang dilanda perang, "
        "aliansi internasional dapat bergerak cepat."
    )
    _reimport(source, "Kerja Sama Bilateral\n\n", f"Kerja Sama Bilateral\n\n{sentence}\n\n")
    after = highlights.get_highlight(made.id)
    text = _text(article_id)
    assert after.placed
    assert after.start == text.rindex("bergerak cepat")  # the second copy: the original


def test_a_second_reimport_asks_again_from_the_passage_as_highlighted(
    article_id: int, source: Path
):
    made = _highlight(article_id, "menangani krisis", 1)
    _reimport(source, "dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan")
    _reimport(source, "Kerja Sama Bilateral\n\n", "Kerja Sama Bilateral\n\nPengantar baru.\n\n")
    after = highlights.get_highlight(made.id)
    assert after.exact == "menangani krisis"  # still the words the user highlighted
    assert not after.placed


def test_the_reimport_report_counts_the_three_answers(article_id: int, source: Path):
    _highlight(article_id, "strategi jangka panjang")
    _highlight(article_id, "menangani krisis", 1)
    _highlight(article_id, "terorisme internasional")
    text = source.read_text(encoding="utf-8")
    text = text.replace("dalam menangani krisis kemanusiaan", "dalam membantu korban kemanusiaan")
    text = text.replace(" dan terorisme internasional", "")
    source.write_text(text, encoding="utf-8")
    article = articles.get_article(article_id)
    old_markdown = article.markdown
    from reader.core.importing import read_article_file

    article.markdown = read_article_file(source).markdown
    article.save()
    report = highlights.reanchor_article(article, old_markdown)
    assert (report.kept, report.to_check, report.orphaned) == (1, 1, 1)
