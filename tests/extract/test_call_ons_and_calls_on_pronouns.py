"""Official readouts in South Asian usage: a "call-on" is a visit in person paid on someone ("In a call-on by
Ambassador A, the Prime Minister ..."), and "B, who called on him at his office" names the one called on by a
pronoun."""
import pytest

from tests.conftest import met_pairs, meetings_between


@pytest.mark.parametrize("text", [
    "During a call-on by Ambassador Ram Thapa, Prime Minister Omar Latif highlighted regional peace.",
    "In a further call-on by Ambassador Ram Thapa, Prime Minister Omar Latif highlighted regional peace.",
    "Prime Minister Omar Latif received a call-on by Ambassador Ram Thapa on Monday.",
])
def test_a_call_on_is_a_visit_in_person(extract, text):
    facts = extract(text)
    assert frozenset({"Thapa", "Latif"}) in met_pairs(facts)
    assert all(m.channel.value == "InPerson" for m in meetings_between(facts, "Thapa", "Latif"))


@pytest.mark.parametrize("text", [
    "Prime Minister Omar Latif stressed ties with Japan. He was talking to Japanese Ambassador Kenji Sato who "
    "called on him at his office in the capital.",
    "Prime Minister Omar Latif stressed ties with Japan. Japanese Ambassador Kenji Sato called on him on Friday.",
    "Prime Minister Omar Latif said this while talking to Kenji Sato, the ambassador of Japan, who called on him.",
])
def test_called_on_him_is_a_visit_to_the_one_told_before(extract, text):
    assert frozenset({"Sato", "Latif"}) in met_pairs(extract(text))


def test_calling_on_him_to_act_is_a_demand(extract):
    facts = extract("Prime Minister Omar Latif spoke on Monday. Senator Kenji Sato called on him to resign.")
    assert frozenset({"Sato", "Latif"}) not in met_pairs(facts)
