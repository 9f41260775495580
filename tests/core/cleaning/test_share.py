"""Share buttons are removed; sentences with the word "share" and lone headings are kept."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text

from .support import clean_body, removed_reasons

INTRO = "A Title For The Story\nThe first paragraph of the story, long enough to read."


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this:",
        "Bagikan",
        "Tweet",
        "Copy link",
        "Share on Facebook",
        "Bagikan ke WhatsApp",
        "Facebook Twitter WhatsApp Telegram",
        "Share: Facebook | X | LinkedIn | Email",
        "Click to share on Twitter (Opens in new window)",
        "Salin tautan",
    ],
)
def test_share_line_is_removed(line: str) -> None:
    assert removed_reasons(f"{INTRO}\n{line}\nClosing words of the story.") == {
        line: "share buttons"
    }


def test_network_names_next_to_share_label_are_removed() -> None:
    doc = clean_text(f"{INTRO}\nBagikan\nFacebook\nWhatsApp\nTelegram\nPenutup.")
    assert [r.text for r in doc.removed] == ["Bagikan", "Facebook", "WhatsApp", "Telegram"]


def test_lone_network_name_heading_is_kept() -> None:
    text = f"{INTRO}\nFacebook\nFacebook changed its name to Meta in 2021, citing its plans."
    assert "## Facebook" in clean_body(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Planners share their flood models openly with other cities.",
        "Share prices fell sharply after the announcement on Tuesday.",
        "Warga diminta bagikan informasi ini kepada tetangga mereka.",
    ],
)
def test_sentences_with_share_words_are_kept(sentence: str) -> None:
    assert sentence in clean_body(f"{INTRO}\n{sentence}")


def test_wrapped_sentence_ending_like_a_share_label_is_kept() -> None:
    text = f"{INTRO}\nWhen the form is sent, the request looks something\nlike this:\nPOST /form"
    assert removed_reasons(text) == {}
    assert "something\n\nlike this:\n" in clean_body(text)


def test_share_label_after_a_sentence_or_a_share_line_is_removed() -> None:
    assert removed_reasons(f"{INTRO}\nLike this:\nLike Loading...\nPenutup.") == {
        "Like this:": "share buttons",
        "Like Loading...": "share buttons",
    }
    doc = clean_text(f"{INTRO}\nShare\nfacebook\ntwitter\nPenutup.")
    assert [r.text for r in doc.removed] == ["Share", "facebook", "twitter"]
