"""Conditions without "if" (extract/conditions.py): inverted auxiliaries, condition phrases and
open-ended times make a meeting Hypothetical; plain plans and past meetings keep their status."""
from __future__ import annotations

import pytest


def _statuses(facts) -> set[str]:
    return {m.status.value for m in facts.meetings}


@pytest.mark.parametrize("text", [
    # inverted auxiliary before its subject
    "Premier Amrit Kaur would meet Senator Ruth Walsh on the sidelines should the ceasefire hold.",
    "Should the ceasefire hold, Governor Lena Park will receive Mayor Tom Ruiz in the capital.",
    "Were Premier Amrit Kaur to meet Senator Ruth Walsh, the talks would focus on water.",
    "Had the strike ended, Premier Amrit Kaur would have met Senator Ruth Walsh in May.",
    "Minister Ola Berg would have visited President Ana Cruz had the floods not closed the airport.",
    # condition phrases
    "Premier Amrit Kaur would sit down with Senator Ruth Walsh provided that the strike ends.",
    "Governor Lena Park will meet Mayor Tom Ruiz as long as the truce holds.",
    "Minister Ola Berg said he would receive President Ana Cruz on condition that the talks stay private.",
    # open-ended times and awaited days
    "Premier Amrit Kaur said she would receive Senator Ruth Walsh at any time.",
    "Governor Lena Park said she would meet Mayor Tom Ruiz whenever he wished.",
    "\"I would receive Ana Cruz on the day her party accepts the plan,\" Minister Ola Berg said.",
])
def test_condition_without_if_is_hypothetical(extract, text):
    statuses = _statuses(extract(text))
    assert "Hypothetical" in statuses and not statuses & {"Occurred", "Scheduled"}, statuses


@pytest.mark.parametrize("text, status", [
    ("Premier Amrit Kaur said she would meet Senator Ruth Walsh on Friday.", "Scheduled"),
    ("Premier Amrit Kaur said she would meet Senator Ruth Walsh on the day of the summit.", "Scheduled"),
    ("Premier Amrit Kaur had met Senator Ruth Walsh on the day the summit opened.", "Occurred"),
    ("Governor Lena Park met Mayor Tom Ruiz, who had provided the hall for the talks.", "Occurred"),
    ("Minister Ola Berg had visited President Ana Cruz twice before the floods closed the airport.", "Occurred"),
])
def test_plans_and_meetings_keep_their_status(extract, text, status):
    statuses = _statuses(extract(text))
    assert status in statuses and "Hypothetical" not in statuses, statuses
