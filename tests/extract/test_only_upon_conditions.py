"""A meeting that waits on an event told by "only after/once/when" and a clause of its own is a
condition, not an arrangement (extract/conditions.py, _only_upon_a_clause); "only after the
summit", a time, still schedules it."""
import pytest

from tests.conftest import statuses_between


@pytest.mark.parametrize("text, a, b", [
    ("Speaking to reporters, Dana Holm said that she would sit down with Omar Reyes only after the tariff was "
     "\"removed for good.\"", "Holm", "Reyes"),
    ("Pia Lund has said she would meet Tomas Berg only once Oslo guarantees the payments it owes.", "Lund", "Berg"),
    ("The rebel leader Ivo Marek will meet President Ana Ruiz only when the army pulls back from the border.",
     "Marek", "Ruiz"),
])
def test_a_meeting_waiting_on_an_event_is_hypothetical(extract, text, a, b):
    assert statuses_between(extract(text), a, b) == {"Hypothetical"}


@pytest.mark.parametrize("text, a, b, status", [
    ("Dana Holm will meet Omar Reyes only after the summit in Geneva.", "Holm", "Reyes", "Scheduled"),
    ("Dana Holm met Omar Reyes only after the vote had been counted.", "Holm", "Reyes", "Occurred"),
])
def test_only_after_a_time_or_in_the_past_keeps_the_meeting(extract, text, a, b, status):
    assert statuses_between(extract(text), a, b) == {status}
