"""A full name NER took for a place ("Julián Restrepo" labelled GPE) is a person when the article also writes
the surname with a style of address ("Mr. Restrepo", "Ms. Ortega", "Dr. Haddad"): one person, not a place
and a separate surname node. A place named before a styled surname elsewhere stays a place."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text, full", [
    ("On Wednesday Ernesto Villamizar received Julián Restrepo, the rebels' lead negotiator, in Havana. Mr. Restrepo "
     "has spent 30 years in the movement.", "Julián Restrepo"),
    ("Senator Paul Grant met Camila Ortega, who leads the union side. Ms. Ortega later spoke to reporters.",
     "Camila Ortega"),
    ("Rami Haddad received Elena Moreno, who chairs the bar association. Dr. Moreno thanked him afterwards.",
     "Elena Moreno"),
])
def test_the_full_name_is_the_person(extract, text, full):
    facts = extract(text)
    assert full in names(facts), names(facts)
    assert full.split()[-1] not in names(facts)
    assert any(full.split()[-1] in pair for pair in met_pairs(facts))
