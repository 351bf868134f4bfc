"""A delegation sent by a country's government represents the country ("a delegation of the
Transitional Government (TGNU) of the Republic of Chad"), and "the group"/"the team" right after a
delegation was told is that delegation ("A led a Norwegian delegation. The group included B")."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country", [
    ("The chairperson received a delegation of the Transitional Government of National Unity (TGNU) of the "
     "Republic of Chad. The Government delegation was led by Hon. Ali Mahamat and comprised Hon. Fatime Issa.", "Chad"),
    ("The envoy met a delegation of the Interim Council of South Sudan. The Council delegation was led by "
     "Ali Mahamat and included Fatime Issa.", "South Sudan"),
    ("A delegation of the Federal Government of Somalia arrived on Monday. The Government delegation was headed "
     "by Ali Mahamat and included Fatime Issa.", "Somalia"),
])
def test_a_governments_delegation_represents_its_country(extract, text, country):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, delegation.members) == {"Mahamat", "Issa"}
    assert facts.persons[delegation.head].name == "Ali Mahamat"


def test_an_organisation_without_a_country_keeps_its_owndelegation_of(extract):
    facts = extract("A delegation of the African Development Bank, led by Ali Mahamat, arrived in Lome.")
    assert not [d for d in facts.delegations.values() if d.represents and "Togo" in d.represents]


@pytest.mark.parametrize("text", [
    "Minister Karin Dahl led a Norwegian delegation of about 20 officials on the visit. The group included "
    "State Secretary Lars Aas and Eva Lunde, the consul general in Boston.",
    "Karin Dahl headed a Norwegian delegation to the fair. The team included State Secretary Lars Aas and Eva Lunde.",
    "A Norwegian delegation led by Karin Dahl arrived on Monday; the group included Lars Aas and Eva Lunde.",
])
def test_the_group_right_after_a_delegation_is_thatdelegation_of(extract, text):
    facts = extract(text)
    assert {"Dahl", "Aas", "Lunde"} <= surnames(facts, delegation_of(facts, "Norway").members)


def test_a_group_told_later_is_not_thedelegation_of(extract):
    facts = extract("Karin Dahl led a Norwegian delegation to Boston. The talks went well. Officials were pleased. "
                    "On Friday the group included Lars Aas in a photo.")
    assert "Aas" not in surnames(facts, delegation_of(facts, "Norway").members)
