"""A team a named person travels with, whose people the sentence names ("landed in Madrid with a small team:
B and C", "flew in with a team that included D"), is that person's delegation; a team naming no one ("a team of
doctors") or a sports side is not."""
import pytest

from tests.conftest import surnames


def _teams(facts):
    return [(facts.persons[d.head].name if d.head else None, surnames(facts, d.members)) for d in facts.delegations.values()]


@pytest.mark.parametrize("text", [
    "Foreign Minister Tomas Mansilla of Argentina landed in Madrid with a small team: Lucia Bianchi and "
    "Marco Ferri.",
    "Foreign Minister Tomas Mansilla flew into Madrid on Monday with a team that included Lucia Bianchi and "
    "Marco Ferri.",
    "Trade Minister Tomas Mansilla travelled to Rome with a team made up of Lucia Bianchi and Marco Ferri.",
    "Mansilla arrived with a small team: Lucia Bianchi and Marco Ferri. Tomas Mansilla is Argentina's "
    "foreign minister.",
])
def test_the_team_one_travels_with_is_a_delegation(extract, text):
    teams = _teams(extract(text))
    assert ("Tomas Mansilla", {"Mansilla", "Bianchi", "Ferri"}) in teams


@pytest.mark.parametrize("text", [
    "Tomas Mansilla arrived with a team of doctors.",
    "Tomas Mansilla arrived with the national football team, coached by Marco Ferri.",
])
def test_other_teams_are_no_delegation(extract, text):
    assert _teams(extract(text)) == []


def test_a_colon_list_ends_with_its_sentence(extract):
    facts = extract("Foreign Minister Tomas Mansilla of Argentina arrived in Madrid with a small team: Lucia Bianchi and "
                    "Marco Ferri. The Argentine delegation and Vidal's team, which included the secretary of state, "
                    "Rafael Quintana, sat down for lunch.")
    argentina = next(d for d in facts.delegations.values() if d.represents == "Argentina")
    assert surnames(facts, argentina.members) == {"Mansilla", "Bianchi", "Ferri"}
