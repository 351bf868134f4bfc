""""The two" after a speaker told of talks with someone (extract/meetings.py, `_speaker_and_partner`):
"A said talks with B were advanced. The two held a breakfast" is a meeting of A and B. Talks owned by
someone else ("her talks", "the government's talks"), talks with no one named, or a speaker who is
the partner take up no pair."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Football federation head Sai Toala said talks with Mr Davit Kere about a rematch were \"nearly done\". "
    "The two held a working breakfast on Friday at the hotel, joined by coach Sere Balei.",
    "Trade envoy Sai Toala told reporters that negotiations with Minister Davit Kere had gone well. "
    "The two later had dinner at the embassy.",
    "Mayor Sai Toala said a meeting with Governor Davit Kere on the budget was overdue. "
    "On Tuesday the two sat down for two hours at city hall.",
])
def test_the_speaker_and_the_partner_are_the_two(extract, text):
    assert frozenset(("Toala", "Kere")) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Football federation head Sai Toala said the government's talks with Minister Davit Kere were advanced. "
    "The two held a working breakfast on Friday.",
    "Football federation head Sai Toala said talks with the union were advanced. "
    "The two held a working breakfast on Friday.",
])
def test_no_pair_taken_up(extract, text):
    assert frozenset(("Toala", "Kere")) not in met_pairs(extract(text))
