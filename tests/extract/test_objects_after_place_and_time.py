"""An object moved after the verb's place and time phrases ("received at the palace on Tuesday the
defence minister, A") is who was received or met; the parser hangs it on the place."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("President Ana Costa on Tuesday received at the Belem Palace the Spanish Minister of Defence, Luis Ortega, "
     "and discussed military cooperation.", {"Costa", "Ortega"}),
    ("King Harald received at Skaugum Palace on Thursday the envoy of Chile, Pedro Soto.", {"Harald", "Soto"}),
    ("Chancellor Otto Brandt met in Berlin on Friday the chair of the Sahel Water Authority, Moussa Diallo.",
     {"Brandt", "Diallo"}),
    ("Prime Minister Jonas Berg welcomed in Oslo on Monday the Latvian Foreign Minister, Ilze Ozola.", {"Berg", "Ozola"}),
])
def test_the_moved_object_is_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Costa received in Lisbon on Tuesday the news that Luis Ortega had resigned.",
    "President Ana Costa received at the Belem Palace the report of the commission, which Luis Ortega drafted.",
])
def test_a_thing_received_after_the_place_meets_no_one(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
