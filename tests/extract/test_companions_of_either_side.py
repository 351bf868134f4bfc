"""Companions of a party to a meeting ("accompanied by", "assisted by", "aided by", "flanked by",
"joined by"), whichever side they are on: after the subject ("A, assisted by B, met C"), and in a
relative clause after the other side ("A met C, who was assisted by D"). They were at the meeting; they
did not meet the one they came with. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Trade Minister Ana Ruiz held talks with her Chilean counterpart Pablo Soto, who was assisted by Deputy Minister Rosa Vidal.",
    "Ana Ruiz held a meeting with Pablo Soto, who was accompanied by his deputy Rosa Vidal.",
    "Ana Ruiz met Pablo Soto, who was flanked by Deputy Minister Rosa Vidal.",
    "Ana Ruiz received Pablo Soto, who had been joined by Rosa Vidal, at the ministry.",
    "Ana Ruiz met with Pablo Soto, who is accompanied by his deputy Rosa Vidal, in Lima.",
])
def test_a_companion_named_in_a_relative_clause_after_the_other_side(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ruiz", "Vidal"}) in pairs and frozenset({"Ruiz", "Soto"}) in pairs


@pytest.mark.parametrize("text", [
    "Prime Minister Ivo Marin, assisted by his chief of staff Petra Kos, met Finance Minister Tomas Berg in Oslo.",
    "Ivo Marin, aided by his adviser Petra Kos, held talks with Tomas Berg on Monday.",
    "Ivo Marin, assisted by Petra Kos, received Tomas Berg at the palace.",
])
def test_assisted_by_after_the_subject(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Kos", "Berg"}) in pairs and frozenset({"Marin", "Berg"}) in pairs


@pytest.mark.parametrize("text", [
    "Ana Ruiz met Pablo Soto, who was appointed by President Rosa Vidal last year.",
    "Ana Ruiz held talks with Pablo Soto, who was elected by parliament in May.",
    "Ana Ruiz met Pablo Soto, who was criticised by Rosa Vidal for the delay.",
])
def test_other_passives_in_the_relative_clause_add_no_one(extract, text):
    assert not any("Vidal" in pair for pair in met_pairs(extract(text)))
