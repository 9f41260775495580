"""One sitting of reviews: which card comes next, and what is left for today.

The store builds the day's queue once (``reader.store.reviews.todays_queue``); the
session then only reorders it in memory, so the next card is there at once after a
rating. New cards are spread among the reviews, as Anki mixes them. A card still in its
learning steps (due in 1 or 10 minutes) comes back later in the same sitting; when
nothing else is left, one due within ``LEARN_AHEAD`` is shown early rather than making
the student wait.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from reader.core.study.times import parse_stamp, stamp

LEARN_AHEAD = timedelta(minutes=20)


class QueuedCard(NamedTuple):
    """A card in the sitting's order.

    A tuple holding its due time as stored text: today's queue makes thousands at once,
    and only a learning card's time is ever read, so it is parsed then.
    """

    card_id: int
    due_stamp: str
    new: bool  # never reviewed
    learning: bool  # in its (re)learning steps

    @classmethod
    def at(cls, card_id: int, due: datetime, new: bool, learning: bool) -> QueuedCard:
        return cls(card_id, stamp(due), new, learning)

    @property
    def due(self) -> datetime:
        return parse_stamp(self.due_stamp)


@dataclass(frozen=True)
class Counts:
    """What is left today, as the window says it: new, learning, to review."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def interleave(reviews: list[QueuedCard], new: list[QueuedCard]) -> list[QueuedCard]:
    """New cards spread evenly through the reviews, starting with a review."""
    if not reviews or not new:
        return reviews + new
    out: list[QueuedCard] = []
    step = (len(reviews) + len(new)) / len(new)
    slots = {int(step * (i + 1)) - 1 for i in range(len(new))}
    r, n = iter(reviews), iter(new)
    for index in range(len(reviews) + len(new)):
        out.append(next(n) if index in slots else next(r))
    return out


class ReviewSession:
    """Today's cards in the order they are shown; ``waiting`` holds those due later today."""

    def __init__(self, cards: list[QueuedCard], day_end: datetime) -> None:
        self.day_end = day_end
        self.queue: list[QueuedCard] = list(cards)
        # Cards in learning steps, by due time: they come back when due.
        self.waiting: list[QueuedCard] = []
        self._shown: QueuedCard | None = None

    def current(self, now: datetime) -> QueuedCard | None:
        """The card to show at ``now``: a learning card that is due, else the queue's next,
        else a learning card due soon (None: nothing more today, or only later)."""
        if self._shown is not None and self._shown in self._all():
            return self._shown
        if self.waiting and self.waiting[0].due <= now:
            self._shown = self.waiting[0]
        elif self.queue:
            self._shown = self.queue[0]
        elif self.waiting and self.waiting[0].due <= now + LEARN_AHEAD:
            self._shown = self.waiting[0]
        else:
            self._shown = None
        return self._shown

    def _all(self) -> list[QueuedCard]:
        return [*self.queue, *self.waiting]

    def _remove(self, card_id: int) -> QueuedCard | None:
        for cards in (self.queue, self.waiting):
            for index, card in enumerate(cards):
                if card.card_id == card_id:
                    return cards.pop(index)
        return None

    def answered(self, card_id: int, due: datetime, learning: bool) -> None:
        """The card was rated; it comes back today if its next due is before the day ends."""
        self._remove(card_id)
        self._shown = None
        if due < self.day_end:
            self._wait(QueuedCard.at(card_id, due, new=False, learning=learning))

    def _wait(self, card: QueuedCard) -> None:
        # The stored form orders as the times do.
        keys = [c.due_stamp for c in self.waiting]
        self.waiting.insert(bisect.bisect_right(keys, card.due_stamp), card)

    def put_back(self, card: QueuedCard) -> None:
        """Undo of a rating: the card as it was, shown next."""
        self._remove(card.card_id)
        self.queue.insert(0, card)
        self._shown = card

    def drop(self, card_id: int) -> None:
        """A card that can no longer be studied (its highlight was deleted meanwhile)."""
        self._remove(card_id)
        if self._shown is not None and self._shown.card_id == card_id:
            self._shown = None

    def upcoming(self, shown: int) -> list[QueuedCard]:
        """The cards that may come after ``shown``: the queue's next, the first waiting."""
        following = [c for c in self.queue[:2] if c.card_id != shown][:1]
        return following + [c for c in self.waiting[:1] if c.card_id != shown]

    def next_waiting(self) -> datetime | None:
        """When the first card still waiting today becomes due."""
        return self.waiting[0].due if self.waiting else None

    def counts(self) -> Counts:
        cards = self._all()
        new = sum(1 for c in cards if c.new)
        learning = sum(1 for c in cards if c.learning and not c.new)
        return Counts(new, learning, len(cards) - new - learning)
