"""Reader mode for saved web pages: the article's title and text kept, the site dropped."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from bench.html_extraction_compare import html_text, load_cases, markdown_text, prf, words
from reader.core.html_extraction import (
    ExtractedArticle,
    decode_html,
    extract_article,
    extract_article_bytes,
)

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "readability-test-pages"
MIN_MEAN_F1 = 0.9

ARTICLE_TEXT = (
    "The migration of the Arctic tern is the longest known of any animal. Each year the birds "
    "fly from their breeding grounds in the Arctic to the Antarctic coast and back again, a "
    "round trip that can exceed seventy thousand kilometres, following winds over the ocean."
)


def _body(article: ExtractedArticle) -> str:
    """The article's visible text without its "# Title" line."""
    first, _, rest = article.markdown.partition("\n")
    return markdown_text(rest if first.startswith("# ") else article.markdown)


def _page(
    body: str, title: str = "How Arctic terns fly so far | Birds of the World", head: str = ""
) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def _article(extra: str = "") -> str:
    paragraphs = "".join(f"<p>{ARTICLE_TEXT} Paragraph {n}.</p>" for n in range(4))
    return f"<article><h1>How Arctic terns fly so far</h1>{paragraphs}{extra}</article>"


# -- the shared Readability test pages -------------------------------------------------------


def test_readability_pages_mean_f1() -> None:
    if not PAGES.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the shared Readability test pages are missing: {PAGES}")
        pytest.skip(f"the shared Readability test pages are not here: {PAGES}")
    cases = load_cases(PAGES)
    assert cases
    scores = []
    titles_ok = 0
    for case in cases:
        try:
            article = extract_article(case.source)
            title, text = article.title, _body(article)
        except ValueError:
            title, text = "", ""
        precision, recall, f1 = prf(words(text), case.expected_words)
        titles_ok += " ".join(title.split()) == " ".join(case.title.split())
        scores.append(f1)
        print(f"{case.name:<28} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    mean_f1 = sum(scores) / len(scores)
    print(f"mean F1 over {len(cases)} pages: {mean_f1:.3f}; titles right: {titles_ok}")
    assert mean_f1 >= MIN_MEAN_F1, f"mean F1 {mean_f1:.3f} is under {MIN_MEAN_F1}"


# -- small pages -----------------------------------------------------------------------------


def test_title_comes_from_the_page_without_the_site_name() -> None:
    article = extract_article(_page(_article()))
    assert article.title == "How Arctic terns fly so far"
    assert article.markdown.startswith("# How Arctic terns fly so far\n\n")
    # The heading repeating the title is not kept a second time.
    assert article.markdown.count("fly so far") == 1


def test_title_prefers_the_articles_metadata() -> None:
    head = '<meta property="og:title" content="The longest migration on Earth">'
    article = extract_article(_page(_article(), head=head))
    assert article.title == "The longest migration on Earth"


def test_furniture_around_the_article_is_dropped() -> None:
    page = _page(
        '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.'
        " <button>Accept all cookies</button></p></div>"
        '<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a>'
        ' <a href="/sport">Sport</a></nav></header>'
        '<div class="layout"><main>'
        + _article(
            '<div class="share-buttons"><a href="https://twitter.com/share">Share on Twitter</a>'
            ' <a href="https://facebook.com/share">Share on Facebook</a></div>'
        )
        + "</main>"
        '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity gossip</a></li>'
        '<li><a href="/b">Transfer rumours</a></li></ul></aside></div>'
        '<footer class="site-footer"><p>Copyright 2024 Example News. Privacy policy.</p></footer>'
    )
    article = extract_article(page)
    text = _body(article)
    got = words(text)
    assert got == words(" ".join(f"{ARTICLE_TEXT} Paragraph {n}." for n in range(4)))
    for furniture in ("cookies", "Home", "Sport", "Share", "gossip", "Copyright"):
        assert furniture.casefold() not in got, furniture


def test_a_table_is_kept_as_a_table() -> None:
    table = (
        "<table><thead><tr><th>Species</th><th>Distance (km)</th></tr></thead><tbody>"
        "<tr><td>Arctic tern</td><td>70900</td></tr>"
        "<tr><td>Sooty shearwater</td><td>64000</td></tr></tbody></table>"
    )
    article = extract_article(_page(_article(table)))
    assert "| Species | Distance (km) |" in article.markdown
    assert "| Sooty shearwater | 64000 |" in article.markdown
    assert "<td>sooty shearwater</td>" in _table_html(article.markdown)


def _table_html(markdown: str) -> str:
    from reader.core.rendering import markdown_to_html

    return markdown_to_html(markdown).casefold()


def test_headings_lists_and_links_become_markdown() -> None:
    extra = (
        "<h2>Routes</h2><ul><li>Down the eastern Atlantic, past West Africa</li>"
        "<li>Down the coast of Brazil and across the South Atlantic</li></ul>"
        '<p>See <a href="/maps/terns">the maps</a>.</p>'
    )
    article = extract_article(_page(_article(extra)), url="https://birds.example/terns/")
    assert "\n## Routes\n" in article.markdown
    assert "- Down the eastern Atlantic, past West Africa\n- Down the coast" in article.markdown
    assert "[the maps](https://birds.example/maps/terns)" in article.markdown


def test_windows_1252_page_decodes_right() -> None:
    text = "Café society: “naïve” crème brûlée costs 5 €."
    body = _article(f"<p>{text}</p>")
    page = (
        '<html><head><meta charset="windows-1252"><title>Cafés | Food</title></head>'
        f"<body>{body}</body></html>"
    )
    data = page.encode("cp1252")
    assert decode_html(data) == page
    article = extract_article_bytes(data)
    assert text in article.markdown
    assert article.title == "Cafés | Food"  # too short to cut the site name off


def test_decoding_order_bom_meta_utf8_cp1252() -> None:
    assert decode_html("\ufeff<p>é</p>".encode()) == "<p>é</p>"
    assert decode_html("<p>é</p>".encode("utf-16")) == "<p>é</p>"
    latin = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>’</p>'
    assert decode_html(latin.encode("cp1252")) == latin  # ISO-8859-1 means Windows-1252
    assert decode_html("<p>é</p>".encode()) == "<p>é</p>"  # no declaration: UTF-8
    assert decode_html("<p>é</p>".encode("cp1252")) == "<p>é</p>"  # not UTF-8: cp1252
    # A page declaring UTF-8 that is not: the declaration is not trusted.
    wrong = '<meta charset="utf-8"><p>é</p>'
    assert decode_html(wrong.encode("cp1252")) == wrong
    # A page re-saved as UTF-8 with its old declaration left in.
    resaved = '<meta charset="windows-1252"><p>crème</p>'
    assert decode_html(resaved.encode()) == resaved


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html><head><title></title></head><body></body></html>",
        _page(
            '<nav><a href="/">Home</a> <a href="/about">About us</a></nav>'
            '<form><input name="q"><button>Search</button></form>'
            "<footer><p>© 2024 Example</p></footer>"
        ),
    ],
)
def test_a_page_without_an_article_raises(html: str) -> None:
    with pytest.raises(ValueError, match="no article text found"):
        extract_article(html)


def test_extraction_makes_no_network_access(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("extraction tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    head = (
        '<link rel="stylesheet" href="https://cdn.example/site.css">'
        '<script src="https://cdn.example/tracker.js"></script>'
        '<base href="https://www.example.com/news/">'
    )
    extra = (
        '<p><img src="https://images.example/tern.jpg" alt="A tern in flight"></p>'
        '<iframe src="https://video.example/embed/1"></iframe>'
        '<object data="https://cdn.example/flash.swf"></object>'
        '<p><a href="related.html">Related story</a></p>'
    )
    article = extract_article(_page(_article(extra), head=head), url="https://www.example.com/")
    assert "Arctic tern" in article.markdown
    assert "![A tern in flight](https://images.example/tern.jpg)" in article.markdown
    assert attempts == []


def test_html_text_keeps_words_apart_across_blocks() -> None:
    assert words(html_text("<p>one</p><p>two<span>s</span></p>")) == words("one twos")
