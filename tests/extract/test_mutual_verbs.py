"""Verbs of a meeting told with a "with" partner or a joint subject (`mutual_verbs.txt`): "A huddled
with B", "A and B conferred for an hour", "A lunched with B". Alone ("huddled over the papers"), with
an object of its own ("A and B negotiated the bill") or by telephone they are no meeting in person."""
import pytest

from tests.conftest import met_pairs

PAIR = frozenset(("Okafor", "Lindqvist"))


@pytest.mark.parametrize("text", [
    "Senator Grace Okafor huddled with Governor Erik Lindqvist in the cloakroom before the vote.",
    "Senator Grace Okafor and Governor Erik Lindqvist huddled for twenty minutes at the back of the hall.",
    "Governor Erik Lindqvist and Senator Grace Okafor conferred quietly at the state house on Monday.",
    "Senator Grace Okafor lunched with Governor Erik Lindqvist at a steakhouse in Topeka.",
    "Senator Grace Okafor and Governor Erik Lindqvist negotiated until dawn at the governor's mansion.",
])
def test_a_mutual_verb_with_a_partner_or_a_joint_subject_is_a_meeting(extract, text):
    assert PAIR in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Senator Grace Okafor and Governor Erik Lindqvist conferred by telephone on Monday.",
    "Senator Grace Okafor and Governor Erik Lindqvist negotiated the budget bill in separate chambers.",
    "Senator Grace Okafor huddled over the figures after Governor Erik Lindqvist left Topeka.",
    "Senator Grace Okafor lunched alone while Governor Erik Lindqvist toured the plant.",
])
def test_without_a_partner_or_on_the_phone_it_is_no_meeting(extract, text):
    assert PAIR not in met_pairs(extract(text))
