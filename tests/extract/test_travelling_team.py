"""A team a named person travels with, whose people the sentence names ("arrived in Madrid with a small team:
B and C", "flew in with a team that included D"), is that person's delegation; a team naming no one ("a team of
doctors") or a sports side is not."""
import pytest

from tests.conftest import surnames


def _teams(facts):
    return [(facts.persons[d.head].name if d.head else None, surnames(facts, d.members)) for d in facts.delegations.values()]


@pytest.mark.parametrize("text", [
    "Foreign Minister Federico Lanusse of Argentina arrived in Madrid with a small team: Marcela Etchegaray and "
    "Gustavo Peralta.",
    "Foreign Minister Federico Lanusse flew into Madrid on Monday with a team that included Marcela Etchegaray and "
    "Gustavo Peralta.",
    "Trade Minister Federico Lanusse travelled to Rome with a team made up of Marcela Etchegaray and Gustavo Peralta.",
    "Lanusse arrived with a small team: Marcela Etchegaray and Gustavo Peralta. Federico Lanusse is Argentina's "
    "foreign minister.",
])
def test_the_team_one_travels_with_is_a_delegation(extract, text):
    teams = _teams(extract(text))
    assert ("Federico Lanusse", {"Lanusse", "Etchegaray", "Peralta"}) in teams


@pytest.mark.parametrize("text", [
    "Federico Lanusse arrived with a team of doctors.",
    "Federico Lanusse arrived with the national football team, coached by Gustavo Peralta.",
])
def test_other_teams_are_no_delegation(extract, text):
    assert _teams(extract(text)) == []
