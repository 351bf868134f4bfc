"""Heads of a delegation told in a later sentence about "the group"/"the team", behind a title that is no
list word ("led by the council's chairwoman, Labour MP A"), or as the traveller who left with it
(extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, body, head, member", [
    ("A Danish trade delegation landed in Hanoi on Sunday. The group, which came by way of Bangkok, is headed by "
     "Mette Holm and includes Jens Lund.", "Denmark", "Holm", "Lund"),
    ("A delegation of the Storting Committee on Energy reached Nairobi. The group is led by Kari Dahl and "
     "includes Ola Berg.", "Storting Committee on Energy", "Dahl", "Berg"),
    ("A Chilean delegation arrived in Seoul for the talks. The team is headed by Rosa Vidal and also includes "
     "Pedro Soto.", "Chile", "Vidal", "Soto"),
])
def test_the_group_taken_up_in_the_next_sentence_gets_its_head(extract, text, body, head, member):
    facts = extract(text)
    delegation = delegation_of(facts, body)
    assert delegation.head and facts.persons[delegation.head].name.endswith(head), delegation
    assert {head, member} <= surnames(facts, delegation.members)


@pytest.mark.parametrize("text, body, head", [
    ("A delegation of the Storting Committee on Energy reached Nairobi. The group is led by the committee's "
     "chairwoman, Labour MP Kari Dahl, and includes Ola Berg.", "Storting Committee on Energy", "Dahl"),
    ("A Peruvian delegation arrived in Quito. The team is headed by its vice-chair, Rosa Vidal, and includes "
     "Pedro Soto.", "Peru", "Vidal"),
    ("A Kenyan delegation arrived in Oslo on Monday. It is led by the ministry's permanent secretary, Grace "
     "Njeri, and includes Tom Otieno.", "Kenya", "Njeri"),
])
def test_a_head_set_beside_a_title_in_the_by_phrase(extract, text, body, head):
    facts = extract(text)
    delegation = delegation_of(facts, body)
    assert delegation.head and facts.persons[delegation.head].name.endswith(head), delegation


@pytest.mark.parametrize("text, country, head", [
    ("Ghanaian Trade Minister Kofi Mensah left Accra on Saturday with a delegation of twenty business leaders.",
     "Ghana", "Mensah"),
    ("Peruvian Foreign Minister Rosa Vidal departed for Tokyo with a delegation of officials on Monday.", "Peru",
     "Vidal"),
    ("Danish Foreign Minister Lars Holm left for Hanoi on Sunday with a large delegation.", "Denmark", "Holm"),
])
def test_the_traveller_who_left_with_a_delegation_heads_it(extract, text, country, head):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert delegation.head and facts.persons[delegation.head].name.endswith(head), delegation


@pytest.mark.parametrize("text", [
    "The choir arrived on Monday. The group is led by Ola Berg.",
    "The rock group is led by singer Anna Roth, who left Oslo on Monday with her band.",
])
def test_no_delegation_without_a_delegation_told(extract, text):
    assert not extract(text).delegations
