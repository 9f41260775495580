"""Exports as a user reads them: in markdown-it, pandoc 2 and 3 (gfm, commonmark_x and
markdown), GitHub (cmark-gfm), and as W3C JSON.

The notes hold the nastiest text a user could type; it must show literally everywhere and
inject nothing: no HTML element, no link, no heading, list or table.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from reader.core.errors import UserError
from reader.store import exports
from reader.store.articles import import_paths, list_articles
from reader.store.concepts import concept_named, describe_concept
from reader.store.highlights import create_highlight, find_quote, set_color_meaning
from reader.store.models import Highlight
from tests.core.exporting.checks import (
    front_matter,
    github_html,
    marks_in,
    meta_text,
    must_failures,
    pandoc3,
    pandoc_html,
    pandoc_metadata,
    tags_in,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

NASTY_NOTES = [
    "# not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list either",
    "1. not numbered",
    "1) not numbered either",
    "a | b | c\n--- | --- | ---\nd | e | f",
    "*not em* _not em_ `not code` ~~not struck~~ ==not marked==",
    "<script>alert(1)</script>",
    "<b>raw</b> &amp; <img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![i](http://x)",
    "Setext?\n===",
    "First paragraph\n\n    indented code?\n\nThird :smile: $x^2$ [^1] a@b.org www.example.com",
    "'quoted' \"twice\" -- and --- <!-- not a comment --> wait...",
    "a) not a list\n(1) nor this\niv. nor this",
    "a term\n: not a definition",
    "mail user@example.com, not a link",
]
BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "pre", "img", "script"}


def _article(title_part: str) -> int:
    return next(a.id for a in list_articles() if title_part in a.title)


@pytest.fixture
def annotated(library: Path) -> dict[str, Any]:
    """The seed articles with highlights: nasty notes, concepts, colours, an orphan."""
    list(import_paths([SEEDS]))
    detente, aliansi = _article("Detente"), _article("Peran Aliansi")
    made = []
    start, _end = find_quote(detente, "Diplomasi detente merupakan sebuah istilah")
    for number, note in enumerate(NASTY_NOTES):
        made.append(
            create_highlight(
                detente,
                start + number * 40,
                start + number * 40 + 25,
                note=note,
                concepts=["Détente", "Kerja sama bilateral"] if number % 3 == 0 else [],
                color="green" if number % 2 else "yellow",
            )
        )
    bold = create_highlight(aliansi, *find_quote(aliansi, "Saling Percaya Peran aliansi"))
    plain = create_highlight(
        aliansi, *find_quote(aliansi, "mencegah konflik besar"), note="Dua\nbaris"
    )
    orphan = create_highlight(aliansi, *find_quote(aliansi, "NATO"), note="lost passage")
    Highlight.update(placed=False).where(Highlight.id == orphan.id).execute()
    describe_concept(concept_named("Détente").id, "Peredaan ketegangan <em>antarnegara</em>")
    set_color_meaning("green", "definitions")
    return {"detente": detente, "aliansi": aliansi, "made": made, "bold": bold, "plain": plain}


def _markdown_it_html(markdown: str) -> str:
    # Raw HTML allowed, as Obsidian and GitHub allow some: escaping must still hold.
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    rendered: str = md.use(footnote_plugin).render(markdown)
    return rendered


def _renderings(markdown: str) -> dict[str, str]:
    body = markdown[markdown.index("\n---\n", 4) + 5 :]  # front matter is not CommonMark
    renderings = {"markdown-it": _markdown_it_html(body), "GitHub": github_html(body)}
    for version, pandoc in (("2", None), ("3", pandoc3())):
        for reader in ("gfm+yaml_metadata_block", "commonmark_x", "markdown"):
            renderings[f"pandoc {version} {reader}"] = pandoc_html(markdown, reader, pandoc)
    return renderings


def _text_of(rendered: str) -> str:
    # Smart typography (pandoc's markdown and commonmark_x) must not change a note either.
    # An address is a code span (GitHub would link it otherwise): inline, so no space.
    inline = re.sub(r"</?code>", "", rendered)
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", inline)).split())


def _assert_nothing_injected(rendered: str, who: str) -> None:
    assert "<script" not in rendered, who
    assert 'href="javascript:' not in rendered, who
    assert "<img" not in rendered and "<b>" not in rendered and "<em>antarnegara" not in rendered
    assert not re.search(r'href="http://x"|href="mailto:', rendered), who


def test_notes_by_article_read_the_same_in_markdown_it_and_pandoc(annotated: dict[str, Any]):
    markdown = exports.notes_markdown(annotated["detente"])
    meta = front_matter(markdown)
    assert meta["title"] == "Notes: Apa Itu Diplomasi Detente?"
    assert meta["source"].startswith("urn:marginalia:article:sha256:")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", meta["exported"])
    pandoc_meta = pandoc_metadata(markdown, "commonmark_x")
    assert meta_text(pandoc_meta["title"]) == meta["title"]
    for who, rendered in _renderings(markdown).items():
        _assert_nothing_injected(rendered, who)
        tags = tags_in(rendered)
        # One h1 (the title) and one h2 (the article): no note made a heading or a list.
        assert (tags.count("h1"), tags.count("h2")) == (1, 1), who
        assert not (BLOCK_TAGS | {"dl", "dt"}) - {"h1", "h2"} & set(tags), (who, set(tags))
        assert tags.count("blockquote") == len(NASTY_NOTES), who
        text = _text_of(rendered)
        for note in NASTY_NOTES:
            for line in note.split("\n"):
                assert " ".join(line.split()) in text, (who, line)
        assert "marginalia://open/" in rendered


def test_each_highlight_shows_quote_note_concepts_section_colour_and_link(annotated):
    markdown = exports.notes_markdown(annotated["aliansi"])
    plain = annotated["plain"]
    assert f"> {plain.exact}\n" in markdown
    assert "Dua\\\nbaris" in markdown  # a line break in a note stays a line break
    assert f"[open in Marginalia](marginalia://open/{annotated['aliansi']}/{plain.id})" in markdown
    assert "§ Aliansi Sebagai Instrumen Utama dalam Mencegah Konflik Global" in markdown
    assert "(unplaced)" in markdown and "lost passage" in markdown
    detente_notes = exports.notes_markdown(annotated["detente"])
    assert "**Concepts:** Détente #détente, Kerja sama bilateral #kerja-sama-bilateral" in (
        detente_notes
    )
    assert "· green (definitions) ·" in detente_notes


def test_a_quote_of_several_paragraphs_stays_inside_its_blockquote(annotated):
    aliansi = annotated["aliansi"]
    start, _ = find_quote(aliansi, "Meningkatkan Kapasitas Pertahanan")
    _, end = find_quote(aliansi, "Aliansi memungkinkan negara anggota")
    create_highlight(aliansi, start, end, note="Dua blok")
    markdown = exports.notes_markdown(aliansi)
    assert "> Meningkatkan Kapasitas Pertahanan\n>\n> Aliansi memungkinkan negara anggota" in (
        markdown
    )
    rendered = _markdown_it_html(markdown)
    quote = re.search(r"<blockquote>\s*<p>Meningkatkan.*?</blockquote>", rendered, re.DOTALL)
    assert quote and "Aliansi memungkinkan negara anggota" in quote.group()


def test_notes_by_concept_give_each_concept_its_definition_and_passages(annotated):
    markdown = exports.notes_markdown(by="concept")
    sections = re.findall(r"^## (.+)$", markdown, re.MULTILINE)
    assert sections == ["Détente", "Kerja sama bilateral", "Passages without a concept"]
    detente = markdown[markdown.index("## Détente") : markdown.index("## Kerja sama")]
    assert "Peredaan ketegangan \\<em\\>antarnegara\\</em\\>" in detente
    assert detente.count("\n\n> ") == len(range(0, len(NASTY_NOTES), 3))
    for who, rendered in _renderings(markdown).items():
        _assert_nothing_injected(rendered, who)
        assert tags_in(rendered).count("h2") == 3, who


def test_one_concept_only(annotated):
    markdown = exports.notes_markdown(concept="détente")  # any case finds it
    assert front_matter(markdown)["title"] == "Notes: Détente"
    assert markdown.count("\n\n> ") == len(range(0, len(NASTY_NOTES), 3))
    assert "Peran Aliansi" not in markdown


def test_unknown_grouping_and_unknown_concept_are_user_errors(annotated):
    with pytest.raises(UserError, match="grouped by"):
        exports.notes_markdown(by="colour")
    with pytest.raises(UserError, match="no concept called"):
        exports.notes_markdown(concept="nothing like it")


def test_the_handout_marks_passages_and_puts_notes_in_footnotes(annotated):
    markdown = exports.handout_markdown(annotated["aliansi"])
    assert front_matter(markdown)["title"] == "Peran Aliansi Dalam Pencegahan Perang"
    assert "1. **Menumbuhkan Rasa ==Saling Percaya==**" in markdown
    assert "==Peran aliansi==" in markdown
    assert "==mencegah konflik besar==[^1]" in markdown
    assert "[^1]: Dua\\\n    baris" in markdown
    assert "## Passages not marked in the text" in markdown and "lost passage" in markdown
    md = MarkdownIt("commonmark").enable("table").use(footnote_plugin)
    from reader.core.exporting.mark_rule import mark_plugin

    rendered = md.use(mark_plugin).render(markdown[markdown.index("\n---\n", 4) + 5 :])
    assert marks_in(rendered) == ["mencegah konflik besar", "Saling Percaya", "Peran aliansi"]
    for who in ("gfm", "commonmark_x"):
        out = pandoc_html(markdown, who)
        assert 'class="footnote-ref"' in out and "Dua" in out, who
        assert "<h1" in out and "lost passage" in out, who


def test_the_handout_glossary_lists_the_concepts_used(annotated):
    markdown = exports.handout_markdown(annotated["detente"])
    glossary = markdown[markdown.index("## Glossary") :]
    assert "**Détente** #détente: Peredaan ketegangan \\<em\\>antarnegara\\</em\\>" in glossary
    assert "**Kerja sama bilateral** #kerja-sama-bilateral: *no definition yet*" in glossary
    for who, rendered in _renderings(markdown).items():
        _assert_nothing_injected(rendered, who)


def test_every_exported_annotation_passes_the_w3c_musts(annotated):
    collection = exports.annotations_json()
    assert must_failures(collection, "collections/collectionMusts.test") == []
    first = collection["first"]
    assert isinstance(first, dict)
    items = first["items"]
    assert len(items) == collection["total"] == len(NASTY_NOTES) + 3
    for item in items:
        assert must_failures(item, "annotations/annotationMusts.test") == [], item["id"]
    json.dumps(collection)  # plain JSON all the way down


def test_annotations_carry_quote_position_note_concepts_and_colour(annotated):
    plain = annotated["plain"]
    [item] = [
        a
        for a in exports.annotations_json(annotated["aliansi"])["first"]["items"]  # type: ignore[index]
        if a["id"] == f"urn:uuid:{plain.id}"
    ]
    assert item["target"]["source"]["id"].startswith("urn:marginalia:article:sha256:")
    quote, position = item["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": plain.exact,
        "prefix": plain.prefix,
        "suffix": plain.suffix,
    }
    assert position == {"type": "TextPositionSelector", "start": plain.start, "end": plain.end}
    purposes = {b["purpose"]: b["value"] for b in item["body"]}
    assert purposes == {"commenting": "Dua\nbaris", "highlighting": "yellow"}
    assert item["created"].endswith("Z")


def test_a_broken_annotation_fails_the_w3c_musts():
    """The suite really checks: a wrong annotation does not slip through."""
    bad = {"@context": "http://example.org", "id": "not a uri", "type": "Annotation"}
    failures = must_failures(bad, "annotations/annotationMusts.test")
    assert any("Context" in f for f in failures) and any("Id" in f for f in failures)


def test_copy_as_markdown_gives_one_highlight(annotated):
    plain = annotated["plain"]
    markdown = exports.highlight_markdown(plain.id)
    assert markdown.startswith(f"> {plain.exact}\n\nDua\\\nbaris\n")
    assert "---" not in markdown and "#" not in markdown.split("\n")[0]


def test_a_users_template_gets_the_same_values(annotated, tmp_path: Path):
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{% for a in articles %}{{ a.title }}: {{ a.highlights | length }}\n{% endfor %}"
        "{{ raw.title | md }}\n"
    )
    out = exports.notes_markdown(template=template)
    assert f"Apa Itu Diplomasi Detente?: {len(NASTY_NOTES)}" in out
    assert "Notes: Marginalia library" in out


def test_concepts_that_would_share_a_tag_get_their_own(library: Path):
    list(import_paths([SEEDS]))
    detente = _article("Detente")
    names = ["C#", "C++", "Keamanan siber", "keamanan-siber", "Keamanan_siber", "🕊️", "PBB / UN"]
    for number, name in enumerate(names):
        create_highlight(detente, number * 30, number * 30 + 20, concepts=[name])
    notes = exports.notes_markdown(by="concept")
    tags = re.findall(r"^Tag: (\S+)$", notes, re.MULTILINE)
    assert len(tags) == len(set(tags)) == len(names), tags
    assert "#concept" not in tags and not any("-/" in t or "/-" in t for t in tags)
    # Each passage carries its own concept's tag, the same one everywhere in the export.
    by_article = exports.notes_markdown(detente)
    used = re.findall(r"^\*\*Concepts:\*\* .+ (#\S+)$", by_article, re.MULTILINE)
    assert sorted(used) == sorted(tags)
    glossary = exports.handout_markdown(detente).split("## Glossary")[1]
    assert sorted(re.findall(r"^\*\*.+\*\* (#\S+):", glossary, re.MULTILINE)) == sorted(tags)
