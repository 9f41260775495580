"""Rule: remove bylines, dates and reading times ("By Jane Doe", "Oleh: ...",
"Senin, 12 Februari 2024 10:15 WIB", "Published 3 March 2024", "5 min read").

Such lines often combine several parts ("By Jane Doe | 3 March 2024 | 5 min read"), so a
line is cut at separators and removed only when every part is a byline, date or time.
"""

from __future__ import annotations

import re

from ..state import CleanState

_DAY = (
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
)
_MONTH = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
    r"|november|desember|january|february|march|may|june|july|august|october|december"
    r"|jan|feb|mar|apr|jun|jul|aug|agu|agt|agus|sep|sept|oct|okt|nov|dec|des)\.?"
)
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
)
_TIME = (
    r"(?:(?:pukul|jam|at|@)\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
    r"(?:\s*(?:wib|wita|wit|gmt|utc|et|est|edt|pt|pst|pdt|cet|cest|bst)(?:\s*[+-]\s*\d{1,2})?)?"
)
_STAMP_PREFIX = (
    r"(?:published|updated|last updated|posted|posted on|modified|last modified|date"
    r"|diterbitkan|diperbarui|dipublikasikan|dipublikasi|terbit|tayang|dibuat|diposting"
    r"|diunggah|tanggal|update|on)"
)
_STAMP = re.compile(
    rf"(?:{_STAMP_PREFIX}\s*:?\s*)?(?:{_DAY}\s*,?\s*)?{_DATE}(?:\s*,?\s*(?:-\s*)?{_TIME})?"
    rf"|(?:{_STAMP_PREFIX}\s*:?\s*)?{_TIME}"
    rf"|(?:{_STAMP_PREFIX}\s*:?\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?|detik|menit|jam|hari|minggu|bulan)\s+(?:ago|yang lalu|lalu)",
    re.IGNORECASE,
)
_READING = re.compile(
    r"(?:estimated\s+)?(?:read(?:ing)?\s*time|waktu\s+(?:baca|membaca)|lama\s+(?:baca|membaca)"
    r"|estimasi\s+(?:waktu\s+)?baca)\s*:?\s*(?:±|~|sekitar\s*|about\s*)?\d+\s*"
    r"(?:min(?:ute)?s?|menit)\.?(?:\s*,?\s*\d+\s*(?:sec(?:ond)?s?|detik))?"
    r"|(?:±|~|sekitar\s*|about\s*)?\d+\s*(?:min(?:ute)?s?|menit)\.?\s+"
    r"(?:read|reading|baca|membaca|bacaan)",
    re.IGNORECASE,
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME = rf"(?:[{_UPPER}][\w'’.\-]*|de|van|von|der|bin|binti|al|el|da|dos)"
_NAMES = (
    rf"{_NAME}(?:\s+{_NAME}){{0,4}}"
    rf"(?:\s*(?:,|&|\band\b|\bdan\b)\s*{_NAME}(?:\s+{_NAME}){{0,4}}){{0,3}}"
)
# Without a colon a byline must be a name ("By Jane Doe"), or "By the end of the war"
# and "Oleh karena itu" would match; with a colon anything short is a credit.
_BYLINE = re.compile(
    rf"(?i:by|oleh|written by|ditulis oleh|reported by|dilaporkan oleh)\s+{_NAMES}"
    r"|(?i:by|oleh|penulis|editor|reporter|writer|author|authors|ditulis oleh|written by"
    r"|penyunting|redaktur|kontributor|contributor|pewarta|jurnalis|wartawan|editing)"
    r"\s*:\s*[^.!?]{1,80}"
    r"|(?i:sumber foto|foto|photo|image|gambar|credit|kredit|ilustrasi)\s*:\s*[^.!?]{1,40}",
)
_SEPARATOR = re.compile(r"\s+[|·•—–/-]\s+|\s*\|\s*|\s*·\s*|\s*•\s*")
_MAX_CHARS = 180


def _reason(text: str) -> str | None:
    if len(text) > _MAX_CHARS:
        return None
    found: set[str] = set()
    for part in _SEPARATOR.split(text):
        part = part.strip(" \t,;")
        if not part:
            continue
        if _READING.fullmatch(part):
            found.add("reading time")
        elif _STAMP.fullmatch(part):
            found.add("date line")
        elif _BYLINE.fullmatch(part):
            found.add("byline")
        else:
            return None
    if not found:
        return None
    if "byline" in found:
        return "byline"
    return "date line" if "date line" in found else "reading time"


def run(state: CleanState) -> None:
    """Remove short lines made only of author credits, timestamps and reading times."""
    for line in state.live_lines():
        reason = _reason(line.text)
        if reason is not None and not state.wraps_on(line):
            state.remove(line, reason)
