"""People a with-phrase says are present beside a delegation's head ("with A also taking part", "with B in
attendance"), a head told in a relative clause ("the delegation, which is headed by C"), and a team of
mediators as a delegation (extract/delegation_members.py, extract/delegations.py, lexicons)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, present", [
    ("Vice Premier Zhou Lan will head the Chinese delegation, with Commerce Minister Gao Peng and "
     "Vice Foreign Minister Xu Ming also taking part.", {"Zhou Lan", "Gao Peng", "Xu Ming"}),
    ("Heading the Latvian delegation was Foreign Minister Ilze Ozola, with intelligence chief Janis Berzins also present.",
     {"Ilze Ozola", "Janis Berzins"}),
    ("The Latvian delegation was led by Foreign Minister Ilze Ozola, with Ambassador Janis Berzins and adviser "
     "Anna Kalnina in attendance.", {"Ilze Ozola", "Janis Berzins", "Anna Kalnina"}),
])
def test_people_present_beside_the_head_are_members(extract, text, present):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.members)
    assert present <= {facts.persons[m].name for m in delegation.members}


def test_people_present_at_a_meeting_of_the_delegation_are_no_members(extract):
    facts = extract("The Latvian delegation met Estonian Prime Minister Kaja Tamm, with Ambassador Janis Berzins also present.")
    members = set().union(*[d.members for d in facts.delegations.values()]) if facts.delegations else set()
    assert "Berzins" not in surnames(facts, members)


@pytest.mark.parametrize("text", [
    "The Latvian delegation, which is headed by Foreign Minister Ilze Ozola, met Estonian officials in Tallinn.",
    "The Latvian delegation, which will be led by Foreign Minister Ilze Ozola, travels to Tallinn on Monday.",
    "A Latvian delegation that has been headed by Foreign Minister Ilze Ozola since March arrived in Tallinn.",
])
def test_head_in_a_relative_clause(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Latvia").head]) == {"Ozola"}


def test_a_later_sides_head_is_not_taken_for_an_earlier_side(extract):
    facts = extract("The two delegations met in Riga. Latvia's Foreign Minister Ilze Ozola led the Latvian side, "
                    "while Estonia's delegation was headed by Foreign Minister Kaja Tamm.")
    assert surnames(facts, [delegation_of(facts, "Latvia").head]) == {"Ozola"}


@pytest.mark.parametrize("text", [
    "A team of Turkish mediators led by Ambassador Selim Aydin met both parties in Istanbul.",
    "A group of Turkish mediators, headed by Ambassador Selim Aydin, arrived in Baku.",
    "Turkey sent a team of mediators, headed by Ambassador Selim Aydin, to Baku on Monday.",
])
def test_a_team_of_mediators_is_a_delegation(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Turkey").head]) == {"Aydin"}


def test_mediators_met_by_a_delegation_are_not_that_delegation(extract):
    facts = extract("Mediators from Egypt met the Hamas delegation, led by Ali Baraka, in Cairo.")
    assert not any(d.represents == "Egypt" and d.head for d in facts.delegations.values())
