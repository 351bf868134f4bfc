"""One delegation told three times ("Chilean Foreign Minister A took a delegation to Lima ... A heads a delegation
which includes B and C ... The Chilean delegation will be hosted by D") is one delegation with all its members;
people who "attended on the Peruvian side" join the meeting told before."""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Rosa Quispe took a delegation to Lima. Quispe came on Monday at the head of a "
    "delegation which also includes Defense Minister Pablo Soto and Water Minister Ana Vidal. The Chilean "
    "delegation will be hosted by Speaker Luis Paredes on Tuesday.",
    "Chilean Foreign Minister Rosa Quispe landed in Lima on Sunday. She heads a delegation which includes "
    "Defense Minister Pablo Soto and Water Minister Ana Vidal. On Tuesday the Chilean delegation will be received "
    "by Speaker Luis Paredes.",
    "Chilean Foreign Minister Rosa Quispe led a delegation to Lima, where she was hosted by Luis Paredes. The "
    "delegation she heads includes Defense Minister Pablo Soto and Water Minister Ana Vidal. The Chilean "
    "delegation will be received by Speaker Tomas Ruiz on Tuesday.",
])
def test_a_delegation_told_again_is_one(extract, text):
    facts = extract(text)
    chile = delegation_of(facts, "Chile")
    assert {"Quispe", "Soto", "Vidal"} <= surnames(facts, chile.members)
    assert [d.represents for d in facts.delegations.values()].count("Chile") == 1


@pytest.mark.parametrize("text", [
    "Foreign Minister Luis Paredes met Chilean Foreign Minister Rosa Quispe in Lima. Defense Minister Jorge Castillo "
    "and intelligence chief Mario Ruiz attended on the Peruvian side.",
    "Foreign Minister Luis Paredes held talks with Chilean Foreign Minister Rosa Quispe in Lima. Jorge Castillo and "
    "Mario Ruiz took part for the host side.",
])
def test_people_attending_on_a_side_join_the_meeting(extract, text):
    assert frozenset({"Castillo", "Quispe"}) in met_pairs(extract(text))
