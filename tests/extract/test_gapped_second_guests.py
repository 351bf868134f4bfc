"""A meeting verb left out before a second object with its own time ("met A on Monday and B on
Tuesday", "received A in the morning and B in the afternoon"): the subject met each of them, in two
meetings; the two objects did not meet. Not when a verb follows the second name ("met A on Monday and
B said ...") or no time is given for it."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Envoy Karin Falk met Minister Josef Hrabal on Monday and Senator Irena Mlada on Tuesday.",
    "Envoy Karin Falk received Josef Hrabal in the morning and Irena Mlada in the afternoon.",
    "Envoy Karin Falk will meet Josef Hrabal on Friday and Irena Mlada on Saturday.",
])
def test_each_gapped_guest_meets_the_subject_alone(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset(("Falk", "Hrabal")), frozenset(("Falk", "Mlada"))} <= pairs, pairs
    assert frozenset(("Hrabal", "Mlada")) not in pairs, pairs


@pytest.mark.parametrize("text", [
    "Envoy Karin Falk met Minister Josef Hrabal on Monday and Senator Irena Mlada said on Tuesday that it went well.",
    "Envoy Karin Falk met Minister Josef Hrabal on Monday and left for Prague, where Irena Mlada lives.",
])
def test_no_second_guest_without_the_gapped_shape(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset(("Falk", "Mlada")) not in pairs, pairs
