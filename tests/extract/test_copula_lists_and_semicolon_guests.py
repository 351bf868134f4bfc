"""Two ways releases list the people of a meeting: a plural subject with a relative clause of meeting, equated by
"be" to a list ("The legislators who met the minister were A, B and C"), and a with-list whose items are parted by
semicolons, each a title of a country and a name ("bilateral meetings with the heads of state of Peru, A; of Chile, B;
and the prime minister of Belize, C")."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, host, guests", [
    ("Foreign Minister Rafael Mora met US lawmakers on Monday. The legislators who met with the minister were "
     "Karen Miller, David Brooks and Steven Clark.", "Mora", {"Miller", "Brooks", "Clark"}),
    ("The senators who met Rafael Mora on Friday were Karen Miller and David Brooks.", "Mora", {"Miller", "Brooks"}),
    ("The envoys who sat down with Rafael Mora in Quito were Karen Miller, of Canada, and David Brooks, of Australia.",
     "Mora", {"Miller", "Brooks"}),
])
def test_the_plural_equated_to_a_list_is_those_people(extract, text, host, guests):
    found = met_pairs(extract(text))
    for guest in guests:
        assert frozenset({host, guest}) in found, (guest, found)


@pytest.mark.parametrize("text, host, guests", [
    ("President Rafael Mora held bilateral meetings with the heads of state of Brazil, Paulo Mendes; of Mexico, Jorge "
     "Castillo; and with the Prime Minister of Belize, Dean Barrow.", "Mora", {"Mendes", "Castillo", "Barrow"}),
    ("On Saturday President Rafael Mora held talks with the leaders of Brazil, Paulo Mendes; of Mexico, Jorge "
     "Castillo; and of Belize, Dean Barrow.", "Mora", {"Mendes", "Castillo", "Barrow"}),
    ("Rafael Mora met with the ministers of Brazil, Paulo Mendes; and of Mexico, Jorge Castillo.", "Mora",
     {"Mendes", "Castillo"}),
])
def test_semicolons_part_the_guests_of_a_with_list(extract, text, host, guests):
    found = met_pairs(extract(text))
    for guest in guests:
        assert frozenset({host, guest}) in found, (guest, found)


@pytest.mark.parametrize("text, not_pair", [
    # the guests are a copula's list without a clause of meeting: they are no one's partners by it
    ("The guests of honour were Karen Miller and David Brooks. Rafael Mora spoke at length.", {"Mora", "Miller"}),
    # a semicolon that opens a new clause ends the list
    ("Rafael Mora met with Paulo Mendes on Monday; Jorge Castillo stayed in Lima.", {"Mora", "Castillo"}),
])
def test_no_partner_outside_the_list(extract, text, not_pair):
    assert frozenset(not_pair) not in met_pairs(extract(text))
