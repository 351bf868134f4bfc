"""A story of its publication day narrates that day throughout: a dateless meeting told in the simple
past takes the day, also after a year or a month named in another paragraph as background ("the council
was set up in 1996", "spending rose last year"); a year named in the meeting's own paragraph still
keeps the day away."""
import pytest

from tests.conftest import meetings_between

PUBLISHED = "2026-03-02"


def _dates(facts):
    return {m.date.value if m.date else None for m in meetings_between(facts, "Lopes", "Costa")}


@pytest.mark.parametrize("text", [
    "Ministers gathered in Oslo today for the council's annual session.\n\nThe council was set up in 1996.\n\n"
    "Ana Lopes and Jorge Costa met on the sidelines and signed a fisheries deal.",
    "Monday 2 March 2026\n\nThe forum opened this morning. Its last session was held in 2024.\n\n"
    "Ana Lopes sat down with Jorge Costa and agreed to a ferry link.",
    "The summit opened today in Lima. Spending on the navy rose last year, officials said.\n\n"
    "Ana Lopes held talks with Jorge Costa.",
])
def test_background_years_elsewhere_leave_the_storys_day(extract, text):
    assert _dates(extract(text, published=PUBLISHED)) == {PUBLISHED}


def test_a_year_in_the_meetings_own_paragraph_keeps_the_day_away(extract):
    text = ("Ministers gathered in Oslo today.\n\nThe fund was set up in 2019. Ana Lopes met Jorge Costa and "
            "signed the charter.")
    assert PUBLISHED not in _dates(extract(text, published=PUBLISHED))
