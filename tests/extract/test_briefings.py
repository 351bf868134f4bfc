"""Briefing someone in person is meeting them ("is due to brief the president on Monday", "was briefed
by A at the ministry"): `brief` is a meeting verb that needs a person as its object. Briefing reporters,
being briefed with no one named, or a briefing by telephone is no meeting of two named people."""
import pytest

from tests.conftest import met_pairs, statuses_between

PAIR = frozenset(("Okonkwo", "Strand"))


@pytest.mark.parametrize("text, status", [
    ("Minister Ada Okonkwo is due to brief President Nils Strand on the talks on Monday.", "Scheduled"),
    ("President Nils Strand was briefed by Minister Ada Okonkwo at the palace after her return.", "Occurred"),
    ("Minister Ada Okonkwo briefed President Nils Strand in Oslo on Tuesday.", "Occurred"),
])
def test_briefing_a_person_is_meeting_them(extract, text, status):
    facts = extract(text)
    assert PAIR in met_pairs(facts)
    assert status in statuses_between(facts, "Okonkwo", "Strand")


@pytest.mark.parametrize("text", [
    "Minister Ada Okonkwo briefed reporters after President Nils Strand left.",
    "Minister Ada Okonkwo briefed President Nils Strand by telephone on Tuesday.",
    "President Nils Strand said he had not been briefed; Minister Ada Okonkwo declined to comment.",
])
def test_no_named_person_briefed_in_person(extract, text):
    assert PAIR not in met_pairs(extract(text))
