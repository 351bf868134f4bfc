"""A condition on what a meeting is for conditions the meeting: "would summon A to testify if the
strikes went ahead" is hypothetical, as "would meet A if ..." is."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "Senator Tom Ruiz said he would summon Minister Helen Cartwright to give evidence if the stoppages went ahead.",
    "Senator Tom Ruiz would call in Minister Helen Cartwright to explain herself if the talks failed.",
    "Senator Tom Ruiz said he would summon Minister Helen Cartwright to testify unless the line reopened.",
])
def test_a_condition_on_the_purpose_makes_the_meeting_hypothetical(extract, text):
    facts = extract(text)
    assert frozenset({"Ruiz", "Cartwright"}) not in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Senator Tom Ruiz met Minister Helen Cartwright to discuss what to do if the strikes went ahead.",
    "Senator Tom Ruiz summoned Minister Helen Cartwright to explain what would happen if the line closed.",
])
def test_a_condition_inside_the_topic_does_not(extract, text):
    assert statuses_between(extract(text), "Ruiz", "Cartwright") == {"Occurred"}
