""""the daily El Sol", "the weekly Maria Nieves": a newspaper named after "the daily" or "the weekly" (read as
an adjective by the tagger) is no person; a person named near the word "daily" is."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text", [
    "According to the daily El Sol, the minister will resign.",
    "The weekly Maria Nieves reported that talks had stalled.",
    "The talks stalled, the daily Juan Pueblo reported on Monday.",
])
def test_a_paper_named_after_daily_is_no_person(extract, text):
    assert names(extract(text)) == set(), names(extract(text))


def test_a_person_near_daily_stays(extract):
    found = names(extract("Minister Ana Ruiz briefs the daily press conference."))
    assert found == {"Ana Ruiz"}, found
