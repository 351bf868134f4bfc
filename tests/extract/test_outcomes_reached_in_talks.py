"""A meeting noun that the parser hangs on what the talks reached or missed ("could not reach an agreement
in talks in Geneva", "agreed a truce at the summit") says where that happened: the clause's subjects were
at the meeting. Not when the noun is what someone is interested in or asks about ("showed no interest in
talks")."""
import pytest


def _pairs(facts):
    name = lambda a: facts.persons[a.key].name if a.kind == "person" else a.key  # noqa: E731
    return {frozenset(name(a) for a in m.attendees): m for m in facts.meetings}


@pytest.mark.parametrize("text, place", [
    ("President Ana Vidal and Prime Minister Tomas Berg could not reach an agreement in UN-brokered talks in Geneva "
     "on Thursday.", "Geneva"),
    ("Ana Vidal and Tomas Berg agreed on a truce in talks in Doha.", "Doha"),
    ("Foreign ministers Ana Vidal and Tomas Berg reached a compromise during their meeting in Vienna.", "Vienna"),
    ("Ana Vidal and Tomas Berg made no headway at the summit in Lusaka on Monday.", "Lusaka"),
])
def test_an_outcome_reached_in_talks_puts_the_subjects_at_them(extract, text, place):
    pairs = _pairs(extract(text))
    meeting = pairs.get(frozenset({"Ana Vidal", "Tomas Berg"}))
    assert meeting is not None and meeting.place == place


@pytest.mark.parametrize("text", [
    "Ana Vidal and Tomas Berg showed no interest in talks.",
    "Ana Vidal and Tomas Berg voiced their hopes for the talks in Geneva.",
])
def test_what_the_talks_are_about_puts_nobody_at_them(extract, text):
    assert _pairs(extract(text)) == {}
