"""A host who received or met several people "separately", "in separate meetings" or "in two separate
sessions" met each of them; the guests did not meet one another."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "The mediator, Anna Berg, received Tomas Vell and Pedro Lind in separate meetings on Monday.",
    "Anna Berg met separately with Tomas Vell and Pedro Lind in Geneva.",
    "The envoy Anna Berg held separate talks with Tomas Vell and with Pedro Lind.",
    "In two separate sessions, Anna Berg received Tomas Vell and Pedro Lind.",
    "Anna Berg met Tomas Vell and Pedro Lind individually at the ministry.",
])
def test_each_guest_meets_the_host_and_not_each_other(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset(("Berg", "Vell")) in pairs and frozenset(("Berg", "Lind")) in pairs, pairs
    assert frozenset(("Vell", "Lind")) not in pairs, pairs


@pytest.mark.parametrize("text", [
    "Anna Berg received Tomas Vell and Pedro Lind at the ministry on Monday.",
    "Anna Berg, Tomas Vell and Pedro Lind held joint talks in Geneva.",
])
def test_without_a_word_of_separation_the_guests_meet_together(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset(("Vell", "Lind")) in pairs, pairs
