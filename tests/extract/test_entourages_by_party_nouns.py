"""A visitor "and his party" has a delegation; those who join or accompany them are its members.

- "met with the minister and his party", "received A and her entourage", "A and his party arrived": the party
  is A's country's delegation with A at its head (`entourage_nouns.txt`); "Joining A during the call were C
  and D" then makes C and D its members.
- Not a political party: "the president and his party won the vote" is no delegation.
- "New Zealand Foreign Affairs Minister A", which NER reads as a body "New Zealand Foreign Affairs", is the
  country's Foreign Affairs Minister.
"""
import pytest

from tests.conftest import delegation_of, offices_by_surname, surnames


@pytest.mark.parametrize("text", [
    "President Ana Lopes met Norwegian Foreign Minister Lars Holm and his party at the palace on Monday. "
    "Joining Holm were Ambassador Tomas Ruiz and Deputy Minister Anne Roux.",
    "President Ana Lopes received Norwegian Foreign Minister Lars Holm and his entourage on Monday. "
    "Accompanying Holm were Ambassador Tomas Ruiz and Deputy Minister Anne Roux.",
    "Norwegian Foreign Minister Lars Holm and his party arrived in Lima on Sunday. Joining Holm during the "
    "visit were Ambassador Tomas Ruiz and Deputy Minister Anne Roux.",
])
def test_a_visitor_and_his_party_head_a_delegation_of_those_who_join_him(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Norway")
    assert surnames(facts, [delegation.head]) == {"Holm"}
    assert {"Ruiz", "Roux"} <= surnames(facts, delegation.members)


@pytest.mark.parametrize("text", [
    "Norwegian Prime Minister Lars Holm and his party won the vote on Sunday.",
    "Norwegian Prime Minister Lars Holm and his party lost ground in the polls.",
])
def test_a_political_party_is_no_delegation(extract, text):
    assert not extract(text).delegations


@pytest.mark.parametrize("text", [
    "The deal was signed by New Zealand Foreign Affairs Minister Peter Whitcombe and his host.",
    "Talks opened with New Zealand Foreign Affairs Minister Peter Whitcombe in the chair.",
])
def test_a_country_read_into_a_body_before_a_title_is_the_offices_country(extract, text):
    assert ("Whitcombe", "foreign affairs minister", "New Zealand") in offices_by_surname(extract(text))
