""""They were joined by C and by D" after a meeting: C and D joined the people of the meeting just told, so each of
them met each of those. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Ana Soto and Carlos Ruiz spent three hours with President Tomas Berg on Monday. They were joined by Rosa "
    "Vidal, a senior official, and by Petro Lind, the head of the mission.",
    "Ana Soto and Carlos Ruiz met President Tomas Berg on Monday. They were joined by Rosa Vidal and Petro Lind.",
    "President Tomas Berg held talks with Ana Soto and Carlos Ruiz in Geneva. Later they were joined by Rosa "
    "Vidal and by Petro Lind for dinner.",
])
def test_the_joiners_met_the_meetings_people(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Vidal", "Berg"}), frozenset({"Lind", "Soto"}), frozenset({"Vidal", "Ruiz"})} <= pairs
