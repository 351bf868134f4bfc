"""Abbreviated police and army ranks before a name are offices in full: "Sgt. X" (Sergeant), "Cpl. X"
(Corporal), "Insp. X" (Inspector), "Det. Sgt. X" (Detective Sergeant). A word that merely looks like one
inside a name of a thing is none ("Sgt Pepper's band")."""
import pytest

from tests.conftest import person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return [o.title for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, surname, title", [
    ("Sgt. Kevin Dwyer said no one was hurt in the crash.", "Dwyer", "Sergeant"),
    ("Cpl. Daniel Eze was injured near the border post.", "Eze", "Corporal"),
    ("Insp. Grace Moyo told reporters the suspects had fled.", "Moyo", "Inspector"),
    ("Det. Sgt. Ruth Kamau led the inquiry into the fire.", "Kamau", "Detective Sergeant"),
])
def test_abbreviated_rank_is_the_full_office(extract, text, surname, title):
    assert title in titles(extract(text), surname)


def test_rank_lookalike_in_a_things_name_gives_no_person(extract):
    facts = extract("Sgt Pepper's band played on the radio all night.")
    assert not facts.offices
