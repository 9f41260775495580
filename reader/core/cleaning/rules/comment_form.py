"""Rule: remove comment forms ("Leave a Reply", "Your email address will not be published",
Name / Email / Website / Post Comment) in English and Indonesian, and in any language
by their shape: field labels in a row ("Nombre (*):", "Correo electrónico (*):").

Field labels such as "Name" or "Email" are only removed next to an unmistakable form line,
so an article with a one-word "Email" heading keeps it.
"""

from __future__ import annotations

import re

from ..matching import LinePattern, matching_reason, pattern
from ..state import CleanState, Line

REASON = "comment form"

_STRONG: tuple[LinePattern, ...] = (
    pattern(
        r"leave a (?:reply|comment|response)(?: to .{1,80})?(?:\s*cancel reply)?"
        r"|tinggalkan (?:balasan|komentar|tanggapan)(?: .{1,60})?|tulis komentar(?: anda| kamu)?"
        r"|post a comment|add a comment|write a comment|join the discussion|komentar anda"
        r"|\d+ (?:comments?|komentar|responses?|replies|balasan|tanggapan)|no comments(?: yet)?"
        r"|belum ada komentar|(?:post|submit|send) comment|kirim (?:komentar|balasan)"
        r"|cancel reply|batalkan balasan|comments? (?:are )?closed\.?|komentar ditutup\.?",
        REASON,
    ),
    pattern(
        r"your email address will not be published\..{0,80}"
        r"|your email address will not be published"
        r"|alamat email anda tidak akan (?:dipublikasikan|ditampilkan|disebarluaskan)\..{0,80}"
        r"|alamat email anda tidak akan (?:dipublikasikan|ditampilkan|disebarluaskan)"
        r"|required fields are marked.{0,10}|ruas yang wajib ditandai.{0,10}"
        r"|kolom yang (?:wajib|harus) diisi.{0,30}"
        r"|save my name,? email,? and website in this browser.{0,60}"
        r"|simpan nama,? email,? dan (?:situs web|website) saya.{0,90}"
        r"|you must be (?:logged in|registered).{0,40}to post a comment\.?"
        r"|anda harus (?:login|masuk|log masuk).{0,40}komentar\.?"
        r"|notify me of (?:follow-up comments|new posts|new comments).{0,40}"
        r"|beri(?:tahu| tahu) saya .{0,80}(?:email|surel|surat elektronik)\.?"
        r"|this site uses akismet to reduce spam\..{0,80}"
        r"|situs ini menggunakan akismet untuk mengurangi spam\..{0,100}"
        r"|logged in as .{1,60}\. log out\??|masuk sebagai .{1,60}\. keluar\??",
        REASON,
        max_chars=200,
    ),
)

_FIELD: tuple[LinePattern, ...] = (
    pattern(
        r"(?:name|nama|email|e-mail|surel|website|situs web|situs|url|comment|komentar|reply"
        r"|balas|balasan|submit|kirim|send|message|pesan)(?:\s*\((?:required|wajib)\))?",
        REASON,
        max_chars=40,
    ),
)


# A form's field label in any language: a few words ending in a colon, often with the
# asterisk of a required field ("Nombre (*):", "E-mail*:", "Комментарий:").
_LABEL = re.compile(r"[^\W\d_][^.!?:]{0,30}?\s*(?:\(\*\)|\*)?\s*:|[^\W\d_][^.!?:]{0,30}?\s*\(\*\)")
_LABEL_WORDS = 4
# Labels in a row that make a form: one "Note:" is a label in an article; two or more
# with nothing between them are fields waiting to be filled in.
_FORM_FIELDS = 2


def _is_label(line: Line) -> bool:
    return len(line.text.split()) <= _LABEL_WORDS and bool(_LABEL.fullmatch(line.text.strip()))


def _field_runs(state: CleanState) -> None:
    """Remove runs of field labels, whatever the language, with the required-fields note
    ("* Campos obligatorios") that follows or precedes them."""
    content = [line for line in state.lines if not line.blank]
    start = 0
    while start < len(content):
        end = start
        while end < len(content) and content[end].live and _is_label(content[end]):
            end += 1
        if end - start >= _FORM_FIELDS:
            for line in content[start:end]:
                state.remove(line, REASON)
            for near in (start - 1, end):
                if 0 <= near < len(content) and content[near].text.lstrip().startswith("*"):
                    state.remove(content[near], REASON)
        start = max(end, start + 1)


def _sweep(state: CleanState, lines: list[Line]) -> None:
    in_form = False
    for line in lines:
        if line.removed == REASON:
            in_form = True
        elif (
            in_form
            and line.removed is None
            and matching_reason(line.text, _FIELD)
            and not state.wraps_on(line)
        ):
            state.remove(line, REASON)
        elif line.removed is None:
            in_form = False


def run(state: CleanState) -> None:
    """Remove form sentences anywhere, then the bare field labels touching them."""
    for line in state.live_lines():
        if matching_reason(line.text, _STRONG) and not state.wraps_on(line):
            state.remove(line, REASON)
    _field_runs(state)
    content = [line for line in state.lines if not line.blank]
    _sweep(state, content)
    _sweep(state, content[::-1])
