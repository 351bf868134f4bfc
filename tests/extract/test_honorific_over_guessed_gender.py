"""A later "Mr X" / "Ms X" is the person named X before even where the first-name table guessed the other
gender for the full name ("Dian", "Andrea", "Nicola" are given to men and women alike): the text's own
word rules over the table's guess, and no second person is made. A gender the text itself told (a pronoun,
another honorific) still keeps two people of one surname apart."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, full", [
    ("Indonesian Trade Minister Dian Kusuma and Labour Minister Rudi Hartono arrived on Monday. "
     "Mr Kusuma said the talks were useful.", "Dian Kusuma"),
    ("Italian envoy Andrea Conti met the mayor on Friday. Mr Conti said the visit had been long.", "Andrea Conti"),
    ("The bill was tabled by Nicola Ferri, a Milan deputy. Mr Ferri told reporters he expected a close vote.",
     "Nicola Ferri"),
])
def test_honorific_short_form_is_the_same_person(extract, text, full):
    facts = extract(text)
    assert names(facts) & {full} and full.split()[-1] not in names(facts), names(facts)


def test_two_people_of_one_surname_stay_apart(extract):
    """Guard: "Mrs Berg" after Nawaz Berg and Maryam Berg is the woman, and nobody new."""
    facts = extract("Senator Nawaz Berg met Maryam Berg at the hall. Mrs Berg said she was glad.")
    assert names(facts) == {"Nawaz Berg", "Maryam Berg"}
