"""A plural group noun whose from- or of-phrase names the countries and whose lead phrase names one head
per country ("Delegations from Ethiopia and Egypt, headed by A and B") is one delegation per country in
that order, with its head (`_sides_headed` in extract/delegations.py; "headed respectively by" too)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text", [
    "Delegations from Ethiopia and Egypt, headed by Dawit Alemu and Karim Fahmy, met in Cairo on Monday.",
    "Delegations from Ethiopia and Egypt, headed respectively by Tesfaye Alemu and Karim Fahmy, met in Cairo.",
    "The delegations of Ethiopia and Egypt, led by Dawit Alemu and Karim Fahmy, held talks in Cairo.",
])
def test_each_country_has_its_head(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Ethiopia").head]) == {"Alemu"}
    assert surnames(facts, [delegation_of(facts, "Egypt").head]) == {"Fahmy"}
    assert frozenset(("Alemu", "Fahmy")) in met_pairs(facts)


def test_heads_of_unnamed_sides_have_no_country(extract):
    facts = extract("The two delegations, led by Dawit Alemu and Karim Fahmy, met in Cairo.")
    assert not any(d.represents for d in facts.delegations.values())
