"""`/health` answers at once, also in front of a SPARQL server whose article count is a query."""
from __future__ import annotations

import threading
import time

from newsgraph.api.http.app import BackgroundCount


def _wait_for(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_a_slow_count_is_asked_in_the_background_one_question_at_a_time():
    release, asked = threading.Event(), []

    def slow_count() -> int:
        asked.append(True)
        release.wait(30)
        return 7

    count = BackgroundCount(slow_count, every=0.0)
    assert count() is None  # nothing known yet, and the caller did not wait
    _wait_for(lambda: asked)
    assert count() is None and count() is None  # still being asked: no second question
    assert len(asked) == 1
    release.set()
    _wait_for(lambda: count() == 7)


def test_a_failing_count_keeps_the_last_value():
    answers = iter([3])

    def count_once() -> int:
        return next(answers)  # StopIteration the second time: the server went away

    count = BackgroundCount(count_once, every=0.0)
    count()
    _wait_for(lambda: count() == 3)
    time.sleep(0.05)
    assert count() == 3
