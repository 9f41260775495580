"""Decoding a saved page's bytes as a browser would: BOM, then <meta charset>, UTF-8, cp1252."""

from __future__ import annotations

import codecs
import re
import unicodedata

from reader.core.text_encodings import text_codec

__all__ = ["decode_html"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:+-]+)""", re.IGNORECASE
)
# As in browsers (WHATWG Encoding), these labels mean Windows-1252, a superset of both.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859_1", "ascii", "cp1252"}


def _declared_codec(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta>`` charset, if it names a known one."""
    match = _META_CHARSET.search(data[:16384])
    if match is None:
        return None
    name = text_codec(match.group(1).decode("ascii", "replace"))
    if name is None:  # unknown, or not a text encoding at all (rot13, base64, undefined)
        return None
    name = name.replace("-", "_")
    if name in _WINDOWS_1252_ALIASES:
        return "cp1252"
    if name.startswith("utf_16") or name.startswith("utf_32"):
        return "utf-8"  # a page whose bytes could be scanned as ASCII is not UTF-16 (WHATWG)
    return name


def decode_html(data: bytes) -> str:
    """Decode a saved page: its BOM, else its ``<meta charset>``, else UTF-8, else Windows-1252.

    A page that declares a single-byte charset but whose bytes are valid UTF-8 with non-ASCII
    characters was re-saved as UTF-8 without fixing the declaration; it is read as UTF-8, since
    legacy text is practically never valid UTF-8 by chance. A declared charset the bytes do not
    fit is skipped rather than trusted.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf8: str | None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    declared = _declared_codec(data)
    if declared is not None:
        single_byte = declared == "cp1252" or codecs.lookup(declared).name.startswith(
            ("iso8859", "cp", "windows", "koi8", "mac")
        )
        if utf8 is not None and single_byte and not data.isascii():
            return utf8
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    if utf8 is not None:
        return utf8
    guessed = _guessed_codec(data)
    if guessed is not None:
        return data.decode(guessed, errors="replace")
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them rather than failing.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _guessed_codec(data: bytes) -> str | None:
    """The legacy encoding of a page that declares none, told from its text as browsers
    tell it, or None to keep Windows-1252 (the default for pages in Latin letters).

    Only the text between tags is looked at (markup is ASCII and says nothing), and only
    its first part, so the time stays bounded. A guess in another script (Cyrillic, Arabic,
    Chinese, Japanese, Korean) is taken when there is text enough to tell and its letters
    are mostly of that script; otherwise the Latin code page that leaves the fewest symbols
    inside words ("ł" read as "³"), Windows-1252 on a tie.
    """
    from charset_normalizer import from_bytes

    sample = _MARKUP.sub(b" ", data[:_SAMPLE_BYTES])
    if sample.isascii():
        return None
    candidates = list(_LATIN_CODECS)
    if sum(byte > 0x7F for byte in sample) >= _MIN_EVIDENCE_BYTES:
        best = from_bytes(sample).best()
        guessed = str(best.encoding) if best is not None and best.encoding else None
        if guessed is not None:
            try:
                text = sample.decode(guessed)
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None and not _mostly_latin(text):
                return guessed
            if text is not None:
                candidates.insert(1, guessed)
    odd = {codec: _symbols_in_words(sample.decode(codec, errors="replace")) for codec in candidates}
    chosen = min(candidates, key=odd.__getitem__)  # the first of equals
    return None if chosen == "cp1252" else chosen


# Latin code pages tried, in order of preference when they read equally well.
_LATIN_CODECS = ("cp1252", "cp1250", "iso8859_2", "cp1257")
_MIN_EVIDENCE_BYTES = 24  # bytes outside ASCII a guess of another script needs


# Tags only, in one linear pass (a script's text stays: it is ASCII or in the page's encoding).
_MARKUP = re.compile(rb"<[^<>]*>")
_SAMPLE_BYTES = 64 * 1024
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s](?=[^\W\d_])")


def _mostly_latin(text: str) -> bool:
    """Whether most of the letters outside ASCII are Latin ones."""
    latin = other = 0
    for character in text:
        if character.isascii() or not character.isalpha():
            continue
        if unicodedata.name(character, "").startswith("LATIN"):
            latin += 1
        else:
            other += 1
    return latin >= other


def _symbols_in_words(text: str) -> int:
    """Symbols between two letters outside ASCII-only words: "³" in "postanowi³a"."""
    return sum(1 for match in _SYMBOL_IN_WORD.finditer(text) if not match.group().isascii())
