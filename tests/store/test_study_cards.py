"""Study cards come from annotations, follow them, and keep their history through undo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.core.study.cards import CardKind, CardText
from reader.core.study.scheduling import Rating
from reader.store import articles, concepts, highlights, reviews, study_cards
from reader.store.article_text import article_text
from reader.store.models import Article, ReviewLog, StudyCard

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def article_id(library: Path, seeds_dir: Path) -> int:
    articles.offer_bundled_articles(seeds_dir)
    return articles.find_article("Detente").id


def _quote(article_id: int, words: str) -> tuple[int, int]:
    return highlights.find_quote(article_id, words, 1)


def _texts(concept: int | None = None) -> list[CardText]:
    found = (study_cards.card_text(c) for c in study_cards.active_cards(concept))
    return [t for t in found if t is not None]


def _kinds() -> list[tuple[str, str]]:
    return sorted((t.kind.value, t.concept) for t in _texts())


def test_a_plain_highlight_asks_nothing_and_a_note_makes_a_note_card(article_id: int):
    made = highlights.create_highlight(article_id, *_quote(article_id, "Diplomasi detente"))
    assert _texts() == []
    highlights.set_note(made.id, "peredaan ketegangan")
    [card] = _texts()
    assert card.kind is CardKind.NOTE
    assert card.passage is not None and card.passage.note == "peredaan ketegangan"
    assert card.link == f"marginalia://open/{article_id}/{made.id}"


def test_a_defined_concept_makes_a_definition_card_and_a_cloze_of_its_words(article_id: int):
    start, end = _quote(article_id, "Diplomasi detente merupakan sebuah istilah")
    made = highlights.create_highlight(article_id, start, end, concepts=["Détente"])
    assert _texts() == []  # concepts without a definition opt out by default
    concepts.describe_concept(concepts.concept_named("détente").id, "Peredaan ketegangan")
    assert _kinds() == [("cloze", "Détente"), ("definition", "Détente")]
    cloze = next(t for t in _texts() if t.kind is CardKind.CLOZE)
    assert cloze.passage is not None and cloze.passage.highlight_id == made.id
    [(gap_start, gap_end)] = cloze.gaps
    assert cloze.passage.text[gap_start:gap_end] == "detente"  # accents and case ignored
    definition = next(t for t in _texts() if t.kind is CardKind.DEFINITION)
    assert definition.definition == "Peredaan ketegangan"
    assert [p.highlight_id for p in definition.examples] == [made.id]


def test_a_concept_whose_words_are_not_in_the_passage_makes_no_cloze(article_id: int):
    start, end = _quote(article_id, "Diplomasi detente merupakan sebuah istilah")
    highlights.create_highlight(article_id, start, end, concepts=["perang dingin"])
    concepts.describe_concept(concepts.concept_named("perang dingin").id, "Cold War")
    assert _kinds() == [("definition", "perang dingin")]


def test_study_this_opts_a_concept_without_definition_in_and_a_defined_one_out(
    article_id: int,
):
    start, end = _quote(article_id, "Diplomasi detente merupakan sebuah istilah")
    highlights.create_highlight(article_id, start, end, concepts=["diplomasi"])
    concept = concepts.concept_named("diplomasi").id
    study_cards.set_concept_studied(concept, True)
    assert _kinds() == [("cloze", "diplomasi")]
    concepts.describe_concept(concept, "seni berunding")
    assert _kinds() == [("cloze", "diplomasi"), ("definition", "diplomasi")]
    study_cards.set_concept_studied(concept, False)
    assert _kinds() == []
    study_cards.set_concept_studied(concept, None)  # back to the default: defined, studied
    assert len(_kinds()) == 2
    assert concept in study_cards.studied_concepts()


def test_a_highlight_opted_out_keeps_its_cards_history_for_when_it_opts_back_in(
    article_id: int,
):
    made = highlights.create_highlight(
        article_id, *_quote(article_id, "Diplomasi detente"), note="n"
    )
    [card] = _texts()
    reviews.rate(card.card_id, Rating.GOOD, NOW)
    study_cards.set_highlight_studied(made.id, False)
    assert _texts() == [] and made.id not in study_cards.studied_highlights([made.id])
    study_cards.set_highlight_studied(made.id, True)
    [again] = _texts()
    assert again.card_id == card.card_id
    assert len(reviews.review_log(card.card_id)) == 1


def test_editing_the_note_changes_the_card_and_emptying_it_suspends_the_card(article_id: int):
    made = highlights.create_highlight(
        article_id, *_quote(article_id, "Diplomasi detente"), note="first"
    )
    [card] = _texts()
    highlights.set_note(made.id, "second thoughts")
    text = study_cards.card_text(card.card_id)
    assert text is not None and text.passage is not None
    assert text.passage.note == "second thoughts"
    highlights.set_note(made.id, "   ")
    assert _texts() == []
    highlights.set_note(made.id, "back")
    assert [t.card_id for t in _texts()] == [card.card_id]


def test_a_deleted_highlight_suspends_its_card_and_restoring_it_brings_the_history_back(
    article_id: int,
):
    made = highlights.create_highlight(
        article_id, *_quote(article_id, "Diplomasi detente"), note="n"
    )
    [card] = _texts()
    reviews.rate(card.card_id, Rating.EASY, NOW)
    due = StudyCard.get_by_id(card.card_id).due
    snapshot = highlights.delete_highlight(made.id)
    study_cards.sync()
    assert not StudyCard.get_by_id(card.card_id).active
    assert reviews.todays_queue(NOW) == []
    highlights.restore_highlight(snapshot)  # what Edit → Undo does
    [back] = _texts()
    assert back.card_id == card.card_id
    assert StudyCard.get_by_id(card.card_id).due == due
    assert [r.rating for r in reviews.review_log(card.card_id)] == [Rating.EASY]


def test_a_deleted_article_suspends_its_cards_and_undo_restores_them(article_id: int):
    highlights.create_highlight(article_id, *_quote(article_id, "Diplomasi detente"), note="n")
    [card] = _texts()
    snapshot = articles.delete_article(article_id)
    assert _texts() == []
    articles.restore_article(snapshot)
    assert [t.card_id for t in _texts()] == [card.card_id]


def test_reanchoring_moves_the_card_with_its_passage(article_id: int):
    made = highlights.create_highlight(
        article_id, *_quote(article_id, "Diplomasi detente"), note="n"
    )
    [card] = _texts()
    article = Article.get_by_id(article_id)
    article.markdown = "# Inserted heading\n\nA new first paragraph.\n\n" + article.markdown
    article.save()
    highlights.reanchor_article(article)
    moved = highlights.get_highlight(made.id)
    assert moved.start > made.start
    text = study_cards.card_text(card.card_id)
    assert text is not None and text.passage is not None
    assert text.passage.text == moved.exact
    reading = article_text(article)
    assert text.passage.section == (reading.heading_before(moved.start) or "")


def test_a_marked_cloze_hides_the_phrase_and_follows_the_passage(article_id: int):
    start, end = _quote(article_id, "Diplomasi detente merupakan sebuah istilah")
    made = highlights.create_highlight(article_id, start, end)
    phrase_start = start + len("Diplomasi detente ")
    card_id = study_cards.make_cloze(made.id, phrase_start, phrase_start + len("merupakan"))
    [cloze] = _texts()
    assert cloze.card_id == card_id and cloze.passage is not None
    [(a, b)] = cloze.gaps
    assert cloze.passage.text[a:b] == "merupakan"
    # Marked again: the same card, not a second one.
    assert study_cards.make_cloze(made.id, phrase_start, phrase_start + 9) == card_id
    study_cards.take_back_cloze(card_id)
    assert _texts() == []
    study_cards.restore_cloze(card_id)
    assert [t.card_id for t in _texts()] == [card_id]


def test_a_cloze_outside_a_highlight_is_refused_in_words(article_id: int):
    start, end = _quote(article_id, "Diplomasi detente")
    made = highlights.create_highlight(article_id, start, end)
    with pytest.raises(UserError, match="inside one highlighted passage"):
        study_cards.make_cloze(made.id, start, end + 20)


def test_a_concept_id_given_again_does_not_inherit_the_old_concepts_cards(article_id: int):
    start, end = _quote(article_id, "Diplomasi detente")
    highlights.create_highlight(article_id, start, end, concepts=["lama"])
    old = concepts.concept_named("lama")
    concepts.describe_concept(old.id, "old definition")
    [card] = _texts()
    reviews.rate(card.card_id, Rating.GOOD, NOW)
    concepts.delete_concept(old.id)
    new = concepts.create_concept("baru", "new definition")
    assert new.id == old.id  # SQLite gives the freed id again
    [fresh] = _texts()
    assert fresh.concept == "baru" and fresh.card_id != card.card_id
    assert reviews.review_log(fresh.card_id) == []


def test_a_merged_concept_s_cards_follow_the_concept_it_became(article_id: int):
    start, end = _quote(article_id, "Diplomasi detente merupakan sebuah istilah")
    highlights.create_highlight(article_id, start, end, concepts=["détente"])
    detente = concepts.concept_named("détente")
    concepts.describe_concept(detente.id, "x")
    other = concepts.create_concept("relaksasi", "y")
    concepts.merge_concepts(detente.id, other.id)
    # "détente" is now an alias of "relaksasi": its words still make the cloze.
    assert _kinds() == [("cloze", "relaksasi"), ("definition", "relaksasi")]


def test_every_change_is_seen_by_a_later_sync_even_from_another_connection(
    article_id: int, library: Path
):
    import sqlite3

    from reader.store.location import database_path

    made = highlights.create_highlight(article_id, *_quote(article_id, "Diplomasi detente"))
    study_cards.sync()
    other = sqlite3.connect(database_path(library))
    with other:
        other.execute("UPDATE highlight SET note = 'from the CLI' WHERE id = ?", (made.id,))
    other.close()
    [card] = _texts()
    assert card.passage is not None and card.passage.note == "from the CLI"
    assert StudyCard.select().count() == 1 and ReviewLog.select().count() == 0


def test_a_highlight_of_the_concept_s_name_alone_makes_no_cloze(article_id: int):
    start, end = highlights.find_quote(article_id, "detente", 2)
    made = highlights.create_highlight(article_id, start, end, concepts=["détente"])
    concepts.describe_concept(concepts.concept_named("détente").id, "x")
    assert _kinds() == [("definition", "détente")]
    with pytest.raises(UserError, match="select fewer words"):
        study_cards.make_cloze(made.id, start, end)


def test_new_cards_come_in_the_order_the_passages_are_read(article_id: int):
    # Highlighted out of order, as a student who skims back and forth does.
    starts = [700, 100, 500, 300, 900, 200, 800, 400, 600]
    for n, start in enumerate(starts):
        highlights.create_highlight(article_id, start, start + 30, note=f"note {n}")
    reviews.set_study_options(reviews.StudyOptions(0.9, new_per_day=len(starts)))
    asked = [study_cards.card_text(c.card_id) for c in reviews.todays_queue(NOW)]
    notes = [t.passage.note for t in asked if t and t.passage]
    assert notes == [f"note {starts.index(start)}" for start in sorted(starts)]
