"""A meeting "of" a plural office that names no one ("the coming session of the foreign ministers of all three
states", "the first meeting of the three ministers") is the meeting of the people the next sentence names,
when each holds that office and their number is the one the phrase gives (an uncounted "the governors" is
not taken up). Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Both sides said the coming session of the foreign ministers of all three states will open in Lima on "
    "April 14. Chilean Foreign Minister Ana Soto, Peruvian Foreign Minister Carlos Ruiz and Bolivian Foreign "
    "Minister Tomas Berg are expected to sign a declaration there.",
    "The first meeting of the three ministers took place in Lima. Trade Minister Ana Soto, Energy Minister Carlos "
    "Ruiz and Mines Minister Tomas Berg signed the plan.",
    "A session of the three regional governors opened in Cusco on Monday. Governor Ana Soto, Governor Carlos Ruiz and "
    "Governor Tomas Berg agreed on a water plan.",
])
def test_the_people_named_next_meet(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Soto", "Ruiz"}), frozenset({"Soto", "Berg"}), frozenset({"Ruiz", "Berg"})} <= pairs


def test_people_of_another_office_do_not(extract):
    facts = extract("A meeting of the two leaders is planned for May. Chilean President Ana Soto and Peruvian Foreign "
                    "Minister Carlos Ruiz spoke on Monday.")
    assert not met_pairs(facts)
