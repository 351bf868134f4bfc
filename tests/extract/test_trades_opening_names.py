"""A trade capitalised at a sentence's start ("Farmer A B", "Teacher C D": occupations.txt), which NER runs
into the name, describes the person: it is no part of the name and no office."""
from __future__ import annotations

import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Farmer Jose Alvarez said the harvest was lost.", "Jose Alvarez"),
    ("Farmer Ana Lucia Torres lost her whole crop to the flood.", "Ana Lucia Torres"),
    ("The petition was signed by Farmer Jose Alvarez.", "Jose Alvarez"),
    ("Fisherman Paulo Mendes told reporters the catch had halved.", "Paulo Mendes"),
])
def test_a_trade_opening_a_name_is_cut_off(extract, text, name):
    facts = extract(text)
    assert names(facts) == {name}
    assert not facts.offices


def test_a_surname_that_is_a_trade_stays(extract):
    assert "Ruth Farmer" in names(extract("The bill was drafted by Ruth Farmer, a lawyer."))
