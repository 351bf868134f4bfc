"""Heads of several delegations listed after the phrase that names them ("signed by the heads of the three
delegations - A, B and C", "The heads of the two delegations, A and B, met", "the delegation heads: A and B"):
each heads their own country's delegation, and the listed heads were together; a passive's agent at a session
("was signed at a plenary session by ...") attended it, even where the parser hangs "by" on the session."""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames

_LISTED = ("Peruvian Deputy Minister Ana Ruiz, Chilean envoy Luis Vega and Bolivian Vice Minister Rosa Mamani")


@pytest.mark.parametrize("text", [
    f"On Friday the accord got signed at a closing plenary by the heads of the three delegations - {_LISTED}.",
    f"The heads of the three delegations, {_LISTED}, met in Lima on Friday.",
    f"The leaders of the three delegations, {_LISTED}, shook hands in Lima before the session.",
])
def test_each_listed_head_leads_their_country(extract, text):
    facts = extract(text)
    for country, head in (("Peru", "Ruiz"), ("Chile", "Vega"), ("Bolivia", "Mamani")):
        assert surnames(facts, [delegation_of(facts, country).head]) == {head}
    assert {frozenset({"Ruiz", "Vega"}), frozenset({"Vega", "Mamani"})} <= met_pairs(facts)


def test_heads_of_one_country_are_no_sides(extract):
    facts = extract("The heads of the two delegations, Peruvian Deputy Minister Ana Ruiz and Peruvian envoy Luis "
                    "Vega, arrived in Quito.")
    assert not [d for d in facts.delegations.values() if d.head is not None]


@pytest.mark.parametrize("text", [
    "The communique was adopted at the summit by President Ana Ruiz and Chancellor Luis Vega.",
    "The plan was discussed by President Ana Ruiz and Chancellor Luis Vega during their talks in Quito on Wednesday.",
    "The accord was initialled at a closed session by President Ana Ruiz and Chancellor Luis Vega.",
])
def test_the_agents_of_a_passive_at_a_meeting_attended_it(extract, text):
    assert frozenset({"Ruiz", "Vega"}) in met_pairs(extract(text))


def test_a_passive_at_a_press_conference_is_no_pair(extract):
    assert not met_pairs(extract("The plan was criticised at a press conference by opposition leader Ana Ruiz."))
