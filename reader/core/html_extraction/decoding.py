"""Decoding a saved page's bytes as a browser would: BOM, then <meta charset>, UTF-8, cp1252."""

from __future__ import annotations

import codecs
import re

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
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them rather than failing.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
