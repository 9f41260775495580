"""Study mode's times: UTC, stored as text of one width so SQLite orders them as times.

``2026-03-01 09:30:00.000000``: what peewee writes for a naive datetime with
microseconds, always with them (``str(datetime)`` drops ``.000000`` and so changes the
width). SQLite's date functions read this form, for the per-day counts.
"""

from __future__ import annotations

from datetime import UTC, datetime

STAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already (as the store keeps)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def stamp(moment: datetime) -> str:
    return as_utc(moment).strftime(STAMP_FORMAT)


def parse_stamp(text: str) -> datetime:
    # fromisoformat reads this form too, some forty times faster than strptime: today's
    # queue parses every due card's time.
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
