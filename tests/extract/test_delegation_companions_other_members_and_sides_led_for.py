"""Members and sides of a delegation told around its leader: companions of a delegation its leader led ("A led
Algeria's delegation, accompanied by B and C"), "Other members were D and E" right after a delegation, and the
side of "A is leading the talks for Kyiv" (`_leader_of_led_group`, `_side_led_for` in extract/delegations.py;
`_by_member_noun` in extract/delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country", [
    ("Foreign Minister Karim Benali led Algeria's delegation, accompanied by Finance Minister Samir Haddad and "
     "Energy Minister Omar Saidi.", "Algeria"),
    ("Prime Minister Karim Benali headed the Tunisian delegation, accompanied by Samir Haddad and Omar Saidi.",
     "Tunisia"),
    ("Senator Karim Benali led a Moroccan delegation to Madrid, accompanied by deputies Samir Haddad and "
     "Omar Saidi.", "Morocco"),
])
def test_companions_of_the_leader_of_a_delegation(extract, text, country):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {"Benali"}
    assert {"Haddad", "Saidi"} <= surnames(facts, delegation.members)


def test_companions_of_a_coach_join_no_delegation(extract):
    facts = extract("Coach Karim Benali led the team to victory, accompanied by his assistant Samir Haddad.")
    assert not any("Haddad" in surnames(facts, d.members) for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "The Mexican delegation was led by Jorge Salinas. Other members were Marta Ibarra and Pablo Cortes.",
    "The Mexican delegation was headed by Jorge Salinas. The other members are Marta Ibarra and Pablo Cortes.",
    "A Mexican delegation led by Jorge Salinas arrived in Lima on Monday. Other members were Marta Ibarra and "
    "Pablo Cortes.",
])
def test_other_members_after_a_delegation(extract, text):
    facts = extract(text)
    assert {"Salinas", "Ibarra", "Cortes"} <= surnames(facts, delegation_of(facts, "Mexico").members)


def test_other_members_of_no_delegation(extract):
    facts = extract("Jorge Salinas chairs the club. Other members were Marta Ibarra and Pablo Cortes.")
    assert not any(d.members for d in facts.delegations.values())


@pytest.mark.parametrize("text, country", [
    ("Andriy Koval is leading the talks for Kyiv, the presidential office said.", "Ukraine"),
    ("Li Wen will lead the negotiations for Beijing.", "China"),
    ("Kenya named Peter Otieno to lead the talks on behalf of Nairobi.", "Kenya"),
])
def test_the_side_a_leader_leads_talks_for(extract, text, country):
    facts = extract(text)
    assert delegation_of(facts, country).head is not None


def test_for_a_time_is_no_side(extract):
    facts = extract("Peter Otieno will lead the talks for the first time.")
    assert not any(d.represents for d in facts.delegations.values())
