"""A study day runs from 04:00 to 04:00 local time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from reader.core.study.study_day import day_end, day_start, study_day


@pytest.fixture(params=["UTC", "Asia/Jakarta", "America/New_York"])
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_late_evening_past_midnight_is_still_the_same_study_day(zone: str):
    local_evening = datetime(2026, 3, 2, 23, 30).astimezone()
    after_midnight = datetime(2026, 3, 3, 2, 30).astimezone()
    morning = datetime(2026, 3, 3, 4, 30).astimezone()
    assert study_day(local_evening) == study_day(after_midnight) == local_evening.date()
    assert study_day(morning) == morning.date()
    end = day_end(local_evening)
    assert end.astimezone().hour == 4 and end.astimezone().date() == morning.date()
    assert (
        day_start(study_day(morning)) <= morning < day_start(study_day(morning)) + timedelta(days=1)
    )
