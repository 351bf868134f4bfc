"""Dates resolved against the publication date, at the precision the text gives."""
from datetime import date

import pytest

from newsgraph.extract.dates import resolve_date

THURSDAY = date(2025, 5, 15)


@pytest.mark.parametrize("text, future, value, precision", [
    ("Thursday", False, "2025-05-15", "day"),
    ("on Thursday", False, "2025-05-15", "day"),
    ("late Wednesday", False, "2025-05-14", "day"),
    ("early Sunday", False, "2025-05-11", "day"),
    ("Monday", True, "2025-05-19", "day"),
    ("next Thursday", False, "2025-05-22", "day"),
    ("last Thursday", False, "2025-05-08", "day"),
    ("yesterday", False, "2025-05-14", "day"),
    ("tomorrow", False, "2025-05-16", "day"),
    ("today", False, "2025-05-15", "day"),
    ("April 2022", False, "2022-04", "month"),
    ("January", False, "2025-01", "month"),
    ("December", False, "2024-12", "month"),
    ("June", True, "2025-06", "month"),
    ("earlier this month", False, "2025-05", "month"),
    ("last month", False, "2025-04", "month"),
    ("next month", False, "2025-06", "month"),
    ("2022", False, "2022", "year"),
    ("last year", False, "2024", "year"),
    ("May 15, 2025", False, "2025-05-15", "day"),
    ("15 March 2024", False, "2024-03-15", "day"),
    ("2024-02-29", False, "2024-02-29", "day"),
])
def test_resolves(text, future, value, precision):
    got = resolve_date(text, THURSDAY, future=future)
    assert got is not None and (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize("text", ["last week", "recently", "three years"])
def test_no_invented_day(text):
    got = resolve_date(text, THURSDAY)
    assert got is None or got.precision != "day"


def test_weekday_without_publication_date_is_unknown():
    assert resolve_date("Thursday", None) is None
    assert resolve_date("March 2020", None).value == "2020-03"


def test_impossible_date_is_none():
    assert resolve_date("February 30, 2025", THURSDAY) is None


def test_time_of_day_takes_the_narrative_day():
    assert resolve_date("in the afternoon", THURSDAY).value == "2025-05-15"
    assert resolve_date("in the afternoon", THURSDAY, reference=date(2025, 5, 14)).value == "2025-05-14"
