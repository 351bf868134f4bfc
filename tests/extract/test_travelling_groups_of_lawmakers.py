"""A congressional trip as a long feature tells it: "A cross-party group of U.S. senators stopped in Quito ...
The delegation, led by Sen. A, ...": a group of legislators is a delegation of their country;
"the three had met with D" (as many as its named members) and "the group was received by E" paragraphs later
are that delegation at its meetings, while "the group included C" far back adds no member."""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames

_TRIP = ("A cross-party group of U.S. senators stopped in Quito for two days this week. The delegation, led by Sen. Mark "
         "Tolliver, arrived Sunday from Lima. It also included Sen. Joan Pruitt and Sen. Dale Archer. ")


@pytest.mark.parametrize("opening, country", [
    ("A cross-party group of U.S. senators stopped in Quito for two days this week.", "United States"),
    ("A group of German lawmakers arrived in Quito on Monday.", "Germany"),
    ("A small group of Canadian legislators toured Quito on Monday.", "Canada"),
])
def test_a_group_of_legislators_is_their_countrys_delegation(extract, opening, country):
    facts = extract(opening + " The delegation, led by Mark Tolliver, met President Rosa Vidal.")
    assert surnames(facts, [delegation_of(facts, country).head]) == {"Tolliver"}


@pytest.mark.parametrize("later, host", [
    ("In Lima on Saturday, the three had met with Peruvian Foreign Minister Luis Paredes.", "Paredes"),
    ("All three later sat down with Foreign Minister Luis Paredes in Quito.", "Paredes"),
])
def test_the_counted_members_are_the_delegation(extract, later, host):
    pairs = met_pairs(extract(_TRIP + later))
    assert {frozenset({"Tolliver", host}), frozenset({"Archer", host})} <= pairs, pairs


def test_the_group_paragraphs_later_is_the_delegation_at_a_meeting(extract):
    facts = extract(_TRIP + "The senators were briefed at the embassy. Rain fell all afternoon. Protesters gathered "
                    "outside. On Monday, the group was received at the defence ministry by Gen. Pablo Moncayo.")
    assert {frozenset({"Tolliver", "Moncayo"}), frozenset({"Pruitt", "Moncayo"})} <= met_pairs(facts)


def test_a_count_that_fits_no_delegation_takes_none(extract):
    facts = extract(_TRIP + "The two had met with Foreign Minister Luis Paredes in Lima on Saturday.")
    whole_delegation = {frozenset({name, "Paredes"}) for name in ("Tolliver", "Pruitt", "Archer")}
    assert not whole_delegation <= met_pairs(facts)  # two of three senators are not the delegation
