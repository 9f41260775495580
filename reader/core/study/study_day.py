"""What "today" means for reviews: a study day starts at 04:00 local time, as in Anki.

A student revising past midnight is still in the evening's session; the cards due
"tomorrow" wait until they have slept.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from reader.core.study.times import as_utc

ROLLOVER = timedelta(hours=4)


def study_day(moment: datetime) -> date:
    """The study day ``moment`` (aware, or naive UTC) falls in, by the local clock."""
    return (as_utc(moment).astimezone() - ROLLOVER).date()


def day_start(day: date) -> datetime:
    """When ``day`` begins: 04:00 local time, as an aware datetime."""
    local = datetime(day.year, day.month, day.day).astimezone()
    return (local + ROLLOVER).astimezone()


def day_end(moment: datetime) -> datetime:
    """When the study day holding ``moment`` ends (the next day's 04:00 local), in UTC."""
    return as_utc(day_start(study_day(moment) + timedelta(days=1)))
