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


def test_text_with_only_some_lines_in_the_wrong_code_page_is_put_back():
    # A page copied from a browser can mix both: the lines that went through the wrong
    # code page read as mojibake, the rest (here the non-breaking spaces) as they were.
    broken = _as_windows_1252("Les séries «Vape Wave» et «Alphonse Président»")
    article = (
        f"{broken}\n\n"
        f"{_as_windows_1252('Planète')}\n\n"
        "Des séries\u00a0françaises arrivent sur les écrans, et le public les attend.\n"
    )
    document = clean_text(article)
    assert "Président" in document.title
    assert "Planète" in document.markdown
    assert "Ã" not in document.markdown + document.title
