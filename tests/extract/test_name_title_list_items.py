"""Lists whose items are "Name, Title of Country", parted by semicolons or by "and" right after a country:
"met several leaders, including A, President of Chile; B, Premier of Peru and C, President of Bolivia". Every
item is met, and each title is its own name's (the "and" after a country closes the title; the next name
is the next item, not the title's holder)."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text", [
    "Prime Minister Tom Smith said he also met a number of other leaders, including Jose Ramos, President of Chile; "
    "Nimal Perera, President of Sri Lanka and Paul Mba Ondo, President of Gabon.",
    "Chancellor Tom Smith held talks with several visitors, including Jose Ramos, President of Chile; Nimal Perera, "
    "President of Sri Lanka; Paul Mba Ondo, President of Gabon.",
    "Tom Smith met two dozen delegates on Monday, including Jose Ramos, the President of Chile; Nimal Perera, the "
    "President of Sri Lanka and Paul Mba Ondo, the President of Gabon.",
])
def test_every_name_title_item_of_a_semicolon_list_is_met(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Smith", other}) for other in ("Ramos", "Perera", "Ondo")} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "Nimal Perera, President of Sri Lanka and Paul Mba Ondo, President of Gabon, met him.",
    "He met Nimal Perera, President of Sri Lanka and Paul Mba Ondo, President of Gabon.",
    "Talks were held with Nimal Perera, Prime Minister of Sri Lanka and Paul Mba Ondo, Prime Minister of Gabon.",
])
def test_a_title_closed_by_and_and_the_next_name(extract, text):
    found = {(s, c) for s, _, c in offices_by_surname(extract(text))}
    assert {("Perera", "Sri Lanka"), ("Ondo", "Gabon")} <= found, found


def test_a_title_whose_holder_follows_is_still_the_next_names(extract):
    found = offices_by_surname(extract("He met Nimal Perera, Deputy Defence Minister Paul Mba Ondo and others."))
    assert not any(s == "Perera" for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "Prime Minister Tom Smith said he had met and had brief talks with a number of other people, including "
    "Jose Ramos, President of Chile; Nimal Perera, President of Sri Lanka and Paul Mba Ondo, President of Gabon.",
    "Tom Smith held brief talks with several guests, including Jose Ramos, President of Chile; Nimal Perera, "
    "President of Sri Lanka; and Paul Mba Ondo, President of Gabon.",
])
def test_an_including_list_inside_the_with_phrase(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Smith", other}) for other in ("Ramos", "Perera", "Ondo")} <= pairs, pairs


@pytest.mark.parametrize("text, first, second", [
    ("Smith held talks with Ana Lopes, Prime Minister of Portugal; John Mwita, Prime Minister of Tanzania, "
     "Sheikh Ali bin Hamad Al Sabah, the Emir of Kuwait.", "Mwita", "Sabah"),
    ("The guests were Jan Holm, Mayor of Oslo, Prince Karim Aga, the Governor of Kabul, and others.", "Holm", "Aga"),
])
def test_a_title_between_two_names_is_the_first_names_when_the_second_has_its_own(extract, text, first, second):
    found = offices_by_surname(extract(text))
    titles = {s: {t.lower() for s2, t, _ in found if s2 == s} for s in (first, second)}
    assert titles[first] and not titles[first] & titles[second], titles
