"""A name set off after an office whose given name is an initial ("the Premier's Principal Secretary, R.
Menon,") is a person even where NER took it for a body; an office phrase opened by a country that is
also a given name ("Chad Revenue Board Director-General") is no person."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name, title_word", [
    ("A letter came from the Premier's Principal Secretary, M. Ramaswamy, on Friday.", "M. Ramaswamy", "Secretary"),
    ("The Governor's Chief of Staff, R. Menon, read the note aloud.", "R. Menon", "Chief of Staff"),
    ("The Mayor's Private Secretary, K. Iyer, met the press.", "K. Iyer", "Secretary"),
])
def test_an_initial_opens_a_name_set_off_after_an_office(extract, text, name, title_word):
    facts = extract(text)
    assert name in names(facts)
    assert any(facts.persons[o.person].name == name and title_word in o.title for o in facts.offices)


@pytest.mark.parametrize("text, name", [
    ("The trip was led by Kenya Revenue Authority Commissioner-General Tomas Vell, who spoke first.", "Tomas Vell"),
    ("Chad Customs Board Director-General Dina Korsak signed the deal.", "Dina Korsak"),
    ("The visit of Jordan Water Authority Secretary-General Omar Wells was brief.", "Omar Wells"),
])
def test_a_country_word_opening_an_office_phrase_is_no_name(extract, text, name):
    found = names(extract(text))
    assert found == {name}, found
