"""Offices passed on by a succession verb with an "as" office: the successor holds it, the predecessor held
it ("X succeeded Y as chief of army staff", "X replaced Y as spokesperson", "Y was replaced as interior
minister by X", "X takes over from Y as head of the customs service"). A succession still to come ("will
succeed") leaves the office with the predecessor; a negated one gives nothing."""
import pytest

from tests.conftest import person_key


def offices(facts, surname, former=False):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key and o.former == former]


@pytest.mark.parametrize("text, successor, predecessor, title", [
    ("Adnan Qureshi succeeded Bilal Hussain as chief of army staff on Monday.", "Qureshi", "Hussain", "chief of army staff"),
    ("Mahsa Karimi replaced Dariush Farahani as foreign ministry spokesperson last month.", "Karimi", "Farahani",
     "foreign ministry spokesperson"),
    ("Karin Holmqvist was replaced as interior minister by Lennart Strom.", "Strom", "Holmqvist", "interior minister"),
    ("Olena Bondarenko takes over from Taras Melnyk as head of the customs service.", "Bondarenko", "Melnyk",
     "head of the customs service"),
])
def test_successor_holds_and_predecessor_held(extract, text, successor, predecessor, title):
    facts = extract(text)
    assert title in offices(facts, successor), offices(facts, successor)
    assert title in offices(facts, predecessor, former=True), offices(facts, predecessor, former=True)


def test_succession_to_come_leaves_the_office_with_the_holder(extract):
    facts = extract("Marco Bellandi will succeed Laura Contini as governor of the central bank in November.")
    assert "governor of the central bank" in offices(facts, "Contini")
    assert offices(facts, "Bellandi") == [] and offices(facts, "Bellandi", former=True) == []


@pytest.mark.parametrize("text, surname", [
    ("Ravi Menon did not succeed Anil Rao as chief whip.", "Menon"),
    ("Laila Ahmadi replaced the curtains as a favour to Omar Sayegh.", "Ahmadi"),
])
def test_no_succession_no_office(extract, text, surname):
    facts = extract(text)
    assert offices(facts, surname) == [] and offices(facts, surname, former=True) == []
