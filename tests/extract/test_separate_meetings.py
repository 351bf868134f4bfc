"""A host who received or met several people "separately", "in separate meetings" or "in two separate
sessions" met each of them; the guests did not meet one another. And "A, accompanied by B" puts B on
A's side: no meeting of A and B."""
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


@pytest.mark.parametrize("text", [
    "The delegation was headed by Carlos Vidal, accompanied by Rosa Mena, and met Pedro Lind.",
    "Peter Wani led the team, accompanied by Anna Berg, the deputy minister.",
    "Tomas Vell, accompanied by his adviser Maria Soto, flew to Lima on Monday.",
])
def test_a_companion_in_a_participle_is_on_the_same_side_not_a_meeting(extract, text):
    facts = extract(text)
    assert not any(m.trigger.startswith("accompan") for m in facts.meetings), [m.trigger for m in facts.meetings]


def test_accompanying_someone_on_a_visit_is_being_together(extract):
    pairs = met_pairs(extract("Anna Berg accompanied the king, Tomas Vell, on a tour of the port."))
    assert frozenset(("Berg", "Vell")) in pairs, pairs
