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


@pytest.mark.parametrize("text, surname, title, country", [
    ("Kim Soo-min, South Korea's Minister of Agriculture, Food and Rural Affairs, toured two farms.", "Soo-min",
     "minister of agriculture, food and rural affairs", "South Korea"),
    ("Maria Lopez, Mexico's Minister of Labour, Welfare and Social Security, spoke first.", "Lopez",
     "minister of labour, welfare and social security", "Mexico"),
    ("Ana Ruiz, Chile's Minister of Economy, Development and Tourism, opened the fair.", "Ruiz",
     "minister of economy, development and tourism", "Chile"),
])
def test_a_portfolio_title_read_as_a_body_is_no_organisation(extract, text, surname, title, country):
    """NER may take "Minister of A, B and C" for a body; a run that opens on the title's head is the title."""
    assert (surname, title, country) in offices_by_surname(extract(text)), offices_by_surname(extract(text))
