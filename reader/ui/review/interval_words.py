"""How long until a card comes back, in the few words that fit under an answer button."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from reader.ui.widgets.card_painting import english_plural


def interval_text(interval: timedelta) -> str:
    """ "1 min", "10 min", "5 h", "3 d", "2 mo", "1.5 y": rounded as Anki rounds them.

    Each unit is its own literal call, so lupdate finds every text.
    """
    translate = QCoreApplication.translate
    minutes = interval.total_seconds() / 60
    if minutes < 60:
        n = max(1, round(minutes))
        return english_plural(translate("ReviewWindow", "%n min", "", n), n)
    if minutes / 60 < 24:
        n = round(minutes / 60)
        return english_plural(translate("ReviewWindow", "%n h", "", n), n)
    days = minutes / 1440
    if days < 30:
        n = round(days)
        return english_plural(translate("ReviewWindow", "%n d", "", n), n)
    if days < 365:
        n = round(days / 30)
        return english_plural(translate("ReviewWindow", "%n mo", "", n), n)
    years = days / 365
    if years < 10 and round(years, 1) != round(years):
        # A tenth, written the interface's way (1.5 in English, 1,5 in Indonesian).
        return translate("ReviewWindow", "{years} y").format(
            years=QLocale().toString(years, "f", 1)
        )
    n = round(years)
    return english_plural(translate("ReviewWindow", "%n y", "", n), n)
