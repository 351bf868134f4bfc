"""Names after long pre-posed titles, in wordings of our own: a list of portfolios with a comma
("Minister of Economy, Trade and Industry A B") and a body's name closed by a country ("Chairman of the
Senate of the Republic of X A B", where NER ran the name into the body)."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, full, title", [
    ("The premier will meet Japan's Minister of Economy, Trade and Industry Hiroshi Tanabe in Tokyo on Thursday.",
     "Hiroshi Tanabe", "minister of economy, trade and industry"),
    ("Talks were held with Minister of Energy, Mines and Water Ana Lucia Prado on Monday.", "Ana Lucia Prado",
     "minister of energy, mines and water"),
    ("The visitors called on Minister of Culture, Sports and Tourism Park Min-ho at noon.", "Park Min-ho",
     "minister of culture, sports and tourism"),
])
def test_a_list_of_portfolios_before_the_name(extract, text, full, title):
    facts = extract(text)
    assert full in names(facts), names(facts)
    assert any(t == title for _, t, _ in offices_by_surname(facts)), offices_by_surname(facts)


@pytest.mark.parametrize("text, full", [
    ("The delegates called on Chairman of the Senate of the Republic of Uzbekistan Bakhtiyor Rasulov on Monday.",
     "Bakhtiyor Rasulov"),
    ("They were received by Chairman of the Majlis of the Republic of Tajikistan Rustam Nazarov in the morning.",
     "Rustam Nazarov"),
    ("Letters went to President of the Senate of the Republic of Chile Ana Soto and to the speaker.", "Ana Soto"),
])
def test_a_body_closed_by_a_country_before_the_name(extract, text, full):
    assert full in names(extract(text)), names(extract(text))


def test_a_portfolio_list_without_a_name_gives_no_person(extract):
    assert not names(extract("The Minister of Economy, Trade and Industry said exports rose in May."))
