"""Talks led at the delegation level make each leader the head of their country's delegation; a delegation told
with no country stands for the country of its head's title or seat of government: wordings of our own."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, sides", [
    ("Trade Minister Otto Kranz on Monday welcomed his Chilean counterpart Paul Vance in Vienna. Later, both "
     "trade ministers headed delegation-level talks at the ministry.", {"Chile": "Vance"}),
    ("Peruvian Trade Minister Ana Pino on Monday welcomed her Chilean counterpart Paul Vance in Lima. Talks at "
     "the delegation level were led by Pino and Vance.", {"Peru": "Pino", "Chile": "Vance"}),
    ("Kenyan Interior Minister Ruth Atieno and Ghanaian Interior Minister Kofi Mensah headed delegation-level "
     "negotiations in Accra on Friday.", {"Kenya": "Atieno", "Ghana": "Mensah"}),
])
def test_leaders_of_delegation_level_talks_head_their_sides(extract, text, sides):
    facts = extract(text)
    for country, head in sides.items():
        delegation = delegation_of(facts, country)
        assert surnames(facts, [delegation.head]) == {head}
        assert head in surnames(facts, delegation.members)


def test_talks_of_no_delegation_level_make_no_sides(extract):
    facts = extract("Peruvian Trade Minister Ana Pino on Monday welcomed her Chilean counterpart Paul Vance in "
                    "Lima. The talks were led by Pino and Vance.")
    assert not any(d.head for d in facts.delegations.values())


@pytest.mark.parametrize("text, country", [
    ("Janis Ozols, who has headed the government in Riga since May, came to Rome this week. Ozols and his "
     "delegation, among them Economy Minister Liga Berzina, were received by Marco Conti.", "Latvia"),
    ("Estonian Prime Minister Karin Lepp flew to Madrid on Sunday. Lepp and her delegation -- Trade Minister "
     "Jaan Tamm and adviser Mari Kask among them -- were received by Rosa Gil.", "Estonia"),
    ("Chile's envoy Paul Vance reached Oslo on Sunday, and on Monday Vance and his delegation, which includes "
     "Ana Soto, were received by Lars Holm.", "Chile"),
])
def test_a_delegation_of_no_country_stands_for_its_heads(extract, text, country):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert delegation.head is not None and len(delegation.members) >= 2


def test_a_head_of_no_told_nationality_gives_no_side(extract):
    facts = extract("Paul Vance reached Oslo on Sunday, and on Monday Vance and his delegation, which includes "
                    "Ana Soto, were received by Lars Holm, the Norwegian prime minister.")
    assert all(d.represents is None for d in facts.delegations.values() if d.head)
