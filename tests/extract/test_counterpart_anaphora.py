"""A counterpart named earlier and taken up without a name ("A met her Turkish counterpart") is the one
person named before who serves that country in the same office."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Greek Foreign Minister Eleni Pappa and Turkish Foreign Minister Kemal Arslan have traded barbs for weeks. "
     "On Thursday Pappa met her Turkish counterpart in Athens.", {"Eleni Pappa", "Kemal Arslan"}),
    ("Czech President Tomas Novotny praised Polish President Marek Zielinski. Novotny met his Polish counterpart "
     "in Warsaw on Tuesday.", {"Tomas Novotny", "Marek Zielinski"}),
    ("Belgian Prime Minister Bart Peeters has long argued with Dutch Prime Minister Joost Bakker about the border. "
     "On Monday, the Belgian prime minister met his Dutch counterpart in Brussels.", {"Bart Peeters", "Joost Bakker"}),
    ("Kenya's trade minister, Grace Wanjiru, wants Uganda's trade minister, Peter Okello, to lift the ban. "
     "Wanjiru will host her Ugandan counterpart in Nairobi next week.", {"Grace Wanjiru", "Peter Okello"}),
])
def test_the_counterpart_is_the_one_named_before(extract, text, pair):
    pairs = met_pairs(extract(text))
    assert frozenset(name.split()[-1] for name in pair) in pairs, pairs


@pytest.mark.parametrize("text", [
    # two Polish office holders named before, and the visitor's own office unknown
    "Polish President Marek Zielinski and Polish Foreign Minister Anna Nowak arrived. Novotny met his Polish "
    "counterpart on Tuesday.",
    # no country named in the phrase
    "Czech President Tomas Novotny praised Polish President Marek Zielinski. Novotny met his counterpart on Tuesday.",
    # the one Pole named before holds another office
    "Czech President Tomas Novotny praised Polish Foreign Minister Anna Nowak. Novotny met his Polish counterpart "
    "on Tuesday.",
])
def test_no_counterpart_without_exactly_one_named_before(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Novotny", "Zielinski"}) not in pairs, pairs
    assert not any("Nowak" in p for p in pairs), pairs
