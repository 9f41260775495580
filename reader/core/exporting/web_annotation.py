"""Highlights as W3C Web Annotations (JSON-LD), and such annotations read back.

The export is one ``AnnotationCollection`` whose first page embeds every annotation:

* ``id``: ``urn:uuid:<the highlight's UUID>``, so an annotation keeps its identity
  across libraries and a second import updates instead of adding;
* ``target``: a ``SpecificResource`` whose ``source`` is the article, named by the
  SHA-256 of its original text (``urn:marginalia:article:sha256:<hex>``, with the title as
  its ``label``), and whose selectors are a ``TextQuoteSelector`` (exact, prefix, suffix)
  and a ``TextPositionSelector`` (start, end) over the article's reading text; for an
  article imported from a PDF, a ``FragmentSelector`` (RFC 3778: ``page=12``) beside them
  names the page of the PDF the passage is on;
* ``body``: ``TextualBody`` items: the note (``purpose: commenting``, plain text), one per
  concept (``purpose: tagging``, the concept's name) and the colour by name
  (``purpose: highlighting``, e.g. ``yellow``), which Marginalia reads back as the colour.

Whether a highlight is unplaced is not written: an importing library anchors every
annotation in its own copy of the article and finds that out for itself. A highlight
that needs a look (its article changed and the new place is only proposed) says so in one
more body, ``purpose: assessing``, whose text starts "Needs a look:" and names the
proposed text; its selectors are those of the passage as it was highlighted. Reading
back, that body is recognised and is not taken for part of the note.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reader.core.errors import QT_TRANSLATE_NOOP, UserError
from reader.core.exporting.document import ExportDocument, ExportHighlight, article_urn

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PURPOSE_NOTE = "commenting"
PURPOSE_CONCEPT = "tagging"
PURPOSE_COLOR = "highlighting"
PURPOSE_PLACEMENT = "assessing"
NEEDS_A_LOOK = "Needs a look:"  # how the remark on a highlight that needs a look begins
_ARTICLE_URN = re.compile(r"^urn:marginalia:article:sha256:([0-9a-f]{64})$")
_UUID_URN = re.compile(
    r"^urn:uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
)
# Offsets past this are no article's (20 MB of text); a larger "start" is not a position.
MAX_OFFSET = 2**31 - 1
# Times outside these years are not a highlight's: a clock gone wrong or a made-up file.
# A time in the future (beyond a day of clock skew) is no evidence of being newer.
EARLIEST_YEAR = 1970
# Annotations sit three levels down (collection, page, items); a list of lists of
# annotations is read too, but nothing real nests deeper than this.
MAX_NESTING = 16
# Annotations made elsewhere have other ids; the same id always gets the same UUID here.
_FOREIGN_IDS = uuid.UUID("4b1f3a52-6c1e-4f0b-9a53-6d2f0c8e7a10")


def timestamp(moment: datetime) -> str:
    """xsd:dateTime in UTC with a ``Z``, to the second."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"


def annotation(h: ExportHighlight, content_hash: str) -> dict[str, object]:
    """One highlight as a W3C Annotation."""
    selectors: list[dict[str, object]] = [
        {
            "type": "TextQuoteSelector",
            "exact": h.exact,
            "prefix": h.prefix,
            "suffix": h.suffix,
        },
        {"type": "TextPositionSelector", "start": h.start, "end": h.end},
    ]
    if h.page is not None:
        selectors.append(
            {"type": "FragmentSelector", "conformsTo": PDF_FRAGMENT, "value": f"page={h.page}"}
        )
    body: list[dict[str, object]] = []
    if h.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": PURPOSE_NOTE,
                "value": h.note,
                "format": "text/plain",
            }
        )
    body += [{"type": "TextualBody", "purpose": PURPOSE_CONCEPT, "value": c} for c in h.concepts]
    body.append({"type": "TextualBody", "purpose": PURPOSE_COLOR, "value": h.color})
    if h.needs_look:
        body.append(
            {
                "type": "TextualBody",
                "purpose": PURPOSE_PLACEMENT,
                "value": f"{NEEDS_A_LOOK} the article changed here. Proposed place: "
                f"“{h.proposed_text}”",
                "format": "text/plain",
            }
        )
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{h.id}",
        "type": "Annotation",
        "motivation": "highlighting",
        "created": timestamp(h.created_at),
        "modified": timestamp(h.modified_at),
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": {
                "id": article_urn(content_hash),
                "type": "Text",
                "label": h.article_title,
            },
            "selector": selectors,
        },
    }


def collection_id(document: ExportDocument, article_id: int | None) -> str:
    if article_id is not None and len(document.articles) == 1:
        return f"urn:marginalia:annotations:{article_urn(document.articles[0].content_hash)}"
    return "urn:marginalia:annotations:library"


def annotation_collection(document: ExportDocument, article_id: int | None) -> dict[str, object]:
    items = [annotation(h, a.content_hash) for a in document.articles for h in a.highlights]
    collection: dict[str, object] = {
        "@context": CONTEXT,
        "id": collection_id(document, article_id),
        "type": "AnnotationCollection",
        "label": document.title,
        "generated": timestamp(document.generated_at),
        "total": len(items),
    }
    if items:
        collection["first"] = {"type": "AnnotationPage", "startIndex": 0, "items": items}
    return collection


@dataclass(frozen=True)
class ImportedAnnotation:
    """An annotation read back: what a highlight needs, and how to find its article."""

    id: str  # a UUID
    content_hash: str | None  # from the source URN, when it is one of ours
    source_label: str
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    note: str
    concepts: tuple[str, ...]
    color: str | None
    created: datetime | None  # UTC, naive, as the store keeps times
    modified: datetime | None
    data: Mapping[str, object]  # the annotation as it was read, kept while pending


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(item: Mapping[str, object]) -> set[str]:
    return {str(t) for t in _as_list(item.get("type"))}


def _annotations_in(data: object, origin: str) -> Iterator[Mapping[str, object]]:
    """Annotations in a collection (embedded pages), a page, a list, or one annotation.

    Walked with a stack, not recursion, and only so deep: a file of nested lists or a
    chain of thousands of embedded pages must not exhaust Python's stack.
    """
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_NESTING:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{origin}: the annotations are nested more than {depth} levels deep; "
                    "this is not a W3C annotation file.",
                ),
                origin=origin,
                depth=MAX_NESTING,
            )
        if isinstance(value, list):
            stack.extend((item, depth + 1) for item in reversed(value))
            continue
        if not isinstance(value, Mapping):
            continue
        kinds = _types(value)
        if "Annotation" in kinds:
            yield value
        elif "AnnotationPage" in kinds:
            # The next page is a page of the same collection, not a level deeper.
            following = value.get("next")
            if isinstance(following, Mapping):
                stack.append((following, depth))
            stack.append((value.get("items"), depth + 1))
        elif "AnnotationCollection" in kinds:
            first = value.get("first")
            if isinstance(first, Mapping | list):
                stack.append((first, depth + 1))


def _time(value: object) -> datetime | None:
    """An xsd:dateTime as naive UTC; None when absent, unreadable or out of any sane range
    (year 1 with a timezone cannot even be converted to UTC)."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None
    latest = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=1)
    return moment if moment.year >= EARLIEST_YEAR and moment <= latest else None


def _offset(value: object) -> int | None:
    # bool is an int to Python; a JSON true is no position.
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_OFFSET else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _highlight_id(raw: object, data: Mapping[str, object]) -> str:
    text = _text(raw)
    match = _UUID_URN.match(text)
    if match:
        return str(uuid.UUID(match.group(1)))
    if not text:
        # No id of its own: named by what it holds, so the same annotation is one highlight.
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return str(uuid.uuid5(_FOREIGN_IDS, text))


def read_annotation(data: Mapping[str, object]) -> ImportedAnnotation | None:
    """``data`` as an annotation Marginalia can keep, or None without a quote to anchor."""
    quote: Mapping[str, object] | None = None
    position: Mapping[str, object] | None = None
    source: object = None
    for target in _as_list(data.get("target")):
        if not isinstance(target, Mapping):
            continue
        for selector in _as_list(target.get("selector")):
            if not isinstance(selector, Mapping):
                continue
            kinds = _types(selector)
            if "TextQuoteSelector" in kinds and isinstance(selector.get("exact"), str):
                quote = quote or selector
            elif "TextPositionSelector" in kinds:
                position = position or selector
        if quote is not None:
            source = target.get("source")
            break
    if quote is None or not _text(quote.get("exact")).strip():
        return None
    source_id = source.get("id") if isinstance(source, Mapping) else source
    label = _text(source.get("label")) if isinstance(source, Mapping) else ""
    hashed = _ARTICLE_URN.match(_text(source_id))
    note_parts, concepts, color = [], [], None
    for body in _as_list(data.get("body")):
        if not isinstance(body, Mapping):
            continue
        purposes = {str(p) for p in _as_list(body.get("purpose"))}
        value = _text(body.get("value"))
        if PURPOSE_PLACEMENT in purposes and value.startswith(NEEDS_A_LOOK):
            continue  # this library's own remark, not the user's note
        if PURPOSE_COLOR in purposes:
            color = value
        elif PURPOSE_CONCEPT in purposes:
            if value.strip():
                concepts.append(value)
        elif value:
            note_parts.append(value)
    start = _offset(position.get("start")) if position else None
    end = _offset(position.get("end")) if position else None
    if start is not None and end is not None and end < start:
        start = end = None
    return ImportedAnnotation(
        id=_highlight_id(data.get("id"), data),
        content_hash=hashed.group(1) if hashed else None,
        source_label=label,
        exact=_text(quote.get("exact")),
        prefix=_text(quote.get("prefix")),
        suffix=_text(quote.get("suffix")),
        start=start,
        end=end,
        note="\n\n".join(note_parts),
        concepts=tuple(concepts),
        color=color,
        created=_time(data.get("created")),
        modified=_time(data.get("modified")),
        data=data,
    )


def read_annotations(data: object, origin: str) -> tuple[list[ImportedAnnotation], int]:
    """Every usable annotation in ``data``, and how many were skipped (no text quote)."""
    found = list(_annotations_in(data, origin))
    if not found:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{origin} holds no W3C Web Annotations."), origin=origin
        )
    read = [read_annotation(item) for item in found]
    kept = [r for r in read if r is not None]
    return kept, len(read) - len(kept)
