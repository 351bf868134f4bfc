"""A participle of travel opening the sentence with the people put after the copula ("Travelling with the
Mexican delegation were A and B"): they are its members, none of them the one who brought it; "A arrived
with a delegation" still makes A its head (extract/delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, members", [
    ("Travelling with the Mexican delegation were Senator Ricardo Monreal and Governor Samuel García.",
     {"Monreal", "García"}),
    ("Arriving with the Mexican delegation on Monday was Senator Ricardo Monreal.", {"Monreal"}),
    ("Also travelling with the Mexican delegation were Ricardo Monreal and Samuel García.", {"Monreal", "García"}),
])
def test_travellers_after_the_copula_are_members_not_heads(extract, text, members):
    facts = extract(text)
    delegation = delegation_of(facts, "Mexico")
    assert delegation.head is None
    assert members <= surnames(facts, delegation.members)


def test_one_who_arrives_with_a_delegation_heads_it(extract):
    facts = extract("Senator Ricardo Monreal arrived in Madrid with a Mexican delegation.")
    assert surnames(facts, {delegation_of(facts, "Mexico").head}) == {"Monreal"}
