"""Plural nationality and group nouns ("many Africans", "ordinary Europeans") are no people."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, word", [
    ("The former leader, still admired by many Africans, rarely travels now.", "Africans"),
    ("Ordinary Europeans will pay more for gas this winter, the report said.", "Europeans"),
    ("Most Asians surveyed said they trusted the central bank.", "Asians"),
])
def test_a_plural_group_noun_is_no_person(extract, text, word):
    assert word not in names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Senator Dan Evans said the bill would pass.", "Dan Evans"),
    ("Many voters backed Lena Adams in the primary.", "Lena Adams"),
])
def test_names_ending_like_plurals_stay_people(extract, text, name):
    assert name in names(extract(text))
