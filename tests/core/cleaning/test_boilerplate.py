"""Single-line site furniture: ads, cookies, newsletter and follow prompts, copyright,
rating widgets and thank-you notes - and the real sentences that merely mention them."""

from __future__ import annotations

import pytest

from .support import clean_body, removed_reasons

PARAGRAPH = "The council approved the budget after a long debate about flood defences."


def _doc(*lines: str) -> str:
    return "\n".join(["A Title For The Story", PARAGRAPH, *lines, PARAGRAPH])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("- Advertisement -", "advertisement"),
        ("Iklan", "advertisement"),
        ("Scroll to continue with content", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Lanjutkan membaca di bawah ini", "advertisement"),
        ("Continue reading the main story", "advertisement"),
        ("Lanjutkan membaca artikel", "advertisement"),
        (
            "We use cookies to give you the best experience. Read our cookie policy.",
            "cookie notice",
        ),
        ("Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "cookie notice"),
        ("Accept all", "cookie notice"),
        ("Accept All Cookies", "cookie notice"),
        ("Subscribe to our newsletter", "newsletter prompt"),
        ("Sign up", "newsletter prompt"),
        ("Sign up for our daily briefing", "newsletter prompt"),
        ("Berlangganan", "newsletter prompt"),
        ("Enter your email address", "newsletter prompt"),
        ("Follow us on Twitter", "follow prompt"),
        ("Ikuti kami di Instagram", "follow prompt"),
        ("Simak berita terbaru lainnya di Google News", "follow prompt"),
        ("© 2024 Example Media. All rights reserved.", "copyright footer"),
        ("Copyright © 2023 PT Media Contoh", "copyright footer"),
        ("All Rights Reserved", "copyright footer"),
        ("Hak cipta dilindungi undang-undang.", "copyright footer"),
        ("Rate this post", "rating widget"),
        ("Click to rate this post!", "rating widget"),
        ("No votes so far! Be the first to rate this post.", "rating widget"),
        ("Kami, Mengucapkan Terimakasih Telah Berkunjung ke, Contoh.com", "thank-you note"),
        ("Terima kasih telah membaca artikel ini", "thank-you note"),
        ("Thanks for reading!", "thank-you note"),
    ],
)
def test_furniture_line_is_removed_with_reason(line: str, reason: str) -> None:
    text = _doc(line)
    assert removed_reasons(text) == {line: reason}
    assert line not in clean_body(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the advertisement ran for three weeks before it was withdrawn.",
        "Researchers found that we use cookies and other trackers far more than we realise.",
        "Readers can subscribe to the journal, but most libraries already hold a copy.",
        "She said she would follow us on the march to the capital the next morning.",
        "Pemerintah berterima kasih atas kunjungan Presiden ke daerah bencana tersebut.",
        "All rights reserved by the treaty remain with the member states, the court ruled.",
        "Iklan politik dilarang selama masa tenang menurut aturan komisi pemilihan umum.",
    ],
)
def test_sentence_mentioning_furniture_words_is_kept(sentence: str) -> None:
    text = _doc(sentence)
    assert removed_reasons(text) == {}
    assert sentence in clean_body(text)


@pytest.mark.parametrize("word", ["advertising", "newsletter", "subscribe"])
def test_wrapped_line_carrying_on_a_sentence_is_kept(word: str) -> None:
    # Hard-wrapped text (a <pre> block, a plain-text memo) breaks sentences over lines.
    text = _doc("Most of the money the campaign raised went on", f"{word} in the final week.")
    assert removed_reasons(text) == {}
    assert f"went on {word} in the final week." in " ".join(clean_body(text).split())
    text = _doc("Most of the money the campaign raised went on", word)
    assert removed_reasons(text) == {}


def test_lowercase_label_under_a_short_menu_label_is_still_removed() -> None:
    # Only a line under prose can be a wrapped sentence; "log in" / "sign up" is a menu.
    assert removed_reasons(_doc("log in", "sign up")) == {"sign up": "newsletter prompt"}
