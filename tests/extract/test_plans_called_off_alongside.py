"""A plan called off in a clause coordinated with it ("was to meet B, but the talks were scrapped",
"planned to see B but cancelled") did not come about; neither did a meeting the clause denies at an
event both attended ("A and B did not meet at the forum") or one still awaited ("have yet to meet").
Another plan cancelled alongside ("but cancelled a trip to Rome") leaves the meeting as planned."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "Premier Lotte Brandvik was due to receive Governor Sami Haroun on Thursday, but the visit was postponed.",
    "Governor Sami Haroun had arranged to see Premier Lotte Brandvik in Tromso, but he cancelled at the last minute.",
    "Premier Lotte Brandvik was scheduled to hold talks with Governor Sami Haroun, but she called off her trip.",
    "Governor Sami Haroun was to have lunch with Premier Lotte Brandvik on Monday, but it was scrapped.",
])
def test_a_plan_called_off_in_the_same_sentence_is_cancelled(extract, text):
    facts = extract(text)
    assert frozenset(("Brandvik", "Haroun")) not in met_pairs(facts)
    assert "Cancelled" in statuses_between(facts, "Brandvik", "Haroun")


@pytest.mark.parametrize("text", [
    "Premier Lotte Brandvik and Governor Sami Haroun did not meet at the energy forum in Bergen.",
    "Premier Lotte Brandvik and Governor Sami Haroun have yet to meet.",
    "Governor Sami Haroun is yet to sit down with Premier Lotte Brandvik.",
])
def test_a_meeting_denied_or_still_awaited_is_not_met(extract, text):
    assert frozenset(("Brandvik", "Haroun")) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Premier Lotte Brandvik will meet Governor Sami Haroun on Friday, but cancelled a trip to Oslo.",
    "Premier Lotte Brandvik met Governor Sami Haroun on Friday and postponed a visit to Oslo.",
    "Premier Lotte Brandvik and Governor Sami Haroun met at the energy forum in Bergen.",
])
def test_another_plan_called_off_leaves_the_meeting(extract, text):
    assert frozenset(("Brandvik", "Haroun")) in met_pairs(extract(text))
