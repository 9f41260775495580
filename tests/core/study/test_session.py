"""One sitting's order: reviews with new cards among them, learning cards back when due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reader.core.study.session import LEARN_AHEAD, QueuedCard, ReviewSession, interleave

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
END = NOW + timedelta(hours=12)


def _card(card_id: int, new: bool = False, learning: bool = False, minutes: int = 0) -> QueuedCard:
    return QueuedCard.at(card_id, NOW + timedelta(minutes=minutes), new, learning)


def test_new_cards_are_spread_among_reviews():
    order = interleave([_card(n) for n in range(6)], [_card(10 + n, new=True) for n in range(3)])
    assert [c.card_id for c in order] == [0, 1, 10, 2, 3, 11, 4, 5, 12]
    assert interleave([], [_card(1, new=True)]) == [_card(1, new=True)]


def test_a_rated_learning_card_comes_back_when_due_or_early_when_nothing_else_is_left():
    session = ReviewSession([_card(1, new=True, learning=True), _card(2)], END)
    assert session.current(NOW) == _card(1, new=True, learning=True)
    session.answered(1, NOW + timedelta(minutes=10), learning=True)
    assert session.current(NOW) == _card(2)
    assert session.counts().total == 2 and session.counts().learning == 1
    session.answered(2, NOW + timedelta(days=3), learning=False)
    # Only the learning card is left: due in 10 minutes, within the learn-ahead limit.
    assert session.current(NOW) == QueuedCard.at(1, NOW + timedelta(minutes=10), False, True)
    session.answered(1, NOW + LEARN_AHEAD + timedelta(minutes=5), learning=True)
    assert session.current(NOW) is None
    assert session.next_waiting() == NOW + LEARN_AHEAD + timedelta(minutes=5)
    back = session.current(NOW + LEARN_AHEAD + timedelta(minutes=5))
    assert back is not None and back.card_id == 1


def test_a_card_due_after_today_leaves_the_sitting():
    session = ReviewSession([_card(1)], END)
    session.answered(1, END + timedelta(minutes=1), learning=True)
    assert session.current(NOW) is None and session.counts().total == 0


def test_undo_puts_the_card_back_first_and_drop_forgets_one():
    session = ReviewSession([_card(1), _card(2)], END)
    first = session.current(NOW)
    session.answered(1, NOW + timedelta(days=2), learning=False)
    assert session.current(NOW) == _card(2)
    assert first is not None
    session.put_back(first)
    assert session.current(NOW) == first
    session.drop(1)
    assert session.current(NOW) == _card(2)
