"""Delegations of organisations named before the group noun ("the SPLM-IO delegation", "a Hamas
delegation"), people in a delegation's slots whatever NER says, a capitalised function word inside a
name ("Both"), "one of the largest delegations", and "led by A, along with B" (extract/delegations.py,
people.py)."""
from __future__ import annotations

import pytest

from tests.conftest import names, surnames


def _delegation_of_org(facts, org):
    found = [d for d in facts.delegations.values() if d.represents == org]
    assert found, {k: (d.represents, d.members) for k, d in facts.delegations.items()}
    return found[0]


@pytest.mark.parametrize("text, org, head", [
    ("A Hamas delegation led by Khalil Haddad arrived in Cairo.", "Hamas", "Khalil Haddad"),
    ("The SPLM-IO delegation was headed by Cde. Riek Gatluak.", "SPLM-IO", "Riek Gatluak"),
    ("The ANC delegation, headed by Thabo Ndlovu, included Naledi Khumalo.", "ANC", "Thabo Ndlovu"),
])
def test_an_organisation_before_the_group_noun_is_the_one_represented(extract, text, org, head):
    facts = extract(text)
    assert facts.persons[_delegation_of_org(facts, org).head].name == head


@pytest.mark.parametrize("text, country", [
    ("A US delegation led by Anna Berg arrived.", "United States"),
    ("The UK delegation, headed by Anna Berg, left early.", "United Kingdom"),
    ("Norway's delegation, led by Anna Berg, arrived.", "Norway"),
])
def test_a_country_before_the_group_noun_stays_a_country(extract, text, country):
    facts = extract(text)
    assert any(d.represents == country for d in facts.delegations.values())


@pytest.mark.parametrize("text, expected", [
    ("The ANC delegation, headed by Thabo Ndlovu, included Naledi Khumalo.", {"Thabo Ndlovu", "Naledi Khumalo"}),
    ("A delegation led by Sizwe Mthembu met the minister.", {"Sizwe Mthembu"}),
    ("The mission, headed by Kagiso Molefe, included Lerato Dube.", {"Kagiso Molefe", "Lerato Dube"}),
])
def test_the_slots_of_a_delegation_hold_people(extract, text, expected):
    assert expected <= names(extract(text))


def test_an_organisation_modifying_a_noun_after_included_is_no_person(extract):
    assert names(extract("The team included Goldman Sachs analysts.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("The SPLM-IO delegation was headed by Cde. Riek Both Gatluak.", "Riek Both Gatluak"),
    ("Minister Gatkuoth Both Diew arrived in Juba.", "Gatkuoth Both Diew"),
    ("Talks with Deputy Chairman Nyuon Both Mayen ended.", "Nyuon Both Mayen"),
])
def test_a_capitalised_function_word_inside_a_name_stays_in_it(extract, text, expected):
    assert expected in names(extract(text))


@pytest.mark.parametrize("text, members", [
    ("Norway sent one of the largest delegations, led by Foreign Minister Kari Lunde, along with State Secretary "
     "Ola Berg and Per Holm, the ministry's secretary general.", {"Lunde", "Berg", "Holm"}),
    ("Norway sent a large delegation, led by Foreign Minister Kari Lunde, along with trade minister Ola Berg.",
     {"Lunde", "Berg"}),
    ("Norway dispatched one of its biggest delegations, headed by Kari Lunde.", {"Lunde"}),
])
def test_partitive_delegations_and_members_along_with_the_leader(extract, text, members):
    facts = extract(text)
    norway = next(d for d in facts.delegations.values() if d.represents == "Norway")
    assert surnames(facts, norway.members) == members


@pytest.mark.parametrize("text", [
    "The envoy received a delegation of the Movement for Unity and Renewal (MUR) on Monday. The MUR delegation "
    "was headed by Cde. Riek Gatluak and included Ana Tut.",
    "A delegation from the Movement for Unity and Renewal (MUR) came to Addis Ababa. The MUR delegation was led "
    "by Riek Gatluak and included Ana Tut.",
    "The chair received a delegation of the Movement for Unity and Renewal (MUR). The MUR delegation, headed by "
    "Riek Gatluak, included Ana Tut.",
])
def test_an_organisations_short_form_takes_up_its_delegation(extract, text):
    facts = extract(text)
    delegation = _delegation_of_org(facts, "Movement for Unity and Renewal")
    assert surnames(facts, delegation.members) == {"Gatluak", "Tut"}
    assert not any(d.represents == "MUR" for d in facts.delegations.values())
