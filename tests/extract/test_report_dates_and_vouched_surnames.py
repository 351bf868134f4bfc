"""A day on a verb of saying tells when something was reported, not when the meeting was: "A and B
held talks on Monday, the ministry told the agency on Tuesday. On the margins of the talks, A met C"
dates A's meeting with C to Monday; where no other day is named, the report's day stands. And a
surname standing alone is its full name's person even where NER calls the word a place. Wordings of our
own."""
import pytest

from tests.conftest import meetings_between, met_pairs


@pytest.mark.parametrize("text", [
    "Jonas Berg and Petra Kos held talks in Zagreb on Monday, the ministry told the agency on Tuesday. "
    "On the margins of the talks, Berg had a separate meeting with Ana Holm.",
    "The deputy foreign ministers of Chile, Peru and Bolivia held consultations in Lima on Monday, the Chilean "
    "ministry told reporters on Tuesday. Chile was represented at the consultations by Jonas Berg, Peru by "
    "Ana Holm and Bolivia by Petra Kos.",
    "Jonas Berg met Petra Kos in Zagreb on Monday, officials said on Tuesday. Berg later had dinner with Ana Holm.",
])
def test_the_day_of_the_report_is_not_the_meetings(extract, text):
    facts = extract(text)  # published on Thursday 2025-05-15
    meeting = meetings_between(facts, "Berg", "Holm")[0]
    assert meeting.date is not None and meeting.date.value == "2025-05-12"


@pytest.mark.parametrize("text", [
    "Jonas Berg later sat down with Petra Kos, the ministry said in a statement on Tuesday.",
    "The ministry said on Tuesday that Jonas Berg had held talks with Petra Kos.",
])
def test_a_report_day_alone_stands_for_the_meeting(extract, text):
    facts = extract(text)  # readers date a fresh readout's meeting to the day it was reported
    assert [m.date.value for m in meetings_between(facts, "Berg", "Kos") if m.date] == ["2025-05-13"]


@pytest.mark.parametrize("text", [
    "Ivo Marin and Petra Kos held talks in Zagreb on Monday. On the margins of the talks, Marin had a separate meeting with Jonas Berg.",
    "Ivo Marin arrived in Oslo on Sunday. Marin met Jonas Berg at the ministry on Monday.",
])
def test_a_lone_surname_ner_calls_a_place(extract, text):
    assert frozenset({"Marin", "Berg"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Deputy foreign ministers of Chile, Peru and Bolivia held trilateral consultations in Lima on May 12, the "
    "ministry told reporters on May 13.\n\nThe talks covered trade.\n\nOn the margins of the consultations, "
    "Jonas Berg had a separate meeting with Ana Holm.",
    "The regional summit opened in Lima on Monday.\n\nLeaders discussed the drought.\n\nOn the sidelines of the "
    "summit, Jonas Berg held talks with Ana Holm.",
    "A forum on fisheries was held in Lima on May 12.\n\nDelegates adopted a plan.\n\nJonas Berg met Ana Holm on "
    "the fringes of the forum.",
])
def test_a_sideline_meeting_takes_the_events_day_and_place(extract, text):
    facts = extract(text)
    meeting = meetings_between(facts, "Berg", "Holm")[0]
    assert meeting.date is not None and meeting.date.value == "2025-05-12"
    assert "Lima" in (meeting.place or "") + (meeting.locality or "")
