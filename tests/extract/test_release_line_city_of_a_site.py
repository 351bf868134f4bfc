"""A press release's place-and-date line that opens its first paragraph before a dash ("Arusha, Tanzania,
2 May 2024 - The Secretary-General today ...") is where the release is filed from (datelines.py); a
meeting at a venue told without its town ("received B at the Commission's headquarters") lies in that city."""
from __future__ import annotations

import pytest

from newsgraph.extract.datelines import dateline_place


@pytest.mark.parametrize("text, city", [
    ("PRESS RELEASE\n\nArusha, Tanzania, 2 May 2024 \u2013 The Secretary-General today received envoys.", "Arusha"),
    ("Bank chief meets envoy\n\nLusaka, Zambia, 14 February 2025 - The governor today welcomed a team.", "Lusaka"),
    ("Gaborone, 3 March 2023 \u2014 The Executive Secretary held talks today.", "Gaborone"),
])
def test_an_inline_release_line_names_the_city(text, city):
    assert dateline_place(text) == city


@pytest.mark.parametrize("text", [
    "Headline\n\nOn Monday, 3 March 2024 - The minister said the talks were over.",
    "Headline\n\nFriday, July 4, 2008\n\nThe minister said the talks were over.",
])
def test_a_date_before_a_dash_is_no_city(text):
    assert dateline_place(text) is None


@pytest.mark.parametrize("text, site, city", [
    ("PRESS RELEASE\n\nArusha, Tanzania, 2 May 2024 \u2013 The Secretary-General of the Community, Dr. Amani Kweka, "
     "today received at the Secretariat Headquarters a delegation of Burundi led by Foreign Minister Aline Ndayi.",
     "Secretariat Headquarters", "Arusha"),
    ("Lusaka, Zambia, 14 February 2025 - Central Bank Governor Mumba Phiri today hosted IMF envoy Clara Voss at "
     "the Bank of Zambia headquarters for talks on the debt plan.", "Bank of Zambia headquarters", "Lusaka"),
    ("Gaborone, 3 March 2023 \u2014 President Kabo Molefe today received Ambassador Ilse Brandt at the "
     "Presidential Villa.", "Presidential Villa", "Gaborone"),
])
def test_a_venue_without_its_town_lies_in_the_release_city(extract, text, site, city):
    facts = extract(text)
    found = [(m.place, m.locality) for m in facts.meetings if m.status.value == "Occurred"]
    assert any(locality == city for _, locality in found), found


def test_a_venue_with_its_own_town_keeps_it(extract):
    facts = extract("Lusaka, Zambia, 14 February 2025 - Governor Mumba Phiri on Monday hosted IMF envoy Clara Voss "
                    "at the State Lodge in Livingstone.")
    found = [(m.place, m.locality) for m in facts.meetings if m.status.value == "Occurred"]
    assert found and all(locality != "Lusaka" for _, locality in found), found
