"""Delegation heads and members in wordings the earlier rules did not read: membership participles
("a delegation comprising A and B"), fronted places ("Also in the delegation were C"), "whose members
included", lists set off by dashes, head nouns ("D, head of the delegation"), "Heading the delegation
was E", "under the leadership of F", "represented by a delegation", organisations' led teams, and a
traveller "accompanied by a delegation" (extract/delegation_members.py, delegations.py,
delegation_rosters.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


def _all_members(facts) -> set[str]:
    return set().union(*[d.members | ({d.head} if d.head else set()) for d in facts.delegations.values()]) \
        if facts.delegations else set()


@pytest.mark.parametrize("text", [
    "Austria sent a delegation comprising Interior Minister Eva Gruber and Labour Minister Tobias Haas to Sofia.",
    "An Austrian delegation consisting of Interior Minister Eva Gruber and Labour Minister Tobias Haas reached Sofia.",
    "An Austrian delegation made up of Interior Minister Eva Gruber, Labour Minister Tobias Haas and two aides reached Sofia.",
    "Austria dispatched a delegation composed of Interior Minister Eva Gruber and Labour Minister Tobias Haas.",
])
def test_membership_participle_lists_members(extract, text):
    facts = extract(text)
    assert {"Gruber", "Haas"} <= surnames(facts, delegation_of(facts, "Austria").members)


@pytest.mark.parametrize("text", [
    "An Austrian delegation reached Sofia on Monday. Also in the delegation were Interior Minister Eva Gruber and Labour Minister Tobias Haas.",
    "Among the members of the Austrian delegation were Interior Minister Eva Gruber and Labour Minister Tobias Haas.",
    "An Austrian delegation reached Sofia. In the delegation were Interior Minister Eva Gruber and Labour Minister Tobias Haas.",
    "Chancellor Anna Moser headed the Austrian delegation, whose members included Eva Gruber and Tobias Haas.",
    "The Austrian delegation - Interior Minister Eva Gruber and Labour Minister Tobias Haas - reached Sofia on Monday.",
])
def test_fronted_places_relatives_and_dashes_list_members(extract, text):
    facts = extract(text)
    assert {"Gruber", "Haas"} <= surnames(facts, delegation_of(facts, "Austria").members)


@pytest.mark.parametrize("text", [
    "An Austrian delegation reached Sofia. In the talks, Interior Minister Eva Gruber spoke to Labour Minister Tobias Haas.",
    "The Austrian delegation reached Sofia - Interior Minister Eva Gruber said it would stay two days.",
    "An Austrian delegation reached Sofia, where Interior Minister Eva Gruber was waiting for Tobias Haas.",
    "Austria sent a delegation. Critic Eva Gruber, comprising one voice among many, attacked the trip.",
])
def test_people_near_a_delegation_are_not_its_members(extract, text):
    assert not {"Gruber", "Haas"} & surnames(extract(text), _all_members(extract(text)))


@pytest.mark.parametrize("text", [
    "Ruslan Aliyev, head of the Azerbaijani delegation, said the talks would resume.",
    "The head of the Azerbaijani delegation, Ruslan Aliyev, said the talks would resume.",
    "Heading the Azerbaijani delegation was Deputy Foreign Minister Ruslan Aliyev.",
    "Ruslan Aliyev, heading an Azerbaijani delegation of nine, arrived in Tbilisi on Monday.",
    "The Azerbaijani delegation was under the leadership of Deputy Foreign Minister Ruslan Aliyev.",
    "Azerbaijan was represented by a delegation under Deputy Foreign Minister Ruslan Aliyev.",
    "The leader of the Azerbaijani delegation, Ruslan Aliyev, left early.",
])
def test_head_wordings(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Azerbaijan").head]) == {"Aliyev"}


@pytest.mark.parametrize("text", [
    "Ruslan Aliyev, a critic of the Azerbaijani delegation, said the talks would fail.",
    "Ruslan Aliyev met the head of the Azerbaijani delegation on Monday.",
    "Ruslan Aliyev spoke under the gaze of the Azerbaijani delegation.",
])
def test_other_relations_to_a_delegation_are_not_heads(extract, text):
    facts = extract(text)
    assert not any(d.head and facts.persons[d.head].name.endswith("Aliyev") for d in facts.delegations.values())


@pytest.mark.parametrize("text, sender", [
    ("A team from the Asian Development Bank, led by director Mei Ling Chow, toured the flooded districts.", "Asian Development Bank"),
    ("The OECD mission, headed by Mei Ling Chow, ended its visit to Hanoi.", "OECD"),
    ("An African Union team led by Mei Ling Chow arrived in Bangui.", "African Union"),
])
def test_organisation_teams_with_a_leader_are_delegations(extract, text, sender):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, sender).head]) == {"Chow"}


def test_a_country_sending_a_mission_makes_the_mission_led_later_its_delegation(extract):
    facts = extract("Chile sent a technical mission to Lima. The mission, led by Energy Minister Pablo Soto, "
                    "also included geologist Marta Vera.")
    delegation = delegation_of(facts, "Chile")
    assert surnames(facts, [delegation.head]) == {"Soto"}
    assert "Vera" in surnames(facts, delegation.members)


@pytest.mark.parametrize("text", [
    "Uruguayan President Diego Sosa landed in Rome, accompanied by a delegation including Economy Minister Laura Pena.",
    "Uruguayan President Diego Sosa, accompanied by a large delegation that included Economy Minister Laura Pena, landed in Rome.",
])
def test_the_one_accompanied_by_a_delegation_heads_it(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Uruguay")
    assert surnames(facts, [delegation.head]) == {"Sosa"}
    assert "Pena" in surnames(facts, delegation.members)


def test_a_companion_of_the_head_in_a_relative_clause_is_a_member_not_another_head(extract):
    facts = extract("Uruguay sent a delegation to the summit. Heading the delegation was Economy Minister Laura Pena, "
                    "who was accompanied by central bank governor Hugo Lima.")
    delegation = delegation_of(facts, "Uruguay")
    assert surnames(facts, [delegation.head]) == {"Pena"}
    assert "Lima" in surnames(facts, delegation.members)
    assert [d.head for d in facts.delegations.values() if d.head] == [delegation.head]
