"""Readouts name the other side's country after the titled name ("Secretary X met with Foreign Minister Y of
Z"): the country there is where Y's office is, also when NER tagged it as no place at all. Only a country's
own name (or a known town) closing the of-phrase counts."""
from __future__ import annotations

import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("Secretary of State Hank Morrow met with Foreign Minister Kaja Tamm of Estonia.",
     ("Tamm", "foreign minister", "Estonia")),
    ("Deputy Secretary Laura Finch spoke with Minister of Foreign Affairs Sergio Pardo of Colombia.",
     ("Pardo", "minister of foreign affairs", "Colombia")),
    ("Secretary Finch met with Minister of Defence Juan Pardo of Colombia.", ("Pardo", "minister of defence", "Colombia")),
    ("Secretary Hank Morrow met with Foreign Minister Kaja Tamm of Estonia on Tuesday.",
     ("Tamm", "foreign minister", "Estonia")),
    ("Secretary Morrow and Foreign Minister Kaja Tamm of Estonia discussed energy.", ("Tamm", "foreign minister", "Estonia")),
    ("Ambassador Rachel Osei met with Minister of Energy Kwabena Boateng of Ghana to discuss power supply.",
     ("Boateng", "minister of energy", "Ghana")),
])
def test_the_country_after_a_titled_name_is_the_offices(extract, text, expected):
    assert expected in offices_by_surname(extract(text))


@pytest.mark.parametrize("text, surname", [
    ("Secretary Finch met with Minister Ana Ruiz of Chile Airlines.", "Ruiz"),
    ("Secretary Finch met with Minister Ana Ruiz of the Chile Trade Board.", "Ruiz"),
])
def test_a_country_word_opening_a_body_is_no_country(extract, text, surname):
    assert not any(s == surname and org == "Chile" for s, _, org in offices_by_surname(extract(text)))
