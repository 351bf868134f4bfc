"""Titles with a list of portfolios ("Minister of Health, Labour and Welfare"), whose commas do not end
the apposition and whose portfolios are no organisation; a possessive pronoun is no part of a title
("its deputy head"); and the counterpart of a post named the same everywhere ("commissioner")."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, title, org", [
    ("Kim Soo-min, South Korea\u2019s Minister of Agriculture, Food and Rural Affairs, toured two farms.",
     "Soo-min", "minister of agriculture, food and rural affairs", "South Korea"),
    ("Ana Lopes, Minister for Culture, Sport and Youth, spoke first at the forum.",
     "Lopes", "minister for culture, sport and youth", None),
    ("They were joined by Portugal's Minister for Economy, Trade and Tourism, Rita Barros Lima.",
     "Lima", "minister for economy, trade and tourism", "Portugal"),
])
def test_a_list_of_portfolios_stays_in_the_title(extract, text, surname, title, org):
    offices = offices_by_surname(extract(text))
    assert (surname, title, org) in offices, offices


def test_a_comma_before_the_next_listed_person_still_ends_the_apposition(extract):
    offices = offices_by_surname(extract("Ana Lopes, the Minister of Finance, and Paulo Reis met the press."))
    assert ("Lopes", "minister of finance", None) in offices, offices
    assert not any(who == "Reis" for who, _, _ in offices), offices


@pytest.mark.parametrize("text, surname, title", [
    ("For the council, the talks were handled by its deputy head, Omar al-Sayed.", "al-Sayed",
     "deputy head"),
    ("The party sent its general secretary, Lina Haddad, to the talks.", "Haddad", "general secretary"),
    ("The bank and its governor, Paul Roux, declined to comment.", "Roux", "governor"),
])
def test_a_possessive_pronoun_is_no_part_of_the_title(extract, text, surname, title):
    offices = offices_by_surname(extract(text))
    assert {t for who, t, _ in offices if who == surname} == {title}, offices


@pytest.mark.parametrize("text, surname, title, country", [
    ("Pakistan's current commissioner, Ayesha Malik, and her Indian counterpart, Vikram Rao, were due to meet.",
     "Rao", "commissioner", "India"),
    ("Chief negotiator Tom Berg met his Iranian counterpart, Ali Rezaei, in Muscat.", "Rezaei", "chief negotiator",
     "Iran"),
    ("Governor Ruth Kamau hosted her Ugandan counterpart, Peter Okello, in Kisumu.", "Okello", "governor", "Uganda"),
])
def test_the_counterpart_of_a_post_named_the_same_everywhere_holds_it(extract, text, surname, title, country):
    assert (surname, title, country) in offices_by_surname(extract(text))


@pytest.mark.parametrize("text, surname", [
    ("Attorney General Ana Ruiz met her Peruvian counterpart, Pablo Vera, in Lima.", "Vera"),
    ("Home Secretary Ann Lowe met her French counterpart, Luc Martin, in Calais.", "Martin"),
])
def test_a_post_named_differently_abroad_is_not_copied(extract, text, surname):
    offices = offices_by_surname(extract(text))
    assert not any(who == surname and title in {"attorney general", "home secretary"} for who, title, _ in offices)


@pytest.mark.parametrize("text, surname, title", [
    ("The chairperson received H.E. Ambassador Grace Obi in Addis Ababa.", "Obi", "ambassador"),
    ("The Hon. Minister of Health, Dr. Ruth Banda, opened the clinic.", "Banda", "minister of health"),
    ("The Lord Mayor of Dublin, Ciara Walsh, hosted the dinner.", "Walsh", "lord mayor"),
])
def test_a_form_of_address_is_no_part_of_the_office(extract, text, surname, title):
    assert {t for who, t, _ in offices_by_surname(extract(text)) if who == surname} == {title}
