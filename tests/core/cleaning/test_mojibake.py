"""Copied text decoded with the wrong character set reads as the words it was."""

from __future__ import annotations

from reader.core.cleaning import clean_text


def _as_windows_1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252")


def test_text_read_in_the_wrong_code_page_is_put_back():
    article = (
        "Die Grüße aus München\n\n"
        "Die Stadt öffnet ihre Bibliotheken länger, und die Bürger freuen sich darüber.\n\n"
        "„Wir wollen, dass jeder Zugang zu Büchern hat“, sagte die Bürgermeisterin.\n"
    )
    document = clean_text(_as_windows_1252(article))
    assert document.title == "Die Grüße aus München"
    assert "öffnet ihre Bibliotheken länger" in document.markdown
    assert "„Wir wollen" in document.markdown
    assert "Ã" not in document.markdown


def test_text_in_its_own_letters_is_left_alone():
    article = (
        "SÃO PAULO E O ÂNGULO DA CIDADE\n\n"
        "A cidade de São Paulo cresceu muito, e o ângulo das ruas mudou com ela.\n"
    )
    document = clean_text(article)
    assert document.title == "SÃO PAULO E O ÂNGULO DA CIDADE"
    assert "São Paulo cresceu" in document.markdown


def test_a_page_partly_read_in_the_wrong_code_page_is_put_back_where_it_was():
    # A page whose headline went through Latin-1 while its body kept real curly quotes
    # and accents: only the broken words are decoded again.
    broken = "Trump’s".encode().decode("latin-1")
    text = (
        f"Takeaways from Donald {broken} testimony\n\n"
        "The café on the corner said “no comment” to every question, as it always does.\n"
    )
    document = clean_text(text)
    assert document.title == "Takeaways from Donald Trump’s testimony"
    assert "café on the corner said “no comment”" in document.markdown
