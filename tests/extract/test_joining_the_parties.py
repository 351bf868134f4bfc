"""People who join the parties of a meeting told before ("C joined the leaders for lunch", "C later joined
the two ministers"), the last of a by-list after appositions ("attended by A, an adviser, and B, the
ambassador"), and "they" right after a sentence about a delegation ("The delegation included A and B.
They were met by C") all belong to that meeting."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "President Ana Vidal and Prime Minister Lars Holm held talks in Lima on Monday. The Governor of Cusco, "
    "Pablo Soto, joined the leaders for coffee afterwards.",
    "President Ana Vidal and Prime Minister Lars Holm met in Lima on Monday. Governor Pablo Soto later joined "
    "the two leaders.",
    "Foreign Minister Ana Vidal met her Danish counterpart Lars Holm in Oslo. Trade Minister Pablo Soto joined "
    "the ministers after lunch.",
])
def test_joining_the_leaders_joins_their_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Soto", "Vidal"}), frozenset({"Soto", "Holm"})} <= pairs


def test_joining_other_people_is_not_joining_the_meeting(extract):
    facts = extract("President Ana Vidal and Prime Minister Lars Holm met in Lima on Monday. Governor Pablo Soto "
                    "joined the striking miners in Cusco.")
    assert frozenset({"Soto", "Vidal"}) not in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Minister Omar Haddad received Health Secretary Grace Achieng in Doha. The session was attended by Professor "
    "Layla Hassan, a senior official of the ministry, and Rashid Al Mansoori, the envoy to Uganda.",
    "Minister Omar Haddad received Health Secretary Grace Achieng in Doha. She was accompanied by Layla "
    "Hassan, her deputy, and Rashid Al Mansoori, the ambassador.",
])
def test_the_last_of_a_by_list_after_appositions(extract, text):
    assert frozenset({"Mansoori", "Haddad"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The Danish delegation, led by Prime Minister Lars Holm, included the Trade Minister, Ole Dahl, and the "
    "Finance Minister, Liv Berg. They were met at the airport by President Ana Vidal.",
    "A Danish delegation led by Prime Minister Lars Holm arrived in Lima. They were received by President Ana "
    "Vidal at the palace.",
    "The Danish delegation included Prime Minister Lars Holm and Trade Minister Ole Dahl. They held talks with "
    "President Ana Vidal on Monday.",
])
def test_they_after_a_delegation_is_that_delegation(extract, text):
    assert frozenset({"Holm", "Vidal"}) in met_pairs(extract(text))


def test_they_after_another_subject_is_not_the_delegation(extract):
    facts = extract("A Danish delegation led by Prime Minister Lars Holm arrived in Lima. Two farmers from Cusco "
                    "said they were met by President Ana Vidal.")
    assert frozenset({"Holm", "Vidal"}) not in met_pairs(facts)
