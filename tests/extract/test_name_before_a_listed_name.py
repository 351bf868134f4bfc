"""A given name and a capitalised word coordinated before a person's name are a person too, whatever NER said,
also with each name's country before it ("Leaders such as Chile's Ana Bravo and Peru's Luis Quispe")."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, expected", [
    ("Leaders such as Chile's Ana Bravo and Peru's Luis Quispe attended.", {"Ana Bravo", "Luis Quispe"}),
    ("Envoys like Kenya's Ruth Wanjala and Uganda's Moses Okello signed the letter.", {"Ruth Wanjala", "Moses Okello"}),
    ("Ana Bravo, Luis Quispe and Jorge Mena sat on the panel.", {"Ana Bravo", "Luis Quispe", "Jorge Mena"}),
])
def test_the_name_before_is_a_person(extract, text, expected):
    assert expected <= names(extract(text)), names(extract(text))


def test_a_place_before_a_listed_name_is_no_person(extract):
    found = names(extract("Officials from Santiago and Peru's Luis Quispe attended."))
    assert found == {"Luis Quispe"}, found
