"""The hostile inputs' shapes as Hypothesis strategies, for the importers' fuzz tests.

cases.py holds one large example of each; these draw many small ones of the same kinds,
mixed with ordinary words: runs of link syntax and brackets, unbreakable runs, control
and direction characters, and annotations with odd ids, times, offsets and nesting.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

WORDS = st.sampled_from(["Diplomasi", "détente", "NATO", "kerja sama", "negara-negara", "\n"])
MARKUP = st.sampled_from(
    ["](", "[", "]", "![", "[^", "*", "_", "`", "<a:", "<", ">", "&amp;", "&", "\\", "|", "#"]
)
INVISIBLE = st.sampled_from(["\u202e", "\u202d", "\u200b", "\u2066", "\u2028", "\x1b", "\r"])


def _runs(piece: str) -> st.SearchStrategy[str]:
    return st.integers(min_value=1, max_value=3000).map(lambda n: piece * n)


UNBREAKABLE = st.text(
    st.characters(whitelist_categories=["Ll", "Lu", "Nd"]), min_size=300, max_size=6000
)

hostile_texts: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(["](", "[", "*a", "<a:", "[a](b ", "![", "`", "> ", "- "]).flatmap(_runs),
    UNBREAKABLE,
    st.lists(st.one_of(WORDS, MARKUP, INVISIBLE, UNBREAKABLE), min_size=1, max_size=40).map(
        " ".join
    ),
    st.lists(st.one_of(MARKUP, INVISIBLE), min_size=1, max_size=400).map("".join),
)

_HEX = "0123456789abcdefABCDEF-"
odd_ids = st.one_of(
    st.text(max_size=60),
    st.text(_HEX, min_size=36, max_size=36).map(lambda t: "urn:uuid:" + t),
    st.just("urn:uuid:" + "-" * 36),
    st.integers(),
    st.lists(st.integers(), max_size=3),
    st.none(),
    st.text(max_size=20).map(lambda t: t * 500),
)
odd_times = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "0001-01-01T00:00:00+05:00",
            "9999-12-31T23:59:59-05:00",
            "0001-01-01T00:00:00",
            "2999-01-01T00:00:00Z",
            "not a date",
            "",
        ]
    ),
    st.integers(),
    st.floats(allow_nan=True),
    st.none(),
)
odd_offsets = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.none(),
)


@st.composite
def odd_annotations(draw: st.DrawFn) -> Any:
    """One W3C annotation with odd values, possibly wrapped in lists and pages."""
    quote = draw(st.one_of(st.just("Perang Dingin"), hostile_texts, st.text(max_size=50)))
    annotation: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": draw(st.sampled_from(["Annotation", ["Annotation"], "Other"])),
        "id": draw(odd_ids),
        "created": draw(odd_times),
        "modified": draw(odd_times),
        "body": draw(
            st.one_of(
                st.none(),
                st.text(max_size=20),
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "type": st.just("TextualBody"),
                            "purpose": st.sampled_from(
                                ["commenting", "tagging", "highlighting", 5, None]
                            ),
                            "value": st.one_of(st.text(max_size=30), hostile_texts, st.integers()),
                        }
                    ),
                    max_size=4,
                ),
            )
        ),
        "target": {
            "source": draw(st.one_of(st.text(max_size=20), st.none(), st.integers())),
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote, "prefix": draw(st.text(max_size=9))},
                {
                    "type": "TextPositionSelector",
                    "start": draw(odd_offsets),
                    "end": draw(odd_offsets),
                },
            ],
        },
    }
    depth = draw(st.integers(min_value=0, max_value=30))
    wrapped: Any = annotation
    for level in range(depth):
        wrapped = [wrapped] if level % 2 else {"type": "AnnotationPage", "items": [wrapped]}
    # Through JSON and back, as a file would be: what json cannot hold is not a file's.
    return json.loads(json.dumps(wrapped, default=str))


# Saved web pages: declared charsets that are no text encoding (or none at all), marks,
# deep nesting, runs of tiny paragraphs, and the hostile texts inside the article.
CHARSET_LABELS = st.one_of(
    st.sampled_from(
        ["rot13", "base64", "undefined", "hex", "zlib", "uu", "utf-32", "utf-16", "cp1252"]
    ),
    st.sampled_from(["koi8-r", "shift_jis", "iso-8859-5", "x-user-defined", "utf-7"]),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789-_:.", max_size=16),
)
_MARKS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])


@st.composite
def hostile_pages(draw: st.DrawFn) -> bytes:
    """The bytes of one saved web page of the hostile suite's kinds, small enough to draw
    many (cases.py holds the large ones)."""
    charset = draw(CHARSET_LABELS)
    text = draw(st.one_of(hostile_texts, st.text(max_size=200))).replace("<", "&lt;")
    depth = draw(st.integers(min_value=0, max_value=400))
    tiny = draw(st.integers(min_value=0, max_value=3000))
    body = (
        "<div>" * depth
        + f"<article><h1>Judul</h1><p>{text}</p>"
        + "".join(f"<p>kata {i}</p>" for i in range(tiny))
        + "</article>"
        + "</div>" * depth
    )
    page = f'<html><head><meta charset="{charset}"><title>Judul</title></head><body>{body}'
    encoded = page.encode("utf-8", "surrogatepass")
    return draw(_MARKS) + encoded
