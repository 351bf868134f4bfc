"""Two first names joined by a hyphen ("Marc-Antoine", "Anne-Marie") open a person's name even where
the tagger called the whole name an organisation; "Asia-Pacific Affairs" stays no person."""
import pytest


@pytest.mark.parametrize("text, name", [
    ('Marc-Antoine Leblanc said: "The talks went well."', "Marc-Antoine Leblanc"),
    ("The talks between Anne-Marie Dubois and Karl Weber ended late.", "Anne-Marie Dubois"),
    ("Jean-Luc Garnier, the mayor, welcomed the delegation.", "Jean-Luc Garnier"),
    ("Minister Lena Holm received Marie-Claire Fontaine at the ministry.", "Marie-Claire Fontaine"),
])
def test_a_hyphenated_given_name_opens_a_person(extract, text, name):
    assert name in [p.name for p in extract(text).persons.values()]


@pytest.mark.parametrize("text", [
    "Asia-Pacific Affairs Director Tom Reed met Lena Holm.",
    "The Austro-Hungarian Empire Museum reopened on Monday.",
])
def test_other_hyphenated_names_are_no_people(extract, text):
    names = [p.name for p in extract(text).persons.values()]
    assert not any("-" in n for n in names), names
