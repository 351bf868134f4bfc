"""People named after a meeting whose people were not ("Leaders met in Manila. Among those present
were A, B and C"), and an arrival standing for the one who arrived ("X's arrival was greeted by Y")
(extract/meetings.py: `_meeting_named_after`, `_arrival_owner`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_THREE = {frozenset(("Dlamini", "Wong")), frozenset(("Dlamini", "Reyes")), frozenset(("Wong", "Reyes"))}


@pytest.mark.parametrize("text", [
    "Leaders met in Manila on Saturday. Among those present were President Sipho Dlamini, Premier Grace Wong and President Carlos Reyes.",
    "The summit opened in Manila on Saturday. Among those present were President Sipho Dlamini, Premier Grace Wong and President Carlos Reyes.",
    "Ministers held talks in Manila. Also present were President Sipho Dlamini, Premier Grace Wong and President Carlos Reyes.",
])
def test_people_named_after_an_unpeopled_meeting(extract, text):
    assert _THREE <= met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Leaders met in Manila on Saturday. Among those absent were President Sipho Dlamini and Premier Grace Wong.",
    "Leaders may meet in Manila next year. Among those invited are President Sipho Dlamini and Premier Grace Wong.",
    "Leaders spoke by video link on Saturday. Among those present were President Sipho Dlamini and Premier Grace Wong.",
])
def test_no_meeting_without_presence_after_a_real_meeting(extract, text):
    assert frozenset(("Dlamini", "Wong")) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Chancellor Peter Hoffman's arrival was greeted by Governor Lily Grant.",
    "Governor Lily Grant welcomed Chancellor Peter Hoffman's arrival at the airport.",
    "Governor Lily Grant greeted Chancellor Peter Hoffman's arrival in person on the tarmac.",
])
def test_an_arrival_stands_for_the_one_who_arrived(extract, text):
    assert frozenset(("Grant", "Hoffman")) in met_pairs(extract(text))


def test_a_thing_that_arrived_is_no_one(extract):
    assert not met_pairs(extract("Governor Lily Grant welcomed the arrival of the aid convoy sent by Chancellor Peter Hoffman."))
