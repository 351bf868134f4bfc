"""A team that goes with someone under its organisation's short name ("She was accompanied by a Nordvik team that
included A"): the person heads the delegation of the organisation the text named in full ("Nordvik Energy"),
the team's listed people are its members (extract/delegation_bodies.py, delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, body, head, members", [
    ("The chief executive of the mining group Andes Copper, Maria Lopez, spent two days in Lima. She was "
     "accompanied by an Andes team that included finance director Pedro Soto.",
     "Andes Copper", "Lopez", {"Soto"}),
    ("The chief executive of Nordvik Energy, Lars Holm, visited Hanoi on Monday. He was accompanied by a Nordvik "
     "team that included Mette Dahl.", "Nordvik Energy", "Holm", {"Dahl"}),
    ("Karin Berg, who chairs Baltic Rail Holdings, arrived in Riga on Sunday, accompanied by a Baltic team that "
     "included engineer Jonas Lapins.", "Baltic Rail Holdings", "Berg", {"Lapins"}),
])
def test_a_team_of_a_named_company_goes_with_its_head(extract, text, body, head, members):
    facts = extract(text)
    delegation = delegation_of(facts, body)
    assert delegation.head and facts.persons[delegation.head].name.endswith(head), delegation
    assert members <= surnames(facts, delegation.members)


def test_a_team_under_no_named_body_is_no_delegation(extract):
    facts = extract("Maria Lopez spent two days in Lima. She was accompanied by a Reuters team that filmed the visit.")
    assert not any(d.represents == "Reuters" and d.members for d in facts.delegations.values())
