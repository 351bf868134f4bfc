"""Dates written in figures alone ("25/05/2025", "14.05.2025", "2025/05/25", "05/25/2025"), which the
tagger often reads as a number or a product: the day they name, day first unless only month first
makes a date; a slashed date that reads both ways is the reading nearer the publication day."""
from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.dates import resolve_date
from tests.conftest import meetings_between

PUBLISHED = date(2025, 5, 15)


@pytest.mark.parametrize("text, day", [
    ("25/05/2025", "2025-05-25"),  # day first
    ("05/25/2025", "2025-05-25"),  # month first, the only reading
    ("2025/05/12", "2025-05-12"),  # year first
    ("14.05.2025", "2025-05-14"),  # dots: day first
    ("4/5/2025", "2025-05-04"),    # both readings are days: 4 May is nearer than 5 April
    ("12-05-25", "2025-05-12"),    # a two-figure year
])
def test_a_date_in_figures_names_its_day(text, day):
    found = resolve_date(text, PUBLISHED)
    assert found is not None and (found.value, found.precision) == (day, "day")


@pytest.mark.parametrize("text", ["45/13/2025", "1.2.3", "3.5"])
def test_figures_that_make_no_date_name_none(text):
    found = resolve_date(text, PUBLISHED)
    assert found is None or found.precision != "day"


@pytest.mark.parametrize("text, day", [
    ("President Ines Duarte met Prime Minister Tomas Kovac in Lisbon on 12.05.2025.", "2025-05-12"),
    ("President Ines Duarte received Prime Minister Tomas Kovac on 9/5/2025 at Belem Palace.", "2025-05-09"),
    ("On 2025/05/13, President Ines Duarte held talks with Prime Minister Tomas Kovac in Lisbon.", "2025-05-13"),
])
def test_a_meeting_dated_in_figures(extract, text, day):
    assert {m.date.value for m in meetings_between(extract(text), "Duarte", "Kovac") if m.date} == {day}
