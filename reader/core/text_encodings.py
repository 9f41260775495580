"""Which codec names are text encodings: a file may name any codec, only these decode it.

Python's codec registry also holds transforms that are not character sets at all: rot13,
base64, hex, zlib, bz2, uu, quopri, and "undefined", which refuses everything. A saved web
page can declare any of them in ``<meta charset>``; taken at its word, ``bytes.decode``
raises an error no reader understands. Only codecs that turn bytes into text count.
"""

from __future__ import annotations

import codecs


def text_codec(label: str) -> str | None:
    """The Python name of the text encoding ``label`` names, or None if it names none."""
    try:
        info = codecs.lookup(label.strip())
    except (LookupError, UnicodeError, ValueError):
        return None
    # A private flag, but the one the str and bytes methods themselves consult.
    if not getattr(info, "_is_text_encoding", True):
        return None
    try:
        # "undefined" is a text encoding that decodes nothing; a real one decodes ASCII.
        b"a".decode(info.name)
    except (UnicodeError, LookupError):
        return None
    return info.name
