"""Place names NER calls people: a name the article only uses after a locative preposition, or one an
apposition classifies as a place, is no person (and a meeting there has its place)."""
import pytest

from tests.conftest import names


def test_a_meeting_in_a_town_ner_took_for_a_person(extract):
    facts = extract("President Amos Kibet met Governor Luis Pardo in Ciudad Ortega on Friday.")
    assert names(facts) == {"Amos Kibet", "Luis Pardo"}
    assert [m.place for m in facts.meetings] == ["Ciudad Ortega"]


@pytest.mark.parametrize("text, place", [
    ("President Amos Kibet met Governor Luis Pardo in Ciudad Ortega on Friday.", "Ciudad Ortega"),
    ("Refugees sheltered in Novo Hradlik after the storm, Mayor Ana Ruiz said.", "Novo Hradlik"),
    ("The Velma Lookout, a famous viewpoint over the bay, was closed. Mayor Ana Ruiz reopened it.", "Velma Lookout"),
])
def test_places_are_not_people(extract, text, place):
    found = names(extract(text))
    assert not any(set(n.split()) & set(place.split()) for n in found), found


@pytest.mark.parametrize("text, person", [
    ("Mayor Ana Ruiz laid flowers at the grave site of Tomas Vell in Lima.", "Tomas Vell"),
    ("Investors showed confidence in Luis Pardo after the vote.", "Luis Pardo"),
    ("Few believe in Luis Pardo anymore, the poll found.", "Luis Pardo"),
    ("Reporters met Dana Holt, a site manager at the port.", "Dana Holt"),
])
def test_people_in_similar_slots_stay_people(extract, text, person):
    assert person in names(extract(text))
