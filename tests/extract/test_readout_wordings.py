"""Wordings of official readouts: "interacted with" a person or a group is a meeting; the person "called
on" is the one visited, never the meeting's place (the place is the town or building after them)."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Prime Minister Sanjay Kulkarni today interacted with a delegation of CEOs led by Jamie Dalton, Chairman "
     "of Apex Bank.", {"Kulkarni", "Dalton"}),
    ("Minister Priya Nair interacted with Governor Ravi Varma at the Raj Bhavan on Tuesday.", {"Nair", "Varma"}),
    ("During the visit, Ambassador Lena Holt interacted with Chief Minister Anil Rao and senior officials.",
     {"Holt", "Rao"}),
])
def test_interacting_with_is_meeting(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_interacting_with_a_thing_is_no_meeting(extract):
    facts = extract("Minister Priya Nair interacted with the new online portal during the launch.")
    assert met_pairs(facts) == set()


@pytest.mark.parametrize("text, place", [
    ("Minister of State Ravi Menon called on the Governor-General of Tuvalu, Sir Tofiga Falani, in Funafuti.",
     "Funafuti"),
    ("Ambassador Rita Sol called on the Speaker of the National Assembly, Esperanca Bias, in Maputo on Monday.",
     "Maputo"),
    ("Ambassador Rita Sol called on the Secretary-General of the league, Amr Fathy, at the secretariat in Cairo.",
     "Cairo"),
])
def test_the_one_called_on_is_not_the_place(extract, text, place):
    places = {m.place for m in extract(text).meetings} | {m.locality for m in extract(text).meetings}
    assert place in places
    assert not any(p and ("Governor" in p or "Speaker" in p or "Secretary" in p) for p in places)
