"""Names the first-name table does not know, set off by commas next to an office, are people: before the
office ("Thandiwe Ndlovu, South Africa's minister in the presidency,", a surname alone opening the
clause: "Navarro, the former foreign minister,"), after it ("The head of the Central Bank of Nigeria,
Emeka Okonkwo-Bello,", "The Minister of State for Trade, Reem bint Ibrahim,"), and the given name of
"Defence Ministers Jan Kowalczyk and ..." stays with its surname. Each keeps the office it is given."""
import pytest

from tests.conftest import person_key


def offices(facts, surname, former=False):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key and o.former == former]


@pytest.mark.parametrize("text, surname, title, former", [
    ("Lindiwe Mabuza, South Africa's minister in the presidency, briefed journalists on Friday.",
     "Mabuza", "minister in the presidency", False),
    ("Thandiwe Ndlovu, Zimbabwe's minister in the presidency, briefed journalists on Friday.",
     "Ndlovu", "minister in the presidency", False),
    ("Talks were held between Ama Owusu, Ghana's foreign minister, and her Togolese counterpart.",
     "Owusu", "foreign minister", False),
    ("Ferrandiz, the former foreign minister, now runs a consultancy in Valencia.", "Ferrandiz", "foreign minister", True),
    ("Okwuosa, the party's chairman, said he would not step down.", "Okwuosa", "chairman", False),
    ("The head of the Central Bank of Nigeria, Emeka Okonkwo-Bello, warned that prices would keep rising.",
     "Okonkwo-Bello", "head", False),
    ("The Minister of State for Foreign Trade, Shaikha bint Khalifa, opened the fair.",
     "Khalifa", "minister of state for foreign trade", False),
])
def test_name_next_to_an_office_is_a_person(extract, text, surname, title, former):
    held = offices(extract(text), surname, former)
    assert any(title in t for t in held), held


def test_given_name_after_a_plural_office_stays_with_the_surname(extract):
    facts = extract("Defence Ministers Jan Kowalczyk and Pieter van der Berg met in Gdansk.")
    assert any(p.name == "Jan Kowalczyk" for p in facts.persons.values()), [p.name for p in facts.persons.values()]
    assert "defence minister" in offices(facts, "Kowalczyk")


@pytest.mark.parametrize("text, word", [
    ("Kisumu, the regional police commander said, was calm on Sunday.", "Kisumu"),
    ("In Tamale, the regional minister, Abu Sulemana, opened the market.", "Tamale"),
])
def test_place_before_an_office_is_no_person(extract, text, word):
    facts = extract(text)
    assert all(word not in p.name for p in facts.persons.values()), [p.name for p in facts.persons.values()]
