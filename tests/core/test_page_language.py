"""The page's language, told from its words, and its stop words."""

from __future__ import annotations

import pytest

from reader.core.html_extraction.page_language import language_of

SAMPLES = {
    "Indonesian": "Diplomasi détente meredakan ketegangan antara dua negara yang sebelumnya "
    "bermusuhan, dan kerja sama bilateral yang dibangun setelahnya bertahan lama karena "
    "kedua pihak melihat manfaatnya untuk perdagangan dan ilmu pengetahuan.",
    "German": "Die Verhandlungen zwischen den beiden Ländern wurden im Herbst wieder "
    "aufgenommen, nachdem sich die Regierung auf einen neuen Vorschlag geeinigt hatte, "
    "der auch von der Opposition unterstützt wird.",
    "French": "Les députés ont adopté le projet de loi à une large majorité, mais la "
    "question de la protection des données personnelles reste au cœur des débats dans "
    "le pays depuis plusieurs mois.",
    "English": "The committee met on Tuesday and agreed that the report, which had been "
    "delayed for months, was finally ready to be published for the members of the public.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_the_language_is_told_from_its_words(language: str) -> None:
    found = language_of([SAMPLES[language]])
    assert found.name in (language, f"Simple_{language}")
    words, stop_words = found.count(SAMPLES[language])
    assert 0.2 < stop_words / words < 0.8  # prose is largely stop words


def test_menus_have_fewer_stop_words_than_prose() -> None:
    language = language_of([SAMPLES["English"]])
    words, stop_words = language.count("Home News Sport Weather Business Technology Science")
    prose_words, prose_stop_words = language.count(SAMPLES["English"])
    assert stop_words / words < prose_stop_words / prose_words / 2


@pytest.mark.parametrize(
    "text",
    ["", "   ", "12 345 678", "深度学习让计算机可以从记忆中学习，这是人工智能的一个新台阶。"],
)
def test_text_without_a_known_language_has_no_stop_words(text: str) -> None:
    language = language_of([text])
    assert language.name == ""
    assert language.count(text)[1] == 0
