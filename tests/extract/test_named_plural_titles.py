"""A plural title with its complement, then the people it names after a comma: "The leaders of France
and Germany, A and B, met". The parser often reads A and B as more names of the complement's list;
read off the surface, they are the title's holders and the meeting's parties."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pairs", [
    ("The leaders of Norway and Chile, Ingrid Solheim and Mateo Rojas, met in Santiago on Monday.",
     [{"Solheim", "Rojas"}]),
    ("The leaders of Norway and Chile, Ingrid Solheim and Mateo Rojas, met over lunch in Santiago on Monday.",
     [{"Solheim", "Rojas"}]),
    # a light verb and a meeting noun
    ("The defence ministers of India and Japan, Arjun Mehta and Yuki Mori, held talks in Tokyo on Friday.",
     [{"Mehta", "Mori"}]),
    # three countries, three names
    ("The foreign ministers of Peru, Ecuador and Bolivia, Rosa Huaman, Diego Andrade and Luis Choque, held "
     "talks in Lima on Friday.", [{"Huaman", "Andrade"}, {"Andrade", "Choque"}, {"Huaman", "Choque"}]),
])
def test_people_named_after_a_plural_title_met(extract, text, pairs):
    found = met_pairs(extract(text))
    for pair in pairs:
        assert frozenset(pair) in found


@pytest.mark.parametrize("text", [
    # no meeting word: the names are the title's holders, nothing more
    "The leaders of Norway and Chile, Ingrid Solheim and Mateo Rojas, signed the accord by letter.",
    # a call, not a meeting in person
    "The leaders of Norway and Chile, Ingrid Solheim and Mateo Rojas, spoke by phone on Monday.",
])
def test_no_meeting_without_a_meeting_in_person(extract, text):
    assert frozenset({"Solheim", "Rojas"}) not in met_pairs(extract(text))
