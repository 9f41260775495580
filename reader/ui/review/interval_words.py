"""How long until a card comes back, in the few words that fit under an answer button."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from reader.ui.widgets.card_painting import english_plural


def _plural(text: str, count: int) -> str:
    return english_plural(QCoreApplication.translate("ReviewWindow", text, "", count), count)


def interval_text(interval: timedelta) -> str:
    """ "1 min", "10 min", "5 h", "3 d", "2 mo", "1.5 y": rounded as Anki rounds them."""
    minutes = interval.total_seconds() / 60
    if minutes < 60:
        return _plural("%n min", max(1, round(minutes)))
    hours = minutes / 60
    if hours < 24:
        return _plural("%n h", round(hours))
    days = hours / 24
    if days < 30:
        return _plural("%n d", round(days))
    if days < 365:
        return _plural("%n mo", round(days / 30))
    years = days / 365
    if years < 10 and round(years, 1) != round(years):
        # A tenth, written the interface's way (1.5 in English, 1,5 in Indonesian).
        return QCoreApplication.translate("ReviewWindow", "{years} y").format(
            years=QLocale().toString(years, "f", 1)
        )
    return _plural("%n y", round(years))
