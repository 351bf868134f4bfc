"""People a plural title lists ("The two presidents, A and B, met") are people, whatever the name
finder made of them, and each holds the title; "Ministers A of X and B of Y met" are both subjects."""
import pytest

from tests.conftest import met_pairs, names, offices_by_surname


@pytest.mark.parametrize("text, pair", [
    ("The two presidents, Kofi Mensah and Alassane Traore, met behind closed doors on Friday.",
     {"Kofi Mensah", "Alassane Traore"}),
    ("The two ministers, Ana Ruiz and Lena Berg, held talks in Madrid on Friday.", {"Ana Ruiz", "Lena Berg"}),
    ("The three envoys, Bakary Sanogo, Oumou Diarra and Sekou Keita, met in Bamako.",
     {"Bakary Sanogo", "Oumou Diarra"}),
])
def test_a_plural_title_lists_people_who_met(extract, text, pair):
    facts = extract(text)
    assert pair <= names(facts)
    assert frozenset(name.split()[-1] for name in pair) in met_pairs(facts)


def test_each_listed_person_holds_the_title(extract):
    facts = extract("The two presidents, Kofi Mensah and Alassane Traore, met behind closed doors on Friday.")
    assert {("Mensah", "president", None), ("Traore", "president", None)} <= offices_by_surname(facts)


def test_places_listed_after_a_plural_noun_are_no_people(extract):
    facts = extract("The two leaders, Ghana and Togo, signed the accord.")
    assert not {"Ghana", "Togo"} & names(facts)


@pytest.mark.parametrize("text, pair", [
    ("Finance ministers Kwame Ofori of Ghana and Aisha Bello of Nigeria met on the margins of the IMF meetings.",
     {"Kwame Ofori", "Aisha Bello"}),
    ("Trade ministers Lucia Ferraz of Brazil and Tomas Richter of Austria met in Geneva on Monday.",
     {"Lucia Ferraz", "Tomas Richter"}),
    ("Mayors Hana Kovac of Zagreb and Ivo Petrak of Brno held talks at the congress.",
     {"Hana Kovac", "Ivo Petrak"}),
])
def test_people_each_from_a_place_met_each_other(extract, text, pair):
    assert frozenset(name.split()[-1] for name in pair) in met_pairs(extract(text))
