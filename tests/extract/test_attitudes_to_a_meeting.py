"""An attitude to a meeting told as a gerund after a preposition ("had no issue with meeting B", "no objection to
meeting B", "expressed interest in meeting B", "looked forward to meeting B") is no meeting held; a gerund after
"after" or "on" still tells one that was."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "Opposition leader Luis Vargas sees no issue with meeting President Ana Torres.",
    "Opposition leader Luis Vargas said he had no objection to meeting President Ana Torres.",
    "Opposition leader Luis Vargas expressed interest in meeting President Ana Torres.",
    "Opposition leader Luis Vargas said he looked forward to meeting President Ana Torres.",
])
def test_an_attitude_to_meeting_is_no_meeting_held(extract, text):
    facts = extract(text)
    assert "Occurred" not in statuses_between(facts, "Vargas", "Torres"), statuses_between(facts, "Vargas", "Torres")


@pytest.mark.parametrize("text", [
    "President Ana Torres was criticised after meeting Luis Vargas in March.",
    "Luis Vargas had no issue with the new rules, and he later met President Ana Torres.",
    "On meeting President Ana Torres, Luis Vargas praised her.",
])
def test_a_meeting_told_beside_an_attitude_still_happened(extract, text):
    assert frozenset({"Torres", "Vargas"}) in met_pairs(extract(text), statuses=("Occurred",))
