"""Counterparts told by coordination ("talks between A and her Polish counterpart B"), the other way round
("A sat down with his counterpart, Interior Minister B": A is an interior minister too), and
predecessors ("her predecessor, X": X held her office before)."""
import pytest

from tests.conftest import person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title, o.former) for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("Talks were held in Oslo between Trade Minister Anna Berg and her Polish counterpart Jan Kowal.", "Kowal",
     "Trade Minister"),
    ("Egypt's Foreign Minister Omar Nabil and his Sudanese counterpart, Ali Osman Taha, were to meet in Rome.", "Taha",
     "Foreign Minister"),
    ("A deal came after a meeting between Prime Minister Ines Moreau and her Belgian counterpart Luc Peeters.",
     "Peeters", "Prime Minister"),
])
def test_a_counterpart_coordinated_with_an_office_holder_holds_that_office(extract, text, surname, title):
    assert (title, False) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("Omar Haddad sat down with his Jordanian counterpart, Interior Minister Sami Nasser, in Amman.", "Haddad",
     "Interior Minister"),
    ("Lena Ek met her Finnish counterpart, Foreign Minister Mikko Laine, on Monday.", "Ek", "Foreign Minister"),
    ("On Friday Jonas Lind hosted his counterpart from Austria, Defence Minister Karl Huber.", "Lind",
     "Defence Minister"),
])
def test_someone_whose_counterpart_is_a_minister_is_that_minister(extract, text, surname, title):
    assert (title, False) in offices_of(extract(text), surname)


def test_no_counterpart_office_for_someone_who_already_has_one(extract):
    facts = extract("Governor Lena Ek met her Finnish counterpart, Foreign Minister Mikko Laine, on Monday.")
    assert offices_of(facts, "Ek") == {("Governor", False)}


@pytest.mark.parametrize("text, surname, title", [
    ("Foreign Minister Ana Costa faced questions from MPs. Her predecessor, Martin Kowal, had flown to Cairo in 2022.",
     "Kowal", "Foreign Minister"),
    ("External Affairs Minister Ravi Menon met the envoy. Menon's predecessor, Shri Vijay Nair, travelled to Lima "
     "in 2019.", "Nair", "External Affairs Minister"),
    ("Chile's previous foreign minister, Rosa Vidal, visited Lima in 2020.", "Vidal", "foreign minister"),
])
def test_a_predecessor_held_the_office_before(extract, text, surname, title):
    assert (title, True) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname", [
    ("The singer Ana Costa gave a concert. Her predecessor on the stage, Martin Kowal, sang first.", "Kowal"),
    ("Mayor Ana Costa spoke first. Then Tom Berg said his predecessor, Martin Kowal, had left.", "Kowal"),
])
def test_no_predecessor_office_without_an_office_holder_behind_the_possessive(extract, text, surname):
    facts = extract(text)
    assert not [o for o in facts.offices if facts.persons[o.person].name.endswith(surname)]
