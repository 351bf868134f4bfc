"""A meeting word under "no" tells that there is no meeting ("no meeting between A and B is planned",
"there will be no talks"): nothing is recorded, least of all a planned meeting."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "No meeting between President Ana Vidal and Governor Lia Moss is planned.",
    "Aides said no meeting between President Ana Vidal and Governor Lia Moss was planned for June.",
    "There will be no meeting between President Ana Vidal and Governor Lia Moss, the ministry said.",
    "There were no talks between President Ana Vidal and Governor Lia Moss on Monday, aides said.",
    "President Ana Vidal held no talks with Governor Lia Moss during the trip.",
])
def test_no_meeting_is_none(extract, text):
    facts = extract(text)
    assert met_pairs(facts) == set(), facts.meetings


@pytest.mark.parametrize("text", [
    "A meeting between President Ana Vidal and Governor Lia Moss is planned for June.",
    "President Ana Vidal held talks with Governor Lia Moss on Monday; no agreement was reached.",
])
def test_a_meeting_without_no_stays(extract, text):
    assert frozenset({"Vidal", "Moss"}) in met_pairs(extract(text))


def test_no_before_another_word_does_not_negate_the_meeting(extract):
    facts = extract("President Ana Vidal and Governor Lia Moss wasted no time - opening talks right after the ceremony.")
    assert frozenset({"Vidal", "Moss"}) in met_pairs(facts)
