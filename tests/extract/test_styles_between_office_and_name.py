"""A style of address written between an office and the name ("President His Excellency X", "Prime
Minister His Highness Sheikh Y", "Crown Prince His Royal Highness Prince Z") is how the holder is
addressed: the office before it is still the name's."""
import pytest

from tests.conftest import person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, surname, title", [
    ("The envoy delivered a letter to President His Excellency Omar Saeed on Monday.", "Saeed", "President"),
    ("Talks were held with Prime Minister His Highness Sheikh Rashid bin Hamad.", "Hamad", "Prime Minister"),
    ("The delegation called on Crown Prince His Royal Highness Prince Faisal bin Omar.", "Omar", "Crown Prince"),
    ("Defence Minister Her Excellency Dr. Amina Yusuf opened the session.", "Yusuf", "Defence Minister"),
])
def test_office_before_a_style_of_address(extract, text, surname, title):
    assert title in titles_of(extract(text), surname)


def test_style_with_no_office_before_gives_none(extract):
    assert titles_of(extract("The talks with His Highness Sheikh Rashid bin Hamad ended."), "Hamad") == set()
