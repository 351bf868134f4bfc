"""A date after "since" ("the first meeting between A and B since 2019", "have not met since the summit in
May") starts a stretch of time before the meeting; it is never the meeting's day. A date the meeting is on
stays."""
import pytest


def _dates(facts):
    return {m.date.value if m.date else None for m in facts.meetings}


@pytest.mark.parametrize("text", [
    "It was the first meeting between President Ana Vidal and Prime Minister Lars Holm since 2019.",
    "President Ana Vidal and Prime Minister Lars Holm have not met since the summit in May.",
    "The talks between President Ana Vidal and Prime Minister Lars Holm were their first since last October.",
])
def test_a_date_after_since_is_not_the_meeting_day(extract, text):
    assert _dates(extract(text)) == {None}


def test_a_date_the_meeting_is_on_stays(extract):
    facts = extract("President Ana Vidal met Prime Minister Lars Holm on Monday, their first talks since March.")
    assert _dates(facts) == {"2025-05-12"}
