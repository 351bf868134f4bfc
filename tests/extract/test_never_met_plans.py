"""A plan of people the article then says never met did not come about; a plan "dropped" or "It
was called off" is cancelled. None of these is a meeting that happened or is still planned."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    # a plan dated before publication, then "have never met"
    "Envoy Lars Brekke and Minister Omar Haddad were expected to hold talks in Oslo in March 2023. "
    "Officials later said the two have never met.",
    # any plan, then "never met" in the simple past: the story is over
    "\"I will see Mr Haddad when he is ready,\" Lars Brekke said in 1990, promising to meet Omar Haddad. "
    "The two never met.",
    "Lars Brekke was scheduled to meet Omar Haddad in Rome in 2019. Brekke and Haddad never met.",
])
def test_a_plan_of_people_who_never_met_did_not_come_about(extract, text):
    assert frozenset({"Brekke", "Haddad"}) not in met_pairs(extract(text), statuses=("Occurred", "Scheduled"))


@pytest.mark.parametrize("text", [
    "Lars Brekke and Omar Haddad, who have never met, will hold talks in Geneva next week.",
    "Lars Brekke will meet Omar Haddad in Geneva next week. The two have never met.",
])
def test_a_plan_for_later_stands_when_they_have_not_met_so_far(extract, text):
    assert frozenset({"Brekke", "Haddad"}) in met_pairs(extract(text), statuses=("Scheduled",))


def test_never_met_before_a_meeting_is_no_denial(extract):
    facts = extract("Lars Brekke met Omar Haddad in Geneva on Monday. The two had never met before.")
    assert frozenset({"Brekke", "Haddad"}) in met_pairs(facts, statuses=("Occurred",))


@pytest.mark.parametrize("text", [
    "The planned talks between Lars Brekke and Omar Haddad were dropped on Friday.",
    "Lars Brekke and Omar Haddad were due to meet in Vienna last June. It was called off two days before.",
    "The government dropped plans for talks between Lars Brekke and Omar Haddad.",
])
def test_a_dropped_or_called_off_plan_is_cancelled(extract, text):
    assert frozenset({"Brekke", "Haddad"}) not in met_pairs(extract(text))


def test_dropping_by_is_a_visit(extract):
    facts = extract("Lars Brekke dropped by the embassy on Monday and held talks with Omar Haddad.")
    assert frozenset({"Brekke", "Haddad"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Lars Brekke promised to meet Omar Haddad after the vote.",
    "Lars Brekke pledged to hold talks with Omar Haddad.",
    "Lars Brekke vowed to sit down with Omar Haddad before the summer.",
])
def test_a_promise_to_meet_is_an_offer(extract, text):
    facts = extract(text)
    assert frozenset({"Brekke", "Haddad"}) not in met_pairs(facts, statuses=("Occurred", "Scheduled"))
    assert frozenset({"Brekke", "Haddad"}) in met_pairs(facts, statuses=("Proposed",))
