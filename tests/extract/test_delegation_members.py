"""Delegation members and heads in wordings beyond "the delegation included A and B"
(extract/delegation_members.py, `_sides_headed` in extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text", [
    # membership predicates: relative, passive, phrasal
    "Foreign Minister Karin Dahl led a Norwegian delegation that also included Deputy Minister Lars Aas.",
    "The Norwegian delegation consisted of Foreign Minister Karin Dahl and Deputy Minister Lars Aas.",
    "Norway sent a delegation to Nairobi. It was made up of Foreign Minister Karin Dahl and Deputy Minister Lars Aas.",
    "The Norwegian delegation was composed of Foreign Minister Karin Dahl and Deputy Minister Lars Aas.",
    # member nouns: subject, possessive, attribute (members named before the group)
    "A Norwegian delegation arrived on Monday. Members of the delegation were Foreign Minister Karin Dahl and Deputy Minister Lars Aas.",
    "Norway sent a delegation to Nairobi. Its members were Foreign Minister Karin Dahl and Deputy Minister Lars Aas.",
    "Foreign Minister Karin Dahl and Deputy Minister Lars Aas were part of the Norwegian delegation.",
    "Deputy Minister Lars Aas was also a member of the Norwegian delegation, headed by Foreign Minister Karin Dahl.",
    # participle after the head, and a head "at the head of"
    "A Norwegian delegation led by Foreign Minister Karin Dahl and including Deputy Minister Lars Aas arrived in Nairobi.",
    "Foreign Minister Karin Dahl arrived in Nairobi at the head of a Norwegian delegation. She was accompanied by Deputy Minister Lars Aas.",
])
def test_members_listed(extract, text):
    facts = extract(text)
    assert {"Dahl", "Aas"} <= surnames(facts, delegation_of(facts, "Norway").members)


@pytest.mark.parametrize("text", [
    "Foreign Minister Karin Dahl met a Norwegian delegation. The report included remarks by Deputy Minister Lars Aas.",
    "The Norwegian delegation arrived on Monday. Deputy Minister Lars Aas was a member of parliament until 2019.",
    "A Norwegian delegation arrived on Monday, including journalists. Deputy Minister Lars Aas stayed in Oslo.",
])
def test_other_lists_add_no_member(extract, text):
    facts = extract(text)
    members = set().union(*[d.members for d in facts.delegations.values()]) if facts.delegations else set()
    assert "Aas" not in surnames(facts, members)


@pytest.mark.parametrize("text, countries", [
    ("The two delegations, headed by envoy Omar Fadl and envoy Lena Voss respectively, met in Geneva on Monday.", None),
    ("The Egyptian and German delegations, led by Omar Fadl and Lena Voss, held talks in Geneva.", ("Egypt", "Germany")),
    ("In Geneva the two delegations, led by Omar Fadl and Lena Voss, met for four hours.", None),
])
def test_two_delegations_each_with_a_head_meet(extract, text, countries):
    facts = extract(text)
    heads = {facts.persons[d.head].name.split()[-1] for d in facts.delegations.values() if d.head}
    assert heads == {"Fadl", "Voss"}
    assert frozenset(("Fadl", "Voss")) in met_pairs(facts)
    if countries:
        assert surnames(facts, [delegation_of(facts, countries[0]).head]) == {"Fadl"}
        assert surnames(facts, [delegation_of(facts, countries[1]).head]) == {"Voss"}


@pytest.mark.parametrize("text", [
    "Portuguese Prime Minister Ana Silva arrived in Hanoi on Sunday with a large delegation. "
    "She was accompanied by Trade Minister Rui Costa.",
    "Portuguese Prime Minister Ana Silva, who is leading a delegation of ministers, was accompanied by Trade Minister Rui Costa.",
    "Portuguese Prime Minister Ana Silva's delegation to Hanoi included Trade Minister Rui Costa.",
    "Portuguese Prime Minister Ana Silva flew to Hanoi with a trade delegation that included Rui Costa.",
])
def test_the_traveller_heads_the_delegation_and_the_companions_are_members(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Portugal")
    assert surnames(facts, [delegation.head]) == {"Silva"}
    assert {"Silva", "Costa"} <= surnames(facts, delegation.members)


@pytest.mark.parametrize("text", [
    "Portuguese Prime Minister Ana Silva met with a Vietnamese delegation in Lisbon.",
    "Portuguese Prime Minister Ana Silva's meeting with the delegation ran late.",
])
def test_meeting_a_delegation_does_not_make_one_its_head(extract, text):
    facts = extract(text)
    assert not any(d.head and facts.persons[d.head].name.endswith("Silva") for d in facts.delegations.values())
