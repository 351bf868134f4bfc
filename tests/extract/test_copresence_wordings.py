"""Wordings that put two people in one place without the word "meet": a conversation someone joined,
speaking at a venue, a visit whose programme included talks, a delegation received where it went,
a guest and a host, being flanked by someone, a guided tour, sitting beside someone. Each class in
several wordings of our own, with near misses that are no meeting."""
import pytest

from tests.conftest import met_pairs, statuses_between


def _pairs(extract, text):
    return met_pairs(extract(text))


def _channels(facts, a, b):
    out = set()
    for m in facts.meetings:
        surnames = {facts.persons[x.key].name.split()[-1] for x in m.attendees if x.kind == "person"}
        if {a, b} <= surnames:
            out.add(m.channel.value)
    return out


# -- a conversation is in person unless a phone or video word says otherwise ---------------------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz joined Chancellor Karl Weiss in a conversation at the palace.",
    "Chancellor Karl Weiss had a long conversation with President Ana Ruiz over dinner.",
    "A conversation between President Ana Ruiz and Chancellor Karl Weiss lasted two hours.",
])
def test_a_conversation_is_in_person(extract, text):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) in met_pairs(facts)
    assert _channels(facts, "Ruiz", "Weiss") == {"InPerson"}


@pytest.mark.parametrize("text, channel", [
    ("President Ana Ruiz had a telephone conversation with Chancellor Karl Weiss on Monday.", "Phone"),
    ("Chancellor Karl Weiss held a video conversation with President Ana Ruiz.", "Video"),
    ("In a phone conversation, President Ana Ruiz told Chancellor Karl Weiss about the floods.", "Phone"),
])
def test_a_conversation_by_phone_or_video_is_a_call(extract, text, channel):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) not in met_pairs(facts)
    assert _channels(facts, "Ruiz", "Weiss") == {channel}


@pytest.mark.parametrize("text", [
    "President Ana Ruiz joined the conversation about climate on social media.",
    "Chancellor Karl Weiss said the conversation about taxes must go on.",
])
def test_a_conversation_without_partners_is_no_meeting(extract, text):
    assert not _pairs(extract, text)


# -- speaking at a named place or a building is in person ------------------------------------------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz and Chancellor Karl Weiss spoke for an hour at the embassy.",
    "Chancellor Karl Weiss spoke with President Ana Ruiz at the Grand Hotel in Riga.",
    "President Ana Ruiz talked to Chancellor Karl Weiss in his office on Tuesday.",
    "Chancellor Karl Weiss chatted with President Ana Ruiz at the residence after the vote.",
])
def test_speaking_at_a_venue_is_a_meeting(extract, text):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz spoke at the embassy on Monday, Chancellor Karl Weiss said.",
    "President Ana Ruiz spoke to reporters at the embassy before Chancellor Karl Weiss arrived.",
    "President Ana Ruiz spoke with Chancellor Karl Weiss about the budget.",
    "President Ana Ruiz spoke by phone with Chancellor Karl Weiss from her office.",
])
def test_speaking_alone_or_by_phone_is_no_meeting(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) not in _pairs(extract, text)


# -- a visit whose programme included a meeting ---------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Chancellor Karl Weiss's visit to the White House included talks with President Ana Ruiz.", "White House"),
    ("The trip by Chancellor Karl Weiss to Madrid featured a dinner with President Ana Ruiz.", "Madrid"),
    ("Chancellor Karl Weiss's tour of Peru involved meetings with President Ana Ruiz.", None),
])
def test_a_visit_that_included_talks_is_a_meeting_of_the_visitor(extract, text, place):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) in met_pairs(facts)
    if place:
        assert any(m.place == place for m in facts.meetings), [(m.place, m.trigger) for m in facts.meetings]


def test_a_planned_visit_programme_is_scheduled(extract):
    facts = extract("Chancellor Karl Weiss's visit to Lima next week will include talks with President Ana Ruiz.")
    assert statuses_between(facts, "Ruiz", "Weiss") == {"Scheduled"}


@pytest.mark.parametrize("text", [
    "Chancellor Karl Weiss's budget included funds for talks with the unions, President Ana Ruiz said.",
    "The agenda of President Ana Ruiz included a speech on trade.",
])
def test_a_programme_of_no_trip_is_no_visit(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) not in _pairs(extract, text)


# -- "where it was received": the one that went to the place --------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Chancellor Karl Weiss led a delegation to Oslo, where it was received by Prime Minister Ola Berg.",
     {"Weiss", "Berg"}),
    ("President Ana Ruiz sent Ministers Ivo Lund and Tin Ek to Oslo, where they were received by "
     "Prime Minister Ola Berg.", {"Lund", "Berg"}),
    ("Chancellor Karl Weiss flew to Oslo, where he was welcomed by Prime Minister Ola Berg.", {"Weiss", "Berg"}),
])
def test_who_went_where_they_were_received(extract, text, pair):
    facts = extract(text)
    assert frozenset(pair) in met_pairs(facts)
    assert any(m.place == "Oslo" for m in facts.meetings)


def test_a_where_clause_about_a_thing_makes_no_meeting(extract):
    text = "President Ana Ruiz sent the bill to parliament, where it was received by Speaker Ola Berg."
    assert frozenset({"Ruiz", "Berg"}) not in _pairs(extract, text)
