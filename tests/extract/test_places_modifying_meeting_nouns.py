"""A place written before the meeting noun is where it was: "a Kremlin meeting", "a Geneva meeting", "a White House
dinner" (`government_seats.txt` for seats of government NER leaves untagged). A country or demonym before the
noun ("a Russian meeting") is no place; nor is a person or a body ("a Lopes meeting", "an OSCE meeting")."""
import pytest


def places(facts):
    return {m.place for m in facts.meetings}


@pytest.mark.parametrize("text, place", [
    ("The accord was reached at a Kremlin meeting of President Ivan Petrov and Prime Minister Kenji Sato.",
     "Kremlin"),
    ("At a Geneva meeting on Monday, President Ana Lopes and Chancellor Lars Holm agreed on tariffs.", "Geneva"),
    ("At a White House meeting on Monday, President Ana Lopes and Chancellor Lars Holm agreed on tariffs.",
     "White House"),
    ("The deal was sealed at a Blue House lunch between President Park Ji-won and Premier Lars Holm.", "Blue House"),
])
def test_a_place_before_the_meeting_noun_is_where_it_was(extract, text, place):
    assert place in places(extract(text))


@pytest.mark.parametrize("text", [
    "At a Russian meeting on Monday, President Ana Lopes and Chancellor Lars Holm agreed on tariffs.",
    "At an OSCE meeting on Monday, President Ana Lopes and Chancellor Lars Holm agreed on tariffs.",
])
def test_a_demonym_or_a_body_before_the_noun_is_no_place(extract, text):
    assert places(extract(text)) <= {None}
