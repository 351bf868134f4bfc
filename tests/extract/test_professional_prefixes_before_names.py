"""Professional prefixes written before a name ("Atty." for a lawyer, "Arch." for an architect, "Eng." for an
engineer: honorifics.txt) are neither a person of their own, nor part of the name, nor an office; the office
before them is the named person's ("Minister of Public Works Eng. A B")."""
from __future__ import annotations

import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("Atty. Rosario Dimaculangan, the city administrator, confirmed the closure.", {"Rosario Dimaculangan"}),
    ("The closure was confirmed by Atty. Rosario Dimaculangan on Friday.", {"Rosario Dimaculangan"}),
    ("Mayor Lito Bautista met Arch. Celia Manalastas and Atty. Noel Cabrera at city hall.",
     {"Lito Bautista", "Celia Manalastas", "Noel Cabrera"}),
    ("Eng. Samir Khoury, the head of the water authority, inspected the dam.", {"Samir Khoury"}),
])
def test_a_professional_prefix_is_no_person_and_no_part_of_the_name(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, title", [
    ("Minister of Public Works Eng. Samir Khoury said the bridge would reopen.", "minister of public works"),
    ("Transport Secretary Atty. Noel Cabrera announced the new fares.", "transport secretary"),
    ("Minister of Housing Arch. Celia Manalastas opened the estate.", "minister of housing"),
])
def test_the_office_before_a_prefix_is_the_named_persons(extract, text, title):
    facts = extract(text)
    assert len(names(facts)) == 1
    assert title in {t for _, t, _ in offices_by_surname(facts)}


def test_a_prefix_is_no_office(extract):
    facts = extract("Eng. Samir Khoury inspected the dam on Monday.")
    assert names(facts) == {"Samir Khoury"}
    assert not facts.offices
