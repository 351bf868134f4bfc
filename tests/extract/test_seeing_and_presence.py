""""See A" as a meeting, and people who join a meeting told earlier.

- "see" with a person seen on purpose or by arrangement is a meeting: a trip's purpose ("flew to
  Lima to see A"), a plan ("is due to see A"), an encounter adverb ("will see A again", "saw A and B
  separately", `seeing_cues.txt`), "see each other". A sight or an opinion is not ("saw A as a rival",
  "saw A win", "has not seen the report").
- "A, B and C also joined the meeting" takes up the last meeting told even a paragraph back.
- "hosted A at the gala, where B was also present": B is at that sentence's own meeting.
"""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, pair, status", [
    ("Minister Tara Voss will travel to Lisbon on Friday to see Prime Minister Rui Amaral.", {"Voss", "Amaral"}, "Scheduled"),
    ("Chancellor Ida Brenn is due to see President Omar Kell again at the summit next month.", {"Brenn", "Kell"}, "Scheduled"),
    ("Envoy Paul Ruiz flew to Quito last week to see Foreign Minister Ana Solt.", {"Ruiz", "Solt"}, "Occurred"),
    ("Envoy Paul Ruiz saw President Ana Solt and Premier Jon Lek separately in Geneva.", {"Ruiz", "Lek"}, "Occurred"),
    ("Senator Beth Carr saw Governor Dan Ortiz privately before the vote.", {"Carr", "Ortiz"}, "Occurred"),
    ("Premier Jon Lek and President Ana Solt will see each other in Bern on Friday.", {"Lek", "Solt"}, "Scheduled"),
    ("Premier Jon Lek met President Ana Solt in Oslo in May. The two will see each other again in June.",
     {"Lek", "Solt"}, "Scheduled"),
])
def test_seeing_someone_on_purpose_is_a_meeting(extract, text, pair, status):
    facts = extract(text)
    assert frozenset(pair) in met_pairs(facts)
    assert status in statuses_between(facts, *pair)


def test_seeing_each_listed_person_separately_is_two_meetings(extract):
    pairs = met_pairs(extract("Envoy Paul Ruiz saw President Ana Solt and Premier Jon Lek separately in Geneva."))
    assert {frozenset({"Ruiz", "Solt"}), frozenset({"Ruiz", "Lek"})} <= pairs
    assert frozenset({"Solt", "Lek"}) not in pairs


@pytest.mark.parametrize("text", [
    "President Ana Solt sees Premier Jon Lek as a reliable partner.",
    "Voters saw President Ana Solt win the debate against Premier Jon Lek.",
    "Minister Lia Hart has not seen the report, Premier Jon Lek said.",
    "We will see what President Ana Solt decides, Premier Jon Lek said.",
    "President Ana Solt wants to see Premier Jon Lek resign.",
    "Premier Jon Lek and President Ana Solt see each other as rivals.",
])
def test_seeing_as_a_sight_or_an_opinion_is_no_meeting(extract, text):
    assert not met_pairs(extract(text))


JOINED_LATER = (
    "President Ilse Marr met Prime Minister Tom Quill at the palace on Monday to mark the national day. "
    "The two leaders discussed trade, energy and the fisheries dispute that has strained relations between "
    "their countries for years, and agreed that their ministers should report back before the summer.\n\n"
    "They also reviewed the security situation in the region, the refugee crisis on the southern border and "
    "the funding of the joint coastguard, which both governments want to expand next year.\n\n"
    "Vice President Cora Lind and Foreign Minister Ben Aske also joined the meeting."
)


def test_joiners_of_the_meeting_join_the_last_meeting_told_a_paragraph_back(extract):
    pairs = met_pairs(extract(JOINED_LATER))
    assert frozenset({"Marr", "Quill"}) in pairs
    assert frozenset({"Lind", "Marr"}) in pairs
    assert frozenset({"Aske", "Quill"}) in pairs


def test_joiners_far_from_any_meeting_stay_with_each_other(extract):
    text = "Vice President Cora Lind and Foreign Minister Ben Aske also joined the meeting."
    pairs = met_pairs(extract(text))
    assert pairs <= {frozenset({"Lind", "Aske"})}


@pytest.mark.parametrize("text, host, guest, present", [
    ("Earlier that day the Chancellor met Premier Jon Lek. After the talks, President Ana Solt hosted "
     "Premier Jon Lek at a gala in the palace, where Mayor Ruth Ober was also present.", "Solt", "Lek", "Ober"),
    ("Governor Dan Ortiz met Senator Beth Carr on Monday. On Tuesday Mayor Lia Hart received Senator Beth Carr "
     "at city hall, where Judge Ken Abbot was also present.", "Hart", "Carr", "Abbot"),
    ("Premier Jon Lek welcomed President Ana Solt at the airport, where Minister Ivo Dane was also present.",
     "Lek", "Solt", "Dane"),
])
def test_also_present_in_a_where_clause_joins_that_sentences_meeting(extract, text, host, guest, present):
    pairs = met_pairs(extract(text))
    assert frozenset({host, guest}) in pairs
    assert frozenset({host, present}) in pairs


@pytest.mark.parametrize("absent", [
    "Premier Jon Lek decided not to take part in the talks.",
    "Premier Jon Lek did not attend the talks.",
    "Premier Jon Lek refused to join the talks.",
])
def test_someone_who_stayed_away_does_not_join_the_meeting_told_before(extract, absent):
    text = ("President Ana Solt sent envoys to Bern for talks with Chancellor Ida Brenn, the first in years. "
            + absent)
    pairs = met_pairs(extract(text))
    assert not any("Lek" in pair for pair in pairs)
