"""Offices named once for a list of office holders: "Britain's prime minister, A, and Ireland's B" (B is
Ireland's prime minister), "the three finance ministers, A, B and Spain's C", and a plural title in
apposition after the names it belongs to ("A and B, the foreign ministers of Germany and Italy")."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, title, country", [
    ("Britain's prime minister, Tom Hale, and Ireland's Niamh Byrne held talks in Dublin on Friday.",
     "Byrne", "prime minister", "Ireland"),
    ("French Foreign Minister Luc Martin, his Spanish counterpart Elena Navarro and Portugal's Joao Lima met in Lisbon.",
     "Lima", "foreign minister", "Portugal"),
    ("Last week the three finance ministers, Jonas Weber, Marco Rossi and Spain's Carlos Gil, held a video call.",
     "Gil", "finance minister", "Spain"),
    ("Kenya's trade minister, Grace Wanjiru, Uganda's Peter Okello and Tanzania's Amina Salum signed the customs pact.",
     "Salum", "trade minister", "Tanzania"),
])
def test_a_country_possessive_in_the_list_stands_for_the_office(extract, text, surname, title, country):
    assert (surname, title, country) in offices_by_surname(extract(text))


def test_every_possessive_in_a_longer_list_takes_the_office(extract):
    offices = offices_by_surname(extract("Kenya's trade minister, Grace Wanjiru, Uganda's Peter Okello and Tanzania's "
                               "Amina Salum signed the customs pact."))
    assert ("Okello", "trade minister", "Uganda") in offices, offices


@pytest.mark.parametrize("text, surname", [
    # a verb between: no list, the second person is only someone the first met
    ("Britain's prime minister, Tom Hale, met Ireland's Niamh Byrne in Dublin on Friday.", "Byrne"),
    # the last name has its own title
    ("Germany's foreign minister, Jonas Weber, and Italy's ambassador, Marco Rossi, spoke to reporters.", "Rossi"),
    # a firm's chief: the firm of the second is not told
    ("Acme's chief executive, Paul Dorn, and Spain's Carlos Gil toured the plant.", "Gil"),
    # someone with no office stands between
    ("Britain's prime minister, Tom Hale, his wife Anna Hale and Ireland's Niamh Byrne attended the concert.", "Byrne"),
])
def test_no_office_without_a_list_of_office_holders(extract, text, surname):
    offices = offices_by_surname(extract(text))
    assert not any(who == surname and "minister" in title or who == surname and "executive" in title
                   for who, title, _ in offices), offices


@pytest.mark.parametrize("text, pairs", [
    ("Jonas Weber arrived in Rome on Monday. Later Weber and Marco Rossi, the foreign ministers of Germany and "
     "Italy, signed the accord.", {("Weber", "Germany"), ("Rossi", "Italy")}),
    ("Ana Lopes arrived first. Lopes and Mark Dunn, the trade ministers of Portugal and Ireland, met in Porto on "
     "Friday.", {("Lopes", "Portugal"), ("Dunn", "Ireland")}),
    ("Talks were held by Ana Lopes, Mark Dunn and Eva Kral, the three energy ministers, in Vienna.",
     {("Lopes", None), ("Dunn", None), ("Kral", None)}),
])
def test_a_plural_title_after_the_names_goes_to_each(extract, text, pairs):
    offices = offices_by_surname(extract(text))
    for surname, country in pairs:
        assert any(who == surname and "minister" in title and org == country for who, title, org in offices), offices
    assert not any(title.endswith((" of", " and", " of and")) for _, title, _ in offices), offices


@pytest.mark.parametrize("text, surname, title", [
    ("The delegation included the Ambassador of Jordan to France, Dina Masri.", "Masri", "ambassador to france"),
    ("The Prime Minister, Tom Hale, met the Irish Taoiseach, Niamh Byrne, in London.", "Byrne", "taoiseach"),
    ("She met the German consul, Hans Vogel, in Chicago on Monday.", "Vogel", "consul"),
])
def test_words_after_the_name_or_a_country_taken_out_leave_no_scraps(extract, text, surname, title):
    offices = offices_by_surname(extract(text))
    assert {t for who, t, _ in offices if who == surname} == {title}, offices

