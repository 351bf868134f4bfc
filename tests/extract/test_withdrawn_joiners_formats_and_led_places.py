"""Three meeting classes: someone due to join a meeting who "pulled out" or "withdrew" is not at it
(joiners.py); "talks with B and C in this format" is one meeting of the three, not one per guest
(joint_words.txt); a place phrase right after the leader of a hosted delegation is where they met."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_HOSTED = "On Tuesday Mayor Irena Vuk hosted a Czech delegation led by Deputy Minister Pavel Sedlak at the city hall. "


@pytest.mark.parametrize("second", [
    "Interior Minister Boris Kral had hoped to sit in on the session but pulled out late on Monday.",
    "Interior Minister Boris Kral was due to attend the talks but withdrew at the last minute.",
    "Interior Minister Boris Kral had planned to take part in the meeting but backed out, citing illness.",
    "Interior Minister Boris Kral was to join the talks but cancelled.",
])
def test_a_joiner_who_pulled_out_is_not_at_the_meeting(extract, second):
    pairs = met_pairs(extract(_HOSTED + second))
    assert frozenset(("Vuk", "Sedlak")) in pairs, pairs
    assert not any("Kral" in p for p in pairs), pairs


@pytest.mark.parametrize("second", [
    "Interior Minister Boris Kral also joined the meeting.",
    "Interior Minister Boris Kral also took part in the talks and left early.",
])
def test_a_joiner_who_stayed_joins(extract, second):
    pairs = met_pairs(extract(_HOSTED + second))
    assert frozenset(("Vuk", "Kral")) in pairs, pairs


@pytest.mark.parametrize("text", [
    "Prime Minister Lena Ostrova held talks in Vilnius with Latvia's premier, Juris Kalns, and Estonia's premier, "
    "Mart Tamm, in the second meeting in this format this year.",
    "Foreign Minister Lena Ostrova held talks with Juris Kalns and Mart Tamm on Friday, the first talks in the new format.",
    "Lena Ostrova held talks with Juris Kalns and Mart Tamm in Riga, reviving a format unused since 2019.",
])
def test_talks_in_a_format_are_one_meeting_of_all(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset(("Ostrova", "Kalns")), frozenset(("Ostrova", "Tamm")), frozenset(("Kalns", "Tamm"))} <= pairs, pairs


def test_talks_with_two_guests_and_no_joint_word_stay_apart(extract):
    pairs = met_pairs(extract("Foreign Minister Lena Ostrova held talks with Juris Kalns and Mart Tamm on Friday."))
    assert frozenset(("Kalns", "Tamm")) not in pairs, pairs


@pytest.mark.parametrize("text, place", [
    ("Irena Vuk welcomed a Czech delegation led by Deputy Minister for Energy Pavel Sedlak in Kisumu.", "Kisumu"),
    ("The pact was sealed when Irena Vuk hosted a trade delegation led by Minister of State for Industry Pavel Sedlak "
     "at the port offices in Mombasa.", "Mombasa"),
    ("Governor Irena Vuk on Monday received a delegation led by Minister of State for Mines Pavel Sedlak at the county "
     "hall in Kakamega.", "Kakamega"),
    ("The deal came when Irena Vuk welcomed a Czech delegation led by Minister of State for Trade Pavel Sedlak "
     "at the regional assembly in Eldoret.", "Eldoret"),
])
def test_a_place_after_the_leader_of_a_hosted_delegation_is_the_meetings(extract, text, place):
    facts = extract(text)
    places = [m.place for m in facts.meetings if m.status.value == "Occurred"]
    assert place in places, [(m.trigger, m.place) for m in facts.meetings]


@pytest.mark.parametrize("text", [
    "Governor Irena Vuk hosted a delegation led by Pavel Sedlak from Prague on Monday.",
    "Governor Irena Vuk hosted a delegation led by Mayor Pavel Sedlak of Prague on Monday.",
])
def test_where_the_leader_comes_from_is_no_meeting_place(extract, text):
    facts = extract(text)
    assert all(m.place != "Prague" for m in facts.meetings), [(m.trigger, m.place) for m in facts.meetings]
