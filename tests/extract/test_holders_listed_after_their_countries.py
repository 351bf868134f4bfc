"""A plural title whose of-phrase lists countries each followed by its holder ("the Foreign Ministers of Chile,
A, and Peru, B") gives every holder the office with that country; the countries are no attendees, their holders
are. Names NER left untagged in such a list are people all the same."""
import pytest

from tests.conftest import met_pairs, names, offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("The Foreign Ministers of Chile, Ana Torres, and Peru, Luis Vargas, met in Lima on Monday.",
     {("Torres", "foreign minister", "Chile"), ("Vargas", "foreign minister", "Peru")}),
    ("The defence ministers of Norway, Erik Lund, and Finland, Mikko Saari, held talks in Oslo.",
     {("Lund", "defence minister", "Norway"), ("Saari", "defence minister", "Finland")}),
    ("The health ministers of Ghana, Ama Owusu, Togo, Koffi Agbo, and Benin, Jean Houngbo, attended the forum.",
     {("Owusu", "health minister", "Ghana"), ("Agbo", "health minister", "Togo"),
      ("Houngbo", "health minister", "Benin")}),
    ("The talks brought together the Foreign Ministers of Chile, Ana Torres, and of Peru, Luis Vargas.",
     {("Torres", "foreign minister", "Chile"), ("Vargas", "foreign minister", "Peru")}),
])
def test_each_holder_takes_the_country_before_the_name(extract, text, expected):
    assert offices_by_surname(extract(text)) >= expected, offices_by_surname(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("The Foreign Ministers of Chile, Ana Torres, and Peru, Luis Vargas, met in Lima on Monday.", {"Torres", "Vargas"}),
    ("The trade ministers of Kenya, Mary Wanjiru, and Uganda, Paul Okello, held talks in Nairobi.",
     {"Wanjiru", "Okello"}),
])
def test_the_holders_meet_and_the_countries_are_no_attendees(extract, text, pair):
    facts = extract(text)
    assert met_pairs(facts) == {frozenset(pair)}, met_pairs(facts)
    assert all(a.kind == "person" for m in facts.meetings for a in m.attendees)


@pytest.mark.parametrize("text, expected", [
    ("Presidents of Chile, Peru and Bolivia met in Lima.", set()),  # countries alone: nobody named
    ("Ministers from Chile, Peru and Bolivia met Luis Vargas in Lima.", {"Luis Vargas"}),
])
def test_a_list_of_countries_alone_names_nobody(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))
