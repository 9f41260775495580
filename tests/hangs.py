"""A call that may never return (a FIFO read), run so that a test fails instead of hanging."""

from __future__ import annotations

import threading
from collections.abc import Callable


def outcome_within(work: Callable[[], object], seconds: float = 10) -> BaseException | None:
    """Run ``work`` on a thread; the exception it raised (None if none), or fail the test
    when it has not returned after ``seconds``."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            work()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]
