"""People listed by a sentence that opens with a presence word ("Taking part were A and B",
"Attending were C", "Participants included D") are at the meeting told just before; after "A hosted /
chaired / convened a meeting", A presided and is at it with them (extract/meetings.py: `_presence_marked`,
`_lists_who`, `_presided`; presence_words.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Talks were held at the lakeside villa on Tuesday. Taking part were Premier Grace Wong and Foreign Minister Tomas Ferreira.",
    "Negotiations opened in Lisbon on Monday. Attending were Premier Grace Wong and Foreign Minister Tomas Ferreira.",
    "The talks in Lisbon lasted five hours. Participants included Premier Grace Wong and Foreign Minister Tomas Ferreira.",
    "A meeting took place in Lisbon on Friday. Participating were Premier Grace Wong and Foreign Minister Tomas Ferreira.",
])
def test_a_presence_opener_names_the_people_of_the_meeting_before(extract, text):
    assert frozenset(("Wong", "Ferreira")) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Adaeze Okafor hosted a meeting at the State House on Friday. Attending were Governor Musa Bello and Senator Ruth Danjuma.",
    "President Adaeze Okafor chaired a meeting at the State House on Friday. Taking part were Governor Musa Bello and Senator Ruth Danjuma.",
    "President Adaeze Okafor convened talks at the State House on Friday. Participants included Governor Musa Bello and Senator Ruth Danjuma.",
])
def test_the_one_who_presided_is_at_it_too(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset(("Okafor", "Bello")), frozenset(("Okafor", "Danjuma")), frozenset(("Bello", "Danjuma"))} <= pairs


@pytest.mark.parametrize("text", [
    "Talks were held at the lakeside villa on Tuesday. Participants praised Premier Grace Wong and Foreign Minister Tomas Ferreira.",
    "Talks were held at the lakeside villa on Tuesday. Taking part in the protest outside were Grace Wong and Tomas Ferreira.",
    "Talks by video link were held on Tuesday. Taking part were Premier Grace Wong and Foreign Minister Tomas Ferreira.",
    "The plan is part of the deal. Part of the credit goes to Premier Grace Wong and Foreign Minister Tomas Ferreira.",
])
def test_no_presence_without_a_list_of_who_was_there(extract, text):
    assert frozenset(("Wong", "Ferreira")) not in met_pairs(extract(text))
