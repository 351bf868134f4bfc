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


@pytest.mark.parametrize("text, surname, title", [
    ("In the presence of the Prime Minister and President Kofi Mensah, the accords were signed.", "Mensah", "president"),
    ("Talks between the Prime Minister and President Ana Dias ran late.", "Dias", "president"),
    ("A dinner for the Prime Minister and President Omar Saleh followed.", "Saleh", "president"),
])
def test_a_definite_leader_title_before_and_is_another_person(extract, text, surname, title):
    offices = {(s, t) for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert offices == {(surname, title)}, offices


def test_one_holder_of_two_coordinated_titles_keeps_both(extract):
    offices = {t for s, t, _ in offices_by_surname(extract("Deputy Prime Minister and Foreign Minister Ida Holm spoke.")) if s == "Holm"}
    assert {"deputy prime minister", "foreign minister"} <= offices, offices


@pytest.mark.parametrize("text, surname, title", [
    ("The Grand Mufti of Jordan, Samir Khatib, condemned the attack.", "Khatib", "grand mufti"),
    ("Imam Yusuf Adamu led the prayers in Kano.", "Adamu", "imam"),
    ("Chief Rabbi Daniel Weiss welcomed the visitors.", "Weiss", "chief rabbi"),
])
def test_religious_titles(extract, text, surname, title):
    assert any(s == surname and t == title for s, t, _ in offices_by_surname(extract(text)))


@pytest.mark.parametrize("text, surname", [
    ("The delegation comprised two ministers and the governor of the central bank, Karim Tazi.", "Tazi"),
    ("Also present was the head of the port authority, Karim Tazi.", "Tazi"),
    ("They met the chairman of the water board, Karim Tazi, on Monday.", "Tazi"),
])
def test_a_name_after_an_office_with_its_complement_is_a_person_whatever_ner_says(extract, text, surname):
    assert any(n.split()[-1] == surname for n in names(extract(text)))
