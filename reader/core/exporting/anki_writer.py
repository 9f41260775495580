"""Study cards as an Anki deck (.apkg), written with genanki.

Exporting again must update the notes a student already imported, never add them twice:
Anki knows a note by its guid, so each note's guid is derived from what the card is made
of (our highlight and concept ids, ``CardText.source_key``), and so are the note and card
ids in the file. Decks and the two note types have fixed ids too. A cloze card becomes
an Anki cloze note (``{{c1::…}}``); every note carries the passage's marginalia:// link.

An .apkg is a zip holding a SQLite collection; genanki's own ``write_to_file`` leaves its
temporary database behind, so the collection is built in a temporary folder of ours and
zipped in memory, for the caller to write atomically.
"""

from __future__ import annotations

import hashlib
import html
import io
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import genanki

from reader.core.study.cards import CardKind, CardText, Passage, pieces

APP = "marginalia"
ROOT_DECK = "Marginalia"
# Fixed for good: Anki recognises the note types (and the user's changes to their
# styling) by these ids on every later import.
BASIC_MODEL_ID = 1_607_392_319
CLOZE_MODEL_ID = 1_607_392_320

STYLE = """
.card { font-family: Georgia, 'Noto Serif', serif; font-size: 20px; line-height: 1.5;
  text-align: left; max-width: 40em; margin: 0 auto; }
.cue { font-size: 0.8em; opacity: 0.7; margin-bottom: 0.8em; }
.cloze { font-weight: bold; }
blockquote { margin: 0.6em 0; padding-left: 0.8em; border-left: 3px solid #c9a227; }
.source { font-size: 0.75em; opacity: 0.7; margin-top: 1em; }
"""

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "Marginalia",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
    templates=[
        {
            "name": "Card",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<div class="source">{{Source}}</div>',
        }
    ],
    css=STYLE,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "Marginalia Cloze",
    fields=[{"name": "Text"}, {"name": "Cue"}, {"name": "Back Extra"}, {"name": "Source"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": '<div class="cue">{{Cue}}</div>{{cloze:Text}}',
            "afmt": '<div class="cue">{{Cue}}</div>{{cloze:Text}}<div>{{Back Extra}}</div>'
            '<div class="source">{{Source}}</div>',
        }
    ],
    css=STYLE,
    model_type=genanki.Model.CLOZE,
)


@dataclass(frozen=True)
class AnkiDeck:
    """One deck: its name ("Marginalia::Détente"), a stable key for its id, its cards."""

    name: str
    key: str
    cards: tuple[CardText, ...]


def _number(*parts: str) -> int:
    """A stable positive id below 2**53 (Anki's ids pass through JavaScript)."""
    digest = hashlib.sha256("\x1f".join((APP, *parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:6], "big") + 1


def note_guid(card: CardText) -> str:
    return str(genanki.guid_for(APP, card.source_key))


def _text(text: str, strip: bool = True) -> str:
    """Plain text as a field's HTML: escaped, braces kept from reading as cloze syntax.

    ``strip=False`` for the pieces of a passage around a cloze, whose spaces count.
    """
    escaped = html.escape(text.strip() if strip else text, quote=False)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("\n", "<br>")


def _source(passage: Passage | None) -> str:
    if passage is None:
        return ""
    where = passage.article_title + (f" — {passage.section}" if passage.section else "")
    return f'<a href="{html.escape(passage.link)}">{_text(where)}</a>'


def _cue(passage: Passage) -> str:
    return _text(passage.section or passage.article_title)


def _note(card: CardText) -> genanki.Note | None:
    tags = [name.replace(" ", "_") for name in card.concepts]
    guid = note_guid(card)
    passage = card.passage
    if card.kind is CardKind.DEFINITION:
        examples = "".join(
            f"<blockquote>{_text(p.text)}<div class='source'>{_source(p)}</div></blockquote>"
            for p in card.examples
        )
        fields = [_text(card.concept), _text(card.definition) + examples, ""]
        return genanki.Note(model=BASIC_MODEL, fields=fields, tags=tags, guid=guid)
    if passage is None:
        return None
    if card.kind is CardKind.NOTE:
        fields = [
            f"<div class='cue'>{_cue(passage)}</div>{_text(passage.text)}",
            _text(passage.note),
            _source(passage),
        ]
        return genanki.Note(model=BASIC_MODEL, fields=fields, tags=tags, guid=guid)
    text = "".join(
        "{{c1::" + _text(piece) + "}}" if hidden else _text(piece, strip=False)
        for piece, hidden in pieces(passage.text, card.gaps)
    )
    fields = [text, _cue(passage), _text(passage.note), _source(passage)]
    return genanki.Note(model=CLOZE_MODEL, fields=fields, tags=tags, guid=guid)


def apkg_bytes(decks: Sequence[AnkiDeck], timestamp: float | None = None) -> bytes:
    """The .apkg holding ``decks``; the same cards give the same guids and ids each time."""
    package = genanki.Package(
        [
            _deck(deck)
            for deck in decks
            if deck.cards  # an empty deck would only clutter the student's Anki
        ]
    )
    moment = time.time() if timestamp is None else timestamp
    with tempfile.TemporaryDirectory(prefix="marginalia-anki-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), moment, count(int(moment * 1000)))
            _stable_ids(connection)
            connection.commit()
        finally:
            connection.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")
    return buffer.getvalue()


def _deck(deck: AnkiDeck) -> genanki.Deck:
    made = genanki.Deck(_number("deck", deck.key), deck.name)
    for card in deck.cards:
        note = _note(card)
        if note is not None:
            made.add_note(note)
    return made


def _stable_ids(connection: sqlite3.Connection) -> None:
    """Note and card ids from the notes' guids instead of the time of export."""
    notes = connection.execute("SELECT id, guid FROM notes").fetchall()
    new_ids = {old: _number("note", guid) for old, guid in notes}
    # Two passes through negative ids, so a new id never meets an old one mid-way.
    for old, new in new_ids.items():
        connection.execute("UPDATE notes SET id = ? WHERE id = ?", (-new, old))
        connection.execute("UPDATE cards SET nid = ? WHERE nid = ?", (-new, old))
    connection.execute("UPDATE notes SET id = -id")
    connection.execute("UPDATE cards SET nid = -nid")
    cards = connection.execute(
        "SELECT c.id, n.guid, c.ord FROM cards c JOIN notes n ON n.id = c.nid"
    ).fetchall()
    for old, guid, ordinal in cards:
        connection.execute(
            "UPDATE cards SET id = ? WHERE id = ?", (-_number("card", guid, str(ordinal)), old)
        )
    connection.execute("UPDATE cards SET id = -id")
