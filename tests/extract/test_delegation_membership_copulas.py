"""Members a copula places in a delegation ("A and B were also in the delegation", "C and D, who are part of
E's delegation"), the side of "X's delegation members", and a country named in a clause about whom the
group met, which is not its side (extract/delegation_members.py, extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Deputy Minister Hanna Lind and Ambassador Olli Rask were also in the Finnish delegation.",
    "Hanna Lind and Olli Rask, who are part of the Finnish delegation, spoke to reporters on Monday.",
    "Also on the trip are Deputy Minister Hanna Lind and Ambassador Olli Rask, who are members of the Finnish delegation.",
    "Hanna Lind and Olli Rask are on the Finnish delegation, the ministry said.",
])
def test_copula_places_people_in_the_delegation(extract, text):
    facts = extract(text)
    assert {"Lind", "Rask"} <= surnames(facts, delegation_of(facts, "Finland").members)


def test_the_one_a_singular_who_clause_hangs_on(extract):
    facts = extract("Hanna Lind met Olli Rask, who is a member of the Finnish delegation.")
    assert surnames(facts, delegation_of(facts, "Finland").members) == {"Rask"}


@pytest.mark.parametrize("text", [
    "Hanna Lind was in the room when the Finnish delegation arrived.",
    "Hanna Lind, who was in Helsinki, met the Finnish delegation.",
])
def test_being_somewhere_near_a_delegation_is_no_membership(extract, text):
    facts = extract(text)
    members = set().union(*[d.members for d in facts.delegations.values()]) if facts.delegations else set()
    assert "Lind" not in surnames(facts, members)


@pytest.mark.parametrize("text", [
    "Finland's delegation members include Deputy Minister Hanna Lind and Ambassador Olli Rask.",
    "The Finnish delegation members were Deputy Minister Hanna Lind and Ambassador Olli Rask.",
])
def test_delegation_members_of_a_country(extract, text):
    facts = extract(text)
    assert {"Lind", "Rask"} <= surnames(facts, delegation_of(facts, "Finland").members)


@pytest.mark.parametrize("text", [
    "Two senior officials, Hanna Lind and Olli Rask, were part of the delegation that met the Saudi crown prince.",
    "The delegation that met Saudi officials on Monday was led by Hanna Lind.",
    "A delegation visiting Kenya, led by Hanna Lind, met Kenyan officials.",
])
def test_the_side_met_is_not_the_delegations_side(extract, text):
    facts = extract(text)
    assert not any(d.represents in {"Saudi Arabia", "Kenya"} and d.members for d in facts.delegations.values())
