"""A delegation no country was named for, with no head, represents the one country its members serve
("The delegation comprised Ghanaian Trade Minister A and Ghana's ambassador B"); an appointment verb
set off by commas right after a name is a participle on it ("X, appointed ambassador to Japan last
year, presented ...") (extract/delegations.py, extract/offices.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, offices_by_surname, surnames


@pytest.mark.parametrize("text", [
    "The delegation comprised Ghanaian Trade Minister Kofi Boateng and Ghana's ambassador Ama Serwaa.",
    "Ghanaian Trade Minister Kofi Boateng and Ghana's ambassador Ama Serwaa were part of the delegation that arrived on Monday.",
    "The delegation included Trade Minister Kofi Boateng of Ghana and Finance Minister Ama Serwaa of Ghana.",
])
def test_a_headless_delegation_represents_its_members_country(extract, text):
    facts = extract(text)
    assert {"Boateng", "Serwaa"} <= surnames(facts, delegation_of(facts, "Ghana").members)


def test_members_of_different_countries_give_no_country(extract):
    facts = extract("The delegation included Trade Minister Kofi Boateng of Ghana and Finance Minister Ama Serwaa of Togo.")
    assert not any(d.represents for d in facts.delegations.values())


@pytest.mark.parametrize("text, title", [
    ("Paolo Ricci, appointed Italy's ambassador to Japan last year, presented his credentials.", "ambassador"),
    ("Paolo Ricci, appointed trade envoy in March, flew to Lagos.", "trade envoy"),
    ("Paolo Ricci, named special envoy to the Sahel in 2024, resigned on Friday.", "special envoy"),
])
def test_set_off_appointment_participle_gives_the_office(extract, text, title):
    offices = offices_by_surname(extract(text))
    assert any(s == "Ricci" and title in t for s, t, _ in offices), offices


@pytest.mark.parametrize("text", [
    "Paolo Ricci appointed Anna Conti to the board last year.",
    "Paolo Ricci, appointed by the court, presented the report.",
    "Paolo Ricci, who appointed the ambassador, presented the report.",
])
def test_the_one_who_appoints_gets_no_office(extract, text):
    assert not [o for o in offices_by_surname(extract(text)) if o[0] == "Ricci"]
