"""Posts held to someone ("an adviser to Prime Minister Y", "a spokeswoman for President Y", "chief of
staff to Governor Y"): the one in apposition holds the post, the name after it holds the complement's
office, with its country."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, aide, post, boss, office, country", [
    ("Rafael Ortiz, an adviser to Chilean President Elena Soto, arrived in Lima.",
     "Ortiz", "adviser", "Soto", "president", "Chile"),
    ("Nadia Farouk, a spokeswoman for Egyptian Foreign Minister Samir Adel, declined to comment.",
     "Farouk", "spokeswoman", "Adel", "foreign minister", "Egypt"),
    ("Pieter Smit, chief of staff to Dutch Prime Minister Anne de Wit, joined the talks.",
     "Smit", "chief of staff", "Wit", "prime minister", "Netherlands"),
    ("Omar Haidari, a senior aide to Afghan President Karim Nazari, was detained on Friday.",
     "Haidari", "senior aide", "Nazari", "president", "Afghanistan"),
])
def test_the_aide_holds_the_post_and_the_boss_the_office(extract, text, aide, post, boss, office, country):
    offices = offices_by_surname(extract(text))
    assert (aide, post, None) in offices, offices
    assert (boss, office, country) in offices, offices
    assert not any(who == boss and (post in title or " to " in title or " for " in title) for who, title, _ in offices), offices


@pytest.mark.parametrize("text, surname, title", [
    ("Senior Adviser to the President Jane Roe briefed reporters.", "Roe", "senior adviser to the president"),
    ("Ambassador to France Linda Marsh presented her credentials.", "Marsh", "ambassador to france"),
    ("Special Envoy for Syria Tomas Berg arrived in Damascus.", "Berg", "special envoy"),
])
def test_a_title_with_its_own_complement_stays_whole(extract, text, surname, title):
    offices = offices_by_surname(extract(text))
    assert any(who == surname and t == title for who, t, _ in offices), offices
