"""Lower-case titles set off by commas before the names in a list of people met ("met the speaker of parliament,
A, and the chief justice, B"): every name is a person who was met, "justice" heading a title as "judge" does."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text, guests", [
    ("Minister Lena Berg also met with the speaker of parliament, Tom Hale, and the chief justice, Ana Ruiz.",
     {"Hale", "Ruiz"}),
    ("Minister Lena Berg also met the speaker of parliament, Tom Hale, the chief justice, Ana Ruiz, and the army "
     "chief, Ali Karim.", {"Hale", "Ruiz", "Karim"}),
    ("On Tuesday the envoy, Lena Berg, called on the chief justice, Ana Ruiz, at the court.", {"Ruiz"}),
])
def test_every_listed_name_was_met(extract, text, guests):
    assert {frozenset({"Berg", g}) for g in guests} <= met_pairs(extract(text)), met_pairs(extract(text))


def test_justice_heads_a_title_but_justice_is_no_office(extract):
    assert ("Ruiz", "chief justice", None) in offices_by_surname(
        extract("The court's chief justice, Ana Ruiz, said the ruling was final."))
    assert offices_by_surname(extract("The families demanded justice, Ana Ruiz said.")) == set()
