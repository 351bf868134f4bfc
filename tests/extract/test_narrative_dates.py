"""A meeting told without a date of its own takes the day the story is on, and only then.

Published on Thursday 2025-05-15; "Tuesday" is 2025-05-13.
"""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between, met_pairs


def _dates(facts, a: str, b: str) -> set[str | None]:
    return {meeting.date.value if meeting.date else None for meeting in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text", [
    "Chancellor Eva Lind arrived in Oslo on Tuesday. She was welcomed at the airport by Prime Minister Jonas Dahl.",
    "Chancellor Eva Lind flew to Oslo on Tuesday for a two-day visit. Prime Minister Jonas Dahl received her at "
    "his office.",
    "On Tuesday Chancellor Eva Lind landed in Oslo, where crowds lined the streets. Accompanied by Prime Minister "
    "Jonas Dahl, she laid a wreath.",
])
def test_a_dateless_meeting_takes_the_day_its_paragraph_named(extract, text):
    facts = extract(text)
    assert frozenset({"Lind", "Dahl"}) in met_pairs(facts)
    assert _dates(facts, "Lind", "Dahl") == {"2025-05-13"}


@pytest.mark.parametrize("text", [
    "Senator Rosa Quint arrived in Accra today.\n\nThousands waited for hours in the heat.\n\n"
    "President Kwame Badu greeted her at the airport.",
    "Thursday, May 15, 2025\n\nSenator Rosa Quint toured the harbour.\n\nLater, she met President Kwame Badu at "
    "his residence.",
    "Senator Rosa Quint opened the trade fair this morning.\n\nHundreds of firms showed their wares.\n\n"
    "She was received by President Kwame Badu after the opening ceremony was over.",
])
def test_a_story_of_the_publication_day_narrates_that_day(extract, text):
    facts = extract(text)
    assert frozenset({"Quint", "Badu"}) in met_pairs(facts)
    assert _dates(facts, "Quint", "Badu") == {"2025-05-15"}


@pytest.mark.parametrize("text", [
    # the perfect leaves the time open, or puts it before the story's day
    "Talks resumed on Tuesday. Minister Ivo Berg has met President Ana Ruiz several times.",
    "Talks resumed on Tuesday. Minister Ivo Berg had met President Ana Ruiz in Lima.",
    # habitual or earlier
    "Talks resumed on Tuesday. Minister Ivo Berg previously met President Ana Ruiz in Lima.",
    # placed relative to another event
    "Ships were seized on Tuesday. The seizures came a day after Minister Ivo Berg met President Ana Ruiz.",
    "Talks resumed on Tuesday, two weeks after Minister Ivo Berg visited President Ana Ruiz in Lima.",
    "While in Peru, Minister Ivo Berg met President Ana Ruiz. Talks resumed on Tuesday.",
    # ... also when the sentence's own date belongs to the other event
    "Markets rallied on Tuesday, a day after Minister Ivo Berg met President Ana Ruiz in Lima.",
    "The ships sailed on Tuesday, hours before Minister Ivo Berg sat down with President Ana Ruiz.",
    # the present: no single day
    "Talks resumed on Tuesday. Minister Ivo Berg is in Lima for talks with President Ana Ruiz.",
    # the story has moved to a month
    "Talks resumed on Tuesday. In January, Minister Ivo Berg met President Ana Ruiz in Lima.",
    # another paragraph, long after the day was named, and not the day of publication
    "Talks resumed on Tuesday.\n\nThe port stayed closed for weeks.\n\nMinister Ivo Berg met President Ana Ruiz "
    "in Lima.",
])
def test_background_meetings_get_no_guessed_date(extract, text):
    facts = extract(text)
    dates = _dates(facts, "Berg", "Ruiz")
    assert dates and "2025-05-13" not in dates and "2025-05-15" not in dates


def test_a_date_of_its_own_wins(extract):
    facts = extract("Chancellor Eva Lind arrived in Oslo on Tuesday. She met Prime Minister Jonas Dahl on Wednesday.")
    assert _dates(facts, "Lind", "Dahl") == {"2025-05-14"}


def test_plans_are_not_dated_from_the_story(extract):
    facts = extract("Chancellor Eva Lind arrived in Oslo on Tuesday. She hopes to meet Prime Minister Jonas Dahl.")
    assert _dates(facts, "Lind", "Dahl") <= {None}
