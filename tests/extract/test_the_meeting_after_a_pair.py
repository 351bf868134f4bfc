""""The meeting" with nothing of its own, right after a sentence whose subject is two named people and
with no meeting told before, is the meeting of that pair: "A and B pledged regular exchanges on Thursday.
The meeting was the first since May." """
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Finance Minister Paul Okoro and opposition leader Grace Adeyemi on Tuesday agreed to set up a joint committee "
     "on the budget. The meeting was the first between the two since the election.", {"Okoro", "Adeyemi"}),
    ("President Ana Costa and the rebel commander Luis Ortega on Sunday pledged to end the fighting. "
     "The meeting lasted three hours, aides said.", {"Costa", "Ortega"}),
    ("Governor Ruth Njeri and Senator Tom Kibet signed a pact on water sharing in Nakuru. The talks were held "
     "behind closed doors.", {"Njeri", "Kibet"}),
])
def test_the_meeting_is_the_pair_s(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Costa and Luis Ortega both condemned the attack on Sunday. The meeting of the security council "
    "is due on Friday.",
    "President Ana Costa and Luis Ortega both condemned the attack on Sunday. The cabinet meeting is due on Friday.",
])
def test_a_meeting_of_its_own_is_not_the_pair_s(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))


def test_the_meeting_told_before_is_the_one_taken_up(extract):
    facts = extract("President Ana Costa met Pedro Soto on Monday. Luis Ortega and Ilze Ozola welcomed the plan. "
                    "The meeting lasted an hour.")
    assert met_pairs(facts) == {frozenset({"Costa", "Soto"})}, met_pairs(facts)
