"""Delegations led by two people at once: "co-led by A and B", "co-headed by A and B", "A and B jointly
led the delegation", "A co-led the delegation with B", "Heading the delegation were A and B". The first
named heads it; both are members. Wordings of our own."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "The Chilean delegation was co-led by Foreign Minister Tomas Riquelme and Trade Minister Daniela Araya.",
    "Chile's delegation, co-headed by Tomas Riquelme and Daniela Araya, arrived in Canberra on Sunday.",
    "Foreign Minister Tomas Riquelme and Trade Minister Daniela Araya jointly led Chile's delegation to the forum.",
    "Tomas Riquelme co-led the Chilean delegation with Daniela Araya at the forum in Canberra.",
    "Heading the Chilean delegation were Tomas Riquelme and Daniela Araya.",
    "A Chilean delegation co-led by Tomas Riquelme and Daniela Araya held talks with Australian officials.",
])
def test_both_leaders_are_members_and_the_first_heads(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Chile")
    assert surnames(facts, delegation.members) >= {"Riquelme", "Araya"}
    assert surnames(facts, [delegation.head]) == {"Riquelme"}


@pytest.mark.parametrize("text", [
    "Tomas Riquelme led the Chilean delegation with great care, Daniela Araya said.",
    "Tomas Riquelme led the Chilean delegation, and Daniela Araya praised its work.",
])
def test_a_sole_leader_gains_no_partner(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Chile")
    assert surnames(facts, delegation.members) == {"Riquelme"}
