"""Offices stated by what the holder does, over bodies beyond the organisation words
(`led_bodies.txt`: conference, subcommittee, bloc, caucus, panel ...) and in the passive ("the
committee, chaired by Senator X,", "the task force is chaired by X"); the body's of/on complement
stays with it (extract/office_verbs.py)."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, title", [
    ("Westmark's premier, Ida Brandt, who this year chairs the conference of regional governors, "
     "called the deal a first step.", "Brandt", "chair of the conference of regional governors"),
    ("Senator Ana Cruz, who leads the opposition bloc in the upper house, told reporters she would vote no.",
     "Cruz", "leader of the opposition bloc"),
    ("Tom Ekwueme, who chairs the rural caucus, said the bill was late.", "Ekwueme", "chair of the rural caucus"),
    ("The governors will appear before the Budget Committee, chaired by Coast Senator Paul Mwangi, on Friday.",
     "Mwangi", "chair of the Budget Committee"),
    ("The task force is chaired by Maria Lopez, a former judge.", "Lopez", "chair of the task force"),
    ("The governors will appear before the Senate Budget Committee, chaired by Coast Senator Paul Otieno Mwangi, "
     "tomorrow.", "Mwangi", "chair of the senate budget committee"),
    ("The ethics commission, which is led by Senator Rosa Diaz, will report in May.", "Diaz",
     "leader of the ethics commission"),
])
def test_an_office_verb_over_a_body_states_the_office(extract, text, surname, title):
    assert any(s == surname and t == title.lower() for s, t, _ in offices_by_surname(extract(text))), \
        offices_by_surname(extract(text))


@pytest.mark.parametrize("text", [
    "The meeting, chaired by Maria Lopez, ended early.",
    "The talks were led by Maria Lopez and lasted an hour.",
    "Maria Lopez, who leads the polls in the north, said nothing.",
    "The march, led by Maria Lopez, reached the square at noon.",
])
def test_an_event_led_by_someone_states_no_office(extract, text):
    assert not offices_by_surname(extract(text))


def test_a_group_led_by_someone_is_no_body_they_head(extract):
    facts = extract("The group of six visitors, led by Senator Rosa Diaz, toured the port.")
    assert not any("group" in t for _, t, _ in offices_by_surname(facts))
