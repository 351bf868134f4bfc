"""A meeting with a group the sentence does not name ("hosted the executives", "hosted a group of
bankers", "State governors met with A", "a roundtable with business leaders") takes the people the
next sentence names as its members ("Among those at the table were", "Present at the meeting were",
"Those attending included", "Among them were")."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

HOST = "Prime Minister Nita Rao"
NAMED = "Omar Said, head of Delta Steel, and Lena Fox, chief executive of Norbank"


@pytest.mark.parametrize("group", [
    f"{HOST} hosted the executives at her office on Monday.",
    f"{HOST} hosted a group of executives at her office on Monday.",
    f"{HOST} hosted a roundtable with business leaders on Monday.",
    f"{HOST} received the visiting bankers on Monday.",
])
@pytest.mark.parametrize("named", [
    f"Among those at the table were {NAMED}.",
    f"Those attending included {NAMED}.",
    f"Among them were {NAMED}.",
])
def test_a_group_met_is_named_in_the_next_sentence(extract, group, named):
    pairs = met_pairs(extract(f"{group} {named}"))
    assert {frozenset({"Rao", "Said"}), frozenset({"Rao", "Fox"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "State governors met with President Ali Musa on Thursday. Present at the meeting were Governor Omar Said "
    "and Governor Lena Fox.",
    "President Ali Musa met the state governors on Thursday. Present at the meeting were Governor Omar Said "
    "and Governor Lena Fox.",
    "President Ali Musa received a contingent of state governors on Thursday. Among them were Governor Omar Said "
    "and Governor Lena Fox.",
])
def test_the_group_may_be_the_subject_or_the_meeting_echoed(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Musa", "Said"}), frozenset({"Musa", "Fox"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    # "them" after a meeting of named people: nobody new at that meeting
    "President Ali Musa met Governor Omar Said on Thursday. Among them were old friends of Lena Fox.",
    # the group was told, but the people are named as elsewhere
    "President Ali Musa met the state governors on Thursday. Governor Lena Fox was at a rally in Kano.",
    # present at another event
    "President Ali Musa met the state governors on Thursday. Also present at the rally were Omar Said and Lena Fox.",
])
def test_no_member_without_a_presence_phrase_for_that_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Musa", "Fox"}) not in pairs, pairs
