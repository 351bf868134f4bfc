"""Burmese forms of address ("U Thein Lwin", "Daw Khin Mar Aye") are no part of the name, and a name NER
cut in two after one ("U Kyaw | Min Thein") is one person. A capital "U" elsewhere ("a U-turn") names no one.
Wordings of our own."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text, name", [
    ("Union Minister for Commerce U Kyaw Min Thein held talks with a Thai business team headed by Deputy Commerce "
     "Minister Suvit Chaiyaporn in Nay Pyi Taw on Monday.", "Kyaw Min Thein"),
    ("Deputy Minister Daw Khin Mar Aye met Thai Ambassador Kittipong Chaiyaporn in Yangon on Monday.", "Khin Mar Aye"),
    ("U Thein Lwin, the chief minister, held talks with Ambassador Kittipong Chaiyaporn in Mandalay.", "Thein Lwin"),
])
def test_the_form_of_address_is_no_part_of_the_name(extract, text, name):
    facts = extract(text)
    assert name in names(facts)
    assert frozenset({name.split()[-1], "Chaiyaporn"}) in met_pairs(facts)


def test_a_u_turn_names_no_one(extract):
    assert names(extract("The car made a U-turn near the embassy, where Ana Ruiz met Pablo Soto on Monday.")) <= {"Ana Ruiz", "Pablo Soto"}
