"""Comment forms at the foot of the page are removed; a lone "Email" heading is not."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import clean_body

INTRO = "A Title For The Story\nThe first paragraph of the story, long enough to read."


def test_english_wordpress_form_is_removed() -> None:
    form = [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
    ]
    doc = clean_text(INTRO + "\n" + "\n".join(form))
    assert [r.text for r in doc.removed] == form
    assert {r.reason for r in doc.removed} == {"comment form"}
    assert doc.markdown.endswith("long enough to read.\n")


def test_indonesian_form_is_removed() -> None:
    form = [
        "Tinggalkan Balasan",
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Komentar",
        "Nama *",
        "Email *",
        "Situs Web",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
        "Kirim Komentar",
    ]
    doc = clean_text(INTRO + "\n\n" + "\n\n".join(form))
    assert [r.text for r in doc.removed] == form


def test_field_labels_away_from_a_form_are_kept() -> None:
    text = f"{INTRO}\nEmail\nEmail remains the most common way to reach a newsroom today."
    assert "## Email" in clean_body(text)


def test_sentence_about_replies_is_kept() -> None:
    line = "The minister did not leave a reply to the letter, aides said on Monday."
    assert line in clean_body(f"{INTRO}\n{line}")


def test_a_form_in_any_language_is_known_by_its_field_labels() -> None:
    # Spanish, then Russian: no word of either is in the rule, only the labels' shape.
    for form in (
        ["Nombre (*):", "Correo electrónico (*):", "Comentario:", "* Campos obligatorios"],
        ["Имя*:", "Электронная почта*:", "Комментарий:"],
    ):
        doc = clean_text(INTRO + "\n\n" + "\n\n".join(form))
        assert [r.text for r in doc.removed] == form
        assert doc.markdown.endswith("long enough to read.\n")


def test_one_label_in_an_article_is_text() -> None:
    body = clean_body(INTRO + "\n\nIngredientes:\n\n- dos huevos\n- harina\n\nNota: sin sal.")
    assert "Ingredientes:" in body
