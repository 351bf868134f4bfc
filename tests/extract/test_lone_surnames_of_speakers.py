"""A person known only by surname, which NER leaves untagged or calls an organisation: the subject of a verb of
saying whose clause takes it up as "he" or "she" ("Varga stressed that he shared the concern"), or coordinated with
such a word or a person's name as one verb's subjects ("Kovacs and Varga warned ..."). An organisation's
clause says "it", and a lone word with no such cue stays unread."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Dufour stressed that he shared that concern.", "Dufour"),
    ("Kaczmarek insisted that she had never seen the letter.", "Kaczmarek"),
    ("Later Obuya added that he would travel to Nairobi in June.", "Obuya"),
    ("Kovacs and Dufour warned that the two sides must keep talking.", "Dufour"),
    ("Minister Jan Kovacs and Dufour said that the talks had been useful.", "Dufour"),
])
def test_a_lone_surname_that_speaks_of_itself_as_he_or_she(extract, text, name):
    assert name in names(extract(text)), names(extract(text))


@pytest.mark.parametrize("text", [
    "Gazprom said that it would cut supplies.",
    "Reuters reported that he had resigned.",
    "Parliament stressed that it would not back the plan.",
    "Kovacs said the talks had gone well.",
])
def test_no_person_without_the_cue(extract, text):
    assert not names(extract(text)) & {"Gazprom", "Reuters", "Parliament", "Kovacs"}
