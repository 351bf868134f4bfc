"""An office towards another office ("Press Secretary of the Turkish President X" is no President),
a day before a title apposition that is no name ("On Monday, Chad's minister of ..."), and names NER
left untagged after a title whose complement is coordinated ("the Minister of Mines and Energy,
A B C,") (extract/offices.py, extract/people.py)."""
from __future__ import annotations

import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text", [
    "Earlier, Press Secretary of the Turkish President Selim Aydin said no date had been set.",
    "Adviser to the President Selim Aydin said no date had been set.",
    "Chief of Staff of the Egyptian President Selim Aydin said no date had been set.",
])
def test_an_office_served_is_not_the_names_office(extract, text):
    offices = offices_by_surname(extract(text))
    assert offices and not any(t == "president" for _, t, _ in offices), offices


def test_a_second_office_after_a_complement_still_splits(extract):
    offices = offices_by_surname(extract("Custodian of the Holy Sites King Faisal Rahim spoke."))
    assert any(t == "king" for _, t, _ in offices), offices


@pytest.mark.parametrize("day", ["Monday", "Tuesday", "Friday"])
def test_a_day_before_a_title_apposition_is_no_person(extract, day):
    facts = extract(f"On {day}, Chad's Minister of Mines and Energy, Achta Mahamat Saleh, met the Sudanese envoy.")
    assert day not in names(facts)
    assert ("Saleh", "minister of mines and energy", "Chad") in offices_by_surname(facts)


@pytest.mark.parametrize("text, surname", [
    ("Later, Eritrea's Minister of Trade and Industry, Semhar Tesfay Woldu, opened the fair.", "Woldu"),
    ("The Minister of Mines and Energy, Dawit Gebre Tekle, and his deputy left early.", "Tekle"),
    ("Somalia's Minister of Ports and Fisheries, Abdiwali Farah Guled, said the port would reopen.", "Guled"),
])
def test_untagged_name_after_a_coordinated_complement(extract, text, surname):
    facts = extract(text)
    assert any(n.split()[-1] == surname for n in names(facts)), names(facts)


def test_a_place_after_a_title_comma_stays_a_place(extract):
    facts = extract("The Minister of Mines and Energy, Addis Ababa, said nothing.")
    assert "Addis Ababa" not in names(facts)


@pytest.mark.parametrize("text, title", [
    ("The meeting was attended by Prime Minister of the Republic of Tajikistan Gulnora Rahimova.", "prime minister"),
    ("Later, Ivan Petrov was received by the President of the Republic of Moldova Elena Rusu.", "president"),
    ("U.S. Secretary of State Dana Whitfield flew to Ankara.", "secretary of state"),
    ("Rwanda's Minister of State Claire Uwera flew to Ankara.", "minister of state"),
])
def test_a_countrys_long_form_is_no_part_of_the_title(extract, text, title):
    offices = offices_by_surname(extract(text))
    assert any(t == title for _, t, _ in offices), offices
