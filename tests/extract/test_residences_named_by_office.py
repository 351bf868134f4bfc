"""A residence named by its office's possessive ("President's House", "the Governor's Lodge", "Speaker's
House") is the meeting's place whole; a person's or a country's possessive is no part of the name.
Wordings of our own."""
import pytest


def _places(facts):
    return {m.place for m in facts.meetings if m.place}


@pytest.mark.parametrize("text, place", [
    ("Vice-President Tomás Reyes will call on President Ana Lopes at President's House this morning.",
     "President's House"),
    ("Governor Ana Lopes received Ambassador Tomás Reyes at the Governor's Lodge on Monday.", "Governor's Lodge"),
    ("Premier Ana Lopes met Senator Tomás Reyes at the Speaker's House in the afternoon.", "Speaker's House"),
])
def test_the_office_possessive_is_part_of_the_name(extract, text, place):
    assert place in _places(extract(text))


@pytest.mark.parametrize("text, place", [
    ("President Ana Lopes met Ambassador Tomás Reyes at Turkey's Dolmabahce Palace.", "Dolmabahce Palace"),
    ("Governor Ana Lopes met Ambassador Tomás Reyes at the Carlton Hotel.", "Carlton Hotel"),
])
def test_other_possessives_stay_out(extract, text, place):
    assert _places(extract(text)) == {place}
