"""Readouts write of their own principal by a bare capitalised office: "Foreign Secretary also met B". With no
article, opening the sentence as its subject, the office is the one person named with it before; "He" after
it is that person too. "DFM" is a Deputy Foreign Minister."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text", [
    "Foreign Secretary Anil Mehra visited Oslo on Monday. Foreign Secretary also met Deputy Minister Lars Holm.",
    "Secretary of State Anil Mehra arrived in Oslo. Secretary of State then held talks with Lars Holm.",
    "Trade Minister Anil Mehra flew to Oslo on Monday. Trade Minister was received by Lars Holm at the palace.",
])
def test_a_bare_office_opening_a_sentence_is_its_holder(extract, text):
    assert frozenset({"Mehra", "Holm"}) in met_pairs(extract(text))


def test_he_after_a_bare_office_is_its_holder_not_the_last_name(extract):
    facts = extract("Foreign Secretary Anil Mehra visited Oslo on Monday. Foreign Secretary also met DFM Lars Holm. "
                    "He called on Prime Minister Anne Roux.")
    pairs = met_pairs(facts)
    assert frozenset({"Mehra", "Roux"}) in pairs and frozenset({"Holm", "Roux"}) not in pairs, pairs


@pytest.mark.parametrize("text", [
    "Foreign Secretary Anil Mehra met DFM Lars Holm in Oslo.",
    "The envoy also met DFM Lars Holm on Tuesday.",
])
def test_dfm_is_a_deputy_foreign_minister(extract, text):
    assert ("Holm", "deputy foreign minister", None) in offices_by_surname(extract(text))


def test_a_bare_office_held_by_two_is_left_open(extract):
    facts = extract("Foreign Minister Anil Mehra met Foreign Minister Lars Holm on Monday. Foreign Minister also "
                    "met Anne Roux.")
    pairs = met_pairs(facts)
    assert frozenset({"Mehra", "Roux"}) not in pairs or frozenset({"Holm", "Roux"}) not in pairs, pairs
