"""A phone or video word in a clause coordinated with the meeting's verb belongs to that clause's event
("flew to Vienna to meet B and follow up on a phone call between C and D"): the meeting stays in person."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Foreign Minister Sari Dewi flew to Vienna on Wednesday to meet Chancellor Jonas Huber and follow up on a "
     "phone call between President Budi Hartono and President Louis Caron.", {"Dewi", "Huber"}),
    ("Envoy Lara Quist went to Riga to meet Minister Janis Ozols and review a video conference held in March.",
     {"Quist", "Ozols"}),
    ("Senator Rita Vance will travel to Accra to meet President Kofi Ansah and discuss a telephone call the two "
     "presidents held last week.", {"Vance", "Ansah"}),
])
def test_the_meeting_stays_in_person(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_a_call_told_on_the_verb_itself_is_still_a_call(extract):
    facts = extract("Foreign Minister Sari Dewi spoke to Jean Luc Moreau by phone on Wednesday.")
    assert met_pairs(facts) == set()
