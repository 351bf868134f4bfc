"""People who "led their respective delegations" or "headed their countries' delegations" each head their own
country's delegation; "the two leaders" take up the pair just named."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "President Paul Okoro of Kenya and President John Mrema of Tanzania headed their countries' delegations at the "
    "talks.",
    "Kenya's President Paul Okoro received Tanzania's President John Mrema at State House. The two leaders are to head "
    "their respective delegations at the trade negotiations.",
    "Kenyan Foreign Minister Paul Okoro and Tanzanian Foreign Minister John Mrema led their respective delegations "
    "in Arusha.",
])
def test_each_heads_their_own_country_s_delegation(extract, text):
    facts = extract(text)
    kenya, tanzania = delegation_of(facts, "Kenya"), delegation_of(facts, "Tanzania")
    assert surnames(facts, [kenya.head]) == {"Okoro"} and surnames(facts, [tanzania.head]) == {"Mrema"}


def test_two_of_one_country_make_no_second_side(extract):
    facts = extract("President Paul Okoro of Kenya and his deputy Ruth Njeri of Kenya led their respective "
                    "delegations to the summit.")
    assert len([d for d in facts.delegations.values() if d.represents == "Kenya"]) <= 1
