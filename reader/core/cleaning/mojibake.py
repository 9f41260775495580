"""Text that went through the wrong character set on its way to us, put back.

A page saved or copied without its encoding reaches us as UTF-8 read as Windows-1252:
"fÃ¼r" for "für", "donâ€™t" for "don't", "Â«" for "«". Readers cannot search or quote
such words, and the cleaner cannot count them as the page's language. ftfy undoes exactly
this (and only this, with ``fix_encoding``: quotes, widths and line breaks stay as they
are), and only where the text shows the telltale sequences, so clean text is not touched.
Only a repair that ends in UTF-8 is taken (of the whole text, or of the broken stretches
of a page whose other parts were right): a stray control character alone (U+0080) is not
evidence enough to rewrite a text as Windows-1252.
"""

from __future__ import annotations

from ftfy import fix_encoding_and_explain
from ftfy.badness import is_bad

# ftfy's steps that read bytes again as UTF-8: the whole text, or only the stretches
# that are mojibake where the rest was decoded right.
_TO_UTF8 = (("decode", "utf-8"), ("apply", "decode_inconsistent_utf8"))


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was decoded as a single-byte code page decoded again."""
    if not is_bad(text):
        return text
    repaired, plan = fix_encoding_and_explain(text)
    if not plan or not any(step in _TO_UTF8 for step in plan):
        return text
    # Show Original numbers the lines of the text as the user gave it: a repair that
    # changed the lines would point its reasons at the wrong ones.
    return repaired if repaired.count("\n") == text.count("\n") else text
