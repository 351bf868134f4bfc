"""A group "of" people of no post ("a delegation of Ugandan farmers", "of students", "of business leaders")
is no delegation of the country named with them (`civilian_groups.txt`, `_of_civilians` in
extract/delegations.py); its people still meet whom it meets."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, country", [
    ("A delegation of Ugandan farmers, including Joseph Okello, met President Samia Kimaro in Dodoma.", "Uganda"),
    ("A delegation of Kenyan students led by Joseph Okello met President Samia Kimaro in Dodoma.", "Kenya"),
    ("President Samia Kimaro received a delegation of Zambian business leaders headed by Joseph Okello in Dodoma.", "Zambia"),
])
def test_a_group_of_civilians_represents_no_country(extract, text, country):
    facts = extract(text)
    assert not any(d.represents == country for d in facts.delegations.values())
    assert frozenset(("Okello", "Kimaro")) in met_pairs(facts)


@pytest.mark.parametrize("text, country", [
    ("A delegation of Kenyan ministers led by Joseph Okello met President Samia Kimaro in Dodoma.", "Kenya"),
    ("A delegation of Ugandan lawmakers, including Joseph Okello, met President Samia Kimaro in Dodoma.", "Uganda"),
])
def test_a_group_of_office_holders_is_their_countrys_delegation(extract, text, country):
    facts = extract(text)
    assert any(d.represents == country for d in facts.delegations.values())
