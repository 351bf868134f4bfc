"""A verb that judges, thanks or blames its object for a deed told in a for/of-gerund makes the object the
doer: in "A criticised B for meeting C" B met C, not A. Without an object the subject is the doer still."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Senator Tom Hale criticised President Ana Torres for meeting Luis Vargas, the opposition leader, in March.",
     {"Torres", "Vargas"}),
    ("The opposition accused Prime Minister Omar Haddad of meeting rebel commander Ali Karim in secret.",
     {"Haddad", "Karim"}),
    ("President Kofi Mensah thanked Chancellor Greta Lind for hosting Foreign Minister Lena Berg in Berlin.",
     {"Lind", "Berg"}),
    ("Mayor Rosa Diaz congratulated Governor Maria Lopez on Friday for receiving Ambassador Ken Ito so warmly.",
     {"Lopez", "Ito"}),
])
def test_the_judged_object_is_the_one_who_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("Senator Tom Hale was criticised for meeting Luis Vargas in March.", {"Hale", "Vargas"}),
    ("Senator Tom Hale apologised for meeting Luis Vargas in March.", {"Hale", "Vargas"}),
])
def test_without_an_object_the_subject_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))
