"""Talks between a government and rebels, as long features tell them:

- "the government delegation" names no country, but the article names one government ("the Sri Lankan
  government", "the government of Nepal"): the delegation is that country's (not when several are named);
- talks told between countries or bodies alone were held by the one delegation a country sent;
- "The two delegations agreed to meet again" is no pair of the two people named last;
- "C chaired the sessions", "C moderated the discussions": C joins the talks told just before, unless the
  clause tells its own day or place or another kind of meeting ("chaired the cabinet meeting in Lima").
"""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames

_GOVERNMENT_SIDE = ("The government delegation was led by Ravi Perera, the minister for constitutional affairs, and "
                    "included Anil Fonseka, the minister of ports.")


@pytest.mark.parametrize("opening, country", [
    ("The talks were the first between the Sri Lankan government and the rebels in seven years.", "Sri Lanka"),
    ("Negotiations between the government of Nepal and the Maoist rebels resumed in Bangkok.", "Nepal"),
    ("Colombia's government and the guerrillas sat down in Havana on Monday.", "Colombia"),
])
def test_the_government_delegation_is_of_the_one_government_named(extract, opening, country):
    facts = extract(f"{opening} {_GOVERNMENT_SIDE}")
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {"Perera"}
    assert {"Perera", "Fonseka"} <= surnames(facts, delegation.members)


def test_two_governments_named_leave_it_unplaced(extract):
    facts = extract("The Indian government and the Nepali government both sent observers. " + _GOVERNMENT_SIDE)
    assert not [d for d in facts.delegations.values() if d.represents in {"India", "Nepal"} and d.members]


def test_talks_between_a_country_and_rebels_were_its_delegations(extract):
    facts = extract("Negotiations between the government of Nepal and the National Liberation Front opened in Bangkok on Monday. "
                    + _GOVERNMENT_SIDE + " Norway's envoy, Erik Lunde, chaired the sessions.")
    assert {frozenset({"Perera", "Lunde"}), frozenset({"Fonseka", "Lunde"})} <= met_pairs(facts)


def test_two_delegations_are_no_two_people(extract):
    facts = extract("Minister Ravi Perera briefed Prime Minister Anil Fonseka by telephone each night. The two "
                    "delegations agreed to meet again in Bangkok on October 31.")
    assert frozenset({"Perera", "Fonseka"}) not in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "The talks between Peruvian minister Ana Ruiz and rebel commander Luis Vega opened on Monday in Oslo. "
    "Norway's envoy, Erik Lunde, chaired the sessions.",
    "Peruvian minister Ana Ruiz held talks with rebel commander Luis Vega in Oslo on Monday. Norwegian envoy "
    "Erik Lunde moderated the discussions.",
    "Peruvian minister Ana Ruiz and rebel commander Luis Vega met in Oslo on Monday. The Swiss diplomat Erik Lunde "
    "facilitated the talks.",
])
def test_who_ran_the_talks_told_before_was_at_them(extract, text):
    assert {frozenset({"Ruiz", "Lunde"}), frozenset({"Vega", "Lunde"})} <= met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Peruvian minister Ana Ruiz held talks with rebel commander Luis Vega in Oslo on Monday. On Tuesday, Erik "
    "Lunde chaired the cabinet meeting in Lima.",
    "Peruvian minister Ana Ruiz held talks with rebel commander Luis Vega in Oslo on Monday. Erik Lunde chaired "
    "the talks in Geneva on Friday.",
])
def test_a_meeting_of_its_own_is_not_joined(extract, text):
    assert frozenset({"Ruiz", "Lunde"}) not in met_pairs(extract(text))
