"""Word counts and reading times in the library list."""

from reader.core.text_stats import count_words, reading_minutes


def test_words_ignore_markdown_syntax_and_link_targets():
    assert count_words("# Judul\n\n- **Satu** dua [tiga](https://example.org/a-b-c)") == 4


def test_hyphenated_indonesian_words_count_once():
    assert count_words("negara-negara berlarut-larut") == 2


def test_reading_time_is_at_least_a_minute_for_any_text():
    assert reading_minutes(0) == 0
    assert reading_minutes(10) == 1
    assert reading_minutes(1000) == 5
