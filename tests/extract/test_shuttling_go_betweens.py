"""A go-between who "shuttled between" two sides, or "went back and forth between" them, met each
side on its own; the sides did not meet (`shuttle_words.txt`). Places, vehicles and a shuttle with
no one at its start make no meeting."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Special envoy Marta Quell shuttled between Prime Minister Peter Haldane and opposition chief Ruth Amsel all week.",
    "Marta Quell, the Norwegian facilitator, went back and forth between Peter Haldane and Ruth Amsel in Colombo.",
    "The envoy, Marta Quell, shuttled between President Peter Haldane and rebel commander Ruth Amsel on Sunday.",
    "For three days Marta Quell flew back and forth between Peter Haldane and Ruth Amsel, whose camps sit a mile apart.",
])
def test_the_go_between_meets_each_side_and_the_sides_do_not_meet(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset(("Quell", "Haldane")), frozenset(("Quell", "Amsel"))} <= pairs, pairs
    assert frozenset(("Haldane", "Amsel")) not in pairs, pairs


@pytest.mark.parametrize("text", [
    "The night ferry shuttled between Dover and Calais while Peter Haldane slept.",
    "Markets went back and forth between gains and losses after Peter Haldane spoke.",
    "Buses shuttled between Ruth Amsel's rally and the station.",
])
def test_no_person_travelling_or_no_side_named_is_no_meeting(extract, text):
    assert not met_pairs(extract(text))
