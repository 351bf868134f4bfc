"""A meeting whose subject the article does not identify: the people it lists met the subject,
not each other.

"She met the chairman, A, and the prefect, B": with "she" unresolved, A and B are objects of the
same verb, never each other's counterparts; once "she" is someone named, all three met."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "She met the chairman, Karl Brun, and the prefect, Luc Amiel, in Nantes on Monday.",
    "On Tuesday she received the rector, Jan Ek, and the bishop, Olaf Berg, at the palace.",
    "He held talks with Mayor Ida Holm and Governor Rui Sato on Friday.",
    "The envoy met Karl Brun and Luc Amiel in Nantes.",
])
def test_objects_of_an_unknown_subject_are_no_pair(extract, text):
    assert met_pairs(extract(text)) == set()


@pytest.mark.parametrize("text, pairs", [
    ("Rita Vance arrived in Oslo. She met the chairman, Karl Brun, and the prefect, Luc Amiel, on Monday.",
     {frozenset({"Vance", "Brun"}), frozenset({"Vance", "Amiel"}), frozenset({"Brun", "Amiel"})}),
    ("Karl Brun and Luc Amiel met in Nantes on Monday.", {frozenset({"Brun", "Amiel"})}),
    ("Governor Ada Holm received Karl Brun and Luc Amiel on Friday.",
     {frozenset({"Holm", "Brun"}), frozenset({"Holm", "Amiel"}), frozenset({"Brun", "Amiel"})}),
])
def test_a_known_subject_still_meets_everyone_listed(extract, text, pairs):
    assert met_pairs(extract(text)) == pairs
