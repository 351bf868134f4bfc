"""An office in apposition set off by dashes ("A - the Spanish deputy prime minister - said"), and "then"
opening an apposition, which makes the office a past one ("A, then Spain's finance minister,")
(extract/offices.py)."""
from __future__ import annotations

import pytest


def _offices(facts, surname):
    return {(o.title.lower(), o.org, o.former) for o in facts.offices if facts.persons[o.person].name.endswith(surname)}


@pytest.mark.parametrize("text, expected", [
    ("Officials said Maria Lopez - the Spanish deputy prime minister - would attend.", ("deputy prime minister", "Spain", False)),
    ("Reporters asked Maria Lopez \u2014 a former Spanish prime minister \u2014 about the vote.", ("prime minister", "Spain", True)),
    ("In Madrid, Maria Lopez - then Spain's finance minister - met the envoy.", ("finance minister", "Spain", True)),
])
def test_dashed_appositions(extract, text, expected):
    assert expected in _offices(extract(text), "Lopez")


@pytest.mark.parametrize("text, former", [
    ("In Madrid, Maria Lopez, then Spain's finance minister, met the envoy.", True),
    ("In Madrid, Maria Lopez, at that point Spain's finance minister, met the envoy.", None),
    ("In Madrid, Maria Lopez, now Spain's finance minister, met the envoy.", False),
])
def test_then_before_an_apposition_makes_it_past(extract, text, former):
    offices = _offices(extract(text), "Lopez")
    if former is not None:
        assert ("finance minister", "Spain", former) in offices, offices


@pytest.mark.parametrize("text", [
    "Maria Lopez - who left the cabinet in May - said the budget was ready.",
    "Maria Lopez spoke for an hour - the minister was absent - and left.",
    "Maria Lopez arrived late - and the finance minister left early.",
])
def test_other_dashed_phrases_give_no_office(extract, text):
    assert not _offices(extract(text), "Lopez")
