"""Hostile and broken web pages: each is read in bounded work, or refused in one line.

Time is measured in bench/reader_mode_html.py (its hostile pages), not here; these tests
check what a user sees: a refusal that names the reason, nothing half-imported, no crash on
pages nested as deep as the parser allows, and no output that grows faster than the page.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.errors import DocumentError
from reader.core.html_extraction import PageRefused, extract_article
from reader.core.html_extraction.markdown_writer import MAX_NESTING
from reader.core.html_extraction.page_tree import MAX_DEPTH, MAX_ELEMENTS
from reader.core.importing import read_article_file
from reader.store.database import close_library
from reader.store.models import database_proxy

SENTENCE = "The committee met on Tuesday, and the members agreed the report was ready. "


def _page(body: str) -> str:
    return f"<html><head><title>A report</title></head><body>{body}</body></html>"


def test_a_page_nested_past_the_parsers_limit_is_refused_in_one_line() -> None:
    page = _page("<div>" * 10_000 + f"<p>{SENTENCE}</p>" + "</div>" * 10_000)
    with pytest.raises(PageRefused) as refused:
        extract_article(page)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith("this web page is not read: ")
    assert f"more than {MAX_DEPTH} levels deep" in message


def test_a_page_with_too_many_elements_is_refused_in_one_line() -> None:
    page = _page("<span>word</span> " * (MAX_ELEMENTS + 1))
    with pytest.raises(PageRefused) as refused:
        extract_article(page)
    assert "\n" not in str(refused.value)
    assert "elements" in str(refused.value)


def test_hidden_elements_do_not_count_towards_the_limit() -> None:
    hidden = "<script>var x = 1;</script>" * (MAX_ELEMENTS + 1)
    article = extract_article(_page(hidden + f"<article><p>{SENTENCE * 5}</p></article>"))
    assert "committee met on Tuesday" in article.markdown


@pytest.mark.parametrize("wrapper", ["div", "ul><li", "blockquote", "b", "span", "table><tr><td"])
def test_a_page_nested_as_deep_as_the_parser_allows_is_read(wrapper: str) -> None:
    depth = MAX_DEPTH - 10
    opening = "".join(f"<{part}>" for part in wrapper.split("><"))
    closing = "".join(f"</{part}>" for part in reversed(wrapper.split("><")))
    levels = depth // len(wrapper.split("><"))
    body = opening * levels + f"<p>{SENTENCE * 4}</p>" * 8 + closing * levels
    markdown = extract_article(_page(body)).markdown
    assert markdown.count("committee met on Tuesday") == 32
    # List and quote levels past MAX_NESTING are written flat: no line is indented or quoted
    # more deeply, so the output stays in proportion to the page.
    for line in markdown.splitlines():
        assert len(line) - len(line.lstrip(" ")) <= 3 * MAX_NESTING
        assert line.count(">") <= MAX_NESTING


def test_a_long_page_on_a_single_line_is_read_whole() -> None:
    paragraph = SENTENCE * 20_000  # 1.5 MB, one line, one paragraph
    article = extract_article(_page(f"<article><p>{paragraph}</p></article>"))
    assert article.markdown.count("committee met on Tuesday") == 20_000


def test_control_characters_are_not_text() -> None:
    article = extract_article(_page(f"<p>{SENTENCE}\x00\x07\x1b[31m{SENTENCE}</p>" * 3))
    assert not any(ord(c) < 32 and c not in "\n\t" for c in article.markdown)
    assert "[31m" in article.markdown


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div>" * 300 + "text",
        "<html><body>" + "<br>" * (MAX_ELEMENTS * 5),
    ],
)
def test_a_refused_page_is_a_one_line_error_that_imports_nothing(
    page: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "hostile.html"
    bad.write_text(page)
    good = tmp_path / "good.html"
    good.write_text(_page(f"<article><h1>A report</h1><p>{SENTENCE * 4}</p></article>"))
    with pytest.raises(DocumentError) as error:
        read_article_file(bad)
    assert "\n" not in str(error.value)
    library = tmp_path / "library"
    main(["--data-dir", str(library), "list"])  # a new library's first-run set-up, said apart
    before = capsys.readouterr().out.splitlines()
    status = main(["--data-dir", str(library), "import", str(bad), str(good)])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.count("\n") == 1 and str(bad) in captured.err
    main(["--data-dir", str(library), "list"])
    listed = capsys.readouterr().out
    close_library(database_proxy.obj)  # the command leaves it open, as a process would
    added = [line for line in listed.strip().splitlines() if line not in before]
    assert len(added) == 1 and "A report" in added[0]


def test_a_main_part_with_nothing_scored_in_it_is_no_crash() -> None:
    # The page's <main> holds only links, the one paragraph is outside it: the search
    # falls back to the whole of <main>, which scored nothing.
    links = "".join(
        f"<div class='widget-{n} sidebar'><a href='/x{n}'>Link {n}</a></div>" for n in range(30)
    )
    page = _page(f"<main>{links}</main><div><p>A short text that is here.</p></div>")
    try:
        extract_article(page)
    except ValueError as error:
        assert str(error) == "no article text found"


def _searches(monkeypatch: pytest.MonkeyPatch, page: str) -> int:
    from reader.core.html_extraction import article_region

    runs = []
    real_run = article_region._Search.run

    def counted(self: article_region._Search) -> object:
        runs.append(1)
        return real_run(self)

    monkeypatch.setattr(article_region._Search, "run", counted)
    with contextlib.suppress(ValueError):
        extract_article(page)
    return len(runs)


@pytest.mark.parametrize("boxes", [20, MAX_ELEMENTS // 2 - 10])
def test_a_large_page_gets_fewer_searches_so_the_work_stays_bounded(
    boxes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Boxes named as furniture around a short text: each search finds too little and
    # would retry with one exclusion fewer. Each search walks the whole page.
    comments = "".join(f"<div class='comment'><a href='/x{n}'>L</a></div>" for n in range(boxes))
    page = _page(f"<main>{comments}</main><div><p>A short text.</p></div>")
    searches = _searches(monkeypatch, page)
    if boxes < 100:
        assert searches > 1  # a small page is searched again
    else:
        assert searches == 1  # a page at the element limit is walked no more than once
