"""Concepts in the store: one name per idea, tidy renames and merges, passages everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.store import articles, concepts, highlights
from reader.store.article_text import article_text


@pytest.fixture
def tagged(library: Path, seeds_dir: Path) -> dict[str, int]:
    """Passages in three seed articles tagged with overlapping concepts."""
    articles.offer_bundled_articles(seeds_dir)
    ids = {s.title.split()[0]: s.id for s in articles.list_articles()}

    def tag(article: str, quote: str, *names: str) -> None:
        article_id = ids[article]
        start, end = highlights.find_quote(article_id, quote, occurrence=1)
        highlights.create_highlight(article_id, start, end, concepts=names)

    tag("Apa", "pertama kali muncul pada era Perang Dingin", "Détente", "Perang Dingin")
    tag("Apa", "meredakan ketegangan yang ada", "détente")
    tag("Peran", "Pakta Pertahanan Atlantik Utara (NATO)", "NATO", "Aliansi")
    tag("Latar", "Kerja sama bilateral lahir dari kebutuhan", "kerja  sama bilateral")
    tag("Latar", "penandatanganan perjanjian", "Kerja Sama Bilateral", "Detente")
    return ids


def _summary(name: str) -> concepts.ConceptSummary:
    return next(c for c in concepts.list_concepts() if c.name.casefold() == name.casefold())


def test_names_ignore_case_spacing_but_not_accents_or_words(tagged: dict[str, int]):
    names = [c.name for c in concepts.list_concepts()]
    # "Détente"/"détente" and "kerja  sama"/"Kerja Sama" are one concept each.
    assert names == [
        "Aliansi",
        "Detente",
        "Détente",
        "kerja sama bilateral",
        "NATO",
        "Perang Dingin",
    ]
    assert _summary("Détente").passages == 2
    assert _summary("kerja sama bilateral").passages == 2
    assert _summary("kerja sama bilateral").articles == 1


def test_passages_span_articles_with_their_sections(tagged: dict[str, int]):
    concept = concepts.concept_named("detente")
    found = concepts.passages(concept.id)
    assert [p.article_title for p in found] == [
        "Latar Belakang Kerja Sama Bilateral dan Strategi Diplomasi Internasional"
    ]
    found = concepts.passages(concepts.concept_named("DÉTENTE").id)
    assert {p.section for p in found} == {
        "Asal Mula Diplomasi Detente",
        "Keuntungan Diplomasi Detente",
    }
    assert all(p.exact in p.prefix + p.exact + p.suffix for p in found)


def test_rename_onto_an_existing_name_is_refused_with_the_merge(tagged: dict[str, int]):
    nato = concepts.concept_named("NATO")
    with pytest.raises(UserError, match="merge"):
        concepts.rename_concept(nato.id, "  aliansi ")
    assert concepts.concept_named("NATO").name == "NATO"
    renamed = concepts.rename_concept(nato.id, "Pakta  NATO")
    assert renamed.name == "Pakta NATO"
    # Changing only the case of its own name is a rename, not a clash.
    assert concepts.rename_concept(nato.id, "pakta nato").name == "pakta nato"


@pytest.mark.parametrize("bad", ["", "   ", "x" * 101])
def test_bad_names_change_nothing(tagged: dict[str, int], bad: str):
    before = concepts.list_concepts()
    with pytest.raises(UserError):
        concepts.rename_concept(concepts.concept_named("NATO").id, bad)
    with pytest.raises(UserError):
        concepts.create_concept(bad)
    assert concepts.list_concepts() == before


def test_merge_moves_passages_without_duplicates_and_keeps_the_old_name(tagged: dict[str, int]):
    plain = concepts.concept_named("Detente")
    accented = concepts.concept_named("Détente")
    snap = concepts.merge_concepts(plain.id, accented.id)
    merged = _summary("Détente")
    assert merged.passages == 3 and merged.articles == 2
    assert "Detente" in merged.aliases
    assert concepts.concept_named("detente").id == accented.id  # the old name still finds it
    # Merging where a passage carries both concepts does not count it twice.
    both = concepts.concept_named("Perang Dingin")
    concepts.merge_concepts(both.id, accented.id)
    assert _summary("Détente").passages == 3
    assert snap.name == "Detente"


def test_delete_reports_and_restores_exactly(tagged: dict[str, int]):
    concept = concepts.concept_named("kerja sama bilateral")
    concepts.set_aliases(concept.id, ["KSB"])
    concepts.describe_concept(concept.id, "Kerja sama antara dua negara.")
    before = _summary("kerja sama bilateral")
    snap = concepts.delete_concept(concept.id)
    assert len(snap.highlight_ids) == 2
    assert concepts.find_concept("KSB") is None
    assert highlights.list_highlights(tagged["Latar"])  # the passages stay highlighted
    concepts.restore(snap)
    assert _summary("kerja sama bilateral") == before


def test_aliases_are_unique_across_concepts(tagged: dict[str, int]):
    nato = concepts.concept_named("NATO")
    assert concepts.set_aliases(nato.id, ["Pakta Atlantik", " pakta  atlantik ", "NATO"]) == (
        "Pakta Atlantik",
    )
    with pytest.raises(UserError, match="already used"):
        concepts.set_aliases(concepts.concept_named("Aliansi").id, ["pakta atlantik"])
    assert concepts.concept_named("PAKTA ATLANTIK").id == nato.id


def test_suggestions_come_from_names_and_aliases_in_the_passage(tagged: dict[str, int]):
    nato = concepts.concept_named("NATO")
    concepts.set_aliases(nato.id, ["Pakta Atlantik"])
    text = "Negara anggota pakta atlantik membahas detente dan perang dingin."
    # Accents are ignored: "detente" in the passage suggests both spellings' concepts.
    assert concepts.suggest_for(text) == ["Detente", "Détente", "NATO", "Perang Dingin"]
    assert concepts.suggest_for(text, exclude=["perang  dingin", "DETENTE"]) == [
        "Détente",
        "NATO",
    ]
    assert concepts.suggest_for("Natoli bukan NATO?") == ["NATO"]  # whole words only


def test_articles_with_a_concept(tagged: dict[str, int]):
    concept = concepts.concept_named("détente")
    assert concepts.articles_with(concept.id) == {tagged["Apa"]}
    text = article_text(articles.get_article(tagged["Apa"])).text
    assert "Perang Dingin" in text
