"""A meeting word determined by "no" tells that none took place, also where a headline writes the pair
hyphened before the noun ("No Torres-Vargas Talks Agreed"): nothing is recorded as met."""
import pytest

from tests.conftest import statuses_between


@pytest.mark.parametrize("text", [
    "Lima Says No Torres-Vargas Talks Agreed\n\nPresident Ana Torres and opposition leader Luis Vargas have not "
    "spoken since May.",
    "No Talks Set Between Torres And Vargas\n\nPresident Ana Torres and opposition leader Luis Vargas remain apart.",
    "Aides said no meeting between President Ana Torres and opposition leader Luis Vargas was planned.",
])
def test_no_talks_are_no_meeting_held(extract, text):
    facts = extract(text)
    assert not statuses_between(facts, "Torres", "Vargas") & {"Occurred", "Scheduled"}, \
        statuses_between(facts, "Torres", "Vargas")


def test_talks_after_no_delay_still_happen(extract):
    facts = extract("With no delay, President Ana Torres held talks with opposition leader Luis Vargas on Monday.")
    assert "Occurred" in statuses_between(facts, "Torres", "Vargas"), statuses_between(facts, "Torres", "Vargas")
