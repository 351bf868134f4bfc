"""Someone who seeks an office holds none: "presidential candidate X", "X, the opposition's candidate for
mayor,", "X, the presidential nominee,", "Defence Secretary nominee X" give no office; the office of a
holder beside them still counts."""
import pytest

from tests.conftest import person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, surname", [
    ("Presidential candidate Ana Limeira promised sweeping reforms.", "Limeira"),
    ("Viktor Halloran, the opposition's candidate for mayor, conceded on Sunday.", "Halloran"),
    ("Leila Nassar, the presidential nominee, spoke at the rally.", "Nassar"),
    ("Defence Secretary nominee Peter Hale faced the committee.", "Hale"),
])
def test_aspirant_has_no_office(extract, text, surname):
    assert titles(extract(text), surname) == []


def test_holder_beside_an_aspirant_keeps_the_office(extract):
    facts = extract("Governor Rita Okoro met presidential candidate Ana Limeira in Enugu.")
    assert "governor" in titles(facts, "Okoro")
    assert titles(facts, "Limeira") == []
