"""Two offices before two names are paired in order: "Rwanda's foreign minister and its defence minister,
A and B," (A the foreign minister, B the defence minister, both of Rwanda), "Ghana's president and
vice-president, A and B,", "the company's chief executive and its chairman, A and B". Not when the
offices sit in an introductory phrase and the names are the main clause's subjects ("After talks with
the president and the prime minister, A and B said")."""
import pytest

from tests.conftest import person_key


def offices(facts, surname):
    key = person_key(facts, surname)
    return [(o.title.lower(), o.org) for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, first, first_title, second, second_title, country", [
    ("Rwanda's foreign minister and its defence minister, Vincent Kabera and Juvenal Mugisha, flew to Nairobi.",
     "Kabera", "foreign minister", "Mugisha", "defence minister", "Rwanda"),
    ("Ghana's president and vice-president, Kwame Addo and Naana Opoku, attended the service.",
     "Addo", "president", "Opoku", "vice-president", "Ghana"),
    ("The company's chief executive and its chairman, Koji Sato and Ren Ito, resigned on Friday.",
     "Sato", "chief executive", "Ito", "chairman", None),
    ("The mayor and his deputy, Eric Adamsen and Lena Holtby, toured the flooded district.",
     "Adamsen", "mayor", "Holtby", "deputy", None),
])
def test_offices_paired_in_order(extract, text, first, first_title, second, second_title, country):
    facts = extract(text)
    assert offices(facts, first) == [(first_title, country)], offices(facts, first)
    assert offices(facts, second) == [(second_title, country)], offices(facts, second)


def test_offices_in_an_introductory_phrase_are_nobodys(extract):
    facts = extract("After talks with the president and the prime minister, Ana Ruiz and Pablo Ortega said they were hopeful.")
    assert offices(facts, "Ruiz") == [] and offices(facts, "Ortega") == []
