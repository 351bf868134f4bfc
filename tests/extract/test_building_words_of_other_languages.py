"""Venues whose names keep a building word of another language (building_heads.txt): "Istana"
(Malay), "Qasr" (Arabic), "Bhavan" (Hindi), "Köşkü" (Turkish) are palaces and houses where leaders
receive visitors, whatever the tagger called the name."""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between, names


@pytest.mark.parametrize("text, a, b, venue", [
    ("Prime Minister Anwar Hakim received Thai Prime Minister Chai Wongsawat at Istana Negara on Monday.",
     "Hakim", "Wongsawat", "Istana Negara"),
    ("President Meera Joshi received the Bhutanese King, Ugyen Dorji, at Rashtrapati Bhavan on Tuesday.",
     "Joshi", "Dorji", "Rashtrapati Bhavan"),
    ("Sheikh Hamdan bin Rashid hosted Indian Prime Minister Arjun Mehta at Qasr Al Sahil in Sharjah.",
     "Rashid", "Mehta", "Qasr Al Sahil"),
])
def test_the_venue_is_the_place(extract, text, a, b, venue):
    assert {m.place for m in meetings_between(extract(text), a, b)} == {venue}


def test_a_venue_visited_a_day_before_is_not_the_meetings(extract):
    facts = extract("Prime Minister Anwar Hakim received Ambassador Li Wei in Melaka on Monday, a day after "
                    "Li toured Istana Negara.")
    assert {m.place for m in meetings_between(facts, "Hakim", "Wei")} == {"Melaka"}
    assert "Istana Negara" not in names(facts)  # a building word first: no person
