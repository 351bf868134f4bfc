"""A visit told with "call on" whose "on" the parser reads as a particle, or as a preposition with no
object, and whose titled name it reads as the verb's direct object ("will call on Senate Chairman A
on Friday"): A is the one called on, in person. A demand is no visit ("call on A to resign")."""
import pytest

from newsgraph.extract.facts import Channel
from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Visit to Quito\n\nTrade Minister Ana Lopes will call on Senate Chairman Tomas Ruiz on Friday.",
    "Visit to Quito\n\nTrade Minister Ana Lopes is expected to call on Foreign Minister Tomas Ruiz on Thursday.",
    "Visit to Quito\n\nTrade Minister Ana Lopes arrived on Monday. She is scheduled to call on Senate President "
    "Tomas Ruiz on Friday before leaving for Cuenca.",
])
def test_the_titled_name_after_call_on_is_visited(extract, text):
    facts = extract(text)
    pairs = met_pairs(facts)
    assert frozenset({"Lopes", "Ruiz"}) in pairs, pairs
    assert all(m.channel is Channel.IN_PERSON for m in facts.meetings), facts.meetings


@pytest.mark.parametrize("text", [
    "Visit to Quito\n\nTrade Minister Ana Lopes will call on Senate Chairman Tomas Ruiz to resign.",
    "Visit to Quito\n\nTrade Minister Ana Lopes is expected to call on President Tomas Ruiz for restraint.",
    "Visit to Quito\n\nTrade Minister Ana Lopes will call on Senate Chairman Tomas Ruiz not to block the bill.",
])
def test_a_demand_is_no_visit(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Lopes", "Ruiz"}) not in pairs, pairs
