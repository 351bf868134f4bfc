""""The two" and "they" take up two people the sentence before named together as its subject, not
the people of an older meeting."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Envoy Clara Weiss and her deputy, Marco Ruiz, spent the week in Niamey. "
     "On Wednesday the two of them hosted Foreign Minister Ali Bako for a working dinner.", {"Weiss", "Ruiz", "Bako"}),
    ("Senator Ann Lowe and Senator Tim Roth flew to Kyiv on Monday. "
     "The two met Defence Minister Oleh Marko at his ministry.", {"Lowe", "Roth", "Marko"}),
    ("Mayor Rosa Diaz and Governor Paul Kent toured the flooded districts. "
     "Later they received Interior Minister Omar Said at city hall.", {"Diaz", "Kent", "Said"}),
])
def test_the_pair_named_together_just_before_is_the_two(extract, text, pair):
    pairs = met_pairs(extract(text))
    for a in pair:
        for b in pair - {a}:
            assert frozenset({a, b}) in pairs, pairs


def test_an_older_meeting_is_not_the_two_when_a_pair_was_named_since(extract):
    facts = extract("President Ivo Bran met Premier Jon Hale in Rome on Monday. "
                    "Envoy Clara Weiss and her deputy, Marco Ruiz, spent Tuesday in Niamey. "
                    "On Wednesday the two of them hosted Foreign Minister Ali Bako.")
    pairs = met_pairs(facts)
    assert frozenset({"Weiss", "Bako"}) in pairs
    assert not {frozenset({"Bran", "Bako"}), frozenset({"Hale", "Bako"})} & pairs


def test_the_two_after_a_meeting_still_take_up_its_people(extract):
    pairs = met_pairs(extract("President Ivo Bran met Premier Jon Hale in Rome on Monday. "
                              "The two later received Foreign Minister Ali Bako."))
    assert frozenset({"Bran", "Bako"}) in pairs and frozenset({"Hale", "Bako"}) in pairs
