"""A country's possessive before a title names the office's country even where NER took it for a person
("Sri Lanka's" tagged PERSON): the title keeps only its own words (extract/offices.py)."""
from __future__ import annotations

import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, title, country", [
    ("Sri Lanka's Fisheries Minister Nimal Perera arrived in Male on Sunday.", "Perera", "fisheries minister", "Sri Lanka"),
    ("Sri Lanka's President Kamal Jayasuriya opened the session.", "Jayasuriya", "president", "Sri Lanka"),
    ("Talks were led by Sri Lanka's Foreign Secretary Dilani Fernando and an Indian official.", "Fernando",
     "foreign secretary", "Sri Lanka"),
])
def test_a_country_possessive_read_as_a_person_names_the_country(extract, text, surname, title, country):
    assert (surname, title, country) in offices_by_surname(extract(text)), offices_by_surname(extract(text))
