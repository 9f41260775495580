"""A comment thread longer than the article it follows: the article ends at the form.

Comments are prose, and on a busy page they outweigh the article; the form that asks for
one ("Leave a Reply", or field labels in any language) says where the article ended.
"""

from __future__ import annotations

from reader.core.cleaning import clean_text

TITLE = "Harbour towns plan for higher seas"
MENU = ["Home", "World", "Politics", "Business", "Science", "Sport", "Culture"]
ARTICLE = [
    "Coastal towns along the northern shore have started to rebuild their sea walls, "
    "because the storms of the last three winters broke through them twice.",
    "Engineers say the new walls will be a metre higher, and that the work will take "
    "most of the next decade to finish.",
    "Residents are divided: some welcome the work, while others fear it will cut the "
    "towns off from the beaches that bring visitors every summer.",
    "The council will hold a public meeting next month to hear from both sides before "
    "the final plans are approved.",
]
COMMENTS = [
    (
        "marina_k",
        f"{n} hours ago",
        "I grew up in one of these towns and I remember the water coming into the square "
        "every few years, so a higher wall seems like the only sensible choice to me now.",
        f"Likes: {n}",
    )
    for n in range(2, 9)
]


def _page(form: list[str], top: list[str]) -> str:
    thread = [line for comment in COMMENTS for line in comment]
    lines = [TITLE, *MENU, TITLE, *top, *ARTICLE, *form, *thread, "About us", "Contact"]
    return "\n\n".join(lines) + "\n"


def test_a_long_thread_after_an_english_form_is_not_the_article() -> None:
    doc = clean_text(_page(["Leave a Reply", "Name *", "Email *", "Post Comment"], []))
    assert [p for p in ARTICLE if p not in doc.markdown] == []
    assert "I grew up in one of these towns" not in doc.markdown
    assert "hours ago" not in doc.markdown


def test_a_long_thread_after_a_form_in_another_language_is_not_the_article() -> None:
    doc = clean_text(_page(["Nombre (*):", "Correo electrónico (*):", "Comentario:"], []))
    assert [p for p in ARTICLE if p not in doc.markdown] == []
    assert "I grew up in one of these towns" not in doc.markdown


def test_a_comment_count_under_the_title_does_not_end_the_article() -> None:
    doc = clean_text(_page(["Leave a Reply", "Name *", "Email *"], ["12 comments"]))
    assert [p for p in ARTICLE if p not in doc.markdown] == []
