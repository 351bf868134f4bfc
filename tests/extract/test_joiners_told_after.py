"""Company told after the meeting (extract/joiners.py): "C accompanied the president", "The president
was accompanied by C", "C and D sat in", "C also took part, according to a statement" add C (and D)
to the meeting told just before; an outing of its own ("accompanied A to the airport on Saturday"),
someone not at that meeting, or a seat in a row adds no one."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_FIRST = "President Ola Nord met Prime Minister Kai Berg in Oslo on Friday. "


@pytest.mark.parametrize("second, joiners", [
    ("Ambassador Ines Faro accompanied the president.", {"Faro"}),
    ("Nord was accompanied by Ambassador Ines Faro.", {"Faro"}),
    ("He was accompanied by Ambassador Ines Faro and General Tomas Leal.", {"Faro", "Leal"}),
    ("Ambassador Ines Faro accompanied Nord; the rest of the team stayed at the embassy.", {"Faro"}),
    ("Ministers Ines Faro and Tomas Leal sat in.", {"Faro", "Leal"}),
    ("Ines Faro, who sits on the council, also took part, according to a statement issued late on Friday.", {"Faro"}),
])
def test_company_told_after_joins_the_meeting(extract, second, joiners):
    pairs = met_pairs(extract(_FIRST + second))
    for person in joiners:
        assert frozenset((person, "Berg")) in pairs, pairs
    assert frozenset(("Nord", "Berg")) in pairs


@pytest.mark.parametrize("second", [
    "On Saturday, Ambassador Ines Faro accompanied the president to the airport.",
    "Ambassador Ines Faro accompanied Minister Eva Dahl.",
    "Ministers Ines Faro and Tomas Leal sat in the front row.",
    "Ambassador Ines Faro accompanied the president to Bergen.",
])
def test_other_company_joins_no_one(extract, second):
    pairs = met_pairs(extract(_FIRST + second))
    assert not any("Faro" in p and "Berg" in p for p in pairs), pairs
