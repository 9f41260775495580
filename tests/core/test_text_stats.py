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


def test_link_targets_with_parentheses_and_autolinks_are_not_words():
    assert count_words("[Perang](https://id.wikipedia.org/wiki/Perang_(dingin)) usai") == 2
    assert count_words("lihat <https://example.org/a-b> dan <mailto:a@b.c>") == 2


def test_broken_link_syntax_is_counted_as_what_remains():
    assert count_words("](" * 1000) == 0
    assert count_words("<a:" * 1000 + " kata") == 1000 + 1
    assert count_words("[a](b " * 1000) == 2000
