"""An office set off after a name ends at a relative word ("X, a former finance minister in charge of tax
policy whose rank ..."), also where the parser hung the relative clause on a word of the complement: the
clause's words (and a name inside it) are no part of the office."""
import pytest

from tests.conftest import person_key


def titles_of(facts, surname, former=False):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and o.former == former}


@pytest.mark.parametrize("text, surname, title, former", [
    ("Premier Li Wen met State Councilor Zhou Min, a former finance minister in charge of fiscal policy "
     "whose rank outranks that of Chen Bo.", "Min", "finance minister in charge of fiscal policy", True),
    ("Lena Roe, a senior adviser to the minister who drafted the bill, spoke first.", "Roe",
     "senior adviser to the minister", False),
    ("The panel heard Omar Haddad, the deputy governor in charge of reserves whom Rania Aziz appointed.",
     "Haddad", "deputy governor in charge of reserves", False),
])
def test_office_stops_at_the_relative_word(extract, text, surname, title, former):
    assert title in titles_of(extract(text), surname, former), titles_of(extract(text), surname, former)
