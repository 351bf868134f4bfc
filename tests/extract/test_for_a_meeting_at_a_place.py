"""A meeting the goers came to a place for, with "for <meeting>" hung by the parser on the place
(extract/meetings.py, `_for_at_a_place`): "A day later, A and B were at the bank's headquarters for a
meeting with C" is A and B's meeting with C, told in the simple past (it happened, though "later" is
in its date). Another purpose at the place ("for a protest against C") is no meeting; "will be at ...
for a meeting" is a plan."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, goers, host", [
    ("A day later, Minister Feldt Marcus and Minister Priya Venkat were at the Reserve Bank of Malawi's offices "
     "for a meeting with Governor Sak Phrom.", ("Marcus", "Venkat"), "Phrom"),
    ("The next morning, Minister Feldt Marcus and Minister Priya Venkat were at the Reserve Bank of Malawi's offices "
     "for a meeting with Governor Sak Phrom.", ("Marcus", "Venkat"), "Phrom"),
    ("A week later, Senator Rui Vaz was at the Central Bank's headquarters for talks with Governor Kofi Mensah.",
     ("Vaz",), "Mensah"),
])
def test_the_goers_met_the_one_named(extract, text, goers, host):
    facts = extract(text)
    pairs = met_pairs(facts)
    for goer in goers:
        assert frozenset((goer, host)) in pairs, pairs
    assert all(m.status.value == "Occurred" for m in facts.meetings), facts.meetings


def test_another_purpose_is_no_meeting(extract):
    facts = extract("A day later, Senator Rui Vaz was at the Bank of Ghana's headquarters for a protest against Governor Kofi Mensah.")
    assert frozenset(("Vaz", "Mensah")) not in met_pairs(facts)


def test_a_stay_still_to_come_is_a_plan(extract):
    facts = extract("On Friday Senator Rui Vaz will be at the Bank of Ghana's headquarters for a meeting with Governor Kofi Mensah.")
    assert [m.status.value for m in facts.meetings] == ["Scheduled"]
