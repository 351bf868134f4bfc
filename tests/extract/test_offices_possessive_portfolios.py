"""A country's possessive before a title made of a portfolio ("India's External Affairs Minister A",
"Ireland's Foreign Affairs Minister B", "Norway's Internal Affairs Minister C"): the portfolio belongs
to the title, the office is the country's, and no body is made of the portfolio. Wordings of our own."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, surname, title, country", [
    ("India's External Affairs Minister Vikram Rao met his Nepali counterpart.", "Rao", "external affairs minister", "India"),
    ("Talks were led by Norway's Internal Affairs Minister Ingrid Berg.", "Berg", "internal affairs minister", "Norway"),
    ("On Monday Ireland's Foreign Affairs Minister Sean Walsh arrived in Oslo.", "Walsh", "foreign affairs minister", "Ireland"),
])
def test_the_possessive_country_holds_a_portfolio_title(extract, text, surname, title, country):
    assert (surname, title, country) in offices_by_surname(extract(text))


@pytest.mark.parametrize("text, surname, title", [
    ("Minister Responsible for Foreign Affairs Yousuf bin Hamad met Ana Ruiz in Muscat.", "Hamad",
     "minister responsible for foreign affairs"),
    ("Oman's Minister Responsible for Defence Affairs Salim Al-Harthy received the delegation.", "Al-Harthy",
     "minister responsible for defence affairs"),
])
def test_responsible_is_a_word_of_the_title(extract, text, surname, title):
    facts = extract(text)
    assert "Responsible" not in names(facts)
    assert any(s == surname and t == title for s, t, _ in offices_by_surname(facts))
