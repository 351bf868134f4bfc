""""A will see B on <day>" is an appointment (extract/meetings.py, `_seen_in_person`): the future with a
day or time is a planned meeting ("Hale and Toll will then see Minister Ishida on Friday", "A will see
B next week in Tokyo"). Seeing whether something happens, seeing someone on television, or what
others will see is no meeting."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, visitors", [
    ("Senators Mary Hale and Brent Toll arrived in Tokyo on Wednesday. Hale and Toll will then see Defense Minister "
     "Taro Ishida on Friday to talk about spare parts.", ("Hale", "Toll")),
    ("Senator Mary Hale will see Defense Minister Taro Ishida on Friday.", ("Hale",)),
    ("Senator Mary Hale will see Defense Minister Taro Ishida next week in Tokyo.", ("Hale",)),
])
def test_an_appointment_to_see_someone_is_planned(extract, text, visitors):
    facts = extract(text)
    for visitor in visitors:
        assert frozenset((visitor, "Ishida")) in met_pairs(facts, statuses=("Scheduled",)), facts.meetings


@pytest.mark.parametrize("text", [
    "Senator Mary Hale will see whether Defense Minister Taro Ishida agrees on Friday.",
    "Senator Mary Hale said voters will see Defense Minister Taro Ishida on television on Friday.",
    "Senator Mary Hale will see Defense Minister Taro Ishida on television on Friday.",
])
def test_no_appointment(extract, text):
    facts = extract(text)
    assert not any({"Hale", "Ishida"} <= {facts.persons[a.key].name.split()[-1] for a in m.attendees if a.kind == "person"}
                   for m in facts.meetings), facts.meetings
