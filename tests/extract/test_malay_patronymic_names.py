"""Malay names with "binti" (daughter of) are one name like those with "bin" ("Aminah binti Yusof"), also
after a style ("Tan Sri") set off after an office in a body named "Government" ("the Chief Adviser to the
Government of Ruritania, Tan Sri X")."""
import pytest

from tests.conftest import person_key


def names(facts):
    return {p.name for p in facts.persons.values()}


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, name, title", [
    ("Health Minister Siti Aminah binti Yusof opened the clinic on Monday.", "Siti Aminah binti Yusof",
     "Health Minister"),
    ("The commissioner will lunch with the Chief Adviser to the Government of Ruritania, Tan Sri Aminah binti "
     "Yusof, on Monday.", "Aminah binti Yusof", "Chief Adviser to the Government of Ruritania"),
    ("The envoy called on the Principal Adviser to the Government, Tan Sri Harun bin Salleh, in Putrajaya.",
     "Harun bin Salleh", "Principal Adviser to the Government"),
    ("Farah binti Osman, the deputy trade minister, signed the accord.", "Farah binti Osman", "deputy trade minister"),
])
def test_binti_name_and_its_office(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts), names(facts)
    assert title in titles_of(facts, name.split()[-1]), titles_of(facts, name.split()[-1])
