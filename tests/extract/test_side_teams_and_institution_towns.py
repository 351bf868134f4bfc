"""A side's team led by a named person ("the government team, led by A, included B and C", "the rebel team,
headed by D") is a delegation though no word says "delegation"; a sports team is not. One word set off after an
institution's name ("a professor at Ahmadu Bello University, Zaria") is its town, not a person. Companions whose titles a
body possesses ("the union's treasurer") are their principal's own side. Wordings of our own."""
import pytest

from tests.conftest import met_pairs, names, surnames


@pytest.mark.parametrize("text", [
    "Labour Minister Ana Soto of Peru met union leaders in Lima on Monday. The government team, led by Ms Soto, "
    "included the deputy minister, Rosa Vidal, and the head of the labour board, Petro Lind.",
    "Labour Minister Ana Soto of Peru met union leaders on Monday. The government team, headed by Soto, also "
    "included Rosa Vidal and Petro Lind.",
])
def test_the_government_team_is_a_delegation(extract, text):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.head)
    assert surnames(facts, [delegation.head]) == {"Soto"}
    assert surnames(facts, delegation.members) == {"Soto", "Vidal", "Lind"}


def test_a_sports_team_is_not(extract):
    assert not extract("The coach's team, led by captain Ana Soto, won the match on Sunday.").delegations


@pytest.mark.parametrize("text", [
    "The team was led by its president, Carlos Ruiz, a professor of chemistry at Ahmadu Bello University, Zaria.",
    "Dr Carlos Ruiz, a surgeon at Aga Khan Hospital, Mombasa, spoke first.",
])
def test_the_institutions_town_is_no_person(extract, text):
    assert names(extract(text)) == {"Carlos Ruiz"}


def test_the_bodys_own_officers_are_not_met(extract):
    facts = extract("The team was led by its president, Carlos Ruiz. He was accompanied by the union's treasurer, "
                    "Rosa Vidal, and its secretary, Petro Lind.")
    assert not met_pairs(facts)


def test_a_citys_mayor_escorting_a_visitor_meets_him(extract):
    facts = extract("President Carlos Ruiz arrived in Lima. He was accompanied by the city's mayor, Rosa Vidal, on a "
                    "tour of the port.")
    assert frozenset({"Ruiz", "Vidal"}) in met_pairs(facts)
