""""Kenya was represented by A, Uganda by B, and Tanzania by C" after a meeting told without its people
names who was at it; "The meeting lasted five hours" after "D hosted the ministers" is D's event."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pairs", [
    ("Foreign Minister Katrin Vogel hosted the foreign ministers of three Baltic states in Bonn on Wednesday.\n\n"
     "The meeting at the ministry lasted five hours. Estonia was represented by "
     "Foreign Minister Mart Tamm, Latvia by Foreign Minister Ilze Ozola, and Lithuania by Deputy Foreign "
     "Minister Jonas Kazlauskas.",
     {frozenset({"Vogel", "Kazlauskas"}), frozenset({"Tamm", "Ozola"})}),
    ("Regional ministers gathered in Arusha on Monday for the annual water talks.\n\nKenya was represented by "
     "Water Minister Alice Wanjiru and Uganda by Water Minister Peter Okello.",
     {frozenset({"Wanjiru", "Okello"})}),
    ("The summit opened in Lusaka on Tuesday.\n\nMalawi was represented by Vice President Grace Phiri, "
     "Zambia by President Daniel Mwale, and Botswana by Foreign Minister Neo Masisi.",
     {frozenset({"Phiri", "Mwale"}), frozenset({"Mwale", "Masisi"})}),
])
def test_representatives_met_at_the_event(extract, text, pairs):
    assert pairs <= met_pairs(extract(text))


def test_representation_at_an_event_of_its_own_is_not_taken_up(extract):
    facts = extract("The summit opened in Lusaka on Tuesday.\n\nMalawi was represented at the funeral in May by "
                    "Vice President Grace Phiri and Zambia by President Daniel Mwale.")
    assert frozenset({"Phiri", "Mwale"}) not in met_pairs(facts)
