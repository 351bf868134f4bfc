"""A country's name of two words whose first word is also an honorific ("Sri Lanka", "Sri Lankan") is
no form of address before a name: "Sri Lankan President A met B" names no person "Lankan", and so
pairs no such person with anyone; "Sri A B" with a given name is still the honorific."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text, pair", [
    ("Sri Lankan President Kumari Perera received Maldivian President Ibrahim Rasheed in Colombo.",
     {"Perera", "Rasheed"}),
    ("Sri Lanka's Foreign Minister Nalin Jayasuriya met Japanese Foreign Minister Aiko Tanaka in Tokyo on Monday.",
     {"Jayasuriya", "Tanaka"}),
    ("Prime Minister Arjun Mehta held talks with the visiting Sri Lankan Prime Minister, Dinesh Fonseka, in Delhi.",
     {"Mehta", "Fonseka"}),
])
def test_a_two_word_country_is_no_person(extract, text, pair):
    facts = extract(text)
    assert not {n for n in names(facts) if "Lank" in n}
    assert met_pairs(facts) == {frozenset(pair)}


def test_the_honorific_before_a_given_name_stays(extract):
    facts = extract("Sri Ravi Kumar met Prime Minister Arjun Mehta in Bengaluru.")
    assert "Ravi Kumar" in names(facts)
    assert frozenset({"Kumar", "Mehta"}) in met_pairs(facts)
