"""Where and when, written as a reader resolves them: "in the Jordanian capital", "in Kenya's capital"
is that country's capital (the first town `country_forms.txt` lists for it); "in the capital, Amman,"
is Amman wherever the parser hung the name; "on the 12th" is that day of the publication month (of the
month before when it is still to come)."""
import pytest

from newsgraph.extract.dates import resolve_date
from datetime import date
from tests.conftest import meetings_between


@pytest.mark.parametrize("text, place", [
    ("President Tomas Halvik met President Irena Voss in the Jordanian capital on Monday.", "Amman"),
    ("President Tomas Halvik held talks with President Irena Voss in Kenya's capital.", "Nairobi"),
    ("President Irena Voss received President Tomas Halvik in the Ethiopian capital on Wednesday.", "Addis Ababa"),
    ("President Tomas Halvik met President Irena Voss in the South African capital.", "Pretoria"),
    ("President Tomas Halvik held talks with President Irena Voss in the Turkish capital, Ankara, on Tuesday.", "Ankara"),
])
def test_a_country_capital_named_by_its_country(extract, text, place):
    found = meetings_between(extract(text), "Halvik", "Voss")
    assert found and {m.place for m in found} == {place}


def test_a_capital_of_no_known_country_is_no_place(extract):
    found = meetings_between(extract("President Tomas Halvik met President Irena Voss in the rebel capital."),
                             "Halvik", "Voss")
    assert found and all(m.place is None for m in found)


@pytest.mark.parametrize("text, day", [
    ("President Tomas Halvik held talks with President Irena Voss in Riga on the 12th.", "2025-05-12"),
    ("President Tomas Halvik met President Irena Voss on the 3rd in Vilnius.", "2025-05-03"),
    ("President Tomas Halvik received President Irena Voss on the 28th.", "2025-04-28"),
    ("President Tomas Halvik will meet President Irena Voss on the 20th.", "2025-05-20"),
])
def test_a_day_of_the_month_alone(extract, text, day):
    found = meetings_between(extract(text), "Halvik", "Voss")
    assert found and {m.date.value for m in found if m.date} == {day}


@pytest.mark.parametrize("text", ["the 12th century", "the 3rd round"])
def test_other_ordinals_are_no_day(text):
    assert resolve_date(text, date(2025, 5, 15)) is None
