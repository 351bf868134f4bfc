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


@pytest.mark.parametrize("text", [
    "President Ana Vidal called Governor Lia Moss on Monday.",  # "on Monday" is no visit ("called on A")
    "President Ana Vidal rang Governor Lia Moss on Friday night.",  # "rang", which the tagger takes for a noun
    "President Ana Vidal called Governor Lia Moss to congratulate her on the result.",
    "President Ana Vidal telephoned Governor Lia Moss on 3 May to offer help.",
    "Governor Lia Moss received a telephone call from President Ana Vidal.",
    "Governor Lia Moss got a call from President Ana Vidal on Tuesday.",
    "Governor Lia Moss took a phone call from President Ana Vidal late on Sunday.",
    "President Ana Vidal and Governor Lia Moss spoke by telephone on Sunday.",
    "Governor Lia Moss and President Ana Vidal talked by phone about the floods.",
    "In a telephone conversation, President Ana Vidal and Governor Lia Moss discussed the floods.",
])
def test_calls_in_other_wordings_are_contacts(extract, text):
    facts = extract(text)
    assert frozenset({"Vidal", "Moss"}) in _contacts(facts, Channel.PHONE), facts.meetings
    assert met_pairs(facts) == set()
    assert all(a.kind == "person" for m in facts.meetings for a in m.attendees), facts.meetings  # not "the floods"


def test_a_name_the_parser_reads_as_a_predicate_is_the_one_called(extract):
    facts = extract("Prime Minister Kenji Ota called South Korean President Park Ji-hoon on Monday.")
    assert frozenset({"Ota", "Ji-hoon"}) in _contacts(facts, Channel.PHONE) or \
        frozenset({"Ota", "Park Ji-hoon".split()[-1]}) in _contacts(facts, Channel.PHONE), facts.meetings
    assert met_pairs(facts) == set()


def test_a_second_call_in_a_conjunct_is_no_proposal(extract):
    facts = extract("President Ana Vidal called Governor Lia Moss on Monday to offer support, and later rang "
                    "her deputy, Tom Hale.")
    contacts = _contacts(facts, Channel.PHONE)
    assert frozenset({"Vidal", "Hale"}) in contacts, facts.meetings
    assert all(m.status is MeetingStatus.OCCURRED for m in facts.meetings), facts.meetings


@pytest.mark.parametrize("text", [
    "President Ana Vidal called on Governor Lia Moss at her residence on Monday.",
    "President Ana Vidal called on Governor Lia Moss on Monday.",
])
def test_calling_on_someone_is_still_a_visit(extract, text):
    assert frozenset({"Vidal", "Moss"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Vidal called for calm on Monday.",
    "Governor Lia Moss called off the visit on Monday.",
    "President Ana Vidal called Governor Lia Moss a liar on Friday.",
    "President Ana Vidal called the vote a disgrace on Monday.",
])
def test_other_senses_of_call_with_a_date_are_not_calls(extract, text):
    facts = extract(text)
    assert not any(m.channel is Channel.PHONE and m.status is MeetingStatus.OCCURRED for m in facts.meetings), facts.meetings
    assert met_pairs(facts) == set()
