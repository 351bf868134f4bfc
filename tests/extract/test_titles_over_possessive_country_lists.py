"""One plural title over a list of names each after its country's possessive ("the region's trade
ministers: Chile's A, Peru's B and Bolivia's C", "the two countries' foreign ministers, Chile's A and
Peru's B"): each holds the title of the country named before them. Wordings of our own."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("The pact was signed by the region's trade ministers: Chile's Tomas Riquelme, Peru's Pablo Soto and Bolivia's "
     "Rosa Vidal.", {("Riquelme", "trade minister", "Chile"), ("Soto", "trade minister", "Peru"),
                     ("Vidal", "trade minister", "Bolivia")}),
    ("The two countries' foreign ministers, Chile's Tomas Riquelme and Peru's Pablo Soto, held talks in Lima.",
     {("Riquelme", "foreign minister", "Chile"), ("Soto", "foreign minister", "Peru")}),
    ("The three countries' fisheries ministers - Fiji's Jone Koroi, Tonga's Pita Lavaka and Samoa's Tui Leota - "
     "met in Apia on Wednesday.", {("Koroi", "fisheries minister", "Fiji"), ("Lavaka", "fisheries minister", "Tonga")}),
])
def test_each_holds_the_title_of_the_country_before_them(extract, text, expected):
    assert expected <= offices_by_surname(extract(text))


def test_a_single_possessive_name_is_no_list(extract):
    offices = offices_by_surname(extract("The ministers met on Monday - Chile's Tomas Riquelme said little."))
    assert not any(o[0] == "Riquelme" and o[1] == "minister" for o in offices)


def test_the_ministers_taken_up_later_are_not_the_prime_minister(extract):
    text = ("The pact was signed in Lima on Monday by the region's trade ministers: Chile's Tomas Riquelme, Peru's Pablo "
            "Soto and Bolivia's Rosa Vidal.\n\nPrime Minister Elena Quispe received Riquelme and Vidal on Tuesday.\n\n"
            "Ambassador Hugo Barreto will give a lunch for the three ministers at his residence on Friday.")
    from tests.conftest import met_pairs
    pairs = met_pairs(extract(text))
    assert {frozenset({"Barreto", "Soto"}), frozenset({"Barreto", "Vidal"})} <= pairs
    assert frozenset({"Barreto", "Quispe"}) not in pairs
