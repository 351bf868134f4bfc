"""A meeting's status read from its own clause or from the sentence after it.

- "When A last shook hands with B, ..., the pictures suggested ...": a past event in a time clause
  ("when", "after", "since", "once", "as") keeps its own status; the main clause's verbs of
  proposing or wishing are not about it. A present-tense time clause under a future still reads
  the future ("When A meets B next week, he will ...").
- "A and B were to meet in Geneva. The meeting was called off.": a plan told in the past whose
  meeting the next sentence cancels (a definite meeting noun, no parties of its own) is Cancelled.
"""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "When Prime Minister Abel Tesso and President Omar Faruk last shook hands, in Dubai in March 2024, "
    "the photographs suggested two men who might settle the dispute.",
    "When President Omar Faruk met Prime Minister Abel Tesso in May, observers hoped for a deal.",
    "After Prime Minister Abel Tesso met President Omar Faruk, he proposed to hold a summit.",
    "Since President Omar Faruk received Prime Minister Abel Tesso in March, aides have urged a second visit.",
])
def test_a_past_meeting_in_a_time_clause_occurred(extract, text):
    assert statuses_between(extract(text), "Tesso", "Faruk") == {"Occurred"}


def test_a_present_time_clause_under_a_future_is_scheduled(extract):
    facts = extract("When Premier Jon Lek meets President Ana Solt next week, he will raise the dispute.")
    assert statuses_between(facts, "Lek", "Solt") == {"Scheduled"}


@pytest.mark.parametrize("text", [
    "Foreign Minister Medi Gamal and his counterpart, Rui Haile, were to meet in Geneva. "
    "The meeting was called off two days beforehand, after Cairo objected.",
    "Minister Medi Gamal was due to meet Premier Rui Haile on Friday. The talks were cancelled at the last minute.",
    "Minister Medi Gamal had been scheduled to visit Premier Rui Haile in Rome. Officials called off the visit "
    "late on Sunday.",
])
def test_a_past_plan_whose_meeting_the_next_sentence_cancels_did_not_happen(extract, text):
    facts = extract(text)
    assert frozenset({"Gamal", "Haile"}) not in met_pairs(facts)
    assert "Cancelled" in statuses_between(facts, "Gamal", "Haile")


@pytest.mark.parametrize("text, status", [
    ("Minister Ana Solt was due to meet Premier Jon Lek on Friday. The meeting went ahead as planned.", "Scheduled"),
    ("Minister Ana Solt is due to meet Premier Jon Lek on Friday. The summit was called off.", "Scheduled"),
    ("Minister Ana Solt was due to meet Premier Jon Lek on Friday. Their meeting with the unions was cancelled.",
     "Scheduled"),
])
def test_other_sentences_after_a_plan_leave_it_as_it_was(extract, text, status):
    assert statuses_between(extract(text), "Solt", "Lek") == {status}
