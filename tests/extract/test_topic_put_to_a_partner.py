"""Putting a topic to someone ("raised the pipeline with A", "broached the loan with B") is talking with them:
a meeting, in person unless a call is said; raising money alongside someone is not. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Prime Minister Ana Lopes first raised the pipeline with President Tomás Reyes on the sidelines of the "
    "energy summit in Lima last year.",
    "President Tomás Reyes broached the loan with Prime Minister Ana Lopes when the two leaders met in Quito.",
    "At the dinner, Prime Minister Ana Lopes raised the border dispute with President Tomás Reyes.",
])
def test_raising_a_topic_with_someone_is_a_meeting(extract, text):
    assert frozenset({"Lopes", "Reyes"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Senator Ana Lopes raised money with Governor Tomás Reyes for the campaign.",
    "Prime Minister Ana Lopes raised the pipeline with President Tomás Reyes by telephone on Monday.",
])
def test_money_and_calls_are_not_meetings_in_person(extract, text):
    assert frozenset({"Lopes", "Reyes"}) not in met_pairs(extract(text))
