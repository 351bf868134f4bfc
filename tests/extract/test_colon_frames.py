"""A whole clause before the colon that opens a quote frames it, however it says so ("put it bluntly", "was
blunt", "summed up the mood"), even with a relative clause or apposition inside: its subject, when a
person, is the speaker. A frame whose subject is no person gives the quote to nobody in it."""
import pytest


def _speakers(facts):
    return {facts.persons[s.speaker.key].name for s in facts.statements if s.speaker.kind == "person"}


@pytest.mark.parametrize("text, speaker", [
    ('Minister Tom Ode, who chaired the talks, put it bluntly: "Nothing has moved."', "Tom Ode"),
    ('Ana Vidal, who faced him across the table, was blunt: "Paper changes nothing."', "Ana Vidal"),
    ('Governor Ana Vidal, speaking after the vote, summed up the mood: "We are exhausted."', "Ana Vidal"),
    ('Dr Kofi Mensah, the mission chief, had a simple answer for the critics: "Wait for the figures."', "Kofi Mensah"),
])
def test_the_subject_of_a_colon_frame_is_the_speaker(extract, text, speaker):
    assert _speakers(extract(text)) == {speaker}


def test_a_frame_whose_subject_is_no_person_gives_the_quote_to_no_one_named_in_it(extract):
    facts = extract('Reporters outside the hall asked Tom Ode, who chaired the talks, one thing: "Why now?"')
    assert "Tom Ode" not in _speakers(facts)
