"""Offices told by an appointment ("appointed A as finance minister", "A was named ambassador to
Chile", "A was elected president of Ghana") and appositions that give an age first ("A, 54, a former
finance minister", "A, the 45-year-old foreign minister,")."""
import pytest


def _offices(facts, surname):
    return [(o.title.lower(), o.org, o.former) for o in facts.offices
            if facts.persons[o.person].name.split()[-1] == surname]


@pytest.mark.parametrize("text, surname, title", [
    ("President Ana Vidal appointed Rosa Quiroga as finance minister on Thursday.", "Quiroga", "finance minister"),
    ("Rosa Quiroga was appointed finance minister on Thursday.", "Quiroga", "finance minister"),
    ("President Ana Vidal named Tomas Ekwueme foreign minister on Monday.", "Ekwueme", "foreign minister"),
    ("Tomas Ekwueme was named ambassador to Chile last week.", "Ekwueme", "ambassador"),
    ("Lena Brandt was elected president of the assembly in 2021.", "Brandt", "president"),
    ("Parliament elected Lena Brandt as speaker on Tuesday.", "Brandt", "speaker"),
    ("Jonas Pereira was sworn in as interior minister on Friday.", "Pereira", "interior minister"),
])
def test_an_appointment_gives_the_office(extract, text, surname, title):
    offices = _offices(extract(text), surname)
    assert any(title in t and not former for t, _, former in offices), offices


@pytest.mark.parametrize("text, surname", [
    ("The committee named Rosa Quiroga a finalist for the prize.", "Quiroga"),
    ("President Ana Vidal named Tomas Ekwueme in the lawsuit.", "Ekwueme"),
    ("Rosa Quiroga was nominated as ambassador to Chile, but the senate has not voted.", "Quiroga"),
])
def test_no_office_from_other_senses_or_a_nomination(extract, text, surname):
    assert _offices(extract(text), surname) == []


@pytest.mark.parametrize("text", [
    "President Ana Vidal named Tomas Ekwueme foreign minister on Monday.",
    "President Ana Vidal appointed Tomas Ekwueme as foreign minister on Monday.",
    "Parliament elected Tomas Ekwueme as speaker, and President Ana Vidal appointed him to the council.",
])
def test_the_one_who_appoints_does_not_get_the_office(extract, text):
    assert all("minister" not in t and "speaker" not in t for t, _, _ in _offices(extract(text), "Vidal"))


@pytest.mark.parametrize("text, surname, title, former", [
    ("Karim Haddad, 54, a former finance minister of Lebanon, joined the opposition.", "Haddad", "finance minister", True),
    ("Sadia Okonkwo, 61, the defence minister, flew to Accra on Friday.", "Okonkwo", "defence minister", False),
    ("Eva Lindgren, the 45-year-old foreign minister, flew to Riga.", "Lindgren", "foreign minister", False),
    ("Paolo Greco, a 70-year-old former ambassador to Spain, wrote the report.", "Greco", "ambassador", True),
])
def test_an_age_before_the_title_does_not_end_the_apposition(extract, text, surname, title, former):
    offices = _offices(extract(text), surname)
    assert any(title in t and f == former and "year" not in t and not any(c.isdigit() for c in t)
               for t, _, f in offices), offices
