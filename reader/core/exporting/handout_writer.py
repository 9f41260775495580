"""A handout: the whole article with highlighted passages marked ``==like this==``.

Two flavours of mark: ``==text==`` (OBSIDIAN: Obsidian, markdown-it's mark plugin, pandoc
3 with ``+mark``) and ``[text]{.mark}`` (PANDOC: pandoc 2 and 3's ``markdown`` and
``commonmark_x`` readers, which show ``==`` as it is). Marks are placed and checked as
``==``; the pandoc flavour then writes the same marks as bracketed spans, leaving out a
passage whose brackets would not pair up with the article's own.

Each note becomes a numbered footnote right after its mark, and the concepts used are
gathered in a glossary at the end. Overlapping (or touching) highlights are marked once,
as their union, followed by a footnote for each note.

Marks go into the article's Markdown source (see source_map for how reading-text offsets
become source offsets) and must never break its syntax:

* a passage crossing blocks gets one mark per block (paragraph, list item, table cell);
* a mark never starts or ends on a space (``== x==`` would not be a mark);
* where one mark around the passage would cross an emphasis, link or code delimiter (the
  passage starts inside ``**bold**`` and ends after it), the passage is marked as several
  runs, each between two pieces of syntax, so marks nest inside the constructs;
* code blocks cannot hold marks; such passages are listed after the article instead.

Rather than predicting every case, the writer checks its result: it parses the marked
article and compares, block by block, the marked text with the passages. A block whose
marks did not come out right is marked again the careful way (runs), and a block that
still fails is left unmarked, its passages listed with the unplaced ones. So a handout
never shows a stray ``==`` or a mark over the wrong words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.footnote.index import render_footnote_ref

from reader.core.exporting.document import ExportArticle, ExportConcept, ExportDocument
from reader.core.exporting.document import ExportHighlight as Highlight
from reader.core.exporting.mark_flavors import FLAVORS, MARK, OBSIDIAN, PANDOC
from reader.core.exporting.mark_rule import mark_plugin
from reader.core.exporting.markdown_text import escape_block
from reader.core.exporting.notes_writer import (
    concept_values,
    document_tags,
    highlight_values,
    iso,
)
from reader.core.exporting.source_map import (
    Segment,
    SourceMap,
    build_source_map,
    normalise_source,
    units,
)
from reader.core.exporting.templates import render_template
from reader.core.exporting.wording import Translate, english, layout_labels
from reader.core.reading_text import reading_text
from reader.core.rendering import parser

# Stand for <mark>, </mark> and a footnote reference when checking the result.
_OPEN, _CLOSE, _REFERENCE = "\x01", "\x02", "\x03"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# How a block is marked, in the order tried: one mark around each passage; marks between
# pieces of syntax; one mark widened over the syntax at its edges (a whole <autolink>).
SINGLE, RUNS, WIDENED = 0, 1, 2
# Where inserts share an offset: a closing mark, then footnote references, then an opening mark.
_CLOSING, _REFERENCES, _OPENING = 0, 1, 2


def _render_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return _OPEN


def _render_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return _CLOSE


_CHECK_LABEL = "marginalia-check-"  # the labels of our references while checking


def _render_reference(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # Only our references become the private character; the article's own render as usual.
    meta = tokens[idx].meta or {}
    if str(meta.get("label", "")).startswith(_CHECK_LABEL):
        return _REFERENCE
    return render_footnote_ref(self, tokens, idx, options, env)


def _build_parser(sentinels: bool) -> MarkdownIt:
    app = parser().renderer
    md = (
        MarkdownIt("commonmark", {"html": False, "typographer": False})
        .enable(["table", "strikethrough"])
        .use(footnote_plugin)
        .use(mark_plugin)
    )
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML) and isinstance(app, RendererHTML)
    # The view's own rules for images and line breaks decide the reading text.
    for name in ("image", "softbreak"):
        renderer.rules[name] = app.rules[name]
    if sentinels:
        md.add_render_rule("mark_open", _render_open)
        md.add_render_rule("mark_close", _render_close)
        md.add_render_rule("footnote_ref", _render_reference)
    return md


@lru_cache(maxsize=1)
def marked_parser() -> MarkdownIt:
    """The app's parser plus ``==mark==``, rendering text exactly as the view does."""
    return _build_parser(sentinels=False)


@lru_cache(maxsize=1)
def _checking_parser() -> MarkdownIt:
    """As marked_parser, but marks render as two private characters, easy to find in text."""
    return _build_parser(sentinels=True)


@dataclass
class Region:
    """Reading-text range ``[start, end)`` marked once, and the highlights it unites."""

    start: int
    end: int
    highlights: list[Highlight] = field(default_factory=list)


def regions(highlights: Sequence[Highlight]) -> list[Region]:
    """Placed highlights merged where they overlap or touch, in reading order."""
    merged: list[Region] = []
    for h in sorted((h for h in highlights if h.placed), key=lambda h: (h.start, h.end)):
        if merged and h.start <= merged[-1].end:
            merged[-1].end = max(merged[-1].end, h.end)
            merged[-1].highlights.append(h)
        else:
            merged.append(Region(h.start, h.end, [h]))
    return merged


@dataclass(frozen=True)
class Piece:
    """The part of a region inside one block, trimmed of surrounding spaces."""

    region: int
    segment: Segment
    start: int
    end: int


def _pieces(text: str, source_map: SourceMap, found: list[Region]) -> list[Piece]:
    pieces = []
    for number, region in enumerate(found):
        for segment in source_map.segments_in(region.start, region.end):
            a, b = max(region.start, segment.start), min(region.end, segment.end)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                pieces.append(Piece(number, segment, a, b))
    return pieces


def _mapped(piece: Piece) -> list[int]:
    offset = piece.segment.start
    return [s for s in piece.segment.sources[piece.start - offset : piece.end - offset] if s >= 0]


def _whole_characters(start: int, end: int, source: str) -> tuple[int, int]:
    """Widen a span so it never splits a backslash escape or an entity, then trim spaces."""
    if start > 0 and source[start - 1] == "\\":
        start -= 1
    entity = _ENTITY.match(source, end - 1) if source[end - 1] == "&" else None
    if entity:
        end = entity.end()
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def _single_span(piece: Piece, source: str) -> list[tuple[int, int]]:
    mapped = _mapped(piece)
    if not mapped:
        return []
    start, end = _whole_characters(mapped[0], mapped[-1] + 1, source)
    return [(start, end)] if start < end else []


def _widened_span(piece: Piece, source: str) -> list[tuple[int, int]]:
    """One mark around the passage and the syntax right at its edges (``<``, ``**``, ``[``)."""
    single = _single_span(piece, source)
    if not single:
        return []
    (start, end), segment = single[0], piece.segment
    mapped = set(segment.sources)
    while (
        start > segment.source_start and start - 1 not in mapped and not source[start - 1].isspace()
    ):
        start -= 1
    while end < segment.source_end and end not in mapped and not source[end].isspace():
        end += 1
    return [(start, end)]


def _is_punct(ch: str) -> bool:
    return isMdAsciiPunct(ord(ch)) or isPunctChar(ch)


def _can_open(source: str, at: int) -> bool:
    """Whether ``==`` inserted at ``at`` can open a mark (CommonMark's left-flanking rule)."""
    before = source[at - 1] if at > 0 else " "
    after = source[at] if at < len(source) else " "
    if isWhiteSpace(ord(after)):
        return False
    return not _is_punct(after) or isWhiteSpace(ord(before)) or _is_punct(before)


def _can_close(source: str, at: int) -> bool:
    """Whether ``==`` inserted at ``at`` can close a mark (the right-flanking rule)."""
    before = source[at - 1] if at > 0 else " "
    after = source[at] if at < len(source) else " "
    if isWhiteSpace(ord(before)):
        return False
    return not _is_punct(before) or isWhiteSpace(ord(after)) or _is_punct(after)


def _markable(piece: Piece, source: str) -> bool:
    """False where no mark can stand: ``word==,`` cannot open one, nor ``-==word`` close one."""
    span = _single_span(piece, source)
    return bool(span) and _can_open(source, span[0][0]) and _can_close(source, span[-1][1])


def _run_spans(piece: Piece, source: str) -> list[tuple[int, int]]:
    """The piece's source as runs of visible text, split wherever syntax stands between."""
    spans: list[tuple[int, int]] = []
    for position in _mapped(piece):
        if spans and (position == spans[-1][1] or not source[spans[-1][1] : position].strip(" \t")):
            spans[-1] = (spans[-1][0], position + 1)
        else:
            spans.append((position, position + 1))
    mapped = set(piece.segment.sources)
    fixed = []
    for start, end in spans:
        start, end = _whole_characters(start, end, source)
        # A run that is a whole autolink or code span is marked around its delimiters:
        # a mark inside <...> would become part of the address, inside `...` plain text.
        while (
            start > 0
            and end < len(source)
            and (source[start - 1], source[end]) in (("<", ">"), ("`", "`"))
            and start - 1 not in mapped
            and end not in mapped
        ):
            start, end = start - 1, end + 1
        if start < end:
            fixed.append((start, end))
    return fixed


def _apply(source: str, inserts: list[tuple[int, int, str]]) -> str:
    """Insert ``(offset, order, text)`` items; at one offset, lower orders come first."""
    out = source
    for offset, _order, text in sorted(inserts, reverse=True):
        out = out[:offset] + text + out[offset:]
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def _failing_units(
    marked_source: str, expected: dict[int, tuple[str, str, int]], labels: Sequence[str]
) -> set[int]:
    """Units (by index) whose marks or references did not render exactly as expected.

    ``expected`` maps a unit to its plain text, the text its marks must hold and how many
    footnote references it holds. Marks and references render as private characters
    (see _checking_parser), so one parse shows where each ended up.
    """
    md = _checking_parser()
    env: dict[str, object] = {}
    definitions = "".join(f"\n\n[^{label}]: x" for label in labels)
    found = list(units(md, md.parse(marked_source + definitions, env), env))
    failing = set()
    for index, (plain, marked, references) in expected.items():
        if index >= len(found):
            failing.add(index)
            continue
        got = found[index].text
        inside, depth = [], 0
        for ch in got:
            if ch == _OPEN:
                depth += 1
            elif ch == _CLOSE:
                depth -= 1
            elif depth > 0 and ch != _REFERENCE:
                inside.append(ch)
        shown = re.sub(f"[{_OPEN}{_CLOSE}{_REFERENCE}]", "", got)
        if (
            _squash(shown) != _squash(plain)
            or _squash("".join(inside)) != _squash(marked)
            or got.count(_REFERENCE) != references
        ):
            failing.add(index)
    return failing


def _end_of_block(segment: Segment, source: str) -> int:
    """After the block's last visible character and the syntax closing it (``**``, ``](url)``).

    Stops at a space or a table pipe, so the offset stays inside the block.
    """
    mapped = [s for s in segment.sources if s >= 0]
    position = mapped[-1] + 1 if mapped else segment.source_end
    while position < segment.source_end and source[position] not in " \t\n|":
        position += 1
    return position


@dataclass(frozen=True)
class MarkedArticle:
    markdown: str
    footnotes: list[tuple[str, Highlight]]  # label and highlight, in order of reference
    unmarked: list[Highlight]  # orphans and passages that could not be marked


def _labels(
    found: list[Region], source: str, checking: bool = False
) -> dict[int, list[tuple[str, Highlight]]]:
    """Footnote labels for the notes of each region: 1, 2, 3... unless the article uses one."""
    taken = set(re.findall(r"\[\^([^\]\s]+)\]", source))
    labels: dict[int, list[tuple[str, Highlight]]] = {}
    number = 0
    for index, region in enumerate(found):
        for h in sorted(region.highlights, key=lambda h: (h.start, h.end)):
            if h.note.strip():
                number += 1
                label = str(number) if str(number) not in taken else f"note-{number}"
                if checking:
                    label = f"{_CHECK_LABEL}{number}"
                labels.setdefault(index, []).append((label, h))
    return labels


@dataclass
class _Attempt:
    """One way of marking the article, to be checked by parsing it."""

    inserts: list[tuple[int, int, str]] = field(default_factory=list)
    expected: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # see _failing_units
    last: dict[int, tuple[int, Piece]] = field(default_factory=dict)  # region: last mark end
    labels: list[str] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # region: its marks


class _Marker:
    """Marks one article: tries the simple way first, and a careful way where it fails."""

    def __init__(self, source: str, highlights: Sequence[Highlight]) -> None:
        self.source = source
        self.text = reading_text(source).text
        self.regions = regions(highlights)
        self.pieces = _pieces(self.text, build_source_map(source, self.text), self.regions)
        self.labels = _labels(self.regions, source, checking=True)
        # Per piece: SINGLE, then RUNS, then WIDENED.
        self.level = [SINGLE] * len(self.pieces)
        self.at_block_end: set[int] = set()  # regions whose references end the block
        # Regions listed after the article instead: in code, or at an edge no mark can take.
        self.excluded = {
            p.region for p in self.pieces if p.segment.code or not _markable(p, source)
        }

    def attempt(self, only: set[int] | None = None) -> _Attempt:
        done = _Attempt()
        for number, piece in enumerate(self.pieces):
            if piece.region in self.excluded or (only is not None and piece.region not in only):
                continue
            how = self.level[number]
            if how == SINGLE:
                chosen = _single_span(piece, self.source)
            elif how == RUNS:
                chosen = _run_spans(piece, self.source)
            else:
                chosen = _widened_span(piece, self.source)
            for start, end in chosen:
                done.inserts += [(start, _OPENING, MARK), (end, _CLOSING, MARK)]
                done.spans.setdefault(piece.region, []).append((start, end))
                if end >= done.last.get(piece.region, (-1, piece))[0]:
                    done.last[piece.region] = (end, piece)
            plain = self.text[piece.segment.start : piece.segment.end]
            _plain, marked, refs = done.expected.get(piece.segment.index, (plain, "", 0))
            marked += self.text[piece.start : piece.end]
            done.expected[piece.segment.index] = (plain, marked, refs)
        for region, (end, piece) in done.last.items():
            notes = self.labels.get(region, [])
            if notes:
                where = self.reference_offset(region, end, piece)
                done.inserts.append((where, _REFERENCES, "".join(f"[^{n}]" for n, _h in notes)))
                plain, marked, refs = done.expected[piece.segment.index]
                done.expected[piece.segment.index] = (plain, marked, refs + len(notes))
                done.labels += [n for n, _h in notes]
        return done

    def reference_offset(self, region: int, end: int, piece: Piece) -> int:
        return _end_of_block(piece.segment, self.source) if region in self.at_block_end else end

    def failing(self, done: _Attempt) -> set[int]:
        return _failing_units(_apply(self.source, done.inserts), done.expected, done.labels)

    def settle(self) -> _Attempt:
        """Mark, check, and mark more carefully where the check failed, until none fails."""
        while True:
            done = self.attempt()
            failing = self.failing(done)
            if not failing:
                return done
            for index in failing:
                here = [
                    n
                    for n, p in enumerate(self.pieces)
                    if p.segment.index == index and p.region not in self.excluded
                ]
                # References inside a link label break it: first move them out of the way.
                moved = {
                    self.pieces[n].region for n in here if self.pieces[n].region in self.labels
                } - self.at_block_end
                if moved:
                    self.at_block_end |= moved
                    continue
                # Find the passages at fault alone, so the others in the block keep their
                # simple marks; mark those more carefully, or give up on them.
                guilty = [
                    n
                    for n in here
                    if len(here) == 1
                    or index in self.failing(self.attempt({self.pieces[n].region}))
                ]
                for n in guilty or here:
                    if self.level[n] < WIDENED:
                        self.level[n] += 1
                    else:
                        self.excluded.add(self.pieces[n].region)


def _brackets_pair_up(text: str) -> bool:
    """Whether every unescaped ``[`` in ``text`` has its ``]``, in order."""
    depth, escaped = 0, False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _unsafe_for_spans(source: str, done: _Attempt) -> set[int]:
    """Regions a bracketed span cannot mark: a bracket of the article's own inside would
    pair with ours, and ``!`` right before would make ``![...]`` an image."""
    return {
        region
        for region, spans in done.spans.items()
        if any(
            (start > 0 and source[start - 1] == "!") or not _brackets_pair_up(source[start:end])
            for start, end in spans
        )
    }


def _marks_written(inserts: list[tuple[int, int, str]], flavor: str) -> list[tuple[int, int, str]]:
    opening, closing = FLAVORS[flavor]
    return [
        (offset, order, opening if order == _OPENING else closing)
        for offset, order, _text in inserts
    ]


def mark_article(
    markdown: str, highlights: Sequence[Highlight], flavor: str = OBSIDIAN
) -> MarkedArticle:
    """The article's Markdown with every placed highlight marked and its notes referenced."""
    marker = _Marker(normalise_source(markdown), highlights)
    done = marker.settle()
    while flavor == PANDOC and (unsafe := _unsafe_for_spans(marker.source, done)):
        marker.excluded |= unsafe
        done = marker.settle()
    # Number the notes again, now that it is known which regions got marks.
    marked_regions = sorted(done.last)
    final = _labels([marker.regions[i] for i in marked_regions], marker.source)
    inserts = _marks_written([i for i in done.inserts if i[1] != _REFERENCES], flavor)
    unmarked = [h for h in highlights if not h.placed]
    footnotes: list[tuple[str, Highlight]] = []
    for index, region in enumerate(marker.regions):
        if index not in done.last:
            unmarked.extend(region.highlights)
            continue
        notes = final.get(marked_regions.index(index), [])
        if notes:
            where = marker.reference_offset(index, *done.last[index])
            inserts.append((where, _REFERENCES, "".join(f"[^{n}]" for n, _h in notes)))
            footnotes += notes
    return MarkedArticle(_apply(marker.source, inserts), footnotes, unmarked)


def handout_values(
    document: ExportDocument,
    article: ExportArticle,
    concepts: Sequence[ExportConcept],
    flavor: str = OBSIDIAN,
    translate: Translate = english,
) -> dict[str, object]:
    marked = mark_article(article.markdown, article.highlights, flavor)
    used = {name for h in article.highlights for name in h.concepts}
    tags = document_tags(document)
    return {
        "title": escape_block(article.title),
        "source": document.source,
        "exported_at": iso(document.generated_at),
        "body": marked.markdown.rstrip("\n"),
        "footnotes": [
            {
                "label": label,
                "text": escape_block(h.note),
                "highlight": highlight_values(h, tags, translate),
            }
            for label, h in marked.footnotes
        ],
        "glossary": [
            concept_values(c.name, c.definition, tags)
            for c in sorted(concepts, key=lambda c: c.name.casefold())
            if c.name in used
        ],
        "unmarked": [highlight_values(h, tags, translate) for h in marked.unmarked],
        "raw": {"title": article.title},
    }


def write_handout(
    document: ExportDocument,
    template: Path,
    search_path: Sequence[Path] = (),
    flavor: str = OBSIDIAN,
    translate: Translate = english,
) -> str:
    """The handout of the document's one article, through ``template``; marks as ``flavor``
    writes them (OBSIDIAN or PANDOC), its own words in ``translate``'s language."""
    [article] = document.articles
    values = handout_values(document, article, document.concepts, flavor, translate)
    shared = {"labels": layout_labels(translate)}
    return render_template(template, values, search_path, shared).rstrip("\n") + "\n"
