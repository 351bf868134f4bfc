"""Dates told as a move from the day the story last named: "the next day", "two days later", "the night before".

Published on Thursday 2025-05-15; "Monday" is 2025-05-12 as past news, 2025-05-19 as a plan.
"""
from __future__ import annotations

import pytest

from newsgraph.extract.dates import day_offsets
from tests.conftest import meetings_between


def _dates(facts, a: str, b: str) -> set[str | None]:
    return {meeting.date.value if meeting.date else None for meeting in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, day", [
    ("Envoy Clara Mendes landed in Oslo on Monday. The following day she met Prime Minister Erik Dahl.", "2025-05-13"),
    ("Envoy Clara Mendes landed in Oslo on Monday. The next morning she held talks with Prime Minister Erik Dahl "
     "at his office.", "2025-05-13"),
    ("Envoy Clara Mendes reached Oslo on Monday and, two days later, sat down with Prime Minister Erik Dahl.",
     "2025-05-14"),
    ("Envoy Clara Mendes arrived in Oslo on Monday. A day later Prime Minister Erik Dahl received her.", "2025-05-13"),
    ("The summit opened on Monday in Oslo. The evening before, Envoy Clara Mendes had dined with Prime Minister "
     "Erik Dahl.", "2025-05-11"),
    ("Envoy Clara Mendes flew into Oslo on Monday. Later that day she called on Prime Minister Erik Dahl.",
     "2025-05-12"),
    ("Envoy Clara Mendes arrived in Oslo on 3 May. A week later she met Prime Minister Erik Dahl.", "2025-05-10"),
])
def test_a_meeting_dated_from_the_last_day_named(extract, text, day):
    assert _dates(extract(text), "Mendes", "Dahl") == {day}


def test_a_planned_meeting_moves_from_the_planned_day(extract):
    facts = extract("Envoy Clara Mendes will arrive in Oslo on Monday and meet Prime Minister Erik Dahl the next day.")
    assert _dates(facts, "Mendes", "Dahl") == {"2025-05-20"}


@pytest.mark.parametrize("text", [
    # nothing to move from: no day was named before
    "Envoy Clara Mendes arrived in Oslo. The next day she met Prime Minister Erik Dahl.",
    "Envoy Clara Mendes arrived in Oslo in March. Two days later she met Prime Minister Erik Dahl.",
])
def test_no_day_is_guessed_without_a_day_to_move_from(extract, text):
    assert _dates(extract(text), "Mendes", "Dahl") == {None}


@pytest.mark.parametrize("text, phrase, days", [
    ("They met again the following day.", "the following day", 1),
    ("Three days later, talks resumed.", "Three days later", 3),
    ("The talks had begun 2 days earlier.", "2 days earlier", -2),
    ("They had spoken the day before.", "the day before", -1),
    ("Two weeks later the deal was signed.", "Two weeks later", 14),
    ("She left that same day.", "that same day", 0),
])
def test_day_moving_phrases_are_found_whole(nlp, text, phrase, days):
    doc = nlp.make_doc(text)
    found = [(doc[start:end].text, moved) for start, (end, moved) in day_offsets(doc).items()]
    assert found == [(phrase, days)]


@pytest.mark.parametrize("text", ["They met the day before the vote.", "Days later the talks failed.",
                                  "The next round is due in June."])
def test_other_phrases_move_nothing(nlp, text):
    assert day_offsets(nlp.make_doc(text)) == {}


def test_a_day_counted_on_from_an_arrival_is_not_the_arrival_day(extract):
    facts = extract("Foreign Minister Lena Borg arrived in Hanoi on Wednesday.\n\n"
                    "The next day Borg met Prime Minister Tran Quoc Viet.")
    assert {m.date.value for m in meetings_between(facts, "Borg", "Viet")} == {"2025-05-15"}


@pytest.mark.parametrize("text", [
    "Envoy Clara Mendes landed in Oslo on Monday. A day later she was at the ministry for a meeting with "
    "Prime Minister Erik Dahl.",
    "Envoy Clara Mendes landed in Oslo on Monday. Two days later, she and her aides were in Bergen for talks "
    "with Prime Minister Erik Dahl.",
    "Envoy Clara Mendes landed in Oslo on Monday. The next day she was at the palace for a lunch with "
    "Prime Minister Erik Dahl.",
])
def test_a_past_stay_for_a_meeting_counted_on_from_a_day_happened(extract, text):
    from tests.conftest import statuses_between
    assert statuses_between(extract(text), "Mendes", "Dahl") == {"Occurred"}
