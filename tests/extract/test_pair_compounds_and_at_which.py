"""Two noun-phrase wordings of who was at a meeting.

- Two surnames joined by a hyphen before a meeting noun are its sides: "the Lopez-Ruiz summit",
  "Monday's Lopez-Ruiz talks", "a Lopez-Ruiz bilateral" (each the article's one person of that name).
- A clause told "at which" or "during which" the meeting happened names people who were there:
  "a meeting on Saturday, at which A, B and C agreed the text".
"""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between, met_pairs, statuses_between

INTRO = "President Ana Lopez and Prime Minister Carlos Ruiz lead neighbouring countries. "


@pytest.mark.parametrize("text, status", [
    (INTRO + "The Lopez-Ruiz summit on Sunday focused on trade.", "Occurred"),
    (INTRO + "Monday's Lopez-Ruiz talks will focus on water rights.", "Scheduled"),
    (INTRO + "The forum was preceded by a Lopez-Ruiz bilateral on Sunday morning.", "Occurred"),
])
def test_hyphenated_surnames_before_a_meeting_noun_are_its_sides(extract, text, status):
    facts = extract(text)
    assert frozenset({"Lopez", "Ruiz"}) in met_pairs(facts)
    assert statuses_between(facts, "Lopez", "Ruiz") == {status}


@pytest.mark.parametrize("text", [
    # a surname the article gives two people
    "President Ana Lopez, her brother Juan Lopez and Prime Minister Carlos Ruiz spoke. The Lopez-Ruiz summit "
    "was a success.",
    # not a meeting noun
    INTRO + "The Lopez-Ruiz rivalry is old.",
    # a place pair, not people
    INTRO + "The Lima-Quito highway opened on Sunday.",
])
def test_other_hyphenated_pairs_are_no_meeting_of_two_people(extract, text):
    assert not meetings_between(extract(text), "Lopez", "Ruiz")


@pytest.mark.parametrize("text", [
    "The text was drafted at a ministers' meeting on Saturday, at which Foreign Minister Ana Lopez, Minister "
    "Carlos Ruiz and Minister Lea Vos agreed the wording.",
    "Talks were held in Geneva on Friday, at which Envoy Ana Lopez, General Carlos Ruiz and Judge Lea Vos agreed a truce.",
    "The three ministers held a long session on Friday, during which Minister Ana Lopez, Minister Carlos Ruiz and Minister Lea Vos "
    "argued over the budget.",
])
def test_the_people_of_an_at_which_clause_were_at_the_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Lopez", "Ruiz"}), frozenset({"Ruiz", "Vos"})} <= pairs, pairs


def test_at_which_point_is_no_meeting(extract):
    facts = extract("Ana Lopez spoke for an hour, at which point Carlos Ruiz walked out of the hall.")
    assert frozenset({"Lopez", "Ruiz"}) not in met_pairs(facts)
