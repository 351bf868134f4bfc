"""Joining a part of a meeting told before ("joined the final part of the talks", "sat in on the last
hour of the meeting", "attended part of the session") is joining that meeting (`portion_nouns.txt`)."""
import pytest

from tests.conftest import met_pairs

_MET = "Envoy Tom Hale met President Abdi Warsame in Mogadishu on Thursday.\n\n"


@pytest.mark.parametrize("text", [
    _MET + "Kenya's interior minister, Faduma Jama, joined the final part of the talks.",
    _MET + "Defence Minister Faduma Jama joined part of the meeting.",
    _MET + "Defence Minister Faduma Jama sat in on the last hour of the meeting.",
])
def test_the_joiner_met_both(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Hale", "Jama"}), frozenset({"Warsame", "Jama"})} <= pairs


def test_part_of_something_else_is_no_joining(extract):
    facts = extract(_MET + "Defence Minister Faduma Jama joined part of the crowd outside the palace.")
    assert frozenset({"Hale", "Jama"}) not in met_pairs(facts)
