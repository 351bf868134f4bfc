"""A delegation sent by a body whose name NER read as a place or a people ("the African Union", "the East
African Community"): its last word is an organisation's, so the body is the sender; and a roster in a
relative clause the parser hung on the body's name rather than on the group (extract/delegations.py,
extract/delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, body", [
    ("The delegation of the African Union was led by Commissioner Amara Diallo.", "African Union"),
    ("A delegation from the African Union, headed by Commissioner Amara Diallo, arrived in Khartoum.", "African Union"),
    ("A delegation from the East African Community, headed by Secretary General Amara Diallo, arrived in Juba.",
     "East African Community"),
])
def test_a_body_read_as_a_place_sends_the_delegation(extract, text, body):
    facts = extract(text)
    delegation = delegation_of(facts, body)
    assert delegation.represents_organization
    assert surnames(facts, {delegation.head}) == {"Diallo"}


def test_a_place_sends_its_delegation_as_a_country(extract):
    facts = extract("A delegation from South Sudan, led by Deng Alor, arrived in Nairobi.")
    assert not delegation_of(facts, "South Sudan").represents_organization


@pytest.mark.parametrize("text", [
    "A delegation of the Andean Community that included Ana Ruiz and Pedro Gil met officials in Lima.",
    "Officials in Lima met a delegation from the Andean Community that included Ana Ruiz and Pedro Gil.",
    "A delegation from the Andean Community which comprised Ana Ruiz and Pedro Gil arrived on Monday.",
])
def test_a_roster_hung_on_the_senders_name(extract, text):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, "Andean Community").members) == {"Ruiz", "Gil"}


def test_a_relative_clause_about_the_body_lists_no_members(extract):
    facts = extract("A delegation from the Andean Community, which includes Peru and Bolivia, met Ana Ruiz in Lima.")
    assert not delegation_of(facts, "Andean Community").members
