"""Two ways a party is named where the parser does not put it.

- Members of an unnamed group met, named in the same sentence with the group's title: "A hosted the
  governors for talks that ended only after Ohio's governor, B, walked out" -- B met A.
- A subject read into the time phrase before it: "..., where on Friday Ms A is scheduled to meet B"
  ("Friday Ms A" parsed as the object of "on").
"""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "In 2004, then-mayor Anna Keller hosted the governors for a night of talks that ended only after Ohio's "
    "then-governor, David Marsh, threatened to walk out.",
    "President Anna Keller received the governors at the palace, where the governor of Lagos, David Marsh, "
    "asked for more funds.",
    "Chancellor Anna Keller met the premiers on Tuesday; Bavaria's premier, David Marsh, left early.",
])
def test_a_member_of_the_group_named_with_its_title_met_the_host(extract, text):
    assert frozenset({"Keller", "Marsh"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Anna Keller met the governors on Tuesday, and the mayor of Lagos, David Marsh, criticised the meeting.",
    "President Anna Keller praised the governors, including Governor David Marsh.",
    "President Anna Keller met the governors on Tuesday, a week after Ohio's governor, David Marsh, resigned "
    "in protest.",
])
def test_someone_of_another_title_or_no_meeting_is_not_a_member(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Keller", "Marsh"}) not in pairs, pairs


@pytest.mark.parametrize("text, status", [
    ("The team will go on to Quito, where on Friday Ms Lopes is scheduled to meet with President Tomas Ruiz.",
     "Scheduled"),
    ("The visit ends in Oslo, where on Friday Mr Okonjo is due to meet with Crown Prince Tomas Ruiz.", "Scheduled"),
    ("The tour moves to Lima, where on Friday Ms Lopes is expected to hold talks with President Tomas Ruiz.",
     "Scheduled"),
    ("The delegation continues to Quito, where on Friday Ms Lopes will meet with Minister of Finance Tomas Ruiz.",
     "Scheduled"),
])
def test_a_subject_read_into_the_time_phrase_is_the_subject(extract, text, status):
    facts = extract(text)
    pairs = met_pairs(facts)
    subject = "Lopes" if "Lopes" in text else "Okonjo"
    assert frozenset({subject, "Ruiz"}) in pairs, pairs
    assert statuses_between(facts, subject, "Ruiz") == {status}


def test_a_time_phrase_with_no_name_leaves_the_subject_alone(extract):
    pairs = met_pairs(extract("On Friday morning Ms Lopes met Tomas Ruiz in Quito."))
    assert pairs == {frozenset({"Lopes", "Ruiz"})}, pairs
