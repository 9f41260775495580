"""User text renders literally: no accidental headings, lists, emphasis, links or HTML."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text

from .support import clean_body, plain_text, tokens


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("# not a heading here.", "\\# not a heading here."),
        ("> not a quote, just a sign.", "\\> not a quote, just a sign."),
        ("---", "\\---"),
        ("+", "\\+"),
        ("2024. Tahun yang berat.", "2024\\. Tahun yang berat."),
        ("1. - dash opens the item", "1. \\- dash opens the item"),
        ("- # hash opens the item", "- \\# hash opens the item"),
        ("a *very* _odd_ `code` line", "a \\*very\\* \\_odd\\_ \\`code\\` line"),
        ("snake_case_name stays readable", "snake_case_name stays readable"),
        ("[link](http://evil) text", "\\[link](http://evil) text"),
        ("<script>alert(1)</script> tag", "\\<script>alert(1)\\</script> tag"),
        ("a < b and c > d", "a < b and c > d"),
        ("AT&T and &amp; entity", "AT&T and \\&amp; entity"),
        ("C:\\path\\to and \\* star", "C:\\path\\to and \\\\\\* star"),
        ("~~struck~~ text", "\\~\\~struck\\~\\~ text"),
    ],
)
def test_markdown_characters_are_escaped_minimally(line: str, expected: str) -> None:
    assert clean_body(f"Judul\n{line}") == expected


@pytest.mark.parametrize(
    "line",
    [
        "# not a heading here.",
        "*star without a space",
        "<div>html block</div>",
        "[a]: http://example.com/definition",
        "    indented code? no.",
        "```fence``` not code",
        "---",
        "a **bold** claim",
        "&copy; 2024 is a real entity name",
        "1. single numbered line that is a sentence.",
    ],
)
def test_rendered_text_equals_the_input(line: str) -> None:
    markdown = clean_text(f"Judul\nParagraf pembuka.\n{line}").markdown
    kinds = {t.type for t in tokens(markdown)}
    assert kinds <= {
        "heading_open",
        "heading_close",
        "inline",
        "paragraph_open",
        "paragraph_close",
        "ordered_list_open",
        "ordered_list_close",
        "list_item_open",
        "list_item_close",
    }
    assert "html_block" not in kinds and "code_block" not in kinds and "fence" not in kinds
    assert plain_text(markdown).endswith(line.strip().removeprefix("1. "))


def test_table_cells_escape_pipes() -> None:
    text = "Judul\nAspek Deskripsi\nTujuan Satu | dua\nManfaat Tiga | empat\n"
    assert "| Tujuan | Satu \\| dua |" in clean_text(text).markdown


def test_title_is_escaped_in_the_heading_but_plain_in_the_field() -> None:
    doc = clean_text("The *Real* [Story] #\nBody text.")
    assert doc.title == "The *Real* [Story] #"
    assert doc.markdown.startswith("# The \\*Real\\* \\[Story] \\#\n")
