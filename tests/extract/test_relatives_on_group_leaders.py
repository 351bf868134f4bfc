"""A relative clause the parser hung on the leader closing a led-by phrase ("the Malian delegation led by A,
which includes B and C") lists the group's members, not the leader's. Wordings of our own."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Foreign Minister Rachid Amrani received Malian Foreign Minister Oumar Traore on Sunday. The talks were "
    "then widened to the Malian delegation led by Traore, which includes Security Minister Sadio Kone and "
    "intelligence chief Modibo Diallo.",
    "Malian Foreign Minister Oumar Traore arrived on Sunday. Amrani met the Malian delegation headed by Traore, "
    "which also included Security Minister Sadio Kone and Modibo Diallo.",
    "Foreign Minister Rachid Amrani met a Malian delegation led by Foreign Minister Oumar Traore, which comprises "
    "Security Minister Sadio Kone and Director General Modibo Diallo.",
])
def test_the_clause_lists_the_delegation(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Mali")
    assert surnames(facts, delegation.members) == {"Traore", "Kone", "Diallo"}
