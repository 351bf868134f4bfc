"""A welcome given in person ("B was accorded a red-carpet welcome by A", "A gave B a ceremonial welcome", "B received
a warm welcome from A") puts host and guest together; a welcome from a crowd or a people names no host."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "President Ana Torres was accorded a red-carpet welcome by Prime Minister Ravi Menon at the palace.",
    "President Ana Torres was given a warm welcome by Prime Minister Ravi Menon on arrival.",
    "Prime Minister Ravi Menon gave President Ana Torres a ceremonial welcome at the forecourt.",
    "President Ana Torres received a warm welcome from Prime Minister Ravi Menon at the airport.",
])
def test_host_and_guest_met(extract, text):
    assert met_pairs(extract(text)) == {frozenset({"Torres", "Menon"})}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The crowd gave President Ana Torres a warm welcome in Delhi.",
    "President Ana Torres thanked the people of India for their warm welcome.",
])
def test_a_welcome_from_no_one_named_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
