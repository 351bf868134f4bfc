"""Where a meeting was: a venue ("the Presidential Palace", "the Foreign Ministry") and the town it lies in
are both its places, when the text names them; a venue is never where the people are for what follows."""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between


def _where(facts, a: str, b: str) -> set[tuple[str | None, str | None]]:
    return {(m.place, m.locality) for m in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, venue, town", [
    ("President Ada Mensah received Senator Rui Duarte at the Jubilee Palace in Accra on Tuesday.",
     "Jubilee Palace", "Accra"),
    ("Senator Rui Duarte held talks with President Ada Mensah in Accra, at the Jubilee Palace.",
     "Jubilee Palace", "Accra"),
    ("Senator Rui Duarte was received by President Ada Mensah at the Foreign Ministry in Accra.",
     "Foreign Ministry", "Accra"),
    ("Senator Rui Duarte met President Ada Mensah at the Ministry of Trade and Industry in Accra.",
     "Ministry of Trade and Industry", "Accra"),
    ("Senator Rui Duarte had lunch with President Ada Mensah at the Castella Verde palace in Accra.",
     "Castella Verde palace", "Accra"),
])
def test_a_venue_named_with_its_town(extract, text, venue, town):
    assert _where(extract(text), "Duarte", "Mensah") == {(venue, town)}


@pytest.mark.parametrize("text", [
    "Senator Rui Duarte arrived in Accra on Monday. The next day he met President Ada Mensah at the Jubilee Palace.",
    "Senator Rui Duarte met President Ada Mensah in Accra on Monday. The talks were held at the Jubilee Palace.",
    "Senator Rui Duarte flew to Accra on Monday.\n\nPresident Ada Mensah received him at the Jubilee Palace.",
])
def test_a_venue_takes_its_town_from_the_story(extract, text):
    assert _where(extract(text), "Duarte", "Mensah") == {("Jubilee Palace", "Accra")}


@pytest.mark.parametrize("text, place", [
    ("Senator Rui Duarte met President Ada Mensah in Accra on Monday.", "Accra"),
    ("Senator Rui Duarte met President Ada Mensah at the Jubilee Palace on Monday.", "Jubilee Palace"),
    ("Senator Rui Duarte met President Ada Mensah at the Chancellery.", "Chancellery"),
])
def test_one_place_when_the_text_names_one(extract, text, place):
    assert _where(extract(text), "Duarte", "Mensah") == {(place, None)}


def test_an_airport_arrival_is_no_place_for_the_meetings_that_follow(extract):
    facts = extract("Senator Rui Duarte landed at Kotoka International Airport on Monday.\n\n"
                    "On Tuesday he met President Ada Mensah.")
    assert _where(facts, "Duarte", "Mensah") == {(None, None)}


@pytest.mark.parametrize("text, place", [
    ("Minister of State at the Foreign Ministry Rui Duarte met President Ada Mensah in Accra.", "Accra"),
    ("The ambassador at the Ghanaian embassy, Rui Duarte, met President Ada Mensah in Accra.", "Accra"),
    ("Minister of State at the Ministry of Trade Rui Duarte was received by President Ada Mensah in Accra.", "Accra"),
])
def test_a_place_in_a_title_is_not_where_they_met(extract, text, place):
    assert {m.place for m in meetings_between(extract(text), "Duarte", "Mensah")} == {place}
