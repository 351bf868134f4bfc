"""Spending time with someone ("spent three hours with A", "spent the afternoon with B") is being together: a
meeting in person; spending money is not. "the UN chief" is the Secretary-General told before. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "President Ana Soto spent the afternoon with Governor Carlos Ruiz in Cusco.",
    "Governor Carlos Ruiz and President Ana Soto spent more than two hours together with aides on Friday. Ruiz "
    "later spent an evening with Soto at her residence.",
    "Secretary-General Ana Soto arrived on Monday. Carlos Ruiz spent two hours with the UN chief on Tuesday.",
])
def test_time_spent_with_someone_is_a_meeting(extract, text):
    assert frozenset({"Soto", "Ruiz"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Soto spent millions with Carlos Ruiz's firm.",
    "President Ana Soto spent an hour on the phone with Governor Carlos Ruiz.",
])
def test_money_and_calls_are_not(extract, text):
    assert frozenset({"Soto", "Ruiz"}) not in met_pairs(extract(text))
