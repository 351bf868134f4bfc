""""The visiting delegation", "the guest delegation": a group noun that says it came on the visit is the
delegation of the one person of a known country the text says arrived or is on a visit, who heads it
(delegations._visitor_of, visiting_modifiers.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, head", [
    ("Chilean Foreign Minister Rosa Ibarra, who arrived in Hanoi on Sunday, held talks with her hosts on Monday. "
     "The visiting delegation also toured a shipyard.", "Chile", "Ibarra"),
    ("Hanoi hosted Kenya's Trade Minister Paul Otieno, who is in Hanoi on a working visit this week. The "
     "guest delegation signed two agreements on Tuesday.", "Kenya", "Otieno"),
    ("Norwegian Defence Minister Erik Dahl arrived in Manila on Friday. Officials said the visiting delegation "
     "would inspect the coast guard fleet.", "Norway", "Dahl"),
])
def test_the_visiting_delegation_is_the_visitors(extract, text, country, head):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert delegation.head and facts.persons[delegation.head].name.endswith(head), delegation


def test_two_visitors_of_different_countries_leave_the_visiting_delegation_open(extract):
    facts = extract("Chilean Foreign Minister Rosa Ibarra, who arrived in Hanoi on Sunday, and Norwegian Defence "
                    "Minister Erik Dahl, who arrived on Monday, met the premier. The visiting delegation toured a "
                    "shipyard.")
    assert not [d for d in facts.delegations.values() if d.represents in {"Chile", "Norway"} and d.head], \
        facts.delegations


def test_a_delegation_without_a_visiting_word_is_not_the_visitors(extract):
    facts = extract("Chilean Foreign Minister Rosa Ibarra arrived in Hanoi on Sunday. The delegation of the port "
                    "authority met her on Monday.")
    assert "Ibarra" not in {n for d in facts.delegations.values() if d.represents == "Chile"
                            for n in surnames(facts, d.members)}
