"""A meeting told in a "when" clause hung on a day takes the place of the clause that day belongs to:
"the talks resume in Lisbon on Friday, when A will sit down with B" (meeting_places
._place_of_the_day); a place the meeting's own clause names comes first."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("The negotiators reconvene in Lisbon on Friday, when Ana Ruiz will hold talks with Tom Vell and with Sara Holt.", "Lisbon"),
    ("The summit is to be held in Nairobi on 3 May, when President Ana Ruiz will meet Prime Minister Tom Vell.", "Nairobi"),
    ("The delegation arrives in Hanoi on Monday, when Ana Ruiz is due to meet Tom Vell.", "Hanoi"),
    ("Ana Ruiz recalled that day in Lisbon in 1990, when she first met Tom Vell.", "Lisbon"),
])
def test_a_when_clause_meeting_takes_the_place_of_its_day(extract, text, place):
    facts = extract(text)
    assert facts.meetings and all(m.place == place for m in facts.meetings), [(m.trigger, m.place) for m in facts.meetings]


def test_the_meetings_own_place_comes_first(extract):
    facts = extract("The vote was held in Porto on Friday, when Ana Ruiz met Tom Vell in Rome.")
    assert [m.place for m in facts.meetings] == ["Rome"], [(m.trigger, m.place) for m in facts.meetings]
