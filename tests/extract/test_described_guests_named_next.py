"""A host verb ("hosted", "received", "welcomed") whose guest is only described ("his Ivorian
counterpart", "the Japanese ambassador") and named as the next sentence's subject in words that fit
the description: the meeting is with that person. A guest described and someone else named next
(another office, no fitting words) is no partner."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Vice President Kwame Mensah hosted his Ivorian counterpart at the Jubilee House on Monday. Vice President "
     "Yao Kouadio was on a one-day working visit.", {"Mensah", "Kouadio"}),
    ("Vice President Kwame Mensah hosted his Ivorian counterpart on Monday. Vice President Yao Kouadio said the "
     "talks were useful.", {"Mensah", "Kouadio"}),
    ("President Lidia Marek received the Japanese ambassador on Monday. Ambassador Takeshi Ono said Japan would "
     "increase its aid.", {"Marek", "Ono"}),
    ("Chancellor Dieter Falk welcomed the Estonian prime minister in Berlin on Friday. Prime Minister Kaja Saar "
     "thanked Germany for its troops.", {"Falk", "Saar"}),
])
def test_a_described_guest_is_the_one_named_next(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text, other", [
    ("Vice President Kwame Mensah received his Ivorian counterpart on Monday. Opposition leader Yao Kouadio "
     "criticised the visit.", "Kouadio"),
    ("President Lidia Marek received the Japanese ambassador on Monday. Finance Minister Takeshi Ono said the "
     "budget was ready.", "Ono"),
])
def test_someone_else_named_next_is_no_guest(extract, text, other):
    assert not any(other in pair for pair in met_pairs(extract(text)))
