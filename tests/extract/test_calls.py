"""Calls by phone or video: kept as contacts with their channel, never as meetings in person."""
import pytest

from newsgraph.extract.facts import Channel, MeetingStatus
from tests.conftest import met_pairs


def _contacts(facts, channel):
    return {frozenset(facts.persons[a.key].name.split()[-1] for a in m.attendees if a.kind == "person")
            for m in facts.meetings if m.channel is channel}


@pytest.mark.parametrize("text", [
    "President Ana Vidal spoke by phone with Governor Lia Moss on Monday.",
    "President Ana Vidal phoned Governor Lia Moss on Monday.",
    "Governor Lia Moss was told by President Ana Vidal in a telephone call that the border would open.",
    "President Ana Vidal held a phone call with Governor Lia Moss on Monday.",
    "In a telephone conversation with Governor Lia Moss, President Ana Vidal discussed the floods.",
    "President Ana Vidal told Governor Lia Moss by telephone that she was safe.",
])
def test_phone_calls_are_contacts_not_meetings(extract, text):
    facts = extract(text)
    assert frozenset({"Vidal", "Moss"}) in _contacts(facts, Channel.PHONE), facts.meetings
    assert met_pairs(facts) == set()


@pytest.mark.parametrize("text", [
    "President Ana Vidal held talks by video link with Governor Lia Moss.",
    "President Ana Vidal and Governor Lia Moss met virtually on Monday.",
    "President Ana Vidal had a videoconference with Governor Lia Moss.",
])
def test_video_calls_are_contacts_not_meetings(extract, text):
    facts = extract(text)
    assert frozenset({"Vidal", "Moss"}) in _contacts(facts, Channel.VIDEO), facts.meetings
    assert met_pairs(facts) == set()


@pytest.mark.parametrize("text", [
    "President Ana Vidal called for talks with Governor Lia Moss.",
    "Governor Lia Moss called off her meeting with President Ana Vidal.",
    "President Ana Vidal called Governor Lia Moss a liar.",
])
def test_other_senses_of_call_are_not_calls(extract, text):
    facts = extract(text)
    assert all(m.channel is Channel.IN_PERSON for m in facts.meetings)
    assert all(m.status is not MeetingStatus.OCCURRED for m in facts.meetings)


def test_a_meeting_in_person_stays_in_person(extract):
    facts = extract("President Ana Vidal met Governor Lia Moss in Porto, then called reporters.")
    assert frozenset({"Vidal", "Moss"}) in met_pairs(facts)
