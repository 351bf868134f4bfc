"""Delegation members set out as a bulleted block under "The delegation comprises:", taken up by
"Among them are", placed beside the head by a with-phrase ("with B at her side"), and the head of a
delegation that accompanies someone told in the passive ("The President is accompanied by a
delegation") (extract/delegation_members.py, delegation_rosters.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames

_BLOCK = """Zambian President Joseph Mwale arrived in Madrid on Sunday.

The President is accompanied by a high-level delegation. The delegation {verb}

{items}

Talks begin on Monday."""


@pytest.mark.parametrize("verb, bullet", [
    ("comprises:", "-"),
    ("includes:", "\u2022"),
    ("consists of:", "-"),
])
def test_a_bulleted_block_under_the_predicate_lists_the_members(extract, verb, bullet):
    items = "\n".join(f"{bullet} {line}" for line in (
        "Hon. Chanda Mulenga Phiri, Minister of Mines;",
        "Dr. Mutale Kaoma Zulu, Governor of the Bank of Zambia;",
        "Mr. Bwalya Chisanga Tembo, Director of Protocol."))
    facts = extract(_BLOCK.format(verb=verb, items=items))
    delegation = delegation_of(facts, "Zambia")
    assert {"Phiri", "Zulu", "Tembo"} <= surnames(facts, delegation.members)
    assert surnames(facts, [delegation.head]) == {"Mwale"}


def test_plain_lines_after_the_colon_are_not_a_block(extract):
    text = ("Zambia sent a delegation to Madrid. The delegation comprises:\n\n"
            "Ministers met on Monday. Chanda Mulenga Phiri, a Lusaka lawyer, criticised the cost.")
    facts = extract(text)
    members = set().union(*[d.members for d in facts.delegations.values()]) if facts.delegations else set()
    assert "Phiri" not in surnames(facts, members)


@pytest.mark.parametrize("text", [
    "Governor Ellen Marsh left Denver on Sunday with a Colorado delegation of officials and executives. "
    "Among them are Trade Secretary Paul Irving and Ruth Okafor, chief executive of a grain firm.",
    "Colorado sent a delegation of officials to Hanoi. Among them were Trade Secretary Paul Irving and Ruth Okafor.",
])
def test_among_them_after_a_delegation_names_members(extract, text):
    facts = extract(text)
    members = set().union(*[d.members for d in facts.delegations.values()])
    assert {"Irving", "Okafor"} <= surnames(facts, members)


def test_among_them_without_a_delegation_names_nobody(extract):
    facts = extract("Hundreds of farmers marched on Monday. Among them were Paul Irving and Ruth Okafor.")
    assert not facts.delegations


@pytest.mark.parametrize("text", [
    "Kenya's negotiating team was led by Amina Wekesa, with chief negotiator Otieno Barasa at her side.",
    "The Kenyan delegation was headed by Amina Wekesa, with Otieno Barasa as her deputy.",
    "The Kenyan delegation, led by Amina Wekesa, with Otieno Barasa and Faith Njeri as members, arrived on Friday.",
])
def test_with_phrases_placing_people_beside_the_head(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Kenya")
    assert surnames(facts, [delegation.head]) == {"Wekesa"}
    assert "Barasa" in surnames(facts, delegation.members)


@pytest.mark.parametrize("text", [
    "The Kenyan delegation was led by Amina Wekesa, with Otieno Barasa of Uganda watching from the gallery.",
    "The Kenyan delegation, led by Amina Wekesa, met with Otieno Barasa on Friday.",
    "The Kenyan delegation was led by Amina Wekesa, with talks set to end on Friday.",
])
def test_other_with_phrases_add_no_member(extract, text):
    facts = extract(text)
    assert "Barasa" not in surnames(facts, delegation_of(facts, "Kenya").members)


def test_a_companion_serving_as_deputy(extract):
    facts = extract("Finance Minister Eva Holm headed the Danish delegation, with Lars Dahl serving as her deputy.")
    assert {"Holm", "Dahl"} <= surnames(facts, delegation_of(facts, "Denmark").members)
